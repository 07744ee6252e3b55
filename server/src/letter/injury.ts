// The letter's statements of the worker's date of injury: the header's first, then the body's
// in text order, leaving out other injuries, lists and ranges ("a prior injury on", "dates of
// injury", "continuous trauma from 1/1/2010 to 1/1/2012").

import type { DateFact, Letter, Precision, Span } from './types';

export interface InjuryStatement {
  span: Span;
  /** As written, white space folded. */
  text: string;
  date: DateFact['date'];
  precision: Precision;
  /** The body's date fact; undefined for the header's field. */
  fact?: DateFact;
}

const OTHER_INJURY = /\b(?:prior|previous|earlier|another|second|third|subsequent|new|additional|separate|other|former|later)\b[^.;]{0,40}$|\bdates\s+of\s+injur|\b(?:from|through|between)\s*$|\b(?:to|and|or|-)\s*$/i;
const RANGE_AFTER = /^\s*(?:to|through|and|or|-)\s*(?:\d|[A-Z][a-z]+\s+\d)/;

// Read once per letter: several rules and the date hover ask.
const statementsOf = new WeakMap<Letter, InjuryStatement[]>();

export function injuryStatements(letter: Letter): InjuryStatement[] {
  let found = statementsOf.get(letter);
  if (!found) statementsOf.set(letter, (found = collect(letter)));
  return found;
}

function collect(letter: Letter): InjuryStatement[] {
  const out: InjuryStatement[] = [];
  const h = letter.header.dateOfInjury;
  if (h?.date) out.push({ span: h.valueSpan, text: h.value, date: h.date, precision: 'day' });
  for (const d of letter.dates) {
    if (d.role !== 'injury' || d.header) continue;
    const before = letter.text.slice(Math.max(0, d.span.start - 70), d.span.start).replace(/\s+/g, ' ');
    const after = letter.text.slice(d.span.end, d.span.end + 30);
    if (OTHER_INJURY.test(before) || RANGE_AFTER.test(after)) continue;
    out.push({ span: d.span, text: d.text.replace(/\s+/g, ' '), date: d.date, precision: d.precision, fact: d });
  }
  return out;
}
