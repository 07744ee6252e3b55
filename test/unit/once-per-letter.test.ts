// A reading done once per letter: later calls answer from memory, each reading its own.

import { strict as assert } from 'node:assert';
import { oncePerLetter } from '../../server/src/letter/text';

describe('oncePerLetter', () => {
  it('reads each letter once, an answer of undefined included, and keeps each reading apart', () => {
    const calls: string[] = [];
    const nothing = oncePerLetter((letter: { name: string }) => {
      calls.push(`nothing ${letter.name}`);
      return undefined;
    });
    const upper = oncePerLetter((letter: { name: string }) => {
      calls.push(`upper ${letter.name}`);
      return letter.name.toUpperCase();
    });
    const first = { name: 'first' };
    const second = { name: 'second' };
    for (let i = 0; i < 3; i++) {
      assert.equal(nothing(first), undefined);
      assert.equal(upper(first), 'FIRST');
      assert.equal(upper(second), 'SECOND');
    }
    assert.deepEqual(calls, ['nothing first', 'upper first', 'upper second']);
  });
});
