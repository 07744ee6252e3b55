// imr-lint and reviewed findings, with the bundled CLI on real folders: --baseline records every
// finding in .imr-reviewed.json and a later run hides them (--include-reviewed shows them), also
// after lines are inserted above them, until a statement changes; the letters' bytes never change;
// concurrent writers lose nothing; a broken sidecar is named with its line and left as it is.

import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FIXTURES } from '../support/fixtures';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const SAMPLES = path.resolve(__dirname, '../../samples');
const CONFLICT = 'excerpt-000-injury-date-conflict.imr.txt';

function lint(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, '--no-color', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A fresh folder with the sample letters (or the files named) copied in. */
function folderOf(files: string[] = fs.readdirSync(SAMPLES).map((f) => path.join(SAMPLES, f))): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-reviewed-'));
  for (const f of files) fs.copyFileSync(f, path.join(dir, path.basename(f)));
  return dir;
}

const summaryOf = (out: string): string => out.trim().split('\n').pop()!;
const sidecarOf = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, '.imr-reviewed.json'), 'utf8'));
const bytesOf = (dir: string) =>
  Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, fs.readFileSync(path.join(dir, f)).toString('base64')]),
  );

describe('imr-lint: reviewed findings', function () {
  this.timeout(60_000);

  it('hides every finding after --baseline, counts them, shows them with --include-reviewed, and leaves the letters byte-identical', () => {
    const dir = folderOf();
    const letters = bytesOf(dir);
    const first = lint(dir);
    assert.equal(first.code, 1);
    const baseline = lint('--baseline', dir);
    assert.equal(baseline.code, 0, baseline.err);
    const recorded = sidecarOf(dir).reviewed.length;
    assert.match(baseline.err, new RegExp(`${recorded} findings recorded as reviewed in 1 folder`));
    assert.ok(recorded >= 10, `${recorded} recorded`);
    assert.ok(JSON.stringify(sidecarOf(dir)).length < 200 * recorded, 'fingerprints, not quotes');
    const again = lint(dir);
    assert.equal(again.code, 0);
    assert.match(
      summaryOf(again.out),
      /0 errors, 0 warnings, 0 information, 0 hints; \d+ reviewed findings hidden \(--include-reviewed shows them\)/,
    );
    assert.equal(summaryOf(lint('--include-reviewed', dir).out), summaryOf(first.out));
    assert.match(lint('--format', 'json', dir).err, /reviewed findings? not shown/);
    assert.deepEqual(bytesOf(dir), letters);
  });

  it('keeps a finding hidden after lines are inserted above it, and shows it again once one of its statements changes', () => {
    const dir = folderOf([path.join(SAMPLES, CONFLICT)]);
    lint('--baseline', dir);
    const file = path.join(dir, CONFLICT);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, `\n\n\n${text.replace(/\n/, '\n\n\n')}`);
    const moved = lint(dir);
    assert.equal(moved.code, 0, moved.out);
    assert.match(summaryOf(moved.out), /0 errors, 0 warnings, 0 information, 0 hints; 4 reviewed findings hidden/);
    fs.writeFileSync(file, text.replace('2/8/98', '2/9/98'));
    const changed = lint(dir);
    assert.equal(changed.code, 1);
    assert.match(changed.out, /Date of injury 2005 .* but 2\/9\/98 .*injury-date-conflict/);
  });

  it('caps a rule once its reviewed findings are left out: a new finding past the cap is shown, and the closing "and N more" is never recorded', () => {
    const dir = folderOf([path.join(SAMPLES, 'excerpt-003-opioid-dose-mojibake.imr.txt')]);
    fs.writeFileSync(
      path.join(dir, '.imr.json'),
      '{ "limits": { "maxFindingsPerRule": 1 }, "rules": { "missing-strength-quantity": "error" } }',
    );
    const file = path.join(dir, 'excerpt-003-opioid-dose-mojibake.imr.txt');
    const quantities = (out: string) =>
      (JSON.parse(out) as { findings: { rule: string; message: string }[] }[])[0].findings.filter(
        (f) => f.rule === 'missing-strength-quantity',
      );
    const before = quantities(lint('--format', 'json', dir).out);
    assert.equal(before.length, 2, 'one finding, and one that counts the rest');
    const more = Number(/^\.\.\.and (\d+) more/.exec(before[1].message)?.[1]);
    assert.equal(lint('--baseline', dir).code, 0);
    const recorded = sidecarOf(dir).reviewed.filter((e: { rule: string }) => e.rule === 'missing-strength-quantity');
    assert.equal(recorded.length, 1 + more, 'every finding of the rule, and nothing for the closing one');
    assert.equal(lint(dir).code, 0);
    // A drug request changed: its finding is new, and shown though the first of the rule is reviewed.
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('ROBAXIN 750MG', 'SOMA 350MG'));
    const after = lint(dir);
    assert.equal(after.code, 1, after.out);
    assert.match(after.out, /error +The drug request "SOMA 350MG, 3 TIMES A DAY" names no quantity/);
    assert.doesNotMatch(after.out, /more findings? of this rule/);
  });

  it('writes a sidecar that is a link through the link, and names a stray lock file in the way at once', () => {
    const shared = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-reviewed-shared-'));
    const team = path.join(shared, 'team.json');
    fs.writeFileSync(team, '{ "version": 1, "reviewed": [] }\n');
    const dir = folderOf([path.join(SAMPLES, CONFLICT)]);
    const link = path.join(dir, '.imr-reviewed.json');
    fs.symlinkSync(team, link);
    assert.equal(lint('--baseline', dir).code, 0);
    assert.ok(fs.lstatSync(link).isSymbolicLink(), 'the link stays a link');
    assert.equal(JSON.parse(fs.readFileSync(team, 'utf8')).reviewed.length, 4, 'the file it points to is written');
    assert.equal(lint(dir).code, 0, 'and its findings are hidden');

    const other = folderOf([path.join(SAMPLES, CONFLICT)]);
    fs.writeFileSync(path.join(other, '.imr-reviewed.json.lock'), '');
    const stray = lint('--baseline', other);
    assert.equal(stray.code, 2);
    assert.match(stray.err, /\.imr-reviewed\.json\.lock is in the way of the lock of the same name \(a folder\); remove it$/m);
  });

  it("hides a reviewed letter's findings on the standard input too, with the current folder's sidecar", () => {
    const letter = path.join(FIXTURES, 'variants/set1/injury_date-1-CM16-0231884.txt');
    const dir = folderOf([letter]);
    assert.equal(lint('--baseline', dir).code, 0);
    const stdin = (cwd: string) => spawnSync(process.execPath, [CLI, '-'], { cwd, input: fs.readFileSync(letter), encoding: 'utf8' });
    const there = stdin(dir);
    assert.equal(there.status, 0, there.stdout);
    assert.match(there.stdout, /reviewed findings? hidden/);
    assert.equal(stdin(os.tmpdir()).status, 1, 'elsewhere, nothing is reviewed');
  });

  it('hides reviewed findings when the letters are checked on worker threads', () => {
    const dir = folderOf(
      fs
        .readdirSync(path.join(FIXTURES, 'real'))
        .slice(0, 40)
        .map((f) => path.join(FIXTURES, 'real', f)),
    );
    const before = lint('--jobs', '2', '--format', 'jsonl', dir)
      .out.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const findings = before.reduce((n, r) => n + r.findings.length, 0);
    assert.equal(lint('--baseline', '--jobs', '2', dir).code, 0);
    const after = lint('--jobs', '2', '--format', 'jsonl', dir);
    assert.equal(
      after.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .reduce((n, r) => n + r.findings.length, 0),
      0,
    );
    assert.match(after.err, new RegExp(`${findings} reviewed findings not shown`));
  });

  it('loses no entry when several --baseline runs write one folder at once', async () => {
    const dir = folderOf(
      fs
        .readdirSync(path.join(FIXTURES, 'real'))
        .slice(0, 10)
        .map((f) => path.join(FIXTURES, 'real', f)),
    );
    const letters = fs.readdirSync(dir).map((f) => path.join(dir, f));
    const expected = new Set<string>();
    for (const r of lint('--format', 'jsonl', dir)
      .out.trim()
      .split('\n')
      .map((l) => JSON.parse(l)))
      for (const x of r.findings) expected.add(`${r.caseNumber} ${x.rule}`);
    const runs = letters.map((f) => spawn(process.execPath, [CLI, '--baseline', '--jobs', '1', f], { stdio: 'ignore' }));
    const codes = await Promise.all(runs.map(async (p) => (await once(p, 'exit'))[0]));
    assert.deepEqual(
      codes,
      letters.map(() => 0),
    );
    const written = new Set(sidecarOf(dir).reviewed.map((e: { letter: string; rule: string }) => `${e.letter} ${e.rule}`));
    assert.ok(expected.size >= 5, `${expected.size} findings`);
    assert.deepEqual(written, expected);
    assert.deepEqual(
      fs.readdirSync(dir).filter((f) => f.startsWith('.') && f !== '.imr-reviewed.json'),
      [],
      'no temporary file or lock left behind',
    );
  });

  it('names the sidecar and the line of its problem, applies nothing from it, and never writes over it', () => {
    const dir = folderOf([path.join(SAMPLES, CONFLICT)]);
    const sidecar = path.join(dir, '.imr-reviewed.json');
    const broken =
      '{\n  "version": 1,\n  "reviewed": [\n    { "letter": "x", "rule": "r", "fingerprint": "0123456789abcdef", "why": "?" }\n  ]\n}\n';
    fs.writeFileSync(sidecar, broken);
    const r = lint(dir);
    assert.equal(r.code, 1, 'the findings are shown');
    assert.ok(r.err.includes(`${sidecar}:4: unknown key "why"`), r.err);
    const baseline = lint('--baseline', dir);
    assert.equal(baseline.code, 2);
    assert.ok(baseline.err.includes(`${sidecar}: not written: line 4: unknown key "why"`), baseline.err);
    assert.equal(fs.readFileSync(sidecar, 'utf8'), broken);
    fs.writeFileSync(sidecar, '{ "version": 1, "reviewed": [ }');
    assert.ok(lint(dir).err.includes(`${sidecar}:1: not valid JSON`));
  });

  it('reads no sidecar that is no regular file: a FIFO does not block the run, a link to /dev/zero does not fill memory', () => {
    for (const make of [
      (file: string) => fs.symlinkSync('/dev/zero', file),
      (file: string) => assert.equal(spawnSync('mkfifo', [file]).status, 0, 'mkfifo'),
    ]) {
      const dir = folderOf([path.join(SAMPLES, CONFLICT)]);
      const sidecar = path.join(dir, '.imr-reviewed.json');
      make(sidecar);
      for (const jobs of ['1', '2']) {
        const r = lint('--jobs', jobs, dir);
        assert.equal(r.code, 1, 'the findings are shown');
        assert.ok(r.err.includes(`${sidecar}:1: cannot be read (not a regular file)`), r.err);
      }
      const baseline = lint('--baseline', dir);
      assert.equal(baseline.code, 2);
      assert.ok(baseline.err.includes(`${sidecar}: not written:`), baseline.err);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
