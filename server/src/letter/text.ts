// Helpers over a parsed letter's text: a reading done once per letter, and the spans of the prose
// that most readings search.

import type { Span } from '../base/span';
import type { Letter } from './types';

// What has been read of each letter, by reading: one small map per letter, kept while the letter
// lives (a WeakMap per reading would hold an entry per letter in each of some twenty maps).
const readings = new WeakMap<object, Map<unknown, unknown>>();

/** `read` run once per letter: later calls for the same letter answer from memory (kept while the letter lives). */
export function oncePerLetter<L extends object, T>(read: (letter: L) => T): (letter: L) => T {
  return (letter) => {
    let memo = readings.get(letter);
    if (!memo) readings.set(letter, (memo = new Map()));
    const known = memo.get(read);
    if (known !== undefined || memo.has(read)) return known as T;
    const value = read(letter);
    memo.set(read, value);
    return value;
  };
}

/** The case summary's span, then each decision rationale's. */
export const summaryAndRationales: (letter: Letter) => readonly Span[] = oncePerLetter((letter: Letter) => [
  ...letter.sections.filter((s) => s.id === 'summary').map((s) => s.span),
  ...letter.items.flatMap((i) => i.parts.filter((p) => p.kind === 'rationale').map((p) => p.contentSpan)),
]);
