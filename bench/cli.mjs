// Benchmark: imr-lint over a folder of many letters (copies of the fixture letters), as a user
// runs it. Prints letters/s and the peak resident memory of the whole process (main thread and
// workers); asserts nothing.
//
//   node bench/cli.mjs                         10,000 letters, then 1,000 (memory must not grow)
//   node bench/cli.mjs --letters 5000 -- --jobs 1 --format json
//
// Arguments after `--` go to imr-lint. The peak memory comes from process.resourceUsage() of the
// CLI process itself, read at its exit by a preloaded module (-r), so no external tool is needed.

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const cliArgs = dash >= 0 ? argv.slice(dash + 1) : [];
const lettersArg = argv.indexOf('--letters');
const LETTERS = lettersArg >= 0 && lettersArg < (dash >= 0 ? dash : argv.length) ? Number(argv[lettersArg + 1]) : 10_000;

execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-bench-cli-'));
const sources = [];
for (const dir of ['real', 'real-pdftotext', 'real-layout', 'seeds']) {
  const folder = path.join(root, 'test/fixtures', dir);
  for (const f of fs.readdirSync(folder).filter((x) => x.endsWith('.txt')).sort()) sources.push(path.join(folder, f));
}

/** A folder of n letters, 1,000 to a subfolder, cycling through the fixture letters. */
function makeLetters(n) {
  const dir = path.join(tmp, `letters-${n}`);
  for (let i = 0; i < n; i++) {
    const sub = path.join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) fs.mkdirSync(sub, { recursive: true });
    fs.copyFileSync(sources[i % sources.length], path.join(sub, `${String(i).padStart(6, '0')}.txt`));
  }
  return dir;
}

// Written into the CLI process with -r: its peak RSS, at exit, into the file $IMR_BENCH_RSS.
const preload = path.join(tmp, 'rss.cjs');
fs.writeFileSync(preload, `const { isMainThread } = require('node:worker_threads');
if (isMainThread) process.on('exit', () => require('node:fs').writeFileSync(process.env.IMR_BENCH_RSS, String(process.resourceUsage().maxRSS)));\n`);

function run(dir, n) {
  const rssFile = path.join(tmp, 'rss');
  const args = ['-r', preload, path.join(root, 'dist/cli.js'), '--exit-zero', ...cliArgs, dir];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, IMR_BENCH_RSS: rssFile } });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) console.log(`imr-lint exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
  const rssMB = Number(fs.readFileSync(rssFile, 'utf8')) / 1024;
  console.log(`${String(n).padStart(6)} letters  ${(n / seconds).toFixed(0).padStart(5)} letters/s  ${seconds.toFixed(2)} s  peak RSS ${rssMB.toFixed(0)} MB`);
}

console.log(`node ${process.version}, ${os.cpus().length} cores, imr-lint ${cliArgs.join(' ') || '(defaults)'}, output to /dev/null\n`);
for (const n of [LETTERS, Math.max(1, Math.floor(LETTERS / 10))]) run(makeLetters(n), n);
fs.rmSync(tmp, { recursive: true, force: true });
