// Benchmark: time to parse and check each corpus letter, against one trivial pass over the same
// text (split into lines, one regular expression per line). Prints figures; asserts nothing.
//
//   npm run bench            all fixture letters (real in three extractions, seeds)
//   node bench/parse.mjs --runs 200

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { engine as bundledEngine, root } from './engine.mjs';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 101;

const { parse, check } = await bundledEngine("export { parse } from './server/src/letter'; export { check } from './server/src/service';");

const LINE_RE = /:\s*(?:Upheld|Overturned)\s*$/;
function trivialPass(text) {
  let n = 0;
  for (const line of text.split('\n')) if (LINE_RE.test(line)) n++;
  return n;
}
const engine = (text) => check(parse(text)).length;
const parseOnly = (text) => parse(text).items.length;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function timeEach(fn, text) {
  for (let i = 0; i < 5; i++) fn(text); // warm up
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    fn(text);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

const dirs = ['real', 'real-pdftotext', 'real-layout', 'seeds'];
const rows = [];
for (const dir of dirs) {
  const folder = path.join(root, 'test/fixtures', dir);
  for (const f of fs.readdirSync(folder).filter((x) => x.endsWith('.txt')).sort()) {
    const text = fs.readFileSync(path.join(folder, f), 'utf8');
    rows.push({ dir, file: f, size: text.length, engine: timeEach(engine, text), parse: timeEach(parseOnly, text), trivial: timeEach(trivialPass, text) });
  }
}

const fmt = (ms) => `${(ms * 1000).toFixed(0)} µs`;
function summary(label, rs) {
  if (!rs.length) return;
  const e = median(rs.map((r) => r.engine));
  const t = median(rs.map((r) => r.trivial));
  const ratio = median(rs.map((r) => r.engine / r.trivial));
  const p = median(rs.map((r) => r.parse));
  console.log(`${label.padEnd(34)} ${String(rs.length).padStart(4)} letters  median size ${String(median(rs.map((r) => r.size))).padStart(6)}  parse+check ${fmt(e).padStart(7)} (parse ${fmt(p).padStart(7)})  trivial pass ${fmt(t).padStart(6)}  ratio ${ratio.toFixed(1)}x`);
}

console.log(`node ${process.version}, ${os.cpus().length} cores, ${RUNS} runs per letter (medians)\n`);
for (const dir of dirs) summary(dir, rows.filter((r) => r.dir === dir));
summary('typical letters (4-6 KB, all dirs)', rows.filter((r) => r.size >= 4000 && r.size <= 6000));
summary('all', rows);
const slowest = [...rows].sort((a, b) => b.engine - a.engine).slice(0, 3);
console.log(`\nslowest: ${slowest.map((r) => `${r.dir}/${r.file} ${fmt(r.engine)} (${r.size} chars)`).join(', ')}`);
