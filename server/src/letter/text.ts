// Small helpers over the raw text: lines, trimming and flexible patterns. Offsets are UTF-16.

import type { Letter, Span } from './types';

/** Start of the line holding `pos`. */
export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** End of the line holding `pos` (before its \r\n or \n). */
export function lineEnd(text: string, pos: number): number {
  let end = text.indexOf('\n', pos);
  if (end < 0) end = text.length;
  if (end > 0 && text.charCodeAt(end - 1) === 13) end--;
  return Math.max(end, pos);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0xfeff || code === 12;
}

/** The span without leading and trailing white space (empty spans collapse to their start). */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

export function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

// White space other than a single space: where folding changes something. (Most phrases have
// none, and the test is much cheaper than the replacement.)
const UNFOLDED = /[^\S ]| {2}/;

/** `s` with every run of white space folded to one space. */
export function foldSpaces(s: string): string {
  return UNFOLDED.test(s) ? s.replace(/\s+/g, ' ') : s;
}

/** The text of a span with every run of white space folded to one space. */
export function collapse(text: string, span: Span): string {
  return foldSpaces(text.slice(span.start, span.end)).trim();
}

/** Start of the previous non-blank line before the line that starts at `start`, or -1. */
export function previousLine(text: string, start: number): { start: number; end: number } | undefined {
  let end = start - 1;
  while (end > 0) {
    const s = lineStart(text, end);
    const e = lineEnd(text, s);
    if (!isBlankLine(text, s, e)) return { start: s, end: e };
    end = s - 1;
  }
  return undefined;
}

/** A string as a regular expression that matches it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

/** Whether `offset` lies in the span or at its end (where a hover or a cursor may stand). */
export function spanContains(s: Span, offset: number): boolean {
  return offset >= s.start && offset <= s.end;
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
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/** `read` run once per letter: later calls for the same letter answer from memory (kept while the letter lives). */
export function oncePerLetter<L extends object, T>(read: (letter: L) => T): (letter: L) => T {
  const memo = new WeakMap<L, T>();
  return (letter) => {
    if (!memo.has(letter)) memo.set(letter, read(letter));
    return memo.get(letter) as T;
  };
}

/** The case summary's span, then each decision rationale's. */
export function summaryAndRationales(letter: Letter): Span[] {
  return [
    ...letter.sections.filter((s) => s.id === 'summary').map((s) => s.span),
    ...letter.items.flatMap((i) => i.parts.filter((p) => p.kind === 'rationale').map((p) => p.contentSpan)),
  ];
}
