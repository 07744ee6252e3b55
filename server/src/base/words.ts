// Words of raw text, counted between runs of white space: how far a few words before or after a
// place reach.

/** White space between words: space, line breaks, tab, form feed, no-break space. */
export const isWordSpace = (char: string | undefined): boolean =>
  char === ' ' || char === '\n' || char === '\r' || char === '\t' || char === '\f' || char === '\u00a0';

/** Where the `count` words before `pos` start (not before `floor`). */
export function wordsBefore(text: string, pos: number, floor: number, count: number): number {
  let i = pos;
  for (let k = 0; k < count && i > floor; k++) {
    while (i > floor && isWordSpace(text[i - 1])) i--;
    while (i > floor && !isWordSpace(text[i - 1])) i--;
  }
  return i;
}

/** Where the `count` words after `pos` end (not after `ceiling`). */
export function wordsAfter(text: string, pos: number, ceiling: number, count: number): number {
  let i = pos;
  for (let k = 0; k < count && i < ceiling; k++) {
    while (i < ceiling && isWordSpace(text[i])) i++;
    while (i < ceiling && !isWordSpace(text[i])) i++;
  }
  return i;
}
