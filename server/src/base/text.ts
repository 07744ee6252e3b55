// Small helpers over raw text that know nothing of letters: white space, trimming, folding,
// patterns that tolerate what PDF extraction does to a phrase. Offsets are UTF-16.

import type { Span } from './span';

/** White space as letters have it: space, tab, line breaks, no-break space, byte order mark, form feed. */
export function isBlankCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0xfeff || code === 12;
}

/** The span without leading and trailing white space (empty spans collapse to their start). */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isBlankCode(text.charCodeAt(start))) start++;
  while (end > start && isBlankCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

// White space other than a single space: where folding changes something. (Most phrases have
// none, and the test is much cheaper than the replacement.)
const UNFOLDED = /[^\S ]| {2}/;

/** `text` with every run of white space folded to one space. */
export function foldSpaces(text: string): string {
  return UNFOLDED.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/**
 * A copy of a string that holds on to nothing it was cut from: V8 keeps the whole of a string
 * alive while a slice of it lives, so what outlives a text must not be a slice of it.
 */
export function copyOf(text: string): string {
  // V8 copies a slice shorter than 13 characters rather than point into its string.
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/** The text of a span with every run of white space folded to one space. */
export function collapse(text: string, span: Span): string {
  return foldSpaces(text.slice(span.start, span.end)).trim();
}

/**
 * The longest phrase of a letter to be made into a pattern (a title looked for again in its line,
 * with any white space): V8 runs out of stack compiling a pattern of tens of thousands of parts,
 * and no real title comes near this.
 */
export const MAX_PHRASE_PATTERN = 2000;

/** A string as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern source for a fixed phrase as PDF extraction renders it: words may be separated by
 * any white space (a wrapped line, blank lines) and a word may be split by one stray space.
 */
export function flexible(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => Array.from(word, escapeRegExp).join(' ?'))
    .join('\\s+');
}

const lowered = new WeakMap<{ text: string }, string>();

/**
 * The letter's text with A-Z lower-cased, once per letter: its offsets are the text's, and
 * `lower.includes('word')` holds exactly when /word/i finds a word of ASCII letters. (Lower-casing
 * changes the length only for "İ", and makes ASCII of no other character than the Kelvin sign:
 * with either, only A-Z are lower-cased.)
 */
export function lowerText(letter: { text: string }): string {
  let lower = lowered.get(letter);
  if (lower === undefined) {
    const { text } = letter;
    lower = text.includes('\u0130') || text.includes('\u212a') ? text.replace(/[A-Z]+/g, (s) => s.toLowerCase()) : text.toLowerCase();
    lowered.set(letter, lower);
  }
  return lower;
}

/** Whether `word` (lower-case) stands in the span of the lower-cased text. */
export function spanIncludes(lower: string, span: Span, word: string): boolean {
  return lower.slice(0, span.end).indexOf(word, span.start) >= 0; // (the slice stops the search at the span's end)
}

/**
 * Every match of a global pattern in `text`, as text.matchAll(re) gives them, faster: matchAll
 * copies the pattern, and compiles the copy, at every call.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    if (m[0] === '') pattern.lastIndex++;
  }
  return out;
}

// Two versions of a long document are compared a block at a time (one comparison of two strings is
// much faster than a loop over their characters), then a character at a time in the first block that differs.
const BLOCK = 4096;

/**
 * What an edit of a text left as it was: how many characters the two versions share at their
 * start (`prefix`), and then at their end, not counting those shared at the start (`suffix`); and
 * how far it moved what follows it (`moved`, the change in length).
 */
export interface Edit {
  prefix: number;
  suffix: number;
  moved: number;
}

/** The edit that made `after` of `before`. */
export function sameEnds(before: string, after: string): Edit {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix + BLOCK <= max && before.slice(prefix, prefix + BLOCK) === after.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  const room = max - prefix;
  const last = (text: string, suffix: number): string => text.slice(text.length - suffix - BLOCK, text.length - suffix);
  let suffix = 0;
  while (suffix + BLOCK <= room && last(before, suffix) === last(after, suffix)) suffix += BLOCK;
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { prefix, suffix, moved: after.length - before.length };
}
