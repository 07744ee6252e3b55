// One letter checked and rendered in the chosen format, as a piece of the whole output: a block
// of stylish text, one JSON record, or the letter's SARIF results. Runs in the worker threads.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { decisionLabel, layoutName, parse, type Letter } from '../letter';
import type { Severity } from '../rules';
import {
  appealDeadline,
  appealWorksheet,
  capPerRule,
  checkEach,
  ConfigFinder,
  findingsPerRule,
  fingerprint,
  groupsOf,
  NOT_CHECKED,
  letterKey,
  letterRecord,
  normalizeSettings,
  reviewedPartition,
  type CheckedFinding,
  type FoundConfig,
  type ReviewedEntry,
  type Settings,
} from '../service';
import { isoDate, type CalendarDate } from '../base/calendar';
import type { Format } from './args';
import { painter, type Paint } from './colors';
import { csvRow } from './csv';
import { readLetterText } from './read';
import { reviewedFor, sidecarProblemLines } from './reviewed';

export type Counts = Record<Severity, number>;

/** What the closing summary counts of one letter. */
export interface Tally {
  items: number;
  upheld: number;
  overturned: number;
  /** Findings by rule id. */
  rules: Record<string, number>;
  /** Findings a reader marked as reviewed and the output leaves out (none until reviews are read). */
  reviewed?: number;
  /** The text read has no layout of a determination letter. */
  notALetter?: boolean;
}

/** A checked letter's piece of output with its count of findings, or why the file was not read. */
export type Report = ({ file: string; piece: string; counts: Counts; tally: Tally } & ReviewedReport) | { file: string; problem: string };

/** What a checked letter adds about reviewed findings: the entries --baseline records, a sidecar's problems. */
export interface ReviewedReport {
  baseline?: { folder: string; entries: ReviewedEntry[] };
  sidecarProblems?: string[];
}

export interface Job {
  /** The settings of the options alone, for letters under no configuration file. */
  settings: Settings;
  /** The options' settings as given (unset ones absent), laid over a letter's configuration file. */
  flags: { rules: Record<string, string>; maxFileSize?: number };
  /** --config: one configuration file for every letter; otherwise each letter's nearest. */
  config?: string;
  format: Format;
  /** Colour in the stylish output. */
  color: boolean;
  /** The appeal worksheet instead of the format's piece. */
  worksheet?: boolean;
  /** --include-reviewed: findings recorded as reviewed are shown too. */
  includeReviewed?: boolean;
  /** --baseline: every finding is reported back to be recorded as reviewed. */
  baseline?: boolean;
  /** The day every letter of the run is checked as of (--today, or the day the run started). */
  today: CalendarDate;
}

/** The name a file is shown by: the standard input (`-`) is `<stdin>`. */
const shownName = (file: string): string => (file === '-' ? '<stdin>' : file);

interface Checked {
  /** The name shown; the path is `-` for the standard input. */
  file: string;
  path: string;
  letter: Letter;
  findings: CheckedFinding[];
  /** 0-based line and UTF-16 character of an offset, counted as editors count them (LF, CRLF and CR end a line). */
  positionAt: (offset: number) => { line: number; character: number };
  /** The day the letter is checked as of. */
  today: CalendarDate;
}

/** Line and column (1-based) of an offset. */
function lineOf(checked: Checked, offset: number): { line: number; column: number } {
  const p = checked.positionAt(offset);
  return { line: p.line + 1, column: p.character + 1 };
}

// This thread's configuration files, by folder; their mistakes are told by the main thread.
const configs = new ConfigFinder();
const settingsOf = new WeakMap<FoundConfig, Settings>();

/** The settings of a letter: the options over its configuration file (--config, or its nearest .imr.json). */
export function letterSettings(file: string, job: Job, finder: ConfigFinder = configs): { settings: Settings; found?: FoundConfig } {
  const found = job.config ? finder.explicit(job.config) : finder.forFolder(file === '-' ? process.cwd() : path.dirname(file));
  if (!found) return { settings: job.settings };
  let settings = settingsOf.get(found);
  if (!settings) settingsOf.set(found, (settings = normalizeSettings(job.flags, found.config)));
  return { settings, found };
}

/** Where a letter's size limit comes from: --max-file-size, else its .imr.json, else the default (which the option changes). */
function limitFrom(job: Job, found: FoundConfig | undefined): string {
  if (job.flags.maxFileSize !== undefined || !found || found.config.limits.maxFileSize === undefined) return '--max-file-size';
  return `"limits": { "maxFileSize" } in ${shownName(found.file)}`;
}

