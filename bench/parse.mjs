// Benchmark: time to parse and check each fixture letter, against the plain pass over the same
// text (split into lines, one regular expression per line), measured two ways:
//
// - repeated: each letter N times in a row, the median of its runs (the editor's case: a letter
//   checked again and again while it is edited; the engine's small caches are warm), and
// - streaming: N rounds over all the letters, each letter once a round, the median of its rounds
//   (every letter new, one after the other), and
// - batched: N rounds over all the letters in batches of 16, each batch parsed, then each rule run
//   on all of its letters before the next rule (service checkEach), as imr-lint checks them; the
//   median over batches and rounds of a batch's time per letter, and of its time over the plain
//   passes of its letters.
//
// Prints medians per folder, for typical letters (4-6 KB) and overall, with the ratio of the two.
// Figures are printed, not asserted: timings depend on the machine and are not tests.
//
//   node bench/parse.mjs [--runs 21] [--json]     (npm run bench runs it with the other figures)

import os from 'node:os';
import { engine, fixtureLetters, isMain, isTypical, median, plainPass, DIRS } from './engine.mjs';

const now = () => process.hrtime.bigint();
const ms = (t0, t1) => Number(t1 - t0) / 1e6;

/** Per letter: engine (parse + every rule, default settings), parse alone and the plain pass, in ms. */
export async function measure({ runs = 21 } = {}) {
  const { parse, check, checkEach, DEFAULT_SETTINGS, BATCH } = await engine(
    "export { parse } from './server/src/letter'; export { check, checkEach, DEFAULT_SETTINGS, BATCH } from './server/src/service';",
  );
  const letters = fixtureLetters();
  const fns = { engine: (text) => check(parse(text)).length, parse: (text) => parse(text).items.length, plain: plainPass };

  // Repeated: each letter's runs in a row, after 5 runs to warm up.
  const repeated = letters.map(({ dir, file, text }) => {
    const row = { dir, file, size: text.length };
    for (const [name, fn] of Object.entries(fns)) {
      for (let i = 0; i < 5; i++) fn(text);
      const times = [];
      for (let i = 0; i < runs; i++) {
        const t0 = now();
        fn(text);
        times.push(ms(t0, now()));
      }
      row[name] = median(times);
    }
    return row;
  });

  // Streaming: rounds over all the letters (two rounds to warm up, not counted). The plain pass
  // runs after the engine, on a text the engine has just brought into the cache: its time is
  // then the least a pass costs, and the ratio no smaller than it should be.
  const times = letters.map(() => ({ engine: [], plain: [] }));
  for (let round = 0; round < runs + 2; round++) {
    letters.forEach(({ text }, i) => {
      let t0 = now();
      fns.engine(text);
      let t1 = now();
      if (round >= 2) times[i].engine.push(ms(t0, t1));
      t0 = now();
      fns.plain(text);
      t1 = now();
      if (round >= 2) times[i].plain.push(ms(t0, t1));
    });
  }
  const streaming = letters.map(({ dir, file, text }, i) => ({
    dir,
    file,
    size: text.length,
    engine: median(times[i].engine),
    plain: median(times[i].plain),
  }));

  // Batched: the typical letters in batches of their own, and all the letters.
  const context = { today: { year: 2026, month: 12, day: 1 } };
  const batched = (texts) => {
    const perLetter = [];
    const ratios = [];
    for (let round = 0; round < runs + 2; round++) {
      for (let i = 0; i < texts.length; i += BATCH) {
        const batch = texts.slice(i, i + BATCH);
        let t0 = now();
        checkEach(batch.map((text) => ({ letter: parse(text), settings: DEFAULT_SETTINGS, context })));
        const engineMs = ms(t0, now());
        t0 = now();
        for (const text of batch) plainPass(text);
        const plainMs = ms(t0, now());
        if (round < 2) continue;
        perLetter.push(engineMs / batch.length);
        ratios.push(engineMs / plainMs);
      }
    }
    return {
      letters: texts.length,
      size: median(texts.map((t) => t.length)),
      engineMs: median(perLetter),
      meanEngineMs: perLetter.reduce((a, b) => a + b, 0) / perLetter.length,
      ratio: median(ratios),
    };
  };
  const texts = letters.map((l) => l.text);
  const batches = { typical: batched(texts.filter(isTypical)), all: batched(texts) };

  const summarize = (rows) => ({
    letters: rows.length,
    size: median(rows.map((r) => r.size)),
    engineMs: median(rows.map((r) => r.engine)),
    meanEngineMs: rows.reduce((a, r) => a + r.engine, 0) / rows.length,
    parseMs: rows[0]?.parse === undefined ? undefined : median(rows.map((r) => r.parse)),
    plainMs: median(rows.map((r) => r.plain)),
    ratio: median(rows.map((r) => r.engine / r.plain)),
  });
  const groups = (rows) => ({
    ...Object.fromEntries(DIRS.map((d) => [d, summarize(rows.filter((r) => r.dir === d))])),
    typical: summarize(rows.filter((r) => isTypical({ length: r.size }))),
    all: summarize(rows),
  });
  const slowest = [...repeated]
    .sort((a, b) => b.engine - a.engine)
    .slice(0, 3)
    .map(({ dir, file, size, engine }) => ({ letter: `${dir}/${file}`, size, engineMs: engine }));
  return { runs, batch: BATCH, repeated: groups(repeated), streaming: groups(streaming), batched: batches, slowest };
}

