// The bundled imr-lint on worker threads: whichever thread checks a letter, the output is what one
// thread prints. Letters of two-byte text (a curly apostrophe, as a word processor types it) are
// checked on one worker, the others handing theirs over, until there are too many of them. (--jobs
// is at most the number of cores: on two, --jobs 3 is --jobs 2.)

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FIXTURES } from '../support/fixtures';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const AS_OF = ['--today', '2026-12-01'];
/** A character beyond Latin-1: a string that holds one is two bytes a character. */
const WIDE = /[^\x00-\xff]/;

function lint(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...AS_OF, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The real letters of one-byte text that have an apostrophe: as given, and with curly apostrophes (two-byte text). */
const REAL = fs
  .readdirSync(path.join(FIXTURES, 'real'))
  .sort()
  .map((f) => ({ name: f, text: fs.readFileSync(path.join(FIXTURES, 'real', f), 'utf8') }))
  .filter((l) => l.text.includes("'") && !WIDE.test(l.text))
  .map((l) => ({ ...l, curly: l.text.replace(/'/g, '\u2019') }));

describe('imr-lint on worker threads', function () {
  this.timeout(60_000);
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-cli-threads-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Writes `count` letters, the i-th of two-byte text when `wide(i)`; gives how many are. */
  function letters(count: number, wide: (i: number) => boolean): number {
    let wideCount = 0;
    for (let i = 0; i < count; i++) {
      const letter = REAL[i % REAL.length];
      const text = wide(i) ? letter.curly : letter.text;
      if (WIDE.test(text)) wideCount++;
      fs.writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}-${letter.name}`), text);
    }
    return wideCount;
  }

  function sameOnThreads(): void {
    for (const format of ['stylish', 'jsonl']) {
      const one = lint('--jobs', '1', '--format', format, dir);
      for (const jobs of ['2', '3']) {
        const many = lint('--jobs', jobs, '--format', format, dir);
        assert.equal(many.out, one.out, `--jobs ${jobs}, ${format}`);
        assert.equal(many.err, one.err);
        assert.equal(many.code, one.code);
      }
    }
  }

  it('prints what one thread prints when some letters are two-byte text, in their order', () => {
    // Ten batches of 16, every fifth letter two-byte: those a worker other than the two-byte one reads, it hands over.
    assert.equal(
      letters(160, (i) => i % 5 === 2),
      32,
    );
    sameOnThreads();
  });

  it('prints what one thread prints when most letters are two-byte text (each worker then checks its own)', () => {
    assert.equal(
      letters(160, (i) => i % 5 !== 2),
      128,
    );
    sameOnThreads();
  });
});
