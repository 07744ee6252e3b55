// Benchmark: every regular expression the server uses (the same collection as
// test/unit/redos.test.ts: regex literals, `RegExp` constructions at every site, exports, patterns
// built at run time) run alone on adversarial inputs of 64 KB built from its own structure
// (test/support/attacks.ts) and from the characters scslre names. Prints the slowest patterns with
// the input that took longest, and how many went over the budget. The budget is measured here, not
// in a timed unit test; nothing is asserted, but the exit code is 1 when a pattern is over budget.
//
//   node bench/redos.mjs               # about half a minute on 2 cores
//   node bench/redos.mjs --json        # one JSON object
//   node bench/redos.mjs --only FILE   # patterns of one source file (e.g. letter/request.ts)

import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { register } from 'tsx/cjs/api';

register();
const require = createRequire(import.meta.url);
const { allPatterns } = require('../test/support/regexps.ts');
const { attacks, timeOn } = require('../test/support/attacks.ts');

const SIZE = 64 * 1024;
const PROBE = 8 * 1024;
/**
 * Milliseconds one pattern may take on one 64 KB input. A linear pattern takes about 1 ms, one with
 * a bounded repetition of k characters (`[^.;]{3,160}?`) up to k times that; a quadratic one seconds.
 */
const BUDGET = 500;
const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

const t0 = Date.now();
let { patterns } = allPatterns();
if (only) patterns = patterns.filter((p) => p.sites.some((s) => s.where.includes(only)));

// Each input runs in a worker thread, at 1 KB, 8 KB and then 64 KB, stopping at the first size over
// the budget (the rest is extrapolated, quadratically); a worker still busy after TIMEOUT ms is ended.
// A pattern's inputs are run until one is over budget.
const TIMEOUT = 3_000;
const SIZES = [1024, PROBE, SIZE];
const WORKER = `
const { parentPort } = require('node:worker_threads');
${timeOn.toString()}
parentPort.on('message', ({ source, flags, texts, budget }) => {
  const re = new RegExp(source, flags);
  const times = [];
  for (const text of texts) {
    times.push(timeOn(re, text));
    parentPort.postMessage({ times, done: false });
    if (times[times.length - 1] > budget) break;
  }
  parentPort.postMessage({ times, done: true });
});`;
let worker;
function run(job) {
  worker ??= new Worker(WORKER, { eval: true });
  let times = [];
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      worker.removeAllListeners('message');
      worker.terminate();
      worker = undefined;
      resolve({ times, timedOut: true });
    }, TIMEOUT);
    worker.on('message', (m) => {
      times = m.times;
      if (!m.done) return;
      clearTimeout(timer);
      worker.removeAllListeners('message');
      resolve({ times, timedOut: false });
    });
    worker.postMessage(job);
  });
}

const rows = [];
let inputs = 0;
for (const p of patterns) {
  const bySize = SIZES.map((size) => new Map(attacks(p.source, p.flags, size).map((a) => [a.label, a.text])));
  let worst = { ms: 0, label: '', extrapolated: false, degree: undefined };
  for (const label of bySize[2].keys()) {
    inputs++;
    const texts = bySize.map((m) => m.get(label) ?? bySize[2].get(label).slice(0, SIZES[bySize.indexOf(m)]));
    const { times, timedOut } = await run({ source: p.source, flags: p.flags, texts, budget: BUDGET });
    // Over budget at a smaller size, or not done within TIMEOUT at the next: extrapolated,
    // quadratically, from the last size done (from TIMEOUT at 1 KB when none was done).
    const last = times.length - 1;
    const ms =
      times.length === 3
        ? times[2]
        : last < 0
          ? TIMEOUT * (SIZE / SIZES[0]) ** 2
          : Math.max(times[last] * (SIZE / SIZES[last]) ** 2, timedOut ? TIMEOUT : 0);
    // How the time grows from 8 KB to 64 KB: about 1 for a linear pattern, 2 for a quadratic one.
    const degree = times.length === 3 && times[1] > 0.05 ? Math.log(times[2] / times[1]) / Math.log(SIZE / PROBE) : undefined;
    if (ms > worst.ms) worst = { ms, label, extrapolated: times.length < 3, degree };
    // Over budget once is enough to know: the other inputs would only take as long again.
    if (worst.ms > BUDGET) break;
  }
  rows.push({ where: p.sites.map((s) => s.where), source: p.source, flags: p.flags, inputs: bySize[2].size, ...worst });
}
worker?.terminate();
rows.sort((a, b) => b.ms - a.ms);
const over = rows.filter((r) => r.ms > BUDGET);
const summary = {
  patterns: rows.length,
  inputs,
  size: SIZE,
  budgetMs: BUDGET,
  overBudget: over.length,
  worstMs: rows[0]?.ms ?? 0,
  seconds: (Date.now() - t0) / 1000,
};

if (json) {
  console.log(JSON.stringify({ ...summary, worst: rows.slice(0, Math.max(20, over.length)) }, null, 1));
} else {
  const cut = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  console.log(`${rows.length} patterns, ${inputs} inputs of 64 KB; the slowest (ms on one input):\n`);
  for (const r of rows.slice(0, 15)) {
    console.log(
      `${(r.extrapolated ? '~' : '') + r.ms.toFixed(r.ms < 10 ? 2 : 0)}`.padStart(9),
      ` ${r.where[0]}${r.where.length > 1 ? ` (+${r.where.length - 1})` : ''}  /${cut(r.source, 70)}/${r.flags}`,
    );
    const degree = r.degree === undefined ? '' : `  (time ~ n^${r.degree.toFixed(1)} from 8 to 64 KB)`;
    console.log(' '.repeat(11), cut(r.label, 100) + degree);
  }
  console.log(
    `\nbudget ${BUDGET} ms per pattern and 64 KB input: ${over.length} over (~ = extrapolated quadratically from a smaller input over budget)`,
  );
  console.log(`worst: ${summary.worstMs.toFixed(1)} ms  (${summary.seconds.toFixed(0)} s)`);
}
process.exitCode = over.length ? 1 : 0;