/** A file read, its settings with it; or why it was not read. */
export type Read = { file: string; name: string; settings: Settings; text: string } | Unread;

/** A file not read or not parsed, and why. */
interface Unread {
  name: string;
  problem: string;
}

/** A file read and parsed. */
interface Parsed {
  file: string;
  name: string;
  settings: Settings;
  text: string;
  letter: Letter;
}

/**
 * The files' letters (their texts, or PDFs') checked and rendered, in their order; never rejects.
 * The texts are read first, then checked in groups (service groupsOf: a long letter alone, so
 * that a worker's heap holds no more than for one long letter, WORKER_MAX_BYTES in ./pool.ts): each
 * group's letters parsed, each rule run on all of them before the next rule (service checkEach: the
 * rule's patterns stay warm), and rendered.
 */
export async function checkFiles(files: readonly string[], job: Job): Promise<Report[]> {
  return checkRead(await readFiles(files, job), job);
}

/** The files read in turn (texts, or PDFs' text), each with its settings; never rejects. */
export async function readFiles(files: readonly string[], job: Job): Promise<Read[]> {
  const read: Read[] = [];
  for (const file of files) read.push(await readOne(file, job));
  return read;
}

/** Files read, checked and rendered: a report for each, in their order. */
export function checkRead(read: readonly Read[], job: Job): Report[] {
  return groupsOf(read.map((r) => ('text' in r ? r.text.length : 0))).flatMap((group) =>
    checkGroup(
      group.map((i) => read[i]),
      job,
    ),
  );
}

async function readOne(file: string, job: Job): Promise<Read> {
  const { settings, found } = letterSettings(file, job);
  const read = await readLetterText(file, settings.maxFileSize, limitFrom(job, found));
  const name = shownName(file);
  return 'problem' in read ? { name, problem: read.problem } : { file, name, settings, text: read.text };
}

function checkGroup(group: Read[], job: Job): Report[] {
  const parsed = group.map((r): Parsed | Unread => {
    if (!('text' in r)) return r;
    try {
      return { ...r, letter: parse(r.text, { maxLength: r.settings.maxFileSize }) };
    } catch {
      return { name: r.name, problem: NOT_CHECKED };
    }
  });
  const letters = parsed.filter((p): p is Parsed => 'letter' in p);
  const context = { today: job.today };
  // A fault of the engine's fails the letter it is in, not the group.
  const findings = checkEach(letters.map(({ letter, settings }) => ({ letter, settings, context })));
  return parsed.map((p) => {
    if (!('letter' in p)) return { file: p.name, problem: p.problem };
    const found = findings[letters.indexOf(p)];
    return found ? render(p, found, job) : { file: p.name, problem: NOT_CHECKED };
  });
}

/**
 * Findings listed per rule and letter whatever the configuration says, and one more that counts
 * the rest: a damaged letter may hold hundreds of thousands, too many to print or read.
 */
export const MAX_LISTED_PER_RULE = 10_000;

/** A checked letter's findings kept (not reviewed, capped), counted and rendered in the job's format. */
function render({ file, name, settings, text, letter }: Parsed, all: CheckedFinding[], job: Job): Report {
  try {
    const { findings: kept, hidden, ...reviewed } = withoutReviewed(file, letter, all, job);
    // Capped once the reviewed are left out: the closing "and N more" counts findings not judged.
    const findings = capPerRule(kept, findingsPerRule(settings, MAX_LISTED_PER_RULE));
    const counts: Counts = { error: 0, warning: 0, information: 0, hint: 0 };
    const rules: Record<string, number> = {};
    for (const f of findings) {
      counts[f.severity]++;
      rules[f.rule] = (rules[f.rule] ?? 0) + 1;
    }
    const outcomes = letter.items.map((i) => i.decision?.outcome);
    const tally: Tally = {
      items: outcomes.length,
      upheld: outcomes.filter((o) => o === 'upheld').length,
      overturned: outcomes.filter((o) => o === 'overturned').length,
      rules,
      reviewed: hidden,
      ...(letter.layout === 'unknown' && !letter.oversize && { notALetter: true }),
    };
    const checked = { file: name, path: file, letter, findings, positionAt: positionIndex(text), today: job.today };
    const piece = job.worksheet ? appealWorksheet(letter, settings, { today: job.today }) : RENDER[job.format](checked, painter(job.color));
    return { file: name, piece, counts, tally, ...reviewed };
  } catch {
    return { file: name, problem: NOT_CHECKED };
  }
}

