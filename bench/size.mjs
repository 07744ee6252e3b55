// Benchmark: cost per KB as letters grow from 5 KB to 5 MB. Every letter is built the same way
// from the real letters (test/fixtures/real): one letter's text before its first item (header,
// summary), then disputed items (each item's whole block: its line, guidelines and rationale) taken
// in turn from all the real letters until the size is reached, then that letter's text after its
// last item. The 5 KB figure is the median over letters built on each typical real letter; the
// larger ones are built on the first. The engine parses with no size limit. Times are CPU time
// (a busy machine stretches wall time, not CPU time). Prints figures;
// asserts nothing.
//
//   node bench/size.mjs [--runs 9] [--json]     (npm run bench runs it with the other figures)

import { engine, fixtureLetters, isMain, isTypical, median } from './engine.mjs';

export const SIZES = [5_000, 50_000, 500_000, 5_000_000];

export async function measure({ runs = 9 } = {}) {
  const { parse, check } = await engine("export { parse } from './server/src/letter'; export { check } from './server/src/service';");
  const real = fixtureLetters().filter((l) => l.dir === 'real');
  const blocks = [];
  const frames = [];
  for (const { text } of real) {
    const { items } = parse(text);
    if (!items.length) continue;
    for (const item of items) blocks.push(`${text.slice(item.span.start, item.span.end).trimEnd()}\n\n`);
    if (isTypical(text)) frames.push({ head: text.slice(0, items[0].span.start), tail: text.slice(items.at(-1).span.end) });
  }
  /** A letter of about `size` characters on `frame`, its items from block `first` on. */
  const build = (frame, size, first) => {
    const parts = [frame.head];
    let length = frame.head.length + frame.tail.length;
    for (let i = first; length < size; i++) {
      const b = blocks[i % blocks.length];
      parts.push(b);
      length += b.length;
    }
    parts.push(frame.tail);
    return parts.join('');
  };
  // CPU time of this process (user + system), not the wall clock: a busy machine stretches the
  // wall time of a long run, not its CPU time. It counts V8's helper threads (garbage collection,
  // compilation) too, which work for the engine as much at 5 MB as at 5 KB.
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  // The engine warmed up first (its code optimised, its patterns compiled), so that the 5 KB
  // figure does not carry the compiler's work.
  for (let round = 0; round < 8; round++) for (const f of frames) check(parse(build(f, round < 4 ? 5_000 : 50_000, round)));
  const rows = [];
  for (const size of SIZES) {
    // Small letters: one on each typical letter, each round checks them all; large ones: one letter, a few runs.
    const small = size <= 50_000;
    const letters = small ? frames.map((f, i) => build(f, size, i * 7)) : [build(frames[0], size, 0)];
    const chars = letters.reduce((a, t) => a + t.length, 0);
    const warm = size <= 500_000 ? 2 : 0;
    const n = small ? runs : size <= 500_000 ? 5 : 3;
    const perKB = [];
    let items = 0;
    for (let round = 0; round < n + warm; round++) {
      const t0 = cpu();
      for (const text of letters) {
        const letter = parse(text, { maxLength: Infinity });
        check(letter);
        items = letter.items.length;
      }
      if (round >= warm) perKB.push((cpu() - t0) / (chars / 1024));
    }
    const µsPerKB = median(perKB) * 1000;
    rows.push({
      size,
      letters: letters.length,
      chars: Math.round(chars / letters.length),
      items,
      ms: (µsPerKB / 1000) * (chars / letters.length / 1024),
      µsPerKB,
    });
  }
  const first = rows[0];
  for (const r of rows) r.ratio = r.µsPerKB / first.µsPerKB;
  return { rows, ratio5MBto5KB: rows.at(-1).ratio };
}

export function report(r) {
  const kb = (n) => (n >= 1e6 ? `${n / 1e6} MB` : `${n / 1e3} KB`);
  return [
    "cost per KB by letter size (letters built from the real letters' items; CPU time, medians)",
    ...r.rows.map(
      (x) =>
        `  ${kb(x.size).padStart(6)}  ${String(x.letters).padStart(3)} letter${x.letters === 1 ? ' ' : 's'}  ${String(x.items).padStart(5)} items  ` +
        `${x.ms.toFixed(x.ms < 10 ? 2 : 0).padStart(7)} ms  ${x.µsPerKB.toFixed(0).padStart(4)} µs/KB  ${x.ratio.toFixed(2)}x the 5 KB cost per KB`,
    ),
  ];
}

if (isMain(import.meta.url)) {
  const runsArg = process.argv.indexOf('--runs');
  const r = await measure({ runs: runsArg > 0 ? Number(process.argv[runsArg + 1]) : 9 });
  console.log(process.argv.includes('--json') ? JSON.stringify(r) : report(r).join('\n'));
}
