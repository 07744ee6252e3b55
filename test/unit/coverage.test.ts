// Every guideline line of the fixture letters is classified: only free-text Non-MTUS citations
// may stay unexplained, and then only where the line itself says Non-MTUS.

import { strict as assert } from 'node:assert';
import { parse } from '../../server/src/letter';
import { fixtureLetters } from '../support/fixtures';

const NON_MTUS = /Non\s*-?\s*MTUS|outside\s+of\s+the\s+MTUS/i;

describe('guideline lines: coverage', () => {
  for (const dir of ['real', 'real-pdftotext', 'real-layout', 'seeds']) {
    it(`classifies every guideline line in ${dir}`, () => {
      let lines = 0;
      let classified = 0;
      const unclassified: string[] = [];
      for (const [name, text] of fixtureLetters(dir)) {
        const letter = parse(text);
        for (const item of letter.items) {
          for (const part of item.parts) {
            if (part.kind === 'rationale') continue;
            lines++;
            const content = text.slice(part.contentSpan.start, part.contentSpan.end);
            const cites = letter.citations.filter((c) => c.item === item.index && c.source === part.kind);
            const known = cites.some((c) => c.guideline !== 'mtus' && (c.guideline !== 'non-mtus' || NON_MTUS.test(content)));
            if (known) classified++;
            else unclassified.push(`${name}: ${content.replace(/\s+/g, ' ').slice(0, 100)}`);
          }
        }
      }
      console.log(`      ${dir}: ${classified} of ${lines} guideline lines classified (${((100 * classified) / lines).toFixed(1)} %)`);
      assert.ok(lines > (dir === 'seeds' ? 20 : 600));
      assert.deepEqual(unclassified, []);
    });
  }
});
