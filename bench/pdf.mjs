// Benchmark: letters read from their PDFs (issue 13). Two figures:
//
// 1. reading one letter's PDF, warm: pdf.js loaded and each of the 150 corpus PDFs
//    (test/fixtures/real-pdf/) read once before the timed rounds; per PDF the median of its rounds,
//    then the median PDF (a typical letter, 2 to 4 pages), the 90th percentile and the slowest; and
//    the first read in a fresh process (pdf.js loaded with it);
// 2. imr-lint over a folder of copies of those PDFs, as a user runs it (output to /dev/null):
//    letters/s by the wall clock, and by its CPU time on free cores (on a busy machine the wall
//    clock measures the other processes as much as imr-lint).
//
//   node bench/pdf.mjs [--rounds 5] [--copies 4] [--json]      needs `npm run build` first
// Figures are printed, not asserted.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { timeLint } from './cli.mjs';
import { engine, isMain, median, progress, root } from './engine.mjs';

const PDFS = path.join(root, 'test/fixtures/real-pdf');

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];

/** Milliseconds to read each corpus PDF, warm: the median of `rounds` reads, per PDF. */
async function readWarm(rounds) {
  const { readPdf } = await engine("export { readPdf } from './server/src/base/pdf';");
  const files = fs
    .readdirSync(PDFS)
    .filter((f) => f.endsWith('.pdf'))
    .sort();
  const bytes = files.map((f) => fs.readFileSync(path.join(PDFS, f)));
  const t0 = performance.now();
  const first = await readPdf(bytes[0]);
  const firstMs = performance.now() - t0;
  if (!('text' in first)) throw new Error(`${files[0]}: ${first.problem}`);
  for (const b of bytes) await readPdf(b); // warm-up round
  const times = bytes.map(() => []);
  const cpuTimes = bytes.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < bytes.length; i++) {
      const t = performance.now();
      const cpu = process.cpuUsage();
      await readPdf(bytes[i]);
      const used = process.cpuUsage(cpu);
      times[i].push(performance.now() - t);
      cpuTimes[i].push((used.user + used.system) / 1000);
    }
  }
  const perPdf = times.map(median).sort((a, b) => a - b);
  // CPU time: what a busy machine moves less than the wall clock (the process's, so a collection on
  // a helper thread counts too).
  const cpuPerPdf = cpuTimes.map(median).sort((a, b) => a - b);
  return {
    pdfs: files.length,
    rounds,
    firstReadMs: firstMs,
    typicalMs: median(perPdf),
    p90Ms: quantile(perPdf, 0.9),
    slowestMs: perPdf.at(-1),
    meanMs: perPdf.reduce((a, b) => a + b, 0) / perPdf.length,
    typicalCpuMs: median(cpuPerPdf),
  };
}

/** A folder `letters` in `tmp` of `copies` copies of each corpus PDF: its path and the number of letters. */
export function copiesOfPdfs(tmp, copies) {
  const dir = path.join(tmp, 'letters');
  fs.mkdirSync(dir);
  const files = fs.readdirSync(PDFS).filter((f) => f.endsWith('.pdf'));
  for (let c = 0; c < copies; c++) for (const f of files) fs.copyFileSync(path.join(PDFS, f), path.join(dir, `${c}-${f}`));
  return { dir, letters: copies * files.length };
}

/** imr-lint over `copies` copies of each corpus PDF. */
function cli(copies, args) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-bench-pdf-'));
  try {
    const { dir, letters } = copiesOfPdfs(tmp, copies);
    const cores = os.availableParallelism();
    const run = timeLint(tmp, dir, letters, args);
    return { ...run, args, cores, cpuBoundLettersPerSecond: cores / (run.cpuMsPerLetter / 1000) };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export async function measure({ rounds = 5, copies = 4 } = {}) {
  progress('  reading the corpus PDFs, warm ...');
  const read = await readWarm(rounds);
  progress(`  imr-lint over ${copies} x 150 PDFs ...`);
  return { loadAverage: os.loadavg()[0], read, cli: cli(copies, []) };
}

export function report(r) {
  const { read, cli: c } = r;
  return [
    `PDF letters (pdf.js), load average ${r.loadAverage.toFixed(1)}`,
    `  reading one PDF, warm, over ${read.pdfs} PDFs x ${read.rounds} rounds: typical ${read.typicalMs.toFixed(1)} ms, 90th percentile ${read.p90Ms.toFixed(1)} ms, slowest ${read.slowestMs.toFixed(1)} ms, mean ${read.meanMs.toFixed(1)} ms`,
    `  CPU time of the typical PDF's read: ${read.typicalCpuMs.toFixed(1)} ms`,
    `  first PDF in a fresh process (pdf.js loaded with it): ${read.firstReadMs.toFixed(0)} ms`,
    `  imr-lint over ${c.letters} PDFs on ${c.cores} cores: ${c.lettersPerSecond.toFixed(0)} letters/s (${c.seconds.toFixed(1)} s), CPU ${c.cpuMsPerLetter.toFixed(1)} ms/letter (all threads): ${c.cpuBoundLettersPerSecond.toFixed(0)} letters/s on ${c.cores} free cores; peak RSS ${c.peakRssMB.toFixed(0)} MB`,
  ];
}

if (isMain(import.meta.url)) {
  const argv = process.argv.slice(2);
  const value = (name, dflt) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : dflt);
  const r = await measure({ rounds: value('--rounds', 5), copies: value('--copies', 4) });
  console.log(argv.includes('--json') ? JSON.stringify(r) : report(r).join('\n'));
}
