// The partial certifications a letter restates outside its item headings: "Norco 10/325mg #60 was
// the original request. Norco 10/325mg #15 was authorized by the Claims Administrator. The
// remaining IMR eligible portion of the original request, Norco 10/325mg #45." The case summary of
// most letters says it once more, in the same three sentences; each restatement is read with the
// spans of its three parts, so that a rule can add them up and set them beside the item's.

import type { Span } from '../base/span';
import { collapse } from '../base/text';
import { oncePerLetter } from './text';
import type { Letter } from './types';

export interface CertificationPart {
  text: string;
  span: Span;
}

export interface CertificationStatement {
  original: CertificationPart;
  authorized: CertificationPart;
  remainder: CertificationPart;
  /** From the original request's first word to the remainder's last. */
  span: Span;
}

// Found by its middle ("was the original request."), then read backwards to the sentence's start
// and forwards through the next two sentences (each ended by a full stop before white space, not
// the "." of "7.5mg"): a letter of any size is read in one pass.
const ORIGINAL = /(?<=\s)was\s+the\s+original\s+request\.(?=\s)/gi;
const SENTENCE = String.raw`(?:[^.]|\.(?!\s))`;
const REST = new RegExp(
  String.raw`\s+(?<authorized>[^.\s](?:${SENTENCE}{0,200}?[^.\s])?)\s+was\s+authorized\s+by\s+the\s+Claims\s+Administrator\.\s+` +
    String.raw`The\s+remaining\s+IMR\s+eligible\s+portion\s+of\s+the\s+original\s+request(?:\s*,\s*|\s+is\s+)(?<remainder>[^.\s](?:${SENTENCE}{0,200}?[^.\s,:])?)(?=(?:\s+|\s*,\s*)is\b|\s*:|\.(?=\s)|\s*$)`,
  'yd',
);
/** At most this many characters of an original request. */
const MAX_ORIGINAL = 200;
// What leads into the original request in its sentence: "The Utilization Review on 11-15-2016".
const LEAD = /^.*(?:\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|\b\d{4}\b(?!\s*mg)|:)\s+/s;

/** Every partial certification restated in three sentences outside the item headings, in text order. */
export const certificationStatements: (letter: Letter) => CertificationStatement[] = oncePerLetter(readStatements);

function readStatements(letter: Letter): CertificationStatement[] {
  const { text } = letter;
  if (!text.includes('original request')) return [];
  const headings = letter.items.map((i) => i.headingSpan);
  const out: CertificationStatement[] = [];
  const part = (start: number, end: number): CertificationPart => ({ text: collapse(text, { start, end }), span: { start, end } });
  ORIGINAL.lastIndex = 0;
  for (let m = ORIGINAL.exec(text); m; m = ORIGINAL.exec(text)) {
    REST.lastIndex = m.index + m[0].length;
    const rest = REST.exec(text);
    if (!rest) continue;
    let end = m.index;
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    const start = originalStart(text, end);
    if (start === undefined || start >= end) continue;
    const [authorized, remainder] = [rest.indices!.groups!.authorized!, rest.indices!.groups!.remainder!];
    const statement = {
      original: part(start, end),
      authorized: part(...authorized),
      remainder: part(...remainder),
      span: { start, end: remainder[1] },
    };
    // An item's own heading is the item's: read there already.
    if (!headings.some((h) => h.start <= statement.span.start && statement.span.end <= h.end)) out.push(statement);
    ORIGINAL.lastIndex = remainder[1];
  }
  return out;
}

/** Where the original request's words start: after the sentence before it and what leads into it; undefined when that sentence is too long to be one. */
function originalStart(text: string, end: number): number | undefined {
  let start = end;
  while (start > 0 && !(text[start - 1] === '.' && /\s/.test(text[start]))) {
    if (end - start > MAX_ORIGINAL) return undefined;
    start--;
  }
  while (start < end && /\s/.test(text[start])) start++;
  const lead = LEAD.exec(text.slice(start, end));
  return lead ? start + lead[0].length : start;
}
