// A folded range (letter/folded.ts) is the range with every run of white space made one space and
// the ends trimmed, and each of its characters points back at the original. Short and long ranges
// are folded by different loops; both must give exactly this.

import { strict as assert } from 'node:assert';
import { normalize } from '../../server/src/letter/folded';

const SPACES = [' ', '\t', '\n', '\r', '\u0000', '\u0085', '\u00a0', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\ufeff', '\u3000'];
const OTHERS = ['a', 'Z', '7', '.', '-', 'é', '\ud83d', '\ude00', '\u2013', '\u0100', '\uffff'];

/** The definition, one character at a time. */
function expected(text: string, from: number, to: number): { text: string; offsets: number[] } {
  let out = '';
  const offsets: number[] = [];
  let gap = -1;
  for (let i = from; i < to; i++) {
    if (SPACES.includes(text[i]) || text.charCodeAt(i) <= 32) {
      if (offsets.length > 0 && gap < 0) gap = i;
      continue;
    }
    if (gap >= 0) {
      out += ' ';
      offsets.push(gap);
      gap = -1;
    }
    out += text[i];
    offsets.push(i);
  }
  return { text: out, offsets };
}

/** A text of `length` characters, mostly words with runs of assorted spaces, from a seed. */
function randomText(length: number, seed: number): string {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  let out = '';
  while (out.length < length) out += next(3) === 0 ? SPACES[next(SPACES.length)] : OTHERS[next(OTHERS.length)];
  return out.slice(0, length);
}

describe('folded text', () => {
  for (const length of [0, 1, 40, 512, 513, 3000, 20000]) {
    it(`folds a range of ${length} characters as its definition says`, () => {
      for (let seed = 1; seed <= 5; seed++) {
        const text = `  \n${randomText(length, seed)}\t \u2028`;
        for (const [from, to] of [
          [0, text.length],
          [3, 3 + length],
          [Math.floor(text.length / 3), text.length - 1],
        ]) {
          const folded = normalize(text, from, to);
          const want = expected(text, from, to);
          assert.equal(folded.text, want.text, `seed ${seed}, ${from}-${to}`);
          assert.deepEqual(Array.from(folded.offsets), want.offsets, `seed ${seed}, ${from}-${to}`);
        }
      }
    });
  }

  it('keeps a lone surrogate as it stands, in a long range too', () => {
    const text = `${'word '.repeat(200)}\ud800 end`;
    assert.equal(normalize(text, 0, text.length).text, text.trimEnd().replace(/ +/g, ' '));
  });
});
