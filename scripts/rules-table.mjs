// Rewrites the rules table in README.md (between <!-- rules:start --> and <!-- rules:end -->)
// from the rules themselves: `node scripts/rules-table.mjs`. test/unit/docs.test.ts checks it.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'imr-rules-')), 'rules.js');
await esbuild.build({
  entryPoints: [path.join(root, 'server/src/rules/index.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile,
  logLevel: 'error',
});
const { RULES } = createRequire(import.meta.url)(outfile);
fs.rmSync(path.dirname(outfile), { recursive: true, force: true });

const rows = RULES.map((r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.defaultSeverity} | ${r.title} |`);
const table = ['<!-- rules:start -->', '| rule | default | checks |', '| --- | --- | --- |', ...rows, '<!-- rules:end -->'].join('\n');
const readmePath = path.join(root, 'README.md');
const readme = fs.readFileSync(readmePath, 'utf8');
fs.writeFileSync(readmePath, readme.replace(/<!-- rules:start -->[\s\S]*<!-- rules:end -->/, table));
console.log(`README.md: ${rows.length} rules`);
