// Helpers over a parsed letter's text: a reading done once per letter, and the spans of the prose
// that most readings search.

import { addTo, firstNotBefore } from '../base/sorted';
import type { Span } from '../base/span';
import type { Citation, Item, Letter } from './types';

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

// Whether the items stand in text order, one after another (a 2013 notice lists them by number,
// and an item whose block was not found takes its span from the list near the top).
const inTextOrder: (letter: Letter) => boolean = oncePerLetter((letter: Letter) =>
  letter.items.every((item, i) => i === 0 || letter.items[i - 1].span.end <= item.span.start),
);

/** The first item whose span holds `pos`: found by halving when the items stand in text order. */
export function itemAt(letter: Letter, pos: number): Item | undefined {
  const { items } = letter;
  if (!inTextOrder(letter)) return items.find((i) => i.span.start <= pos && pos < i.span.end);
  const item = items[firstNotBefore(items, (i) => i.span.start <= pos) - 1];
  return item && pos < item.span.end ? item : undefined;
}

/** The guideline citations of each item, by its index, in text order: read once for a letter of thousands of items. */
export const citationsByItem: (letter: Letter) => Map<number, Citation[]> = oncePerLetter((letter: Letter) => {
  const out = new Map<number, Citation[]>();
  for (const c of letter.citations) if (c.item !== undefined) addTo(out, c.item, c);
  return out;
});
