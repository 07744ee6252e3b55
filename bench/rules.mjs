// Benchmark: where the checking time goes, rule by rule, on the typical letters (4-6 KB, every
// extraction). Each run parses the letter afresh and runs the rules in their order, so a reading
// shared by several rules is charged to the first rule that asks for it. Each figure is the median
// of the runs' means (the machine may be busy during some runs). Prints figures; asserts nothing.
//
//   node bench/rules.mjs [--runs 20]

import fs from 'node:fs';
import path from 'node:path';
import { engine, root } from './engine.mjs';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20;

const { parse, RULES } = await engine("export { parse } from './server/src/letter'; export { RULES } from './server/src/rules';");

const texts = [];
for (const dir of ['real', 'real-pdftotext', 'real-layout', 'seeds']) {
  const folder = path.join(root, 'test/fixtures', dir);
  for (const f of fs.readdirSync(folder).filter((x) => x.endsWith('.txt'))) {
    const text = fs.readFileSync(path.join(folder, f), 'utf8');
    if (text.length >= 4000 && text.length <= 6000) texts.push(text);
  }
}

const context = { today: { year: 2026, month: 12, day: 1 } };
// Nanoseconds per run: parse, each rule, and all together.
const ids = ['parse', ...RULES.map((r) => r.id)];
const perRun = new Map([...ids, 'all rules', 'parse + rules'].map((id) => [id, []]));
for (let run = 0; run < RUNS + 2; run++) {
  const totals = new Map(ids.map((id) => [id, 0]));
  for (const text of texts) {
    let t0 = process.hrtime.bigint();
    const letter = parse(text);
    let t1 = process.hrtime.bigint();
    totals.set('parse', totals.get('parse') + Number(t1 - t0));
    for (const rule of RULES) {
      if (letter.layout === 'unknown' && !rule.anyText) continue;
      t0 = process.hrtime.bigint();
      try { rule.check(letter, context); } catch { /* counted as run */ }
      t1 = process.hrtime.bigint();
      totals.set(rule.id, totals.get(rule.id) + Number(t1 - t0));
    }
  }
  if (run < 2) continue; // warm-up
  for (const [id, ns] of totals) perRun.get(id).push(ns);
  const rules = [...totals].filter(([id]) => id !== 'parse').reduce((a, [, ns]) => a + ns, 0);
  perRun.get('all rules').push(rules);
  perRun.get('parse + rules').push(rules + totals.get('parse'));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const per = (id) => median(perRun.get(id)) / texts.length / 1000;
const row = (id) => console.log(`${id.padEnd(36)} ${per(id).toFixed(1).padStart(7)}`);
console.log(`${texts.length} typical letters, ${RUNS} runs; µs per letter (median of the runs' means)\n`);
row('parse');
for (const r of RULES.map((r) => r.id).sort((a, b) => per(b) - per(a))) row(r);
row('all rules');
console.log();
row('parse + rules');
