// The checks keep their recall on blind variant letters (test/support/variants.ts) at the floor
// committed in test/fixtures/variants/floor.json; `npm run variants` prints the table.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES } from '../support/fixtures';
import { measureVariants, readVariantLabels, variantSets, VARIANTS } from '../support/variants';

const FLOOR: Record<string, number> = JSON.parse(fs.readFileSync(path.join(VARIANTS, 'floor.json'), 'utf8'));

describe('blind variants', () => {
  for (const set of variantSets()) {
    it(`${set}: each label quotes its line, and each variant has its unchanged letter`, () => {
      const wrong: string[] = [];
      for (const l of readVariantLabels(set)) {
        const lines = fs.readFileSync(path.join(VARIANTS, set, l.file), 'utf8').split('\n');
        if (!lines[l.line - 1]?.includes(l.evidence)) wrong.push(`${l.file}:${l.line}`);
        if (!fs.existsSync(path.join(FIXTURES, 'real', `${/CM\d\d-\d+/.exec(l.file)?.[0]}.txt`))) wrong.push(`${l.file}: no original`);
      }
      assert.deepEqual(wrong, []);
    });

    it(`${set}: finds at least the committed share of the variants`, () => {
      const results = measureVariants(set);
      const recall = results.filter((r) => r.found).length / results.length;
      assert.ok(
        recall >= FLOOR[set],
        `recall ${recall.toFixed(3)} under the floor ${FLOOR[set]}; missed: ${results
          .filter((r) => !r.found)
          .map((r) => r.label.file)
          .join(', ')}`,
      );
    });
  }
});
