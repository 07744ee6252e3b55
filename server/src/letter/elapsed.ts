// How long ago the claim's injury is said to be, in the summary and the rationales: "the injury
// was a month ago", "two months status post injury", "injured 3 weeks ago"; and the time such a
// statement can speak of, from the injury to where the records end.

import { daysBetween, type CalendarDate } from '../base/calendar';
import { letterDate } from './facts';
import { injuryStatements, type InjuryStatement } from './injury';
import { sentenceAt } from './rationale';
import type { Span } from '../base/span';
import type { DateFact, Letter, SectionId } from './types';
import { lowerText } from '../base/text';
import { oncePerLetter, summaryAndRationales } from './text';
import { APPROXIMATE, NOT_FACT, COUNT, UNIT_DAYS, countOf, isIndefinite } from './durations';

/** How long ago the claim's injury is said to be. */
export interface ElapsedStatement {
  span: Span;
  /** As written, white space folded ("a month ago"). */
  text: string;
  /** The least and the most days the words allow ("a month" 30; "about 2 months" a fifth either way). */
  minDays: number;
  maxDays: number;
  /** Whether a decision rationale states it (else the case summary). */
  inRationale: boolean;
  /** The date it is measured to, when the letter names it ("On 11-9-16, two months after the injury"). */
  asOf?: DateFact;
  /** It dates an event of the case ("three months after the injury"): no later than the records, but perhaps before today. */
  event?: boolean;
}

// The claim's injury, and how long ago it was: "the injury is a month ago", "the industrial injury
// occurred about 3 weeks ago", "injured 2 months ago", "two months status post injury", "6 weeks
// post-injury", "3 months since the injury", "6+ months s/p the ladder fall", "the injury now over
// six months old". "Three months after the injury" dates an event of the case: no later than the
// records, but it may be earlier than today.
const INJURY = String.raw`(?:(?:the|this|her|his|their)\s+)?(?:(?:industrial|work(?:-related)?|reported|[a-z]+)\s+)??(?:injury|fall|accident|incident)`;
const AMOUNT = String.raw`((?:approximately|about|nearly|almost|roughly|around|over|more\s+than|less\s+than|only)\s+)?(${COUNT})(\+)?(?:\s+|-)(day|week|month|year)s?`;
const ELAPSED_WORDINGS = [
  String.raw`${INJURY}\s+(?:(?:is|was|occurred|happened)\s+)?${AMOUNT}\s+ago`,
  // "injured at work 2 months ago", "acutely injured the shoulder approximately 14 months ago".
  String.raw`injured\s+(?:(?:at\s+work|(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+)?${AMOUNT}\s+ago`,
  String.raw`${AMOUNT}\s+(?:(?:status\s+)?post[\s-]*|s\/p\s+|since\s+)${INJURY}`,
  String.raw`${INJURY}\s+(?:(?:is|was)\s+)?(?:now\s+)?${AMOUNT}\s+old`,
  String.raw`${AMOUNT}\s+(?:after|following)\s+${INJURY}`,
];
/** Groups each wording of ELAPSED_RE holds (AMOUNT's four). */
const AMOUNT_GROUPS = 4;
/** The wording that dates an event rather than the present ("three months after the injury"). */
const EVENT_WORDING = 4;
// Read back from the word it ends with, within a few words: the whole wording, ending there.
const ELAPSED_RE = new RegExp(String.raw`\b(?:${ELAPSED_WORDINGS.map((w) => `(?:${w})`).join('|')})$`, 'i');
const ELAPSED_END = /\b(?:ago|old|injury|fall|accident|incident)\b/gi;
const ELAPSED_REACH = 90;
const UNIT_WORD = /(?:day|week|month|year)/i;
// "<date>, two months after the injury", "<date>, which was about 3 weeks following her injury".
const AFTER_DATE_RE = new RegExp(
  String.raw`^,?\s+(?:(?:which|that)\s+(?:was|is)\s+)?(${AMOUNT}\s+(?:after|following|(?:status\s+)?post(?:[\s-]*-)?|s\/p|from|since)\s+${INJURY})\b`,
  'i',
);
// The sentence is about another injury, or states a guideline's time.
const OTHER_INJURY =
  /\b(?:prior|previous|earlier|old|other|another|second|non-?industrial|sports?|motor\s+vehicle|car)\s+(?:\w+\s+)?(?:injury|accident|fall|incident)|\bre-?injur/i;

