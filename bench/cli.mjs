// Benchmark: imr-lint over a folder of many letters (copies of the fixture letters, in a temporary
// folder), as a user runs it, its output to /dev/null. Prints letters/s, the CPU time per letter and
// the peak resident memory of the whole process; asserts nothing.
//
// Worker threads are threads of the one CLI process, so the process's peak RSS counts the main
// thread and every worker: a module preloaded into the CLI with -r writes, at exit, the kernel's
// high-water mark of the process (process.resourceUsage().maxRSS, getrusage's ru_maxrss; /proc's
// VmHWM is the same figure) and its CPU time (user + system, all threads).
//
//   node bench/cli.mjs                         10,000 letters 3 times, then 1,000 (memory must not grow)
//   node bench/cli.mjs --letters 5000 --runs 1 -- --jobs 1 --format json
//
// Arguments after `--` go to imr-lint. Needs `npm run build` first (bench/run.mjs builds).

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMain, letterFolder, median, progress, root } from './engine.mjs';

// Written into the CLI process with -r: at exit, its peak RSS (KB) and CPU time (µs), as JSON, into $IMR_BENCH_USAGE.
const PRELOAD = `const { isMainThread } = require('node:worker_threads');
if (isMainThread) process.on('exit', () => {
  const u = process.resourceUsage();
  require('node:fs').writeFileSync(process.env.IMR_BENCH_USAGE, JSON.stringify({ maxRSS: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime }));
});\n`;

/**
 * One run of dist/cli.js (or `cli`, node started with `nodeArgs`) over `dir` (`n` letters), output
 * to /dev/null, with its usage preloaded (its files in the temporary folder `tmp`): seconds,
 * letters/s, CPU time per letter (all threads), peak RSS.
 */
export function timeLint(tmp, dir, n, args = [], { cli = path.join(root, 'dist/cli.js'), nodeArgs = [] } = {}) {
  const preload = path.join(tmp, 'usage.cjs');
  fs.writeFileSync(preload, PRELOAD);
  const usageFile = path.join(tmp, 'usage.json');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...nodeArgs, '-r', preload, cli, '--exit-zero', ...args, dir], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, IMR_BENCH_USAGE: usageFile },
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`imr-lint exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
  const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8'));
  const result = {
    letters: n,
    seconds,
    lettersPerSecond: n / seconds,
    cpuMsPerLetter: usage.cpu / 1000 / n,
    peakRssMB: usage.maxRSS / 1024,
  };
  progress(`  imr-lint ${n} letters: ${result.lettersPerSecond.toFixed(0)} letters/s, peak RSS ${result.peakRssMB.toFixed(0)} MB`);
  return result;
}

/**
 * How well this machine runs several imr-lints at once: one `--jobs 1` process over `dir` alone,
 * then one per core at the same time, each over `dir`. Worker threads cannot scale better than
 * separate processes do, so this is the ceiling of `--jobs` here: on a machine whose cores share a
 * memory system that the engine saturates, two processes each run much slower than one alone.
 */
export async function scaling(dir, n, cores = os.availableParallelism()) {
  const once = () =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(root, 'dist/cli.js'), '--exit-zero', '--jobs', '1', dir], { stdio: 'ignore' });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`imr-lint exited ${code}`))));
    });
  const time = async (k) => {
    const t0 = process.hrtime.bigint();
    await Promise.all(Array.from({ length: k }, once));
    return Number(process.hrtime.bigint() - t0) / 1e9;
  };
  const alone = await time(1);
  const together = await time(cores);
  progress(`  ${cores} imr-lint --jobs 1 at once, ${n} letters each: ${together.toFixed(2)} s, one alone ${alone.toFixed(2)} s`);
  return { cores, letters: n, aloneSeconds: alone, togetherSeconds: together, speedup: (cores * alone) / together };
}

/** Runs imr-lint over `letters` copies of the fixture letters, `runs` times, and once over a tenth as many. */
export async function measure({ letters = 10_000, runs = 3, args = [] } = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-bench-cli-'));
  try {
    const makeLetters = (n) => letterFolder(path.join(tmp, `letters-${n}`), n);
    const run = (dir, n) => timeLint(tmp, dir, n, args);
    const big = makeLetters(letters);
    const small = makeLetters(Math.max(1, Math.floor(letters / 10)));
    const bigRuns = Array.from({ length: runs }, () => run(big, letters));
    const smallRun = run(small, Math.max(1, Math.floor(letters / 10)));
    const machine = await scaling(small, Math.max(1, Math.floor(letters / 10)));
    const pick = (k) => median(bigRuns.map((r) => r[k]));
    return {
      args,
      cores: os.availableParallelism(),
      letters,
      runs: bigRuns,
      lettersPerSecond: pick('lettersPerSecond'),
      cpuMsPerLetter: pick('cpuMsPerLetter'),
      // What the CPU time allows when every core is free for imr-lint: on a busy machine the wall
      // clock measures the other processes as much as imr-lint; this does not.
      cpuBoundLettersPerSecond: os.availableParallelism() / (pick('cpuMsPerLetter') / 1000),
      peakRssMB: Math.max(...bigRuns.map((r) => r.peakRssMB)),
      tenth: smallRun,
      scaling: machine,
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export function report(r) {
  const line = (x) =>
    `${String(x.letters).padStart(6)} letters  ${x.lettersPerSecond.toFixed(0).padStart(5)} letters/s  ${x.seconds.toFixed(2).padStart(6)} s  CPU ${(x.cpuMsPerLetter * 1000).toFixed(0).padStart(5)} µs/letter  peak RSS ${x.peakRssMB.toFixed(0)} MB`;
  return [
    `imr-lint ${r.args.join(' ') || '(defaults: --jobs ' + r.cores + ')'} on ${r.cores} cores, output to /dev/null; peak RSS of the whole process (main thread and workers)`,
    ...r.runs.map((x) => `  ${line(x)}`),
    `  ${line(r.tenth)}`,
    `  median ${r.lettersPerSecond.toFixed(0)} letters/s, CPU ${(r.cpuMsPerLetter * 1000).toFixed(0)} µs/letter (all threads): ${r.cpuBoundLettersPerSecond.toFixed(0)} letters/s on ${r.cores} free cores`,
    `  peak RSS ${r.peakRssMB.toFixed(0)} MB over ${r.letters} letters, ${r.tenth.peakRssMB.toFixed(0)} MB over ${r.tenth.letters}`,
    `  this machine: ${r.scaling.cores} processes of imr-lint --jobs 1 at once check ${r.scaling.speedup.toFixed(2)}x the letters of one alone in the same time (${r.scaling.cores}x if the cores did not slow each other)`,
  ];
}

if (isMain(import.meta.url)) {
  const argv = process.argv.slice(2);
  const dash = argv.indexOf('--');
  const own = dash >= 0 ? argv.slice(0, dash) : argv;
  const value = (name, dflt) => (own.includes(name) ? Number(own[own.indexOf(name) + 1]) : dflt);
  const r = await measure({ letters: value('--letters', 10_000), runs: value('--runs', 3), args: dash >= 0 ? argv.slice(dash + 1) : [] });
  console.log(own.includes('--json') ? JSON.stringify(r) : report(r).join('\n'));
}