/**
 * The findings without those reviewed in the sidecar of the letter's folder (unless
 * --include-reviewed). The standard input's folder is the current one, as for its `.imr.json`: a
 * letter gets the same findings and exit code however it is given.
 */
function withoutReviewed(
  file: string,
  letter: Letter,
  all: CheckedFinding[],
  job: Job,
): ReviewedReport & { findings: CheckedFinding[]; hidden: number } {
  const located = file === '-' ? path.join(process.cwd(), shownName(file)) : file;
  const sidecar = reviewedFor(located);
  const key = letterKey(letter.header.caseNumber?.value, path.basename(located));
  const { kept, hidden } = job.includeReviewed ? { kept: all, hidden: 0 } : reviewedPartition(all, letter.text, key, sidecar.keys);
  const entries = job.baseline ? all.map((f) => ({ letter: key, rule: f.rule, fingerprint: fingerprint(letter.text, f) })) : undefined;
  return {
    findings: kept,
    hidden,
    baseline: entries && { folder: path.dirname(sidecar.file), entries },
    sidecarProblems: sidecar.problems.length ? sidecarProblemLines(sidecar.file, sidecar.problems) : undefined,
  };
}

function positionIndex(text: string): Checked['positionAt'] {
  const doc = TextDocument.create('file:///letter', 'imr', 0, text);
  return (offset) => doc.positionAt(offset);
}

// C0 controls but tab and newline, DEL, C1 controls (ESC and CSI open terminal sequences), and the
// bidirectional overrides and isolates, which reorder what a terminal shows.
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to print to a terminal: control characters written as \xNN or \uNNNN escapes. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}

/** What is shown on one line (a file's name, a message on stderr): its controls escaped, a line break too. */
export const escapeLine = (text: string): string => escapeControls(text).replace(/\n/g, '\\n');

const SEVERITY_STYLE = { error: 'red', warning: 'yellow', information: 'cyan', hint: 'dim' } as const;

/** The letter as a reader scans it; text from the letter and its file name escaped, colour only around it. */
function stylish(checked: Checked, paint: Paint): string {
  const { letter } = checked;
  const e = escapeControls;
  const header = letter.header.caseNumber ? ` ${e(letter.header.caseNumber.value)}` : '';
  const layout = layoutName(letter.layout) ?? 'not a letter';
  const out = [
    paint('underline', escapeLine(checked.file)),
    `  ${layout}${letter.excerpt ? ' (excerpt, no header)' : ''}${header} · ${letter.items.length} item${letter.items.length === 1 ? '' : 's'}`,
  ];
  for (const item of letter.items) {
    out.push(`    ${String(item.index + 1).padStart(2)}. ${e(item.title)}  →  ${e(decisionLabel(item) ?? '(no decision)')}`);
  }
  for (const f of checked.findings) {
    const { line, column } = lineOf(checked, f.span.start);
    const severity = paint(SEVERITY_STYLE[f.severity], f.severity) + ' '.repeat(Math.max(0, 11 - f.severity.length));
    out.push(`  ${paint('dim', `${line}:${column}`.padEnd(8))} ${severity} ${e(f.message)}  ${paint('dim', f.rule)}`);
  }
  return `${out.join('\n')}\n`;
}

/** The letter's record, with the last day to appeal (Labor Code § 4610.6(h)), mailed on the letter's date to a California address. */
const record = (checked: Checked) => ({
  ...letterRecord(checked.file, checked.letter, checked.findings, checked.positionAt),
  appealBy: appealBy(checked.letter, checked.today),
});

function appealBy(letter: Letter, today: CalendarDate): string | null {
  const deadline = appealDeadline(letter, { today });
  return deadline ? isoDate(deadline.appealBy) : null;
}

export const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/** The letter's SARIF results, one JSON text each, joined by commas; empty without findings. */
function sarif(checked: Checked): string {
  // A file by its file URI; the standard input has none, so it is described instead.
  const artifactLocation =
    checked.path === '-' ? { description: { text: checked.file } } : { uri: pathToFileURL(path.resolve(checked.path)).href };
  return checked.findings
    .map((f) => {
      const s = lineOf(checked, f.span.start);
      const e = lineOf(checked, f.span.end);
      const region = { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
      return JSON.stringify(
        {
          ruleId: f.rule,
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation, region } }],
        },
        null,
        2,
      );
    })
    .join(',\n');
}

const RENDER: Record<Format, (r: Checked, paint: Paint) => string> = {
  stylish,
  json: (r) => JSON.stringify(record(r), null, 2),
  jsonl: (r) => JSON.stringify(record(r)),
  csv: (r) => csvRow(record(r)),
  sarif,
};
