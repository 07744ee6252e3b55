// Benchmark: the engine on adversarial 64 KB inputs, alone and inside a letter (in its summary and
// in an item's title), to show no pattern backtracks without bound. Prints milliseconds per input;
// asserts nothing (test/unit/property.test.ts keeps a few of them from hanging).
//
//   node bench/adversarial.mjs

import fs from 'node:fs';
import path from 'node:path';
import { engine, root } from './engine.mjs';

const { parse, check } = await engine("export { parse } from './server/src/letter'; export { check } from './server/src/service';");

const letter = fs.readFileSync(path.join(root, 'test/fixtures/seeds/002_f4a3e060fe32e57b.txt'), 'utf8');
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
  rows.push(row);
}
console.log(`${'64 KB of'.padEnd(34)} ${'alone'.padStart(8)} ${'summary'.padStart(8)} ${'title'.padStart(8)}  (ms)`);
for (const r of rows)
  console.log(
    `${r.unit.padEnd(34)} ${r.alone.toFixed(0).padStart(8)} ${r.summary.toFixed(0).padStart(8)} ${r.title.toFixed(0).padStart(8)}`,
  );
const worst = Math.max(...rows.flatMap((r) => [r.alone, r.summary, r.title]));
console.log(`\nworst: ${worst.toFixed(0)} ms`);
