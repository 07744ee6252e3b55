// Bundles the in-host suite (test/e2e/suite/*.ts) into out/e2e/suite/: one file per test file and
// the runner's index.js. vscode and mocha stay external: mocha comes from the extension's own
// node_modules, vscode from the editor that loads the suite.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const suite = path.join(root, 'test/e2e/suite');
await esbuild.build({
  entryPoints: readdirSync(suite)
    .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
    .map((f) => path.join(suite, f)),
  outdir: path.join(root, 'out/e2e/suite'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
