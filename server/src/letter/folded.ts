// A text range with every run of white space folded to one space, and for each character of
// the folded copy its offset in the original: patterns read the copy, spans point at the original.

import type { Span } from '../base/span';
import type { NamedRef } from './types';
import { escapeRegExp } from '../base/text';

/** Whitespace-collapsed content and, per character, its offset in the original text. */
export interface FoldedText {
  text: string;
  offsets: number[];
}

// White space and control characters; the usual Unicode spaces are few enough to list.
function isSpaceCode(c: number): boolean {
  return c <= 32 || c === 0x85 || c === 0xa0 || c === 0x200b || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

export function normalize(text: string, from: number, to: number): FoldedText {
  const parts: string[] = [];
  const map: number[] = [];
  let gap = -1;
  let runStart = -1;
  for (let i = from; i < to; i++) {
    if (isSpaceCode(text.charCodeAt(i))) {
      if (runStart >= 0) parts.push(text.slice(runStart, i));
      runStart = -1;
      if (map.length > 0 && gap < 0) gap = i;
      continue;
    }
    if (gap >= 0) {
      parts.push(' ');
      map.push(gap);
      gap = -1;
    }
    if (runStart < 0) runStart = i;
    map.push(i);
  }
  if (runStart >= 0) parts.push(text.slice(runStart, to));
  return { text: parts.join(''), offsets: map };
}

const isTrim = (ch: string, extra: string): boolean => ch === ' ' || extra.includes(ch);

/** [a, b) with spaces and the given punctuation removed from both ends. */
export function trim(n: FoldedText, a: number, b: number, lead = '', tail = ''): [number, number] {
  while (a < b && isTrim(n.text[a], lead)) a++;
  while (b > a && isTrim(n.text[b - 1], tail)) b--;
  return [a, b];
}

export function spanOf(n: FoldedText, a: number, b: number): Span {
  if (b <= a) return { start: n.offsets[a] ?? 0, end: n.offsets[a] ?? 0 };
  return { start: n.offsets[a], end: n.offsets[b - 1] + 1 };
}

export function namedRef(n: FoldedText, a0: number, b0: number, lead = ',;:.-–—/ ', tail = ',;:.-–/ '): NamedRef | undefined {
  const [a, b] = trim(n, a0, b0, lead, tail);
  return b > a ? { name: n.text.slice(a, b), span: spanOf(n, a, b) } : undefined;
}

/** A phrase as a pattern that tolerates one stray space between any two characters ("Chr onic", "200 7"). */
export const phrasePattern = (phrase: string): string => [...phrase.replace(/\s+/g, '')].map(escapeRegExp).join(' ?');
