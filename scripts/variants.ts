// npm run variants [-- --missed]: recall on the blind variant letters (test/support/variants.ts),
// per set and per category.

import { measureVariants, variantSets } from '../test/support/variants';

const missed = process.argv.includes('--missed');
for (const set of variantSets()) {
  const results = measureVariants(set);
  const byCategory = new Map<string, [number, number]>();
  for (const r of results) {
    const c = byCategory.get(r.label.category) ?? [0, 0];
    c[0]++;
    if (r.found) c[1]++;
    byCategory.set(r.label.category, c);
    if (missed && !r.found) console.log(`missed  ${set}/${r.label.file}:${r.label.line} ${r.label.detail}`);
  }
  console.log(`\n${set}`);
  for (const [category, [n, found]] of byCategory) console.log(`  ${category.padEnd(22)} ${found}/${n}`);
  const found = results.filter((r) => r.found).length;
  console.log(`variants ${set}: recall ${(found / results.length).toFixed(3)} (${found}/${results.length})`);
}
