// One definition of a line: a letter whose lines end in CR alone, in U+2028 or in U+2029 reads as
// the same letter as with line feeds: the same items, the same findings at the same offsets.

import { strict as assert } from 'node:assert';
import { parse } from '../../server/src/letter';
import { check } from '../../server/src/service';
import { TODAY } from '../support/findings';
import { fixtureLetters } from '../support/fixtures';

const reading = (text: string): string => {
  const letter = parse(text);
  const items = letter.items.map((i) => `${i.title} ${i.decision}`);
  const findings = check(letter, undefined, TODAY).map((f) => `${f.rule} ${f.severity} ${f.span.start}-${f.span.end}`);
  return JSON.stringify({ layout: letter.layout, items, findings });
};

describe('line ends', function () {
  this.timeout(120_000);

  for (const [end, name] of [
    ['\r', 'CR'],
    ['\u2028', 'U+2028'],
    ['\u2029', 'U+2029'],
  ] as const) {
    it(`reads every fixture letter with ${name} line ends as with line feeds`, () => {
      const differ: string[] = [];
      for (const dir of ['real', 'seeds']) {
        for (const [letter, text] of fixtureLetters(dir)) {
          if (reading(text.replace(/\n/g, end)) !== reading(text)) differ.push(`${dir}/${letter}`);
        }
      }
      assert.deepEqual(differ, []);
    });
  }

  it('keeps the text it was given: offsets into the model are offsets into the document', () => {
    const [[, text]] = fixtureLetters('seeds');
    const cr = text.replace(/\n/g, '\r');
    assert.equal(parse(cr).text.length, cr.length);
  });
});
