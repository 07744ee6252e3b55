// imr-lint's batches: the letters of a batch are checked together, in groups that a long letter
// closes; each gets the report it gets checked alone, in the batch's order.

import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkFiles, type Job } from '../../server/src/cli/report';
import { groupsOf, normalizeSettings } from '../../server/src/service';
import { FAULT_MARKER, withFaultyRule } from '../support/faulty-rule';
import { FIXTURES } from '../support/fixtures';

describe('checkFiles', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-check-files-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const job = (format: Job['format']): Job => ({
    settings: normalizeSettings({}),
    flags: { rules: {} },
    format,
    color: false,
    today: { year: 2026, month: 12, day: 1 },
  });

  /** The first `n` real letters' files. */
  const realLetters = (n: number): string[] =>
    fs
      .readdirSync(path.join(FIXTURES, 'real'))
      .filter((f) => f.endsWith('.txt'))
      .slice(0, n)
      .map((f) => path.join(FIXTURES, 'real', f));

  it('reports each letter of a batch as it reports it alone, a long letter and an unreadable file among them', async () => {
    const real = realLetters(6);
    // Some 300 KB: a group of its own (groupsOf); the letters before it are one group, those after it another.
    const seed = fs.readFileSync(path.join(FIXTURES, 'seeds/002_f4a3e060fe32e57b.txt'), 'utf8');
    const long = path.join(dir, 'long.txt');
    fs.writeFileSync(long, seed + Array.from({ length: 8000 }, (_, i) => `Physical therapy ${i} sessions: Upheld\n`).join(''));
    assert.ok(fs.statSync(long).size > 250_000);
    const files = [...real.slice(0, 3), long, path.join(dir, 'missing.txt'), ...real.slice(3)];
    for (const format of ['json', 'stylish'] as const) {
      const together = await checkFiles(files, job(format));
      const alone = [];
      for (const f of files) alone.push(...(await checkFiles([f], job(format))));
      assert.deepEqual(together, alone);
      assert.equal(together.length, files.length);
      assert.ok('problem' in together[4]);
      assert.ok(together.filter((r) => 'piece' in r).length === files.length - 1);
    }
  }).timeout(60_000);

  it('groups letters of at most 200,000 characters in all, a longer letter alone, in their order', () => {
    assert.deepEqual(groupsOf([]), []);
    assert.deepEqual(groupsOf([5000, 6000, 4000]), [[0, 1, 2]]);
    assert.deepEqual(groupsOf([100, 100, 250, 100], 200), [[0, 1], [2], [3]]);
    assert.deepEqual(groupsOf([150, 60, 0, 140, 0], 200), [[0], [1, 2, 3, 4]]);
    assert.deepEqual(groupsOf([300, 50, 150, 1], 200), [[0], [1, 2], [3]]);
    // Files not read (0 characters) stay in their place.
    assert.deepEqual(groupsOf([0, 0]), [[0, 1]]);
  });

  it('fails only the letter an engine fault is in, not the others of its group', async () => {
    const good = realLetters(3);
    const bad = path.join(dir, 'bad.txt');
    fs.writeFileSync(bad, `${fs.readFileSync(good[0], 'utf8')}\n${FAULT_MARKER}\n`);
    const files = [good[0], bad, good[1], good[2]];
    const before = await checkFiles(files, job('json'));
    const reports = await withFaultyRule(() => checkFiles(files, job('json')));
    assert.deepEqual(reports[1], { file: bad, problem: 'could not be checked (an internal error; please report it)' });
    assert.deepEqual([reports[0], reports[2], reports[3]], [before[0], before[2], before[3]]);
  });
});
