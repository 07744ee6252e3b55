// The whole output, written piece by piece as letters come back: the format's envelope, each
// letter's piece in order, then the end (the stylish summary). It keeps counts, not results.

import { repository, version } from '../../../package.json';
import { RULES } from '../rules';
import type { Format } from './args';
import type { Paint } from './colors';
import type { ReviewedEntry } from '../service';
import { CSV_HEADER } from './csv';
import { Progress } from './progress';
import { escapeLine, SARIF_LEVEL, type Report, type ReviewedReport } from './report';
import { RunTotals } from './summary';
import { plural } from '../base/format';

interface Envelope {
  open: string;
  separator: string;
  indent: string;
  close: string;
  /** The whole output when no letter has a piece. */
  empty: string;
}

// The project's page: the repository's URL as a web address (https://host/owner/name).
const HOME = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

const SARIF_DOC = JSON.stringify(
  {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'imr-lint',
            version,
            informationUri: HOME,
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.title },
              helpUri: `${HOME}/blob/main/docs/rules/${r.id}.md`,
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: [],
      },
    ],
  },
  null,
  2,
);
const [SARIF_HEAD, SARIF_TAIL] = SARIF_DOC.split('"results": []');

// A run stopped by Ctrl-C says so in SARIF, as in its exit code: a reader of the log (a code
// scanning upload) must not take the letters left unchecked as checked and clean.
const SARIF_INTERRUPTED = `,\n      "invocations": [\n        { "executionSuccessful": false, "exitCode": 130, "exitSignalName": "SIGINT" }\n      ]`;

/** How each letter's piece is set in the output: in an envelope, or one per line. */
const ENVELOPES: Record<Exclude<Format, 'stylish' | 'jsonl'>, Envelope> = {
  json: { open: '[\n', separator: ',\n', indent: '  ', close: '\n]\n', empty: '[]\n' },
  csv: { open: CSV_HEADER, separator: '', indent: '', close: '', empty: CSV_HEADER },
  sarif: {
    open: `${SARIF_HEAD}"results": [\n`,
    separator: ',\n',
    indent: ' '.repeat(8),
    close: `\n      ]${SARIF_TAIL}\n`,
    empty: `${SARIF_DOC}\n`,
  },
};

export class Output {
  readonly run = new RunTotals();
  /** --baseline: the entries to record, by folder. */
  readonly baseline = new Map<string, ReviewedEntry[]>();
  private readonly sidecarsNamed = new Set<string>();
  private pieces = 0;
  private readonly progress: Progress;

  constructor(
    private readonly format: Format,
    private readonly out: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly err: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly paint: Paint,
    /** Whether the closing summary goes to stderr (not after worksheets, which are read as they are). */
    private readonly summarize = true,
  ) {
    this.progress = new Progress(err, out.isTTY === true);
  }

  /** Writes the pieces of a batch of letters in one write (and says why files were not read); false when the output must drain. */
  add(reports: Report[]): boolean {
    const envelope = this.format === 'stylish' || this.format === 'jsonl' ? undefined : ENVELOPES[this.format];
    let text = '';
    let drained = true;
    for (const r of reports) {
      if ('problem' in r) {
        // What comes before it is written first: on a terminal, the reason shows among the letters in order.
        if (text) drained = this.out.write(text) && drained;
        text = '';
        this.problem(r.file, r.problem);
        continue;
      }
      this.run.add(r.counts, r.tally);
      this.addReviewed(r);
      if (!r.piece) continue;
      if (envelope)
        text += (this.pieces ? envelope.separator : envelope.open) + envelope.indent + r.piece.replace(/\n/g, `\n${envelope.indent}`);
      else text += `${r.piece}\n`;
      this.pieces++;
    }
    this.progress.update(this.run.letters, this.run.notRead);
    return text ? this.out.write(text) && drained : drained;
  }

  private addReviewed(report: ReviewedReport): void {
    if (report.baseline) {
      const list = this.baseline.get(report.baseline.folder) ?? [];
      for (const e of report.baseline.entries) list.push(e);
      this.baseline.set(report.baseline.folder, list);
    }
    const named = report.sidecarProblems?.[0];
    if (named && !this.sidecarsNamed.has(named)) {
      this.sidecarsNamed.add(named);
      for (const line of report.sidecarProblems!) this.err.write(`${escapeLine(line)}\n`);
    }
  }

  /** A file or folder that could not be read: named on stderr with the reason, never its content. */
  readonly problem = (file: string, reason: string): void => {
    this.run.notRead++;
    this.progress.clear();
    this.err.write(`imr-lint: ${escapeLine(file)}: ${reason}\n`);
  };

  /** A line for the reader on stderr that is no file's failure (a mistake in a configuration file). */
  readonly warn = (line: string): void => {
    this.progress.clear();
    this.err.write(`${escapeLine(line)}\n`);
  };

  /** The output closed and the summary said; `interrupted`: the run was stopped by Ctrl-C. */
  end(interrupted = false): void {
    this.progress.clear();
    const { letters, notRead: unread } = this.run;
    if (this.format === 'stylish') {
      const t = this.run.severities;
      const notRead = unread ? `; ${plural(unread, 'file')} not read` : '';
      const summary = `${plural(letters, 'letter')}: ${plural(t.error, 'error')}, ${plural(t.warning, 'warning')}, ${t.information.toLocaleString('en-US')} information, ${plural(t.hint, 'hint')}${notRead}${this.hiddenNote('; ')}`;
      const style = t.error ? 'red' : t.warning ? 'yellow' : undefined;
      this.out.write(`${this.paint('bold', style ? this.paint(style, summary) : summary)}\n`);
    } else if (this.format === 'sarif' && interrupted) {
      this.out.write(`${this.pieces ? '\n      ]' : `${SARIF_HEAD}"results": []`}${SARIF_INTERRUPTED}${SARIF_TAIL}\n`);
    } else if (this.format !== 'jsonl') {
      const envelope = ENVELOPES[this.format];
      this.out.write(this.pieces ? envelope.close : envelope.empty);
    }
    if (this.summarize && this.format !== 'stylish' && (letters || unread)) this.err.write(this.run.summary());
    if (!letters && !unread) this.err.write('imr-lint: no letters found (folders are searched for *.txt, *.imr and *.pdf files)\n');
    else if (letters && letters === this.run.notLetters)
      this.err.write(
        `imr-lint: no letters found: ${letters === 1 ? 'the file read does not have' : `none of the ${letters} files read has`} the layout of an IMR determination\n`,
      );
  }

  /** "3 reviewed findings hidden (--include-reviewed shows them)", or nothing when none was. */
  private hiddenNote(before: string): string {
    const hidden = this.run.reviewed;
    return hidden ? `${before}${plural(hidden, 'reviewed finding')} hidden (--include-reviewed shows them)` : '';
  }

  exitCode(exitZero: boolean): number {
    if (this.run.notRead || !this.run.letters || this.run.letters === this.run.notLetters) return 2;
    return this.run.severities.error && !exitZero ? 1 : 0;
  }
}
