// How long the worker is said to have had something, in the summary and the rationales: "has had
// pain for 10 months", "has been on chronic opioid treatment for at least 6 months", "has used
// opioids for at least a year". Only statements in the perfect tense about the worker count: a
// guideline's "recommended for up to 4 weeks" or a plan's "for 2 weeks" says nothing of the past.
// How long ago the injury is said to be is ./elapsed.ts, which counts time with the words here.

import { daysInMonth, type CalendarDate } from '../base/calendar';
import { firstNotBefore } from '../base/sorted';
import { WORD_NUMBERS } from './request';
import { sentenceAt } from './rationale';
import type { Span } from '../base/span';
import type { Item, Letter } from './types';
import { oncePerLetter, summaryAndRationales } from './text';

export interface DurationStatement {
  span: Span;
  /** As written, white space folded ("for at least 6 months"). */
  text: string;
  /** The least number of days the words allow ("approximately 10 months" allows a fifth less). */
  minDays: number;
  /** For "since 2014", "since March 2015": the latest day the words allow (minDays is then 0: it depends on the day it is said). */
  since?: CalendarDate;
  sentence: Span;
}

export const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };
// Indefinite counts, at their least: "several months" is three at least, "a few weeks" two.
const SOME: Record<string, number> = { several: 3, 'a few': 2, 'a couple of': 2, many: 2 };
export const COUNT = `\\d{1,2}|several|a\\s+few|a\\s+couple\\s+of|many|a|an|one|${Object.keys(WORD_NUMBERS).join('|')}`;
const QUALIFIERS = String.raw`(?:(?:the\s+)?(?:past|last)\s+|over\s+|at\s+least\s+|more\s+than\s+|greater\s+than\s+|approximately\s+|about\s+|nearly\s+|almost\s+|roughly\s+|around\s+)*`;
// "has/have/had [been] <up to six words> for [qualifiers] <n> <unit>", and the same after a verb
// of report ("reports neck pain for 2 years", "complains of pain for months"): the verb and the
// "for" ("over the past", "in the last") in one clause (no stop, comma or semicolon between them).
// The number may be left out: "for months" is two at least, "over the past year" one.
const DURATION_RE = new RegExp(
  String.raw`(?:has|have|had|reports?|reported|complains?\s+of|complained\s+of|describes?|described|endorses?|endorsed|ongoing|persist(?:ing|ent|ed)|lasting)\s+(?:been\s+)?((?:[\w/-]+[\s,]+){0,6}?)((?:for\s+|x\s*(?=\d)|(?:over|in|during)\s+(?=the\s+(?:past|last)\b)|(?<=,\s{1,3})(?=at\s+least|over|more\s+than))(${QUALIFIERS})(?:(${COUNT})(?:\s+|-))?(day|week|month|year)(s?))\b`,
  'iy',
);
// "has used opioids since 2014", "has had pain since March 2015", "since 3/2015".
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SINCE_RE = new RegExp(
  String.raw`(?:has|have|had)\s+(?:been\s+)?((?:[\w/-]+[\s,]+){0,6}?)(since\s+(?:(?:early|late|mid)[\s-]+)?(?:(${MONTHS.join('|')})[a-z]*\.?\s+(?:of\s+)?|(\d{1,2})\/(?:\d{1,2}\/)?)?((?:19|20)\d{2}))\b`,
  'iy',
);
// "an 8-month history of neck pain", "neck pain of 8 months' duration": found by their last words
// (fast to search for), then the count and unit just before them.
const HISTORY_ANCHOR = /\bhistory\s+of\s|\bduration\b/gi;
const HISTORY_COUNT = new RegExp(String.raw`(?:^|[^\w-])((${COUNT})[\s-]+(day|week|month|year)s?)$`, 'i');
const DURATION_COUNT = new RegExp(String.raw`\b(of\s+(?:(${COUNT})\s+)?(day|week|month|year)(s?))$`, 'i');
// Just before a unit word: "(complained of) 2 " (then "months of increasing pain"), or "pain x 5 ".
const NOUN_BEFORE = new RegExp(
  String.raw`\b(?:complain(?:s|ed)?\s+of|reports?|reported|describes?|described|with|has|had|have)\s+(?<phrase>(?<number>${COUNT})[\s-]+)$`,
  'i',
);
const TIMES_BEFORE = new RegExp(
  String.raw`(?<what>\b(?:pain|aches?|symptoms?|complaints?|numbness|tingling|weakness|stiffness|swelling|spasms?|headaches?)(?:\s+[\w,]+){0,3}?)\s+(?<phrase>x\s*(?<number>${COUNT})\s+)$`,
  'i',
);
const TIMES_TAIL = /\bx\s*[\w-]{1,20}\s+$/i;
// After the unit: "of (increasing) pain".
const NOUN_OF =
  /^\s+of\s+(?:[\w-]+\s+){0,3}?(?:pain|aches?|symptoms?|complaints?|numbness|tingling|weakness|stiffness|swelling|spasms?|headaches?)\b/i;
