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
  return run({ args });
}

/** imr-lint with `args`, node started with `node` (its options, such as a module to preload), `input` on its standard input. */
function run({ node = [], args, input }: { node?: string[]; args: string[]; input?: string }) {
  // A run that hangs fails its test rather than the suite's.
  const r = spawnSync(process.execPath, [...node, CLI, ...AS_OF, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    timeout: 40_000,
    input,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The real letters of one-byte text that have an apostrophe: as given, and with curly apostrophes (two-byte text). */
const REAL = fs
  .readdirSync(path.join(FIXTURES, 'real'))
  .sort()
  .map((f) => ({ name: f, text: fs.readFileSync(path.join(FIXTURES, 'real', f), 'utf8') }))
  .filter((l) => l.text.includes("'") && !WIDE.test(l.text))
  .map((l) => ({ ...l, curly: l.text.replace(/'/g, '\u2019') }));

/** A letter of 12,000 items (some 500 KB): under the size limit of a worker's letters, but too many for its heap. */
function itemsLetter(): string {
  const seed = fs.readFileSync(path.join(FIXTURES, 'seeds/002_f4a3e060fe32e57b.txt'), 'utf8');
  return seed + Array.from({ length: 12_000 }, (_, i) => `Physical therapy ${i} sessions: Upheld\n`).join('');
}

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

  it('prints what one thread prints when the worker of the two-byte letters runs out of memory, with letters handed over', () => {
    // The first batch holds a letter of 12,000 items, too many for a worker's heap (but under its
    // size limit): the first worker, which checks the two-byte letters, is lost on it, and a
    // running worker takes the two-byte letters over. A module preloaded says on stderr when a worker fails.
    fs.writeFileSync(path.join(dir, '000-items.txt'), itemsLetter());
    letters(80, (i) => i % 2 === 0);
    const preload = path.join(dir, 'watch.cjs');
    fs.writeFileSync(
      preload,
      `const threads = require('node:worker_threads');
const { Worker } = threads;
threads.Worker = class extends Worker {
  constructor(...args) { super(...args); this.on('error', (e) => process.stderr.write('a worker failed: ' + e.code + '\\n')); }
};\n`,
    );
    const one = lint('--jobs', '1', '--format', 'jsonl', dir);
    const two = run({ node: ['-r', preload], args: ['--jobs', '2', '--format', 'jsonl', dir] });
    assert.equal(two.out, one.out);
    assert.match(two.err, /^a worker failed: ERR_WORKER_OUT_OF_MEMORY\n/);
    assert.equal(two.err.replace(/^a worker failed: .*\n/gm, ''), one.err);
    assert.equal(two.code, one.code);
  });

  it('reads the standard input once, when the batch it is in holds a letter too large for a worker', () => {
    // Redone in this thread after its worker was lost, the batch read the input again: "<stdin>: empty input".
    const big = path.join(dir, 'items.txt');
    fs.writeFileSync(big, itemsLetter());
    letters(40, (i) => i % 2 === 0);
    const files = fs
      .readdirSync(dir)
      .filter((f) => f !== 'items.txt')
      .map((f) => path.join(dir, f));
    const args = ['--format', 'jsonl', big, '-', ...files];
    const input = REAL[0].text;
    const one = run({ args: ['--jobs', '1', ...args], input });
    const two = run({ args: ['--jobs', '2', ...args], input });
    assert.equal(two.out, one.out);
    assert.equal(two.err, one.err);
    assert.equal(two.code, one.code);
    assert.match(two.out.split('\n')[1], /^\{"schemaVersion":1,"file":"<stdin>",.*"caseNumber":"CM16-/);
    assert.doesNotMatch(two.err, /empty input/);
  });

  it('prints what one thread prints when most letters are two-byte text (each worker then checks its own)', () => {
    assert.equal(
      letters(160, (i) => i % 5 !== 2),
      128,
    );
    sameOnThreads();
  });
});
