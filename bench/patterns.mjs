// Benchmark: where the engine's time goes, pattern by pattern, on the typical letters (4-6 KB,
// every extraction). The engine reads a letter with regular expressions; this times each one's
// searches (exec, and test, match, replace and split, which call exec once it is replaced: split
// through a sticky copy of its pattern, listed under that copy) while parse and the service's
// check run on each letter afresh, and lists the costliest: µs per letter, searches per letter,
// and as a multiple of the plain pass, with the place in the sources that searched first. Each
// timed search also counts the timer's own cost, measured on an empty interval and taken off.
// Replacing exec turns off the engine's fast paths for replace, match, split and test, so the
// instrumented run is slower than a plain one: the searches' total is given beside the
// instrumented run's time, for comparing patterns with each other, not as a share of the plain
// run. Not part of `npm run bench`.
//
//   node bench/patterns.mjs [--top 40] [--runs 5] [--json]

import { engine, fixtureLetters, isMain, isTypical, median, plainPass } from './engine.mjs';

/** The first frame of a stack in the sources: "namesIn (server/src/letter/concept-names.ts:94)". */
function caller(stack) {
  const frame = stack
    .split('\n')
    .slice(1)
    .find((f) => f.includes('server/src/'));
  if (!frame) return '(no place in the sources: a search made by a built-in)';
  return frame
    .trim()
    .replace(/^at /, '')
    .replace(/\(.*?(server\/src\/)/, '($1')
    .replace(/:\d+\)?$/, (m) => (m.endsWith(')') ? ')' : ''));
}

export async function measure({ runs = 5, top = 40 } = {}) {
  process.setSourceMapsEnabled(true);
  const { parse, check, DEFAULT_SETTINGS } = await engine(
    "export { parse } from './server/src/letter'; export { check, DEFAULT_SETTINGS } from './server/src/service';",
    { sourcemap: true },
  );
  const texts = fixtureLetters()
    .map((l) => l.text)
    .filter(isTypical);
  const context = { today: { year: 2026, month: 12, day: 1 } };
  const checkText = (text) => check(parse(text), DEFAULT_SETTINGS, context);
  // The engine on each letter in turn; the plain pass beside it (as bench/rules.mjs measures them)
  // only in the plain rounds, so that its searches are not counted among the engine's.
  const plainTimes = [];
  const round = (withPlain) => {
    let engineMs = 0;
    let plainMs = 0;
    for (const text of texts) {
      let t0 = performance.now();
      if (withPlain) plainPass(text);
      plainMs += performance.now() - t0;
      t0 = performance.now();
      checkText(text);
      engineMs += performance.now() - t0;
    }
    if (withPlain) plainTimes.push(plainMs);
    return engineMs;
  };
  round(true);
  round(true);
  const plainRun = median(Array.from({ length: runs }, () => round(true)));
  const plain = median(plainTimes);

  // What a timed search counts besides the search: the timer itself, on an empty interval.
  let overhead = 0;
  for (let i = 0; i < 200_000; i++) {
    const t0 = performance.now();
    overhead += performance.now() - t0;
  }
  overhead /= 200_000;
  const exec = RegExp.prototype.exec;
  const costs = new Map();
  // While a place is read from a stack, the searches that reading makes (the source map's, our own) are not counted.
  let reading = false;
  RegExp.prototype.exec = function (subject) {
    if (reading) return exec.call(this, subject);
    const t0 = performance.now();
    const found = exec.call(this, subject);
    const ms = performance.now() - t0;
    // Patterns built while reading are many objects of one source: counted together.
    const key = `/${this.source}/${this.flags}`;
    let c = costs.get(key);
    if (!c) {
      reading = true;
      try {
        costs.set(key, (c = { ms: 0, calls: 0, objects: new WeakSet(), count: 0, where: caller(new Error().stack) }));
      } finally {
        reading = false;
      }
    }
    c.ms += ms;
    c.calls++;
    if (!c.objects.has(this)) {
      c.objects.add(this);
      c.count++;
    }
    return found;
  };
  let instrumented;
  try {
    instrumented = median(Array.from({ length: runs }, () => round(false)));
  } finally {
    RegExp.prototype.exec = exec;
  }
  const perLetter = (ms) => (ms * 1000) / runs / texts.length;
  const plainµs = (plain * 1000) / texts.length;
  let inPatterns = 0;
  const patterns = [...costs]
    .map(([pattern, c]) => {
      const own = perLetter(c.ms - c.calls * overhead);
      inPatterns += own;
      const µs = Math.max(0, own);
      return {
        pattern,
        where: c.where,
        µs,
        calls: c.calls / runs / texts.length,
        built: c.count / runs / texts.length,
        ratio: µs / plainµs,
      };
    })
    .sort((a, b) => b.µs - a.µs);
  return {
    letters: texts.length,
    runs,
    plainµs,
    engineµs: (plainRun * 1000) / texts.length,
    instrumentedµs: (instrumented * 1000) / texts.length,
    overheadNs: overhead * 1e6,
    patternCount: patterns.length,
    inPatternsµs: inPatterns,
    patterns: patterns.slice(0, top),
  };
}

export function report(r) {
  const cut = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  return [
    `cost per pattern: ${r.letters} typical letters, ${r.runs} rounds; plain pass ${r.plainµs.toFixed(1)} µs, parse + rules ${r.engineµs.toFixed(0)} µs (${(r.engineµs / r.plainµs).toFixed(1)}x)`,
    `  instrumented: ${r.instrumentedµs.toFixed(0)} µs a letter, of which ${r.inPatternsµs.toFixed(0)} µs in the searches of ${r.patternCount} patterns (${r.overheadNs.toFixed(0)} ns a search taken off as the timer's)`,
    `      µs  searches   x plain  pattern, and where it is first searched`,
    ...r.patterns.map(
      (p) =>
        `  ${p.µs.toFixed(1).padStart(6)} ${p.calls.toFixed(1).padStart(9)} ${p.ratio.toFixed(2).padStart(8)}x  ${cut(p.pattern, 90)}\n${' '.repeat(30)}${p.where}${p.built >= 1 ? `, built ${p.built.toFixed(0)} times a letter` : ''}`,
    ),
  ];
}

if (isMain(import.meta.url)) {
  const value = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const r = await measure({ runs: value('--runs', 5), top: value('--top', 40) });
  console.log(process.argv.includes('--json') ? JSON.stringify(r) : report(r).join('\n'));
}
