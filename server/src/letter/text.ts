// Helpers over a parsed letter's text: a reading done once per letter, and the spans of the prose
// that most readings search.

import type { Span } from '../base/span';
import type { Letter } from './types';

/** `read` run once per letter: later calls for the same letter answer from memory (kept while the letter lives). */
export function oncePerLetter<L extends object, T>(read: (letter: L) => T): (letter: L) => T {
  const memo = new WeakMap<L, T>();
  return (letter) => {
    const known = memo.get(letter);
    if (known !== undefined || memo.has(letter)) return known as T;
    const value = read(letter);
    memo.set(letter, value);
    return value;
  };
}

/** The case summary's span, then each decision rationale's. */
export const summaryAndRationales: (letter: Letter) => readonly Span[] = oncePerLetter((letter: Letter) => [
  ...letter.sections.filter((s) => s.id === 'summary').map((s) => s.span),
  ...letter.items.flatMap((i) => i.parts.filter((p) => p.kind === 'rationale').map((p) => p.contentSpan)),
]);
