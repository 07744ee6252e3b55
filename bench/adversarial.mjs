// Benchmark: the engine on adversarial 64 KB inputs, alone and inside a letter (in its summary and
// in an item's title), to show no pattern backtracks without bound; then the timeline and the
// appeal worksheet of a whole letter with the input in its summary (thousands of dated findings),
// to show they grow no faster than the findings. Prints milliseconds per input; asserts nothing
// (test/unit/property.test.ts keeps a few of them from hanging).
//
//   node bench/adversarial.mjs

import fs from 'node:fs';
import path from 'node:path';
import { engine, root } from './engine.mjs';

const { parse, check, letterTimeline, appealWorksheet, DEFAULT_SETTINGS } = await engine(
  "export { parse } from './server/src/letter'; export { check, letterTimeline, appealWorksheet, DEFAULT_SETTINGS } from './server/src/service';",
);
const TODAY = { year: 2026, month: 12, day: 1 };

const letter = fs.readFileSync(path.join(root, 'test/fixtures/seeds/002_f4a3e060fe32e57b.txt'), 'utf8');
// A whole letter, its header with the decision's date: what the timeline and the worksheet read.
const whole = fs.readFileSync(path.join(root, 'test/fixtures/real/CM16-0213037.txt'), 'utf8');
const SIZE = 64 * 1024;
const fill = (unit) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const UNITS = [
  '12-',
  '1/',
  '1.1',
  '1',
  ' ',
  '\n',
  '\r',
  'a ',
  'x. ',
  'no ',
  'no numbness ',
  'left right ',
  'has had ',
  'the patient has had pain for ',
  'for 2 ',
  '2 months ',
  '#1 ',
  '10/10/2016 ',
  'Seen on 02/01/2017.\n',
  'X: Upheld\n',
  'injury ',
  'positive ',
  "Spurling's test of the ",
];

const rows = [];
for (const unit of UNITS) {
  const s = fill(unit);
  const places = {
    alone: s,
    summary: letter.replace('CLINICAL CASE SUMMARY', `CLINICAL CASE SUMMARY\n${s}\n`),
    title: letter.replace(/^(.*): (Upheld|Overturned)/m, (_, title, decision) => `${title} ${s}: ${decision}`),
  };
  const row = { unit: JSON.stringify(unit) };
  for (const [place, text] of Object.entries(places)) {
    const t0 = process.hrtime.bigint();
    check(parse(text));
    row[place] = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  const inSummary = parse(whole.replace('CLINICAL CASE SUMMARY', `CLINICAL CASE SUMMARY\n${s}\n`));
  check(inSummary, DEFAULT_SETTINGS, { today: TODAY });
  const ms = (run) => {
    const t0 = process.hrtime.bigint();
    run();
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  row.timeline = ms(() => letterTimeline(inSummary, DEFAULT_SETTINGS));
  row.worksheet = ms(() => appealWorksheet(inSummary, DEFAULT_SETTINGS, { today: TODAY }));
  rows.push(row);
}
const columns = ['alone', 'summary', 'title', 'timeline', 'worksheet'];
console.log(
  `${'64 KB of'.padEnd(34)} ${columns.map((c) => c.padStart(9)).join(' ')}  (ms; timeline and worksheet: a whole letter, in its summary)`,
);
for (const r of rows) console.log(`${r.unit.padEnd(34)} ${columns.map((c) => r[c].toFixed(0).padStart(9)).join(' ')}`);
const worst = Math.max(...rows.flatMap((r) => columns.map((c) => r[c])));
console.log(`\nworst: ${worst.toFixed(0)} ms`);
