// The letter records imr-lint prints (--format json, jsonl, csv) for the 150 DWC-published letters
// of the fixtures: every record valid against docs/schema/letter-record.v1.json, the CSV one row
// per letter that a CSV reader takes back, cells that could be formulas defused, and the closing
// summary on stderr counting what the records hold.

import { strict as assert } from 'node:assert';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import Ajv from 'ajv';
import { parse as parseCsv } from 'csv-parse/sync';
import { Progress } from '../../server/src/cli/progress';
import type { LetterRecord } from '../../server/src/service';
import { FIXTURES } from '../support/fixtures';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const SCHEMA = path.resolve(__dirname, '../../docs/schema/letter-record.v1.json');
const REAL = path.join(FIXTURES, 'real');

// One day for every run, so that runs on either side of midnight print the same records.
function lint(args: string[], options: SpawnSyncOptions = {}) {
  const r = spawnSync(process.execPath, [CLI, '--exit-zero', '--today', '2030-06-15', ...args], {
    ...options,
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  return { code: r.status, out: r.stdout as string, err: r.stderr as string };
}

describe('imr-lint letter records', function () {
  this.timeout(120_000);
  const jsonl = lint(['--format', 'jsonl', REAL]);
  const records: LetterRecord[] = jsonl.out
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));

  it('prints a record for each of the 150 letters that the schema accepts, with its version', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    const valid = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
    assert.equal(records.length, 150);
    for (const r of records) {
      assert.ok(valid(r), `${r.file}: ${ajv.errorsText(valid.errors)}`);
      assert.equal(r.schemaVersion, 1);
    }
    // The facts are there, not only the shape: most letters state each of them.
    const stated = (pick: (r: LetterRecord) => unknown) => records.filter((r) => pick(r) !== null).length;
    for (const [name, pick] of [
      ['case number', (r: LetterRecord) => r.caseNumber],
      ['date of injury', (r: LetterRecord) => r.dateOfInjury],
      ['review date', (r: LetterRecord) => r.reviewDate],
      ['age', (r: LetterRecord) => r.age],
      ['sex', (r: LetterRecord) => r.sex],
      ['specialty', (r: LetterRecord) => r.reviewer.specialty],
    ] as const)
      assert.ok(stated(pick) > 120, `${name} in only ${stated(pick)} records`);
    assert.ok(
      records.some((r) => r.findings.some((f) => f.related.length > 0)),
      'no finding with related statements',
    );
    assert.ok(records.flatMap((r) => r.items).every((i) => i.decision !== null));
  });

  it('gives each finding and related statement its offsets and positions in the letter', () => {
    const r = records.find((x) => x.findings.some((f) => f.related.length))!;
    const text = fs.readFileSync(r.file, 'utf8');
    const lineStarts = [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length)];
    const ranges = r.findings.flatMap((f) => [f.range, ...f.related.map((x) => x.range)]);
    for (const { start, end } of ranges) {
      assert.ok(start.offset <= end.offset);
      for (const p of [start, end]) assert.equal(lineStarts[p.line] + p.character, p.offset);
    }
    for (const f of r.findings) assert.deepEqual([f.line, f.column], [f.range.start.line + 1, f.range.start.character + 1]);
  });

  it('prints the same records as one JSON array with --format json', () => {
    assert.deepEqual(JSON.parse(lint(['--format', 'json', REAL]).out), records);
  });

  it('prints one CSV row per letter that a CSV reader takes back', () => {
    const csv = lint(['--format', 'csv', REAL]);
    assert.ok(csv.out.endsWith('\r\n'));
    const rows: Record<string, string>[] = parseCsv(csv.out, { columns: true });
    assert.equal(rows.length, 150);
    rows.forEach((row, i) => {
      const r = records[i];
      assert.equal(row.file, r.file);
      assert.equal(row['case number'], r.caseNumber ?? '');
      assert.equal(row['date of injury'], r.dateOfInjury ?? '');
      assert.equal(row['reviewer specialty'], r.reviewer.specialty ?? '');
      assert.equal(Number(row.items), r.items.length);
      assert.equal(Number(row.upheld), r.items.filter((x) => x.decision === 'Upheld').length);
      assert.equal(Number(row.warnings), r.counts.warning);
      assert.deepEqual(row['rules fired'] ? row['rules fired'].split('; ') : [], [...new Set(r.findings.map((f) => f.rule))].sort());
    });
    assert.ok(
      rows.some((row) => row['reviewer specialty'].includes(',')),
      'a quoted cell with a comma',
    );
  });

  it('puts an apostrophe before a cell a spreadsheet would take for a formula, and quotes a line break', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-csv-'));
    try {
      const letter = fs.readFileSync(path.join(REAL, fs.readdirSync(REAL)[0]), 'utf8');
      for (const name of ['=HYPERLINK(1).txt', '+1.txt', '@SUM.txt', '-2.txt', 'two\nlines.txt', 'carriage\rreturn.txt'])
        fs.writeFileSync(path.join(dir, name), letter);
      const out = lint(['--format', 'csv', '.'], { cwd: dir }).out;
      // Quoted, so that a reader that takes any line break for the end of a row reads one row.
      assert.ok(out.includes('\r\n"carriage\rreturn.txt",') && out.includes('\r\n"two\nlines.txt",'), out.slice(0, 600));
      const rows: string[][] = parseCsv(out);
      assert.deepEqual(
        rows.slice(1).map((row) => row[0]),
        ["'+1.txt", "'-2.txt", "'=HYPERLINK(1).txt", "'@SUM.txt", 'carriage\rreturn.txt', 'two\nlines.txt'],
        'a line break in a name stays in its quoted cell',
      );
      assert.ok(rows.every((row) => row.length === rows[0].length));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ends with a summary on stderr that counts what the records hold', () => {
    const items = records.flatMap((r) => r.items);
    const upheld = items.filter((i) => i.decision === 'Upheld').length;
    assert.match(
      jsonl.err,
      new RegExp(`^imr-lint: 150 letters, ${items.length} items: ${upheld} Upheld, ${items.length - upheld} Overturned$`, 'm'),
    );
    const withErrors = records.filter((r) => r.counts.error > 0).length;
    assert.match(jsonl.err, new RegExp(`^imr-lint: ${withErrors} letters? with errors;`, 'm'));
    const byRule = new Map<string, number>();
    for (const f of records.flatMap((r) => r.findings)) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    for (const [rule, n] of byRule) assert.match(jsonl.err, new RegExp(`^  ${rule} +${n}  `, 'm'));
    assert.doesNotMatch(jsonl.err, /\r/, 'no progress line when stderr is not a terminal');
  });

  it('shows a progress line on a real terminal while the records go to a file, and takes it away before the summary', function () {
    // util-linux `script` gives the CLI a pseudo-terminal for stderr; its output goes to a file.
    if (spawnSync('script', ['--version']).status !== 0) this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-progress-'));
    try {
      // Enough letters for a run of more than a second, in this thread.
      for (let i = 0; i < 4; i++) fs.cpSync(REAL, path.join(dir, `copy${i}`), { recursive: true });
      const csv = path.join(dir, 'out.csv');
      const command = `'${process.execPath}' '${CLI}' --jobs 1 --exit-zero --format csv '${dir}' > '${csv}'`;
      const terminal = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8' }).stdout;
      assert.match(terminal, /\r\x1b\[Kimr-lint: [\d,]+ letters checked…/);
      assert.match(terminal, /\r\x1b\[Kimr-lint: 600 letters, /, 'the line is taken away before the summary');
      assert.equal(parseCsv(fs.readFileSync(csv, 'utf8')).length, 601, 'the records are whole, no progress among them');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows progress on a terminal only when the output goes elsewhere, and takes it away', () => {
    let clock = 0;
    const written: string[] = [];
    const tty = Object.assign(new Writable({ write: (c: Buffer, _e, cb) => (written.push(String(c)), cb()) }), { isTTY: true });
    const progress = new Progress(tty, false, () => clock);
    progress.update(10, 0);
    assert.deepEqual(written, [], 'nothing in the first second');
    clock = 1500;
    progress.update(2000, 3);
    clock = 1550;
    progress.update(2100, 3);
    progress.clear();
    assert.deepEqual(written, ['\r\x1b[Kimr-lint: 2,000 letters checked, 3 not read…', '\r\x1b[K']);
    const quiet = new Progress(tty, true, () => (clock += 5000));
    quiet.update(1, 0);
    quiet.clear();
    assert.equal(written.length, 2, 'no progress when the output is on the terminal too');
  });
});
