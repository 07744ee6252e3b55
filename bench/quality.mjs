// Quality: runs every rule over the fixture letters and prints, per rule and severity, how many
// findings and on which letters. With --show RULE, prints each finding of that rule in context,
// for reading. Figures are printed, not asserted; the confirmed findings are kept as tests.
//
//   node bench/quality.mjs                     counts over the real letters and the seeds
//   node bench/quality.mjs --show split-word   every split-word finding with its context

import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : undefined;
const dirs = process.argv.includes('--dirs') ? process.argv[process.argv.indexOf('--dirs') + 1].split(',') : ['real', 'seeds'];

const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'imr-quality-')), 'engine.js');
await esbuild.build({
  stdin: {
    contents:
      "export { parse } from './server/src/letter'; export { check } from './server/src/service'; export { RULES } from './server/src/rules';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile,
  logLevel: 'error',
});
const { parse, check, RULES } = createRequire(import.meta.url)(outfile);
// A fixed "today", so the figures do not move with the calendar.
const context = { today: { year: 2026, month: 11, day: 22 } };

const tally = new Map(); // rule -> severity -> [letters]
let letters = 0;
for (const dir of dirs) {
  const folder = path.join(root, 'test/fixtures', dir);
  for (const f of fs
    .readdirSync(folder)
    .filter((x) => x.endsWith('.txt'))
    .sort()) {
    const text = fs.readFileSync(path.join(folder, f), 'utf8');
    letters++;
    for (const finding of check(parse(text), undefined, context)) {
      const bySeverity = tally.get(finding.rule) ?? new Map();
      tally.set(finding.rule, bySeverity);
      const list = bySeverity.get(finding.severity) ?? [];
      bySeverity.set(finding.severity, list);
      list.push(`${dir}/${f.replace(/\.txt$/, '')}`);
      if (show === finding.rule) {
        const ctx = text.slice(Math.max(0, finding.span.start - 120), finding.span.end + 80).replace(/\s+/g, ' ');
        console.log(`${dir}/${f} ${finding.severity}: ${finding.message}\n    …${ctx}…\n`);
      }
    }
  }
}

console.log(`${letters} letters (${dirs.join(', ')})\n`);
for (const rule of RULES) {
  const bySeverity = tally.get(rule.id);
  if (!bySeverity) {
    console.log(`${rule.id.padEnd(34)} 0`);
    continue;
  }
  for (const [severity, list] of bySeverity) {
    const distinct = [...new Set(list)];
    const names = distinct.slice(0, 6).join(' ') + (distinct.length > 6 ? ` … (+${distinct.length - 6})` : '');
    console.log(
      `${rule.id.padEnd(34)} ${String(list.length).padStart(4)} ${severity.padEnd(11)} in ${String(distinct.length).padStart(3)} letters: ${names}`,
    );
  }
}
fs.rmSync(path.dirname(outfile), { recursive: true, force: true });
