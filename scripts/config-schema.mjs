// Writes docs/schema/imr-config.v1.json (the JSON Schema of .imr.json that VS Code uses) from the
// rules themselves: `node scripts/config-schema.mjs`. test/unit/config.test.ts checks it.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'imr-schema-')), 'schema.js');
await esbuild.build({
  entryPoints: [path.join(root, 'server/src/config/schema.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile,
  logLevel: 'error',
});
const { configSchema } = createRequire(import.meta.url)(outfile);
fs.rmSync(path.dirname(outfile), { recursive: true, force: true });
const target = path.join(root, 'docs/schema/imr-config.v1.json');
fs.writeFileSync(target, `${JSON.stringify(configSchema(), null, 2)}\n`);
console.log(`${path.relative(root, target)} written`);
