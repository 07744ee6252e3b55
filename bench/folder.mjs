// Benchmark: the language server's Check Folder (the imr/checkFolder request, as IMR: Check
// Folder… sends it) over a folder of copies of the fixture letters: letters/s from the request to
// its answer, the diagnostics of every letter pushed on the way. Each run starts dist/server.js
// --stdio afresh and waits for its warm-up, as an editor's server has done by the time a user checks
// a folder; the median of the runs is printed. Asserts nothing.
//
// With --pdfs, the folder holds copies of the fixture PDFs instead (the DWC-published letters),
// read by the server's PDF reader as imr-lint reads them.
//
//   node bench/folder.mjs [--letters 2000] [--runs 3] [--pdfs] [--server other/server.js] [--json]
//                                      (npm run bench runs it with the other figures)

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMain, letterFolder, median, progress, root } from './engine.mjs';
import { startServer } from './server.mjs';

export async function measure({ letters = 2000, runs = 3, pdfs = false, bundle = path.join(root, 'dist/server.js') } = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-bench-folder-'));
  try {
    const dir = path.join(tmp, 'letters');
    const uri = pathToFileURL(pdfs ? pdfFolder(dir, letters) : letterFolder(dir, letters)).href;
    const out = [];
    for (let i = 0; i < runs; i++) {
      const server = await startServer(bundle);
      await server.warmUp();
      const t0 = process.hrtime.bigint();
      const result = await server.connection.sendRequest('imr/checkFolder', { uri });
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      await server.stop();
      if (result.letters !== letters) throw new Error(`Check Folder checked ${result.letters} of ${letters} letters`);
      out.push({ seconds, lettersPerSecond: letters / seconds, findings: result.findings });
      progress(`  Check Folder ${letters} letters: ${(letters / seconds).toFixed(0)} letters/s`);
    }
    return { letters, pdfs, runs: out, lettersPerSecond: median(out.map((r) => r.lettersPerSecond)) };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** A folder `dir` of `n` PDFs, copies of the fixture PDFs in turn. */
function pdfFolder(dir, n) {
  const from = path.join(root, 'test/fixtures/real-pdf');
  const names = fs
    .readdirSync(from)
    .filter((f) => f.endsWith('.pdf'))
    .sort();
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++)
    fs.copyFileSync(path.join(from, names[i % names.length]), path.join(dir, `${String(i).padStart(6, '0')}.pdf`));
  return dir;
}

export function report(r) {
  return [
    `Check Folder in the server (imr/checkFolder over stdio, after its warm-up), ${r.letters} ${r.pdfs ? 'PDF letters' : 'letters'}, diagnostics pushed`,
    ...r.runs.map(
      (x) => `  ${x.lettersPerSecond.toFixed(0).padStart(5)} letters/s  ${x.seconds.toFixed(2).padStart(6)} s  ${x.findings} findings`,
    ),
    `  median ${r.lettersPerSecond.toFixed(0)} letters/s`,
  ];
}

if (isMain(import.meta.url)) {
  const argv = process.argv.slice(2);
  const value = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
  const r = await measure({
    letters: Number(value('--letters', 2000)),
    runs: Number(value('--runs', 3)),
    pdfs: argv.includes('--pdfs'),
    bundle: path.resolve(value('--server', path.join(root, 'dist/server.js'))),
  });
  console.log(argv.includes('--json') ? JSON.stringify(r) : report(r).join('\n'));
}
