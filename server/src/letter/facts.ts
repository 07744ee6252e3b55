// The worker's age and sex, and the expert reviewer's licensure and specialty.

import { collapse, trimSpan } from '../base/text';
import type { CalendarDate } from '../base/calendar';
import type { Span } from '../base/span';
import type { Letter, Patient, Reviewer, TextFact } from './types';

// Found by its number, then checked for the article before it ("a 48 year old", "is 48-year-old").
const AGE_RE = /(\d{1,3})[- ]?(?:year|yr)s?[- ]old\b(?:,?\s+(male|female|man|woman|gentleman|lady)\b)?/gi;
const AGE_LEAD_RE = /\b(?:a|an|a\(n\)|the|is|was|now)\s+(?:now\s+)?$/i;
const SEX_RE = /\b(?:is|was|as)\s+an?\s+(?:\d{1,3}[- ]year[- ]old\s+)?(male|female)\b/i;

function fact<T>(value: T, start: number, text: string): TextFact<T> {
  return { value, span: { start, end: start + text.length } };
}

function sexOf(word: string): 'male' | 'female' {
  return /^(?:male|man|gentleman)$/i.test(word) ? 'male' : 'female';
}

// An age given with the worker's sex or as the worker's: "a 43-year-old male", "This 34 year old
// injured worker" (not "his 12 year old son").
const WORKER_AGE_RE =
  /\b(\d{1,3})[- ]?(?:year|yr)s?[- ]old,?\s+(?:(?:male|female|man|woman|gentleman|lady)\b|(?:injured\s+worker|patient|claimant|employee|applicant)\b)/gi;
const WORKER_AGE_LEAD = /\b(?:a|an|a\(n\)|the|this|is|was|now)\s+(?:now\s+)?$/i;

// An age the sentence's subject has: "The injured worker is a 23-year-old that struck his head".
// Found by the age (a digit: fast to search for), then the subject read back from it.
const AGE_OLD_RE = /\b(\d{1,3})[- ]?(?:year|yr)s?[- ]old\b/g;
const SUBJECT_BEFORE = /\b(?:injured\s+worker|patient|claimant|employee|applicant)\s+(?:is|was)\s+(?:now\s+)?an?\s+$/i;

