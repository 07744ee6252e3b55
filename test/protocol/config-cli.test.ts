// imr-lint and .imr.json: the nearest file applies (a rule off, a severity changed), the options
// apply over it, --config names one file for every letter, --print-config shows what applies,
// "skip" folders are passed by, and a file with mistakes is named with its line while the defaults
// apply.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FIXTURES } from '../support/fixtures';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const CONFIGURED = path.join(FIXTURES, 'config');
const LETTER = path.join(CONFIGURED, 'letters/seed-000.imr.txt');

function lint(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

type Finding = { rule: string; severity: string; line: number; column: number };
const findings = (...args: string[]): Finding[] => JSON.parse(lint('--format', 'json', ...args).out)[0].findings;
const ofRule = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule).map((f) => `${f.line}:${f.column} ${f.severity}`);

describe('imr-lint with .imr.json', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-config-cli-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, content: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
    return path.join(dir, rel);
  };

  it('turns a rule off and changes a severity as the nearest .imr.json says', () => {
    const configured = findings(LETTER);
    assert.deepEqual(ofRule(configured, 'missing-strength-quantity'), []);
    assert.deepEqual(ofRule(configured, 'injury-date-conflict'), ['79:15 warning']);
    assert.equal(lint(LETTER).code, 0, 'no error left');
    // The same letter elsewhere has the defaults.
    const plain = findings(write('seed.txt', fs.readFileSync(LETTER)));
    assert.deepEqual(ofRule(plain, 'missing-strength-quantity'), ['55:1 information']);
    assert.deepEqual(ofRule(plain, 'injury-date-conflict'), ['79:15 error']);
  });

  it('lays --rule over the file, and --config names one file for every letter', () => {
    assert.deepEqual(ofRule(findings('--rule', 'injury-date-conflict=hint', LETTER), 'injury-date-conflict'), ['79:15 hint']);
    const other = write('other.json', '{ "rules": { "injury-date-conflict": "information", "no-evidence-cited": "off" } }');
    const explicit = findings('--config', other, LETTER);
    assert.deepEqual(ofRule(explicit, 'injury-date-conflict'), ['79:15 information']);
    assert.deepEqual(ofRule(explicit, 'no-evidence-cited'), []);
    assert.deepEqual(ofRule(explicit, 'missing-strength-quantity'), ['55:1 information'], 'the nearest file is not read with --config');
    const missing = lint('--config', path.join(dir, 'none.json'), LETTER);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /--config .*none\.json: no such file/);
    // A file named with --config that cannot be read at all is a mistake of usage, not a run with the defaults.
    const broken = write('broken.json', '{ "rules": { "injury-date-conflict": "off" }');
    for (const [file, why] of [
      [broken, /broken\.json:1:\d+: syntax error: .*; the file is not read, the defaults apply$/m],
      [dir, /:1:1: cannot be read \(not a regular file\); the defaults apply$/m],
    ] as const) {
      const r = lint('--config', file, LETTER);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, /^imr-lint: --config /m);
      assert.match(r.err, why);
      assert.equal(r.out, '', 'no letter is checked');
    }
  });

  it('prints the settings that apply to a letter with --print-config', () => {
    const r = lint('--print-config', LETTER);
    assert.equal(r.code, 0);
    const printed = JSON.parse(r.out);
    assert.equal(printed.configFile, path.join(CONFIGURED, '.imr.json'));
    assert.equal(printed.rules['missing-strength-quantity'], 'off');
    assert.equal(printed.rules['injury-date-conflict'], 'warning');
    assert.equal(printed.rules['split-word'], 'hint');
    assert.equal(printed.limits.maxFileSize, 2000000);
    assert.equal(JSON.parse(lint('--print-config', write('x/seed.txt', 'text')).out).configFile, null);
  });

  it('passes by the folders the file lists to skip, and keeps to its limits', () => {
    const letter = fs.readFileSync(LETTER);
    write('.imr.json', '{ "skip": ["drafts", "2016/old"], "limits": { "maxFindingsPerRule": 1 } }');
    for (const f of ['a.txt', 'drafts/b.txt', '2016/c.txt', '2016/old/d.txt', '2016/drafts/e.txt', '2016/older/f.txt']) write(f, letter);
    // A folder skipped has its own .imr.json: the one where it is found says to skip it.
    for (const f of ['drafts/.imr.json', '2016/old/.imr.json']) write(f, '{}');
    const records = JSON.parse(lint('--format', 'json', dir).out) as { file: string; findings: Finding[] }[];
    assert.deepEqual(
      records.map((r) => path.relative(dir, r.file)),
      ['2016/c.txt', '2016/older/f.txt', 'a.txt'],
    );
    // One finding per rule at most: a second of a rule would be the "and N more" closing one.
    const rules = records[0].findings.map((f) => f.rule);
    assert.equal(new Set(rules).size, rules.length);
  });

  it('names the file, line and column of each mistake on stderr, and applies the defaults there', () => {
    write(
      '.imr.json',
      '{\n  "rules": {\n    "injury-date-conflict": "loud",\n    "missing-strength-quantity": "off"\n  },\n  "colour": true\n}\n',
    );
    const letter = write('seed.txt', fs.readFileSync(LETTER));
    const r = lint('--format', 'jsonl', letter);
    assert.equal(r.code, 1, 'injury-date-conflict keeps its default, error');
    const config = path.join(dir, '.imr.json');
    assert.match(
      r.err,
      new RegExp(
        `^imr-lint: ${escape(config)}:3:29: "injury-date-conflict" takes one of off, hint, information, warning, error \\(or info, warn, none, ignore\\); the rule keeps its default$`,
        'm',
      ),
    );
    assert.match(r.err, new RegExp(`^imr-lint: ${escape(config)}:6:3: unknown key "colour"`, 'm'));
    const record = JSON.parse(r.out);
    assert.deepEqual(ofRule(record.findings, 'missing-strength-quantity'), [], 'the good entries still apply');
    write('.imr.json', '{ "rules": { "missing-strength-quantity": "off" }');
    const broken = lint('--format', 'jsonl', letter);
    assert.match(
      broken.err,
      new RegExp(
        `^imr-lint: ${escape(config)}:1:50: syntax error: a closing \\} is expected; the file is not read, the defaults apply$`,
        'm',
      ),
    );
    assert.deepEqual(ofRule(JSON.parse(broken.out).findings, 'missing-strength-quantity'), ['55:1 information']);
    assert.equal(broken.err.match(/syntax error/g)?.length, 1, 'told once');
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
