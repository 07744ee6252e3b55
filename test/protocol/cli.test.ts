// The bundled imr-lint: formats, exit codes, folders, settings.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { FIXTURES } from '../support/fixtures';

const CLI = path.resolve(__dirname, '../../dist/cli.js');

function lint(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const SEED_000 = path.join(FIXTURES, 'seeds/000_6475ff4f10510ca5.txt');

describe('imr-lint', () => {
  it('prints layout, items with decisions and findings, and exits 1 on an error', () => {
    const r = lint(SEED_000);
    assert.equal(r.code, 1);
    assert.match(r.out, /layout L1 \(excerpt, no header\) · 1 item/);
    assert.match(r.out, /1\. NORCO QUANTITY 100 {2}→ {2}Upheld/);
    assert.match(r.out, /79:15 +error +Date of injury 2005 in the rationale of "NORCO QUANTITY 100", but 2\/8\/98 in the case summary\. {2}injury-date-conflict/);
  });

  it('exits 0 with --exit-zero or when the rule is lowered', () => {
    assert.equal(lint('--exit-zero', SEED_000).code, 0);
    assert.equal(lint('--rule', 'injury-date-conflict=warning', SEED_000).code, 0);
  });

  it('reads a folder and prints JSON', () => {
    const r = lint('--format', 'json', path.join(FIXTURES, 'seeds'));
    const letters = JSON.parse(r.out);
    assert.equal(letters.length, 5);
    assert.deepEqual(letters[2].items.map((i: { title: string; decision: string }) => [i.title, i.decision]), [
      ['Norco 5/325mg #20', 'Upheld'],
      ['Consultation and treatment', 'Upheld'],
      ['Psychotherapy 12 sessions', 'Overturned'],
    ]);
  });

  it('prints SARIF 2.1.0', () => {
    const sarif = JSON.parse(lint('--format', 'sarif', SEED_000).out);
    assert.equal(sarif.version, '2.1.0');
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'injury-date-conflict');
    assert.equal(result.level, 'error');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 79, startColumn: 15, endLine: 79, endColumn: 19 });
  });

  it('exits 2 on bad usage and on a missing file', () => {
    assert.equal(lint('--format', 'xml', SEED_000).code, 2);
    assert.equal(lint('/no/such/file.txt').code, 2);
    assert.equal(lint('--rule', 'split-word=loud', SEED_000).code, 2);
    assert.equal(lint('--max-file-size', 'lots', SEED_000).code, 2);
    assert.equal(lint().code, 2);
    const help = lint('--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /^Usage: imr-lint/);
  });
});