/** Every age the text states of the worker in `range`, in order. */
export function workerAges(text: string, range: Span): TextFact<number>[] {
  const out: TextFact<number>[] = [];
  const body = text.slice(0, range.end);
  WORKER_AGE_RE.lastIndex = range.start;
  for (let m = WORKER_AGE_RE.exec(body); m; m = WORKER_AGE_RE.exec(body)) {
    const age = Number(m[1]);
    if (age > 0 && age < 120 && WORKER_AGE_LEAD.test(body.slice(Math.max(range.start, m.index - 12), m.index)))
      out.push(fact(age, m.index, m[1]));
  }
  AGE_OLD_RE.lastIndex = range.start;
  for (let m = AGE_OLD_RE.exec(body); m; m = AGE_OLD_RE.exec(body)) {
    const age = Number(m[1]);
    if (!(age > 0 && age < 120) || !SUBJECT_BEFORE.test(body.slice(Math.max(range.start, m.index - 40), m.index))) continue;
    if (!out.some((a) => a.span.start === m!.index)) out.push(fact(age, m.index, m[1]));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

// The worker's sex stated with an age, or as what the worker is: "a 54 year old female", "The
// claimant is a male". Not a relative's: "his wife is a 50 year old female".
// Found by the sex word (rarer than the words before it), then the lead read back from it.
const SEX_WORD_RE = /\b(?:male|female|man|woman|gentleman|lady)\b/gi;
const SEX_LEAD =
  /\b(?:(?:a|an|the|this)\s+\d{1,3}[- ]?(?:year|yr)s?[- ]old,?\s+|(?:is|was)\s+an?\s+(?:\d{1,3}[- ]?(?:year|yr)s?[- ]old,?\s+)?)$/i;
const RELATIVE =
  /\b(?:wife|husband|son|daughter|mother|father|spouse|partner|child|sister|brother|boyfriend|girlfriend|friend|co-?worker)\b[^.;]*$/i;

/** Every statement in `range` of the worker's sex, in order. */
export function workerSexes(text: string, range: Span): TextFact<'male' | 'female'>[] {
  const out: TextFact<'male' | 'female'>[] = [];
  const body = text.slice(0, range.end);
  SEX_WORD_RE.lastIndex = range.start;
  for (let m = SEX_WORD_RE.exec(body); m; m = SEX_WORD_RE.exec(body)) {
    const before = body.slice(Math.max(range.start, m.index - 40), m.index);
    const lead = SEX_LEAD.exec(before);
    if (!lead || RELATIVE.test(body.slice(Math.max(range.start, m.index - lead[0].length - 60), m.index - lead[0].length))) continue;
    out.push(fact(sexOf(m[0]), m.index, m[0]));
  }
  return out;
}

/** Age and sex from the first "NN year old [male|female]" of the summary (or the text). */
export function findPatient(text: string, range: Span): Patient {
  const patient: Patient = {};
  const body = text.slice(0, range.end);
  AGE_RE.lastIndex = range.start;
  for (let m = AGE_RE.exec(body); m; m = AGE_RE.exec(body)) {
    if (!AGE_LEAD_RE.test(body.slice(Math.max(range.start, m.index - 12), m.index))) continue;
    const age = Number(m[1]);
    if (age > 0 && age < 120) patient.age = fact(age, m.index, m[1]);
    if (m[2]) patient.sex = fact(sexOf(m[2]), m.index + m[0].lastIndexOf(m[2]), m[2]);
    break;
  }
  if (!patient.sex) {
    const s = SEX_RE.exec(body.slice(range.start));
    if (s) patient.sex = fact(sexOf(s[1]), range.start + s.index + s[0].lastIndexOf(s[1]), s[1]);
  }
  return patient;
}

const INLINE_RE = /is\s+Board\s+Certified\s+in\s+(\S[\s\S]{2,199}?)\s+and\s+is\s+licensed\s+to\s+practice\s+in\s+(\S[\s\S]{1,79}?)\s*\./;
const LICENSURE_RE = /State\s*\(s\)\s+of\s+Licensure\s*:[ \t]*/;
const SPECIALTY_RE = /Certification\s*\(s\)\s*\/\s*Specialty\s*:[ \t]*/;

/** Licensure and specialty in their inline (2013–2015) or block (2015 on) form. */
export function findReviewer(text: string, range: Span): Reviewer | undefined {
  const body = text.slice(range.start, range.end);
  const inline = body.includes('Board') ? INLINE_RE.exec(body) : null;
  if (inline) {
    const specStart = range.start + inline.index + inline[0].indexOf(inline[1]);
    const licStart = range.start + inline.index + inline[0].lastIndexOf(inline[2]);
    return {
      form: 'inline',
      specialty: spanFact(text, { start: specStart, end: specStart + inline[1].length }),
      licensure: spanFact(text, { start: licStart, end: licStart + inline[2].length }),
    };
  }
  const lic = LICENSURE_RE.exec(body);
  const spec = SPECIALTY_RE.exec(body);
  if (!lic && !spec) return undefined;
  const reviewer: Reviewer = { form: 'block' };
  if (lic) reviewer.licensure = blockValue(text, range, range.start + lic.index + lic[0].length, false);
  if (spec) reviewer.specialty = blockValue(text, range, range.start + spec.index + spec[0].length, true);
  return reviewer;
}

function spanFact(text: string, span: Span): TextFact<string> {
  const t = trimSpan(text, span);
  return { value: collapse(text, t), span: t };
}

/** A label's value: the rest of its line, and for the specialty its wrapped continuation lines. */
function blockValue(text: string, range: Span, start: number, wraps: boolean): TextFact<string> | undefined {
  let end = text.indexOf('\n', start);
  if (end < 0 || end > range.end) end = range.end;
  // "Public Health &" / "General Preventive Medicine": a line ending in "&", "," or "and" goes on.
  while (wraps && /(?:&|,|\band)\s*$/.test(text.slice(start, end)) && end < range.end) {
    const next = text.indexOf('\n', end + 1);
    const nextEnd = next < 0 || next > range.end ? range.end : next;
    if (!text.slice(end, nextEnd).trim()) break;
    end = nextEnd;
  }
  const f = spanFact(text, { start, end });
  return f.value ? f : undefined;
}

/** The date a letter speaks from: its decision date, else the latest other header date. */
export function letterDate(letter: Letter): CalendarDate | undefined {
  const h = letter.header;
  return (h.decisionDate ?? h.letterDate ?? h.dateAssigned ?? h.applicationReceived ?? h.urDenialDate)?.date;
}