// A treatment had for the time: "has had 6 months of physical therapy" (after has, had or have only:
// "proceed with 6 weeks of physical therapy" is a plan).
const TREATMENT_OF =
  /^\s+of\s+(?:[\w-]+\s+){0,2}?(?:therapy|PT|chiropractic|acupuncture|treatment|care|medications?|opioids?|narcotics?)\b/i;
const HAD_BEFORE = /\b(?:has|had|have)\s+\S+(?:\s[\s-]*|-)$/i;
// A duration put first: "For the past 6 months, the injured worker has been in severe pain".
const FRONTED_RE = new RegExp(
  String.raw`\b((?:for|over|in|during)\s+the\s+(?:past|last)\s+(${QUALIFIERS})(?:(${COUNT})(?:\s+|-))?(day|week|month|year)(s?)),?\s+(?:the\s+)?(?:injured\s+worker|patient|claimant|employee|applicant|he|she)\s+(?:has|have|had)\b`,
  'gi',
);
// A treatment's length as a noun's: "conservative care of at least 3 months", "physical therapy of 6 weeks".
const CARE_OF_RE = new RegExp(
  String.raw`\b(?:care|treatment|therapy|PT)\s+(of\s+(${QUALIFIERS})(${COUNT})(?:\s+|-)(day|week|month|year)(s?))\b`,
  'gi',
);
// A duration stated as one: "Duration of symptoms is six months", "the duration of her pain was 2 years".
const DURATION_IS_RE = new RegExp(
  String.raw`\bduration\s+of\s+(?:(?:the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?(?:symptoms?|pain|complaints?|numbness|tingling|weakness|stiffness|swelling|headaches?)\s+(?:is|was|has\s+been)\s+((${QUALIFIERS})(${COUNT})(?:\s+|-)(day|week|month|year)(s?))\b`,
  'gi',
);
// Of what a history is: the words after it, to the end of the clause.
const HISTORY_OF = /^[^.;:]{0,60}/;
// Where DURATION_RE may start: found by a pattern with a literal head, which is fast to search for;
// DURATION_RE is then tried, sticky, at each place.
const VERB_RE = /\b(?:ha(?:s|ve|d)|report(?:s|ed)?|complain(?:s|ed)?|describe[sd]?|endorse[sd]?|ongoing|persist(?:ing|ent|ed)|lasting)\s/gi;
export const APPROXIMATE = /\b(?:approximately|about|nearly|almost|roughly|around)\b/i;
// What the clause is about must be the worker's condition or treatment, not work, a reviewer, or
// the relief a treatment gave ("reports relief for 2 weeks after the injection").
const NOT_ABOUT_CONDITION =
  /\b(?:work(?:ed|ing)?|employ\w*|job|practice|practicing|position|career|married|living|retired|off|relie(?:f|ved)|improve\w*|benefit\w*|better)\b/i;