/** Every statement of how long ago the claim's injury was, in the summary and the rationales. */
export const elapsedStatements: (letter: Letter) => ElapsedStatement[] = oncePerLetter((letter: Letter) => {
  const out: ElapsedStatement[] = [];
  const { text } = letter;
  const summary = letter.sections.find((s) => s.id === 'summary')?.span;
  const add = (
    span: Span,
    range: Span,
    amount: { qualifier?: string; number: string; plus?: string; unit: string },
    how: { asOf?: DateFact; event?: boolean } = {},
  ): void => {
    const sentence = sentenceAt(text, range, span.start);
    const sentenceText = text.slice(sentence.start, sentence.end);
    // A guideline's or a modal's words elsewhere in the sentence ("With the injury now over six
    // months old, MTUS recommends ...") leave the statement's own clause a fact.
    const clause = text.slice(sentence.start + text.slice(sentence.start, span.start + 1).lastIndexOf(',') + 1, span.end);
    if (OTHER_INJURY.test(sentenceText) || NOT_FACT.test(clause)) return;
    const { qualifier = '', number, plus, unit } = amount;
    const days = countOf(number) * UNIT_DAYS[unit.toLowerCase()];
    const approximate = APPROXIMATE.test(qualifier);
    // "Several months" is three at least, and may be any more; so is "6+ months".
    const open = !!plus || /over|more/i.test(qualifier) || isIndefinite(number);
    out.push({
      span,
      text: text.slice(span.start, span.end).replace(/\s+/g, ' '),
      minDays: /less/i.test(qualifier) ? 0 : approximate ? Math.floor(days * 0.8) : days,
      maxDays: open ? Infinity : approximate ? Math.ceil(days * 1.25) : days,
      inRationale: range !== summary,
      ...(how.asOf ? { asOf: how.asOf } : {}),
      ...(how.event ? { event: true } : {}),
    });
  };
  const ranges = summaryAndRationales(letter);
  for (const range of ranges) {
    // Each wording ends with one of a few words: found first (fast to search for), then the
    // wording is read back from there.
    const body = text.slice(0, range.end);
    let readTo = range.start;
    ELAPSED_END.lastIndex = range.start;
    for (let e = ELAPSED_END.exec(body); e; e = ELAPSED_END.exec(body)) {
      const end = e.index + e[0].length;
      const from = Math.max(readTo, range.start, e.index - ELAPSED_REACH);
      const words = text.slice(from, end);
      // Every wording counts days, weeks, months or years: most words it may end with have none before them.
      if (!UNIT_WORD.test(words)) continue;
      const m = ELAPSED_RE.exec(words);
      if (!m) continue;
      readTo = end;
      // Each wording has its own qualifier, number, plus sign and unit.
      const w = ELAPSED_WORDINGS.findIndex((_, i) => m[i * AMOUNT_GROUPS + 2] !== undefined);
      const g = w * AMOUNT_GROUPS;
      add(
        { start: from + m.index, end },
        range,
        { qualifier: m[g + 1], number: m[g + 2], plus: m[g + 3], unit: m[g + 4] },
        { event: w === EVENT_WORDING },
      );
    }
  }
  // "On 11-9-16, two months after the injury": the time stated, from the injury to that date.
  for (const d of letter.dates) {
    if (d.precision !== 'day') continue;
    const range = ranges.find((r) => r.start <= d.span.start && d.span.end <= r.end);
    const m = range && AFTER_DATE_RE.exec(text.slice(d.span.end, Math.min(range.end, d.span.end + 120)));
    if (!range || !m) continue;
    const start = d.span.end + m.index + m[0].length - m[1].length;
    add({ start, end: d.span.end + m[0].length }, range, { qualifier: m[2], number: m[3], plus: m[4], unit: m[5] }, { asOf: d });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
});

/** The time a statement of the past can speak of: from the claim's injury to where the records end. */
export interface ClaimTime {
  injury: InjuryStatement;
  /** The latest full date the case summary gives (not a birth's or the injury's): where the records end. */
  recordsEnd?: DateFact;
  /** The letter's own date (its Decision Date), else its latest full date. */
  letterEnd?: CalendarDate;
}

// A cumulative-trauma claim's injury has no single start: no time can be measured from it.
const CUMULATIVE = /\b(?:cumulative|continuous)\s+trauma\b|\bct\s+\d/;

/** From the first full date of injury the letter gives; none for a cumulative-trauma claim. */
export const claimTime: (letter: Letter) => ClaimTime | undefined = oncePerLetter((letter: Letter) => {
  const injury = injuryStatements(letter).find((s) => s.precision === 'day');
  if (!injury || CUMULATIVE.test(lowerText(letter))) return undefined;
  return { injury, recordsEnd: latestDate(letter, 'summary'), letterEnd: letterDate(letter) ?? latestDate(letter)?.date };
});

/** The latest full date of the letter, or of one of its sections, no later than the letter's own date (not a birth's or the injury's). */
function latestDate(letter: Letter, section?: SectionId): DateFact | undefined {
  const until = letterDate(letter);
  let latest: DateFact | undefined;
  for (const d of letter.dates) {
    if (
      d.precision !== 'day' ||
      d.role === 'injury' ||
      d.role === 'birth' ||
      (section && d.section !== section) ||
      (until && daysBetween(d.date, until) > 0)
    )
      continue;
    if (!latest || daysBetween(d.date, latest.date) > 0) latest = d;
  }
  return latest;
}

/** Days in words: "40 days", "about 3 months", "about 2 years". */
export function describeDays(days: number): string {
  if (days < 60) return `${days} days`;
  const months = Math.floor(days / 30.4);
  return months < 24 ? `about ${months} months` : `about ${Math.floor(days / 365)} years`;
}
