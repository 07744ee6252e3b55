// npx tsx scripts/confirm-findings.ts <rule> <letter>...: writes the rule's current warnings and
// errors on those letters (every extraction) into test/fixtures/expected/findings.json. Run it
// only for findings you have confirmed by reading the letters; the corpus test then keeps them.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '../server/src/letter';
import { check } from '../server/src/service';
import { TODAY } from '../test/support/findings';

const [rule, ...letters] = process.argv.slice(2);
const FIX = path.resolve(__dirname, '../test/fixtures');
const file = path.join(FIX, 'expected/findings.json');
const expected: Record<string, unknown> = JSON.parse(fs.readFileSync(file, 'utf8'));
for (const name of letters) {
  for (const dir of /^\d{3}_/.test(name) ? ['seeds'] : ['real', 'real-pdftotext', 'real-layout']) {
    const text = fs.readFileSync(path.join(FIX, dir, `${name}.txt`), 'utf8');
    const key = `${dir}/${name}`;
    const others = ((expected[key] ?? []) as string[][]).filter((f) => f[0] !== rule);
    const kept = new Set(others.map((f) => JSON.stringify(f)));
    // In the order the checker gives them, as the corpus test compares: this rule's, and those confirmed before.
    const all = check(parse(text), undefined, TODAY)
      .filter((f) => f.severity === 'error' || f.severity === 'warning')
      .map((f) => [f.rule, f.severity, text.slice(f.span.start, f.span.end).replace(/\s+/g, ' ')])
      .filter((f) => f[0] === rule || kept.has(JSON.stringify(f)));
    if (all.length) expected[key] = all;
    else delete expected[key];
  }
}
const { _about, ...rest } = expected;
const sorted = Object.fromEntries([
  ['_about', _about],
  ...Object.keys(rest)
    .sort()
    .map((k) => [k, rest[k]]),
]);
fs.writeFileSync(file, `${JSON.stringify(sorted, null, 1)}\n`);
