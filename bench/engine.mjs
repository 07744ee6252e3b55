// The engine for the benchmarks, bundled by esbuild exactly as the server gets it, from a few lines
// of TypeScript that export what a benchmark needs: `await engine("export { parse } from
// './server/src/letter';")`. The bundle lives in a temporary folder, removed when the process exits.

import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function engine(exports) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-bench-'));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  const outfile = path.join(dir, 'engine.js');
  await esbuild.build({ stdin: { contents: exports, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error' });
  return createRequire(import.meta.url)(outfile);
}
