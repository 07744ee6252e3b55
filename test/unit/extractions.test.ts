// The same letter from any extractor gives the same findings: pypdf, pdftotext and pdftotext
// -layout differ in line breaks, joined hyphens and header columns, not in what the letter says.

import { strict as assert } from 'node:assert';
import { parse } from '../../server/src/letter';
import { check } from '../../server/src/service';
import { TODAY } from '../support/findings';
import { fixture, fixtureLetters } from '../support/fixtures';

const signature = (text: string): string[] =>
  check(parse(text), undefined, TODAY)
    .filter((f) => f.severity !== 'hint')
    .map((f) => `${f.rule} ${f.severity}`)
    .sort();

describe('findings do not depend on the extractor', function () {
  this.timeout(60_000);

  it('gives every real letter the same findings (rule and severity) in all three extractions', () => {
    const differ: string[] = [];
    for (const [name, text] of fixtureLetters('real')) {
      const want = signature(text);
      for (const dir of ['real-pdftotext', 'real-layout']) {
        const got = signature(fixture(`${dir}/${name}.txt`));
        if (got.join() !== want.join()) differ.push(`${dir}/${name}: ${got.join(', ')} (pypdf: ${want.join(', ')})`);
      }
    }
    assert.deepEqual(differ, []);
  });
});