// The claim's complaints and their treatment: pain, symptoms, a drug or a therapy. "Has had
// diabetes for 5 years" or "has been a mechanic for 20 years" says nothing of the injury.
const ABOUT_CLAIM =
  /\b(?:pain|aches?|symptoms?|complaints?|numbness|tingling|weakness|stiffness|swelling|spasms?|headaches?|opioids?|narcotics?|medications?|analgesics?|NSAIDs?|treatment|treated|therapy|therapies|care|chiropractic|acupuncture|sessions|injections?|taking|taken|took|tried|using|used|receiving|undergone|on\s+[A-Z]?[a-z]+)\b/i;
// A modal or a guideline's words make the sentence no statement of fact.
// ("The records indicated the worker had ..." is a fact; "is indicated for" a guideline's word.)
export const NOT_FACT =
  /\b(?:should|would|could|may|might|must|recommend\w*|guidelines?|criteria|(?:is|are|be|not)\s+indicated|supported|if|unless|when)\b/i;
// Statements about before the claim: a prior condition, a history.
const PRE_EXISTING =
  /\b(?:prior\s+to|before)\s+(?:the|this|her|his)\s+(?:industrial\s+|work\s+)?(?:injury|accident|claim)|\bsince\s+(?:an?|his|her|the)\s+(?!(?:industrial\s+|work\s+)?injury)|\bpre-?existing\b|\bprior\s+(?:injury|claim|accident|history|therapy|treatment|symptoms)\b|\bnon-?industrial\b|\bpreviously\b|\bprivate\s+insurance\b/i;

/** Every duration the summary and rationales state of the worker's condition or treatment. */
export const durationStatements: (letter: Letter) => DurationStatement[] = oncePerLetter(collect);

// The words a duration ends with, and how far after its verb they may stand.
const UNIT_RE = /\b(?:days?|weeks?|months?|years?|since)\b/gi;
const REACH = 160;

/** Where each unit word stands in the text from `from` on, in order. */
function unitsIn(body: string, from: number): number[] {
  const out: number[] = [];
  UNIT_RE.lastIndex = from;
  for (let m = UNIT_RE.exec(body); m; m = UNIT_RE.exec(body)) out.push(m.index);
  return out;
}

/** Whether one of the sorted positions lies in (pos, pos + reach]. */
function nearAfter(positions: number[], pos: number, reach: number): boolean {
  const first = firstNotBefore(positions, (at) => at <= pos);
  return first < positions.length && positions[first] <= pos + reach;
}

/** Whether a count is indefinite ("several", "a few"): it is its least, and may be any more. */
export const isIndefinite = (number: string): boolean => number.toLowerCase().replace(/\s+/g, ' ') in SOME;

/** How many of a unit the words count; without a number, one ("the past year") or two ("for months"). */
export function countOf(number: string | undefined, plural = false): number {
  if (!number) return plural ? 2 : 1;
  const word = number.toLowerCase().replace(/\s+/g, ' ');
  return /^\d/.test(number) ? Number(number) : (WORD_NUMBERS[word] ?? SOME[word] ?? 1);
}

/** One prose range being read: the text up to its end, where its unit words stand, and how a duration found in it is judged and kept. */
interface RangeReading {
  text: string;
  range: Span;
  body: string;
  units: number[];
  /** The sentence at `index` when it states a fact about the claim: no modal or guideline before it, no earlier condition in it. */
  factAt(index: number): Span | undefined;
  push(span: Span, sentence: Span, days: number, qualifiers?: string, since?: CalendarDate): void;
}

