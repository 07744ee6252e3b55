// The page and table references of the letter's prose, read a stretch at a time: the hover's
// reference at an offset is the one the whole letter's reading has there, and a page in one item's
// text does not refer to a guideline named in another item's.

import { strict as assert } from 'node:assert';
import { spanContains } from '../../server/src/base/span';
import { parse, textReferenceAt, textReferences, type Letter } from '../../server/src/letter';
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

  it('reads the letter’s text once for a hover, for the stretch of prose at the offset, not once a stretch', () => {
    // Two items, pages cited in their rationales.
    const text = fixture('real/CM17-0017776.txt');
    const page = textReferences(parse(text))[0];
    assert.ok(page, 'the letter cites a page in its prose');
    // The letter, parsed, then read through a watch that counts the reads of its text.
    const watchedLetter = (): { letter: Letter; reads: () => number } => {
      const parsed = parse(text);
      let reads = 0;
      const letter = new Proxy(parsed, {
        get: (target, key, receiver) => {
          if (key === 'text') reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
      return { letter, reads: () => reads };
    };
    const all = watchedLetter();
    textReferences(all.letter);
    assert.ok(all.reads() >= 5, `the whole reading reads the text ${all.reads()} times (one a stretch)`);
    const one = watchedLetter();
    assert.deepEqual(textReferenceAt(one.letter, page.span.start), page);
    assert.equal(one.reads(), 1, 'the text read once, for the stretch at the offset');
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
