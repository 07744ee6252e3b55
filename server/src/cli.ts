// imr-lint: checks letters in files and folders; prints stylish text, JSON or SARIF.
// Exit code: 0 no error-level finding, 1 at least one, 2 bad usage or unreadable input.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { decisionLabel } from './features/outline';
import type { Letter } from './letter';
import { RULES } from './rules';
import { check, normalizeSettings, type CheckedFinding, type Settings } from './service';
import { parse } from './letter';

type Format = 'stylish' | 'json' | 'sarif';

interface Options {
  format: Format;
  paths: string[];
  rules: Record<string, string>;
  maxFileSize?: number;
  exitZero: boolean;
}

const USAGE = `Usage: imr-lint [options] <file or folder>...

Checks IMR determination letters (*.txt, *.imr) and prints each letter's layout, its disputed
items with their decisions, and the findings.

Options:
  --format <stylish|json|sarif>   output format (default: stylish)
  --rule <id>=<severity>          set a rule to off, hint, information, warning or error
  --max-file-size <characters>    skip analysis of larger files (default: 2000000)
  --exit-zero                     exit with 0 even when a finding is an error
  -h, --help                      show this help

Rules: ${RULES.map((r) => r.id).join(', ')}`;

function parseArgs(argv: string[]): Options | string {
  const o: Options = { format: 'stylish', paths: [], rules: {}, exitZero: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') return USAGE;
    if (a === '--format') {
      const f = argv[++i];
      if (f !== 'stylish' && f !== 'json' && f !== 'sarif') return `imr-lint: unknown format "${f ?? ''}"\n\n${USAGE}`;
      o.format = f;
    } else if (a === '--rule') {
      const [id, sev] = (argv[++i] ?? '').split('=');
      if (!RULES.some((r) => r.id === id) || !/^(?:off|hint|information|info|warning|warn|error)$/i.test(sev ?? '')) {
        return `imr-lint: --rule takes <id>=<off|hint|information|warning|error> with a known rule id\n\n${USAGE}`;
      }
      o.rules[id] = sev;
    } else if (a === '--max-file-size') {
      o.maxFileSize = Number(argv[++i]);
      if (!(o.maxFileSize > 0)) return `imr-lint: --max-file-size takes a positive number of characters\n\n${USAGE}`;
    } else if (a === '--exit-zero') {
      o.exitZero = true;
    } else if (a.startsWith('-')) return `imr-lint: unknown option "${a}"\n\n${USAGE}`;
    else o.paths.push(a);
  }
  return o.paths.length ? o : USAGE;
}

function collectFiles(p: string, out: string[]): void {
  const stat = fs.statSync(p);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) {
      const child = path.join(p, name);
      if (fs.statSync(child).isDirectory()) collectFiles(child, out);
      else if (/\.(?:txt|imr)$/i.test(name)) out.push(child);
    }
  } else out.push(p);
}

interface Result {
  file: string;
  letter: Letter;
  findings: CheckedFinding[];
  lineOf: (offset: number) => { line: number; column: number };
}

function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

function checkFile(file: string, settings: Settings): Result {
  const text = fs.readFileSync(file, 'utf8');
  const letter = parse(text, { maxLength: settings.maxFileSize });
  return { file, letter, findings: check(letter, settings), lineOf: lineIndex(text) };
}

function stylish(results: Result[]): string {
  const out: string[] = [];
  const totals = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) {
    const { letter } = r;
    const header = letter.header.caseNumber ? ` ${letter.header.caseNumber.value}` : '';
    out.push(`${r.file}`, `  layout ${letter.layout}${letter.excerpt ? ' (excerpt, no header)' : ''}${header} · ${letter.items.length} item${letter.items.length === 1 ? '' : 's'}`);
    for (const item of letter.items) {
      out.push(`    ${String(item.index + 1).padStart(2)}. ${item.title}  →  ${decisionLabel(item) ?? '(no decision)'}`);
    }
    for (const f of r.findings) {
      const { line, column } = r.lineOf(f.span.start);
      totals[f.severity]++;
      out.push(`  ${`${line}:${column}`.padEnd(8)} ${f.severity.padEnd(11)} ${f.message}  ${f.rule}`);
    }
    out.push('');
  }
  const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  out.push(`${count(results.length, 'letter')}: ${count(totals.error, 'error')}, ${count(totals.warning, 'warning')}, ${totals.information} information, ${count(totals.hint, 'hint')}`);
  return out.join('\n');
}

function json(results: Result[]): string {
  return JSON.stringify(
    results.map((r) => ({
      file: r.file,
      layout: r.letter.layout,
      excerpt: r.letter.excerpt,
      caseNumber: r.letter.header.caseNumber?.value,
      items: r.letter.items.map((i) => ({ title: i.title, decision: decisionLabel(i) ?? null, line: r.lineOf(i.titleSpan.start).line })),
      findings: r.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, ...r.lineOf(f.span.start) })),
    })),
    null,
    2,
  );
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

function sarif(results: Result[]): string {
  return JSON.stringify(
    {
      version: '2.1.0',
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      runs: [
        {
          tool: {
            driver: {
              name: 'imr-lint',
              rules: RULES.map((r) => ({ id: r.id, shortDescription: { text: r.title }, defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] } })),
            },
          },
          results: results.flatMap((r) =>
            r.findings.map((f) => {
              const s = r.lineOf(f.span.start);
              const e = r.lineOf(f.span.end);
              return {
                ruleId: f.rule,
                level: SARIF_LEVEL[f.severity],
                message: { text: f.message },
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: r.file.split(path.sep).join('/') },
                      region: { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column },
                    },
                  },
                ],
              };
            }),
          ),
        },
      ],
    },
    null,
    2,
  );
}

export function main(argv: string[]): number {
  const opts = parseArgs(argv);
  if (typeof opts === 'string') {
    const help = opts === USAGE && (argv.includes('-h') || argv.includes('--help'));
    (help ? process.stdout : process.stderr).write(`${opts}\n`);
    return help ? 0 : 2;
  }
  const settings = normalizeSettings({ rules: opts.rules, maxFileSize: opts.maxFileSize });
  const files: string[] = [];
  try {
    for (const p of opts.paths) collectFiles(p, files);
  } catch (e) {
    process.stderr.write(`imr-lint: ${(e as Error).message}\n`);
    return 2;
  }
  let results: Result[];
  try {
    results = files.map((f) => checkFile(f, settings));
  } catch (e) {
    process.stderr.write(`imr-lint: ${(e as Error).message}\n`);
    return 2;
  }
  const print = { stylish, json, sarif }[opts.format];
  process.stdout.write(`${print(results)}\n`);
  return !opts.exitZero && results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
