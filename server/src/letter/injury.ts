// The letter's statements of the worker's date of injury: the header's first, then the body's
// in text order, leaving out other injuries and lists ("a prior injury on", "dates of injury").
// A cumulative-trauma period ("CT 1/1/2010 to 1/1/2012", "continuous trauma from 3/1/15 through
// 2/1/16") is one statement with its range.

import { compareDates, type CalendarDate, type Precision } from '../base/calendar';
import type { Span } from '../base/span';
import type { DateFact, Letter } from './types';
import { foldSpaces } from '../base/text';
import { oncePerLetter } from './text';

export interface InjuryStatement {
  span: Span;
  /** As written, white space folded. */
  text: string;
  date: DateFact['date'];
  precision: Precision;
  /** The body's date fact; undefined for the header's field. */
  fact?: DateFact;
  /** A cumulative-trauma period: `date` is its first day, `through` its last. */
  through?: CalendarDate;
}

// Another injury than the claim's, or a list of them: a prior, separate or non-industrial one, a
// sports, leisure or traffic injury, a relative's, a claim filed (the filing date), a re-injury.
const OTHER_INJURY =
  /\b(?:prior|previous|earlier|another|second|third|subsequent|new|additional|separate|other|former|later|also|non-?\s?industrial|sports?|playing|recreational|vacation|motor\s+vehicle|car|auto|traffic|filed|wife|husband|spouse|son|daughter|child|mother|father)\b[^.;]{0,40}$|\bdates\s+of\s+injur|\bre-?\s?injur[^.;]{0,40}$|\bagain\b[^.;]{0,20}$|\b(?:for|evaluate|evaluated|treat|treated|regarding)\s+(?:the|this|his|her)\s+(?:industrial\s+)?injury\s+(?:on|in)\s*$/i;
// The second date of a range or a list ("... to 1/1/2012"); a range's first ("from 1/1/2010 to
// ...") is told by what follows it (RANGE_AFTER).
const IN_RANGE = /\b(?:through|between)\s*$|\b(?:to|and|or|-)\s*$/i;
// Words after the date that make it another event: "injured in 2009 in a motor vehicle accident",
// "reported an injury on 10/14/2016 to his supervisor" (the date of the report).
const OTHER_AFTER =
  /^[^.;]{0,40}?\b(?:motor\s+vehicle|car\s+accident|auto\s+accident|traffic|sports?|playing|non-?\s?industrial)\b|^\s*(?:,\s*)?to\s+(?:his|her|the|their)\s+(?:supervisor|employer|manager|boss|foreman)\b/i;
const RANGE_AFTER = /^\s*(?:to|through|and|or|-)\s*(?:\d|[A-Z][a-z]+\s+\d|(?:the\s+)?(?:present|current|now|date)\b)/i;
const RANGE_JOIN = /^\s*(?:to|through|thru|until|-)\s*$/i;
// "CT 1/1/10 to 1/1/12", "CT: 1/1/10 - 1/1/12": a period, not a CT scan (a scan is "dated" or "on").
const CT_BEFORE = /\bCT:?\s*$/;
const PERIOD_BEFORE =
  /\b(?:cumulative|continuous)\s+trauma(?:\s+(?:injury|claim|period))?(?:\s+(?:from|of|dated|between|during))?\s*(?::\s*)?$|\bCT:?\s*(?:from\s+)?$/i;

// Read once per letter: several rules and the date hover ask.
export const injuryStatements: (letter: Letter) => InjuryStatement[] = oncePerLetter(collect);

function collect(letter: Letter): InjuryStatement[] {
  const out: InjuryStatement[] = [];
  const h = letter.header.dateOfInjury;
  if (h?.date) out.push({ span: h.valueSpan, text: h.value, date: h.date, precision: 'day' });
  const dates = letter.dates;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    if (d.header) continue;
    const period = periodFrom(letter, d, dates[i + 1]);
    if (period) {
      out.push(period);
      i++;
      continue;
    }
    if (d.role !== 'injury') continue;
    const before = wordsBefore(letter, d);
    const after = letter.text.slice(d.span.end, d.span.end + 30);
    if (
      OTHER_INJURY.test(before) ||
      IN_RANGE.test(before) ||
      RANGE_AFTER.test(after) ||
      OTHER_AFTER.test(letter.text.slice(d.span.end, d.span.end + 60))
    )
      continue;
    out.push({ span: d.span, text: foldSpaces(d.text), date: d.date, precision: d.precision, fact: d });
  }
  return out;
}

/** The words just before a date, white space folded (read only for the few dates that may be the injury's). */
const wordsBefore = (letter: Letter, fact: DateFact): string =>
  foldSpaces(letter.text.slice(Math.max(0, fact.span.start - 70), fact.span.start));

/** A cumulative-trauma period that starts at `first` and ends at `next`, if the words make one. */
function periodFrom(letter: Letter, first: DateFact, next: DateFact | undefined): InjuryStatement | undefined {
  if (!next || first.precision !== 'day' || next.precision !== 'day' || compareDates(first.date, next.date) > 0) return undefined;
  if (!RANGE_JOIN.test(letter.text.slice(first.span.end, next.span.start))) return undefined;
  const before = wordsBefore(letter, first);
  if (OTHER_INJURY.test(before) || !(PERIOD_BEFORE.test(before) || first.role === 'injury' || CT_BEFORE.test(before))) return undefined;
  const span = { start: first.span.start, end: next.span.end };
  return {
    span,
    text: foldSpaces(letter.text.slice(span.start, span.end)),
    date: first.date,
    precision: 'day',
    fact: first,
    through: next.date,
  };
}