function collect(letter: Letter): DurationStatement[] {
  const out: DurationStatement[] = [];
  for (const range of summaryAndRationales(letter)) for (const d of readRange(letter, range)) out.push(d);
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Each range's durations, by its place: a range is read once, however the letter's durations are asked. */
const rangeReadings: (letter: Letter) => Map<string, DurationStatement[]> = oncePerLetter(() => new Map());

/**
 * Reads the durations an item's rationales state, so that a rule may read a letter of thousands
 * of items in steps: the letter's durations then take what was read.
 */
export function readItemDurations(letter: Letter, item: Item): void {
  for (const p of item.parts) if (p.kind === 'rationale') readRange(letter, p.contentSpan);
}

/** The durations a range of the summary or a rationale states. */
function readRange(letter: Letter, range: Span): DurationStatement[] {
  const key = `${range.start}:${range.end}`;
  const readings = rangeReadings(letter);
  const known = readings.get(key);
  if (known) return known;
  const out: DurationStatement[] = [];
  const { text } = letter;
  const body = text.slice(0, range.end);
  const factAt = (index: number): Span | undefined => {
    const sentence = sentenceAt(text, range, index);
    if (PRE_EXISTING.test(text.slice(sentence.start, sentence.end)) || NOT_FACT.test(text.slice(sentence.start, index))) return undefined;
    return sentence;
  };
  const push = (span: Span, sentence: Span, days: number, qualifiers = '', since?: CalendarDate): void => {
    const minDays = APPROXIMATE.test(qualifiers) ? Math.floor(days * 0.8) : days;
    out.push({ span, text: text.slice(span.start, span.end).replace(/\s+/g, ' '), minDays, sentence, ...(since ? { since } : {}) });
  };
  const reading: RangeReading = { text, range, body, units: unitsIn(body, range.start), factAt, push };
  readAfterVerbs(reading);
  readAtUnits(reading);
  readFrontedAndOfLengths(reading);
  readHistories(reading);
  readings.set(key, out);
  return out;
}

/** "has had pain for 10 months", "has been off work since March 2015": a duration after its verb. */
function readAfterVerbs({ text, range, body, units, factAt, push }: RangeReading): void {
  VERB_RE.lastIndex = range.start;
  for (let v = VERB_RE.exec(body); v; v = VERB_RE.exec(body)) {
    // A duration needs a unit or "since" a little after its verb: the verbs far from any are skipped.
    if (!nearAfter(units, v.index, REACH)) continue;
    DURATION_RE.lastIndex = v.index;
    const m = DURATION_RE.exec(body);
    if (!m) {
      SINCE_RE.lastIndex = v.index;
      const since = SINCE_RE.exec(body);
      if (!since) continue;
      VERB_RE.lastIndex = SINCE_RE.lastIndex;
      const [, between, phrase, month, monthNumber, year] = since;
      if (NOT_ABOUT_CONDITION.test(between) || NOT_FACT.test(between) || !ABOUT_CLAIM.test(between)) continue;
      const sentence = factAt(since.index);
      const m = month ? MONTHS.indexOf(month.toLowerCase()) + 1 : Number(monthNumber ?? 12);
      if (!sentence || m < 1 || m > 12) continue;
      const end = since.index + since[0].length;
      push({ start: end - phrase.length, end }, sentence, 0, '', { year: Number(year), month: m, day: daysInMonth(Number(year), m) });
      continue;
    }
    // "has had pain for 10 months": the second verb reaches the same duration; read it once.
    VERB_RE.lastIndex = DURATION_RE.lastIndex;
    const [, between, phrase, qualifiers, number, unit, plural] = m;
    // What lasted is named between the verb and the duration, or is the verb's subject ("Symptoms had been present for 3 months").
    const subject = text
      .slice(Math.max(range.start, v.index - 60), v.index)
      .split(/[.;]/)
      .pop()!;
    if (NOT_ABOUT_CONDITION.test(between) || NOT_FACT.test(between) || !(ABOUT_CLAIM.test(between) || ABOUT_CLAIM.test(subject))) continue;
    const sentence = factAt(m.index);
    if (!sentence) continue;
    const end = m.index + m[0].length;
    push({ start: end - phrase.length, end }, sentence, countOf(number, !!plural) * UNIT_DAYS[unit.toLowerCase()], qualifiers);
  }
}

/** "complained of 2 months of increasing pain", "hand pain x 5 months": read at each unit word. */
function readAtUnits({ text, range, units, factAt, push }: RangeReading): void {
  for (const u of units) {
    const from = Math.max(range.start, u - 60);
    const before = text.slice(from, u);
    const unitWord = /^[a-z]+/i.exec(text.slice(u, u + 8))![0];
    if (/^since$/i.test(unitWord)) continue;
    const rest = text.slice(u + unitWord.length, Math.min(range.end, u + unitWord.length + 60));
    const of = NOUN_OF.exec(rest) ?? (HAD_BEFORE.test(before) ? TREATMENT_OF.exec(rest) : null);
    // "2 months of ... pain" names what lasted after the unit; "pain x 5 months" before it (an
    // "x" just before the count, checked on the last few characters first).
    const m = (of ? NOUN_BEFORE.exec(before) : null) ?? (TIMES_TAIL.test(before.slice(-20)) ? TIMES_BEFORE.exec(before) : null);
    if (!m) continue;
    const start = from + m.index + m[0].length - m.groups!.phrase.length;
    const sentence = factAt(start);
    if (!sentence) continue;
    const days = countOf(m.groups!.number, /s$/i.test(unitWord)) * UNIT_DAYS[unitWord.replace(/s$/i, '').toLowerCase()];
    push({ start, end: u + unitWord.length + (m.groups!.what ? 0 : of![0].length) }, sentence, days);
  }
}

/** "For the past 6 months, the injured worker has ...", "conservative care of at least 3 months", "Duration of symptoms is six months". */
function readFrontedAndOfLengths({ text, range, body, factAt, push }: RangeReading): void {
  for (const re of [FRONTED_RE, CARE_OF_RE, DURATION_IS_RE]) {
    re.lastIndex = range.start;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const [, phrase, qualifiers, number, unit, plural] = m;
      const start = m.index + m[0].indexOf(phrase);
      const sentence = factAt(start);
      // What lasted follows a fronted duration ("... has been in severe pain"): it must be the claim's.
      if (!sentence || (re === FRONTED_RE && !ABOUT_CLAIM.test(text.slice(m.index + m[0].length, sentence.end)))) continue;
      push({ start, end: start + phrase.length }, sentence, countOf(number, !!plural) * UNIT_DAYS[unit.toLowerCase()], qualifiers);
    }
  }
}

