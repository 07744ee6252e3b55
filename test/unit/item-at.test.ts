// The item at a place in a letter: by halving when the items stand in text order, by reading them
// all when they do not (a 2013 notice lists its items by number).

import { strict as assert } from 'node:assert';
import type { Item, Letter } from '../../server/src/letter';
import { itemAt } from '../../server/src/letter/text';

const letterOf = (spans: [number, number][]): Letter =>
  ({ items: spans.map(([start, end], index) => ({ index, span: { start, end } }) as unknown as Item) }) as unknown as Letter;

describe('itemAt', () => {
  it('finds the item holding a place, and none between items, when they stand in text order', () => {
    const letter = letterOf([
      [0, 50],
      [60, 100],
      [100, 180],
    ]);
    assert.deepEqual(
      [0, 49, 50, 59, 60, 99, 100, 179, 180].map((pos) => itemAt(letter, pos)?.index),
      [0, 0, undefined, undefined, 1, 1, 2, 2, undefined],
    );
  });

  it('finds the item holding a place when the items are not in text order', () => {
    const letter = letterOf([
      [100, 200],
      [0, 50],
      [300, 400],
    ]);
    assert.deepEqual(
      [10, 60, 150, 350].map((pos) => itemAt(letter, pos)?.index),
      [1, undefined, 0, 2],
    );
  });
});
