// imr-lint's batches: the letters of a batch are checked together, in groups that a long letter
// closes; each gets the report it gets checked alone, in the batch's order.

import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkFiles, type Job } from '../../server/src/cli/report';
import { normalizeSettings } from '../../server/src/service';
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

  it('reports each letter of a batch as it reports it alone, a long letter and an unreadable file among them', async () => {
    const real = fs
      .readdirSync(path.join(FIXTURES, 'real'))
      .filter((f) => f.endsWith('.txt'))
      .slice(0, 6)
      .map((f) => path.join(FIXTURES, 'real', f));
    // Some 300 KB: it closes its group; the letters after it are checked in the next.
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
});
