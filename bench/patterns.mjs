// Benchmark: where the engine's time goes, pattern by pattern, on the typical letters (4-6 KB,
// every extraction). The engine reads a letter with regular expressions; this counts the time of
// each one's searches (exec, and test, match, replace and split, which call exec once it is
// replaced) while parse and every rule run on each letter afresh, and lists the costliest: µs per
// letter, searches per letter, and as a multiple of the plain pass, with the place in the sources
// that searched first. Replacing exec slows every search by a fixed cost, measured on an empty
// search and taken off each; the figures are an instrument's, for comparing patterns with each
// other, and the total in patterns is beside the whole run's time. Not part of `npm run bench`.
//
//   node bench/patterns.mjs [--top 40] [--runs 5] [--json]

import { engine, fixtureLetters, isMain, isTypical, median, plainPass } from './engine.mjs';

/** The first frame of a stack outside this file: "namesIn (server/src/letter/concept-names.ts:94)". */
function caller(stack) {
  const frames = stack.split('\n').slice(1);
  const frame = frames.find((f) => !f.includes('patterns.mjs') && f.includes('server/src/')) ?? frames[1] ?? '';
  return frame
    .trim()
    .replace(/^at /, '')
    .replace(/\(.*?(server\/src\/)/, '($1')
    .replace(/:\d+\)?$/, (m) => (m.endsWith(')') ? ')' : ''));
}

export async function measure({ runs = 5, top = 40 } = {}) {
  process.setSourceMapsEnabled(true);
  const { parse, RULES } = await engine("export { parse } from './server/src/letter'; export { RULES } from './server/src/rules';", {
    sourcemap: true,
  });
  const texts = fixtureLetters()
    .map((l) => l.text)
    .filter(isTypical);
  const context = { today: { year: 2026, month: 12, day: 1 } };
  const check = (text) => {
    const letter = parse(text);
    for (const rule of RULES) if (letter.layout !== 'unknown' || rule.anyText) rule.check(letter, context);
  };
  // One round: the plain pass and the engine on each letter in turn, as bench/rules.mjs measures them.
  const plainTimes = [];
  const round = () => {
    let engineMs = 0;
    let plainMs = 0;
    for (const text of texts) {
      let t0 = performance.now();
      plainPass(text);
      plainMs += performance.now() - t0;
      t0 = performance.now();
      check(text);
      engineMs += performance.now() - t0;
    }
    plainTimes.push(plainMs);
    return engineMs;
  };
  round();
  round();
  const plainRun = median(Array.from({ length: runs }, round));
  const plain = median(plainTimes);

  const exec = RegExp.prototype.exec;
  // The instrument's own cost per search: an empty search, timed as every search is.
  const empty = /x/;
  let overhead = 0;
  for (let i = 0; i < 100_000; i++) {
    const t0 = performance.now();
    exec.call(empty, '');
    overhead += performance.now() - t0;
  }
  overhead /= 100_000;
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
    instrumented = median(Array.from({ length: runs }, round));
  } finally {
    RegExp.prototype.exec = exec;
  }
  const perLetter = (ms) => (ms * 1000) / runs / texts.length;
  const plainµs = (plain * 1000) / texts.length;
  const patterns = [...costs]
    .map(([pattern, c]) => {
      const µs = perLetter(Math.max(0, c.ms - c.calls * overhead));
      const built = c.count / runs / texts.length;
      return { pattern, where: c.where, µs, calls: c.calls / runs / texts.length, built, ratio: µs / plainµs };
    })
    .sort((a, b) => b.µs - a.µs);
  const inPatterns = patterns.reduce((a, p) => a + p.µs, 0);
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
    `  instrumented: ${r.instrumentedµs.toFixed(0)} µs a letter, of which ${r.inPatternsµs.toFixed(0)} µs in the searches of ${r.patternCount} patterns (${r.overheadNs.toFixed(0)} ns a search taken off as the instrument's)`,
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
