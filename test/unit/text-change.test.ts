// What changed between two versions of a text, and where a place or a stretch of one stands in the
// other: what lets the server answer a hover on a long letter from its last parse while it is edited.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { changeBetween, offsetBefore, spanAfter } from '../../server/src/base/text-change';

describe('the change between two texts', () => {
  it('finds an insertion, a deletion and a replacement as one stretch', () => {
    assert.deepEqual(changeBetween('Norc #20', 'Norco #20'), { start: 4, oldEnd: 4, newEnd: 5 });
    assert.deepEqual(changeBetween('Norco #20', 'Norc #20'), { start: 4, oldEnd: 5, newEnd: 4 });
    assert.deepEqual(changeBetween('Page(s): 80.', 'Page(s): 74-95.'), { start: 9, oldEnd: 11, newEnd: 14 });
    assert.deepEqual(changeBetween('abc', 'abc'), { start: 3, oldEnd: 3, newEnd: 3 });
    assert.deepEqual(changeBetween('', 'abc'), { start: 0, oldEnd: 0, newEnd: 3 });
    // Repeated characters: the stretch is taken as late as the texts allow, and still one.
    assert.deepEqual(changeBetween('aaa', 'aaaa'), { start: 3, oldEnd: 3, newEnd: 4 });
  });

  it('maps a place of the new text to the old one outside the change, never at its ends or inside it', () => {
    const change = changeBetween('Norco 5/325mg #20: Upheld', 'Norco 10/325mg #20: Upheld');
    assert.deepEqual(change, { start: 6, oldEnd: 7, newEnd: 8 });
    assert.equal(offsetBefore(change, 2), 2);
    assert.equal(offsetBefore(change, 6), undefined);
    assert.equal(offsetBefore(change, 7), undefined);
    assert.equal(offsetBefore(change, 8), undefined);
    assert.equal(offsetBefore(change, 20), 19);
  });

  it('moves a stretch of the old text to the new one, unless the change is in it or at one of its ends', () => {
    const change = { start: 10, oldEnd: 12, newEnd: 15 };
    assert.deepEqual(spanAfter(change, { start: 2, end: 9 }), { start: 2, end: 9 });
    assert.equal(spanAfter(change, { start: 2, end: 10 }), undefined);
    assert.equal(spanAfter(change, { start: 11, end: 11 }), undefined);
    assert.equal(spanAfter(change, { start: 12, end: 20 }), undefined);
    assert.deepEqual(spanAfter(change, { start: 13, end: 20 }), { start: 16, end: 23 });
  });

  it('maps every place it maps to the same character, and every stretch it moves to the same words (random edits)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', 'é'), maxLength: 60 }),
        fc.nat(),
        fc.nat(),
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n'), maxLength: 8 }),
        (before, i, j, inserted) => {
          const from = i % (before.length + 1);
          const to = from + (j % (before.length - from + 1));
          const after = before.slice(0, from) + inserted + before.slice(to);
          const change = changeBetween(before, after);
          assert.equal(before.slice(0, change.start) + after.slice(change.start, change.newEnd) + before.slice(change.oldEnd), after);
          for (let offset = 0; offset < after.length; offset++) {
            const old = offsetBefore(change, offset);
            if (old !== undefined) assert.equal(before[old], after[offset]);
          }
          for (let start = 0; start <= before.length; start++)
            for (let end = start; end <= before.length; end++) {
              const moved = spanAfter(change, { start, end });
              if (moved) assert.equal(after.slice(moved.start, moved.end), before.slice(start, end));
            }
        },
      ),
    );
  });
});
