// The page and table references of the letter's prose, read a stretch at a time: the hover's
// reference at an offset is the one the whole letter's reading has there, and a page in one item's
// text does not refer to a guideline named in another item's.

import { strict as assert } from 'node:assert';
import { spanContains } from '../../server/src/base/span';
import { parse, textReferenceAt, textReferences } from '../../server/src/letter';
import { fixture, fixtureLetters } from '../support/fixtures';

describe('text references', () => {
  it('the reference at an offset, read in its stretch alone, is the whole reading’s (every real letter, both extractions)', () => {
    let seen = 0;
    for (const dir of ['real', 'real-pdftotext']) {
      for (const [name, text] of fixtureLetters(dir)) {
        const all = textReferences(parse(text));
        // A fresh parse, so that only the stretches asked about are read.
        const letter = parse(text);
        const offsets = new Set(
          all.flatMap((c) => [c.span.start - 1, c.span.start, (c.span.start + c.span.end) >> 1, c.span.end, c.span.end + 1]),
        );
        for (let at = 0; at < text.length; at += 211) offsets.add(at);
        for (const at of offsets) {
          const found = textReferenceAt(letter, at);
          assert.deepEqual(
            found,
            all.find((c) => spanContains(c.span, at)),
            `${dir}/${name} at ${at}`,
          );
          if (found) seen++;
        }
      }
    }
    assert.ok(seen > 100, `only ${seen} offsets on a reference`);
  });

  it('a page in one item’s text refers to no guideline named in the item before it', () => {
    const seed = fixture('real/CM16-0213037.txt');
    const first = /^.*: (?:Upheld|Overturned) *\n/m.exec(seed)!;
    const items =
      '1. Physical therapy 2x6 for the lumbar spine: Upheld\nThe request is not medically necessary per MTUS page 99.\n' +
      '2. Acupuncture 6 sessions: Upheld\nThe request exceeds what the MTUS allows.\n' +
      '3. Aquatic therapy 8 sessions: Upheld\nPage 22 does not support it.\n';
    const text = seed.slice(0, first.index) + items + seed.slice(first.index);
    const letter = parse(text);
    assert.ok(
      letter.items.some((i) => i.title.includes('Aquatic therapy')),
      'the constructed items are read as items',
    );
    assert.equal(textReferenceAt(letter, text.indexOf('page 99') + 2)?.pages[0].from, 99);
    assert.equal(textReferenceAt(letter, text.indexOf('Page 22') + 2), undefined);
  });
});
