// Bundles the client, the standalone server and the CLI into dist/.
import * as esbuild from 'esbuild';
import fs from 'node:fs';

const watch = process.argv.includes('--watch');
// jsonc-parser's "main" is a UMD build whose requires esbuild cannot follow: its ES module build is bundled instead.
const alias = { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' };
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: !watch,
  logLevel: 'warning',
  legalComments: 'none',
  alias,
};
// The letters the server warms up on after initialize (server/src/server/warm-up.ts): the samples
// and the warm-up letters (warm-up/README.md).
const lettersIn = (dir, ending) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(ending))
    .sort()
    .map((f) => fs.readFileSync(`${dir}/${f}`, 'utf8'));
const warmUpLetters = [...lettersIn('samples', '.imr.txt'), ...lettersIn('warm-up', '.txt')];
// pdf.js is a bundle of its own (dist/pdfjs.js), loaded by server/src/base/pdf.ts with the first PDF
// read: the server and the CLI require it then, from beside themselves.
const pdfjsApart = {
  name: 'pdfjs-apart',
  setup: (b) => b.onResolve({ filter: /^\.\/pdfjs$/ }, () => ({ path: './pdfjs.js', external: true })),
};
// import.meta.url undefined: pdf.js then cannot require the optional native canvas package.
const pdfjs = {
  ...common,
  entryPoints: ['server/src/base/pdfjs.ts'],
  outfile: 'dist/pdfjs.js',
  define: { 'import.meta.url': 'undefined' },
  sourcemap: false,
};
const builds = [
  pdfjs,
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  {
    ...common,
    entryPoints: ['server/src/server/main.ts'],
    outfile: 'dist/server.js',
    plugins: [pdfjsApart],
    define: { IMR_WARM_UP_LETTERS: JSON.stringify(warmUpLetters) },
    banner: { js: '#!/usr/bin/env node' },
  },
  // PDFs are read on a worker thread of their own (server/src/base/pdf-isolated.ts).
  {
    ...common,
    entryPoints: ['server/src/base/pdf-reader.ts'],
    outfile: 'dist/pdf-reader.js',
    plugins: [pdfjsApart],
  },
  {
    ...common,
    entryPoints: ['server/src/cli/bin.ts'],
    outfile: 'dist/cli.js',
    plugins: [pdfjsApart],
    banner: { js: '#!/usr/bin/env node' },
  },
  // The timeline view's script, run in the webview (client/src/timeline.ts).
  {
    ...common,
    entryPoints: ['client/webview/timeline.ts'],
    outfile: 'dist/timeline-view.js',
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    sourcemap: false,
  },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
