// Benchmark: where the checking time goes, rule by rule, on the typical letters (4-6 KB, every
// extraction). Each run parses the letter afresh and runs the rules in their order, so a reading
// shared by several rules is charged to the first rule that asks for it. Prints figures; asserts
// nothing.
//
//   node bench/rules.mjs [--runs 20]

import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20;

const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'imr-bench-')), 'engine.js');
await esbuild.build({
  stdin: { contents: "export { parse } from './server/src/letter'; export { RULES } from './server/src/rules';", resolveDir: root, loader: 'ts' },
  bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error',
});
const { parse, RULES } = createRequire(import.meta.url)(outfile);

const texts = [];
for (const dir of ['real', 'real-pdftotext', 'real-layout', 'seeds']) {
  const folder = path.join(root, 'test/fixtures', dir);
  for (const f of fs.readdirSync(folder).filter((x) => x.endsWith('.txt'))) {
    const text = fs.readFileSync(path.join(folder, f), 'utf8');
    if (text.length >= 4000 && text.length <= 6000) texts.push(text);
  }
}

const context = { today: { year: 2026, month: 12, day: 1 } };
const totals = new Map(RULES.map((r) => [r.id, 0]));
let parseTotal = 0;
for (let run = 0; run < RUNS + 2; run++) {
  for (const text of texts) {
    let t0 = process.hrtime.bigint();
    const letter = parse(text);
    let t1 = process.hrtime.bigint();
    if (run >= 2) parseTotal += Number(t1 - t0);
    for (const rule of RULES) {
      if (letter.layout === 'unknown' && !rule.anyText) continue;
      t0 = process.hrtime.bigint();
      try { rule.check(letter, context); } catch { /* counted as run */ }
      t1 = process.hrtime.bigint();
      if (run >= 2) totals.set(rule.id, totals.get(rule.id) + Number(t1 - t0));
    }
  }
}
const per = (ns) => ns / RUNS / texts.length / 1000;
const all = [...totals.values()].reduce((a, b) => a + b, 0);
console.log(`${texts.length} typical letters, ${RUNS} runs; mean µs per letter\n`);
console.log(`${'parse'.padEnd(36)} ${per(parseTotal).toFixed(1).padStart(7)}`);
for (const [id, ns] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`${id.padEnd(36)} ${per(ns).toFixed(1).padStart(7)}`);
console.log(`${'all rules'.padEnd(36)} ${per(all).toFixed(1).padStart(7)}\n${'parse + rules'.padEnd(36)} ${per(all + parseTotal).toFixed(1).padStart(7)}`);
fs.rmSync(path.dirname(outfile), { recursive: true, force: true });