const µs = (ms) => `${(ms * 1000).toFixed(0)} µs`;

export function report(r) {
  const lines = [];
  const row = (label, s) =>
    `  ${label.padEnd(34)} ${String(s.letters).padStart(4)} letters  median size ${String(s.size).padStart(6)}  engine ${µs(s.engineMs).padStart(8)}` +
    `${s.parseMs === undefined ? '' : ` (parse ${µs(s.parseMs).padStart(7)})`}  plain pass ${µs(s.plainMs).padStart(6)}  ratio ${s.ratio.toFixed(1).padStart(5)}x`;
  for (const [mode, what] of [
    ['repeated', `each letter ${r.runs} times in a row (as an editor re-checks a letter)`],
    ['streaming', `${r.runs} rounds over all letters, each once a round (every letter new, one after the other)`],
  ]) {
    lines.push(`${mode}: ${what}; medians`);
    for (const [label, s] of Object.entries(r[mode]))
      if (s.letters) lines.push(row(label === 'typical' ? 'typical letters (4-6 KB, all dirs)' : label, s));
  }
  lines.push(
    `batched: ${r.runs} rounds over all letters in batches of ${r.batch}, each rule on a whole batch (as imr-lint checks them); medians of the batches`,
  );
  for (const [label, s] of Object.entries(r.batched))
    lines.push(
      `  ${(label === 'typical' ? 'typical letters (4-6 KB, all dirs)' : label).padEnd(34)} ${String(s.letters).padStart(4)} letters  median size ${String(s.size).padStart(6)}  engine ${µs(s.engineMs).padStart(8)} a letter  ratio ${s.ratio.toFixed(1).padStart(5)}x`,
    );
  lines.push(`slowest (repeated): ${r.slowest.map((s) => `${s.letter} ${µs(s.engineMs)} (${s.size} chars)`).join(', ')}`);
  return lines;
}

if (isMain(import.meta.url)) {
  const runsArg = process.argv.indexOf('--runs');
  const r = await measure({ runs: runsArg > 0 ? Number(process.argv[runsArg + 1]) : 21 });
  if (process.argv.includes('--json')) console.log(JSON.stringify(r));
  else console.log([`node ${process.version}, ${os.cpus().length} cores`, '', ...report(r)].join('\n'));
}
