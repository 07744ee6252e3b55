// Words of raw text, counted between runs of white space: how far a few words before or after a
// place reach.

/** White space between words: space, line breaks, tab, form feed, no-break space. */
export const isWordSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\u00a0';

/** Where the `n` words before `pos` start (not before `floor`). */
export function wordsBefore(text: string, pos: number, floor: number, n: number): number {
  let i = pos;
  for (let k = 0; k < n && i > floor; k++) {
    while (i > floor && isWordSpace(text[i - 1])) i--;
    while (i > floor && !isWordSpace(text[i - 1])) i--;
  }
  return i;
}

/** Where the `n` words after `pos` end (not after `ceiling`). */
export function wordsAfter(text: string, pos: number, ceiling: number, n: number): number {
  let i = pos;
  for (let k = 0; k < n && i < ceiling; k++) {
    while (i < ceiling && isWordSpace(text[i])) i++;
    while (i < ceiling && !isWordSpace(text[i])) i++;
  }
  return i;
}
