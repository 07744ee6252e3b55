// Benchmark: how much of the engine's time on a typical letter is spent inside regular expressions
// (the code V8 compiles for each pattern), and which patterns take the most. A child process checks
// the typical letters (4-6 KB, every extraction) round after round under V8's sampling profiler
// (node --cpu-prof, which names each sample taken in a pattern's code "RegExp: <source>"); the
// parent reads the profile, leaving out the first rounds (the warm-up). With the total cost of a
// typical letter as a multiple of the plain pass (bench/rules.mjs), this gives what the letter
// would cost if every pattern took no time at all: the floor of an engine that reads the letter
// with these patterns, set beside the budget of issue 10 (20x). Prints figures; asserts nothing.
//
//   node bench/patterns-share.mjs [--rounds 20] [--json]     (npm run bench runs it with the other figures)

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { engine, fixtureLetters, isMain, isTypical } from './engine.mjs';

const WARM_UP_ROUNDS = 3;

/** In the child: check the typical letters `rounds` times after the warm-up; print when the warm-up ended (µs, monotonic clock). */
async function child(rounds) {
  const { parse, check, DEFAULT_SETTINGS } = await engine(
    "export { parse } from './server/src/letter'; export { check, DEFAULT_SETTINGS } from './server/src/service';",
  );
  const texts = fixtureLetters()
    .map((l) => l.text)
    .filter(isTypical);
  const context = { today: { year: 2026, month: 12, day: 1 } };
  // As the server checks a letter: parse, then the service's check with the default settings.
  const round = () => {
    for (const text of texts) check(parse(text), DEFAULT_SETTINGS, context);
  };
  for (let r = 0; r < WARM_UP_ROUNDS; r++) round();
  // The profile's clock (V8's) and process.hrtime are both the monotonic clock.
  const warmedUp = Number(process.hrtime.bigint() / 1000n);
  for (let r = 0; r < rounds; r++) round();
  process.stdout.write(JSON.stringify({ warmedUp, letters: texts.length }));
}

/** The share of the samples after `since` (µs) taken in patterns, in the collector and elsewhere; the costliest patterns. */
function shares(profile, since) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const perPattern = new Map();
  let total = 0;
  let patterns = 0;
  let collector = 0;
  let time = profile.startTime;
  profile.samples.forEach((id, i) => {
    time += profile.timeDeltas[i];
    if (time < since) return;
    const name = byId.get(id).callFrame.functionName;
    if (name === '(idle)' || name === '(program)') return;
    total++;
    if (name === '(garbage collector)') collector++;
    if (!name.startsWith('RegExp: ')) return;
    patterns++;
    const source = name.slice('RegExp: '.length);
    perPattern.set(source, (perPattern.get(source) ?? 0) + 1);
  });
  if (!total) throw new Error('patterns-share: no sample after the warm-up (the profile and the process disagree on the clock)');
  const top = [...perPattern]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([source, n]) => ({ source, share: n / total }));
  return { samples: total, patterns: patterns / total, collector: collector / total, distinctPatterns: perPattern.size, top };
}

export async function measure({ rounds = 20 } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-bench-profile-'));
  try {
    const out = execFileSync(
      process.execPath,
      ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '200', fileURLToPath(import.meta.url), '--child', String(rounds)],
      { stdio: ['ignore', 'pipe', 2], maxBuffer: 1 << 26 },
    );
    const { warmedUp, letters } = JSON.parse(out.toString());
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    return { letters, rounds, ...shares(profile, warmedUp) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `total`: a typical letter's cost as a multiple of the plain pass (bench/rules.mjs), when known. */
export function report(r, total) {
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `where a typical letter's time goes: ${r.letters} typical letters, ${r.rounds} rounds under V8's sampling profiler (${r.samples} samples)`,
    `  in regular expressions (${r.distinctPatterns} patterns)   ${pct(r.patterns).padStart(6)}`,
    `  in the garbage collector                ${pct(r.collector).padStart(6)}`,
    `  elsewhere (the engine's own code)       ${pct(1 - r.patterns - r.collector).padStart(6)}`,
    '  the costliest patterns:',
    ...r.top.map((p) => `    ${pct(p.share).padStart(6)}  ${p.source.length > 90 ? `${p.source.slice(0, 87)}...` : p.source}`),
  ];
  if (total !== undefined)
    lines.push(
      `  were every pattern's search free (its call and match still counted), a typical letter would cost ${(total * (1 - r.patterns)).toFixed(1)}x the plain pass (now ${total.toFixed(1)}x; budget 20x)`,
    );
  return lines;
}

if (isMain(import.meta.url)) {
  const childArg = process.argv.indexOf('--child');
  if (childArg > 0) await child(Number(process.argv[childArg + 1]));
  else {
    const roundsArg = process.argv.indexOf('--rounds');
    const r = await measure({ rounds: roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 20 });
    console.log(process.argv.includes('--json') ? JSON.stringify(r) : report(r).join('\n'));
  }
}
