// What the benchmarks share: the engine bundled by esbuild exactly as the server gets it, from a
// few lines of TypeScript that export what a benchmark needs (`await engine("export { parse } from
// './server/src/letter';")`; the bundle lives in a temporary folder, removed when the process
// exits), the fixture letters, the plain pass every figure is measured against, and medians.

import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function engine(exports, { sourcemap = false } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-bench-'));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  const outfile = path.join(dir, 'engine.js');
  // As esbuild.mjs bundles it: jsonc-parser's ES module build (its "main" is a UMD build esbuild cannot follow).
  const alias = { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' };
  await esbuild.build({
    stdin: { contents: exports, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'error',
    alias,
    // Inline, for a benchmark that names places in the sources (with process.setSourceMapsEnabled).
    ...(sourcemap && { sourcemap: 'inline', sourceRoot: root }),
  });
  return createRequire(import.meta.url)(outfile);
}

/** The folders of fixture letters the benchmarks read: the real letters in three extractions, and the seeds. */
export const DIRS = ['real', 'real-pdftotext', 'real-layout', 'seeds'];

/** Every fixture letter, sorted by folder and name: { dir, file, path, text }. */
export function fixtureLetters() {
  const out = [];
  for (const dir of DIRS) {
    const folder = path.join(root, 'test/fixtures', dir);
    for (const file of fs
      .readdirSync(folder)
      .filter((x) => x.endsWith('.txt'))
      .sort()) {
      const p = path.join(folder, file);
      out.push({ dir, file, path: p, text: fs.readFileSync(p, 'utf8') });
    }
  }
  return out;
}

/** A folder `dir` of `n` letters, 1,000 to a subfolder, copies of the fixture letters in turn. */
export function letterFolder(dir, n) {
  const sources = fixtureLetters().map((l) => l.path);
  for (let i = 0; i < n; i++) {
    const sub = path.join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) fs.mkdirSync(sub, { recursive: true });
    fs.copyFileSync(sources[i % sources.length], path.join(sub, `${String(i).padStart(6, '0')}.txt`));
  }
  return dir;
}

/** A typical letter: 4 to 6 KB of text, as most letters are. */
export const isTypical = (text) => text.length >= 4000 && text.length <= 6000;

// The plain pass: split the text into lines and test one regular expression per line, the least
// any checker of the text must do. Every engine figure is also given as a multiple of it.
const LINE_RE = /:\s*(?:Upheld|Overturned)\s*$/;
export function plainPass(text) {
  let n = 0;
  for (const line of text.split('\n')) if (LINE_RE.test(line)) n++;
  return n;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** True when the module at `url` is the script node was started with. */
export const isMain = (url) => !!process.argv[1] && url === pathToFileURL(path.resolve(process.argv[1])).href;

/** Progress for a reader, on stderr, so that stdout carries only the results. */
export const progress = (line) => process.stderr.write(`${line}\n`);