/** "an 8-month history of neck pain", "pain of 8 months' duration". */
function readHistories({ text, range, body, factAt, push }: RangeReading): void {
  HISTORY_ANCHOR.lastIndex = range.start;
  for (let a = HISTORY_ANCHOR.exec(body); a; a = HISTORY_ANCHOR.exec(body)) {
    const history = !/duration/i.test(a[0]);
    const leadStart = Math.max(range.start, a.index - 40);
    // Up to the anchor, without the white space (or the hyphen, or the "'s") just before it.
    const lead = text.slice(leadStart, a.index).replace(history ? /[\s-]$/ : /'?(?<!\s)\s+$/, '');
    const m = (history ? HISTORY_COUNT : DURATION_COUNT).exec(lead);
    if (!m) continue;
    const [, phrase, number, unit, plural] = m;
    // "an 8-month history of neck pain": of what, after it; "pain of 8 months' duration": before it.
    const anchorEnd = a.index + a[0].length;
    const about = history ? HISTORY_OF.exec(text.slice(anchorEnd, range.end))![0] : lead;
    if (!ABOUT_CLAIM.test(about) || NOT_ABOUT_CONDITION.test(about)) continue;
    const start = leadStart + m.index + m[0].length - phrase.length;
    const sentence = factAt(start);
    if (!sentence) continue;
    push({ start, end: history ? anchorEnd - 1 : anchorEnd }, sentence, countOf(number, !!plural) * UNIT_DAYS[unit.toLowerCase()]);
  }
}
