// A text range with every run of white space folded to one space, and for each character of
// the folded copy its offset in the original: patterns read the copy, spans point at the original.

import type { Span } from '../base/span';
import type { NamedRef } from './types';
import { escapeRegExp } from '../base/text';

/** Whitespace-collapsed content and, per character, its offset in the original text. */
export interface FoldedText {
  text: string;
  offsets: ArrayLike<number>;
}

// White space and control characters; the usual Unicode spaces are few enough to list.
function isSpaceCode(code: number): boolean {
  return (
    code <= 32 ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x200b ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a)
  );
}

// Up to this many characters, plain arrays are quickest; beyond, filling them grows worse than
// linearly (a 2 MB range took half a second, typed arrays 30 ms). Each kind has its own loop: one
// loop storing into both kinds of array is slow with either.
const SHORT = 512;
// Characters per String.fromCharCode call (an argument list has a limit).
const CHUNK = 8192;

export function normalize(text: string, from: number, to: number): FoldedText {
  if (to - from <= SHORT) return normalizeShort(text, from, to);
  const codes = new Uint16Array(to - from);
  const offsets = new Int32Array(to - from);
  let length = 0;
  let gap = -1;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      if (length > 0 && gap < 0) gap = i;
      continue;
    }
    if (gap >= 0) {
      codes[length] = 32;
      offsets[length++] = gap;
      gap = -1;
    }
    codes[length] = code;
    offsets[length++] = i;
  }
  let folded = '';
  // apply, not a spread: spreading a typed array walks its iterator, many times slower.
  for (let at = 0; at < length; at += CHUNK)
    folded += String.fromCharCode.apply(null, codes.subarray(at, Math.min(length, at + CHUNK)) as unknown as number[]);
  return { text: folded, offsets: offsets.subarray(0, length) };
}

function normalizeShort(text: string, from: number, to: number): FoldedText {
  const parts: string[] = [];
  const offsets: number[] = [];
  let gap = -1;
  let runStart = -1;
  for (let i = from; i < to; i++) {
    if (isSpaceCode(text.charCodeAt(i))) {
      if (runStart >= 0) parts.push(text.slice(runStart, i));
      runStart = -1;
      if (offsets.length > 0 && gap < 0) gap = i;
      continue;
    }
    if (gap >= 0) {
      parts.push(' ');
      offsets.push(gap);
      gap = -1;
    }
    if (runStart < 0) runStart = i;
    offsets.push(i);
  }
  if (runStart >= 0) parts.push(text.slice(runStart, to));
  return { text: parts.join(''), offsets };
}

const isTrim = (char: string, extra: string): boolean => char === ' ' || extra.includes(char);

/** [start, end) with spaces and the given punctuation removed from both ends. */
export function trim(folded: FoldedText, start: number, end: number, lead = '', tail = ''): [number, number] {
  while (start < end && isTrim(folded.text[start], lead)) start++;
  while (end > start && isTrim(folded.text[end - 1], tail)) end--;
  return [start, end];
}

export function spanOf(folded: FoldedText, start: number, end: number): Span {
  if (end <= start) return { start: folded.offsets[start] ?? 0, end: folded.offsets[start] ?? 0 };
  return { start: folded.offsets[start], end: folded.offsets[end - 1] + 1 };
}

export function namedRef(folded: FoldedText, from: number, to: number, lead = ',;:.-–—/ ', tail = ',;:.-–/ '): NamedRef | undefined {
  const [start, end] = trim(folded, from, to, lead, tail);
  return end > start ? { name: folded.text.slice(start, end), span: spanOf(folded, start, end) } : undefined;
}

/** A phrase as a pattern that tolerates one stray space between any two characters ("Chr onic", "200 7"). */
export const phrasePattern = (phrase: string): string => [...phrase.replace(/\s+/g, '')].map(escapeRegExp).join(' ?');
