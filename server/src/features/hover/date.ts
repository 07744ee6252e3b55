// Hover on a date: what the wording makes it a date of, written out, and how far it lies from the
// date of injury.

import { compareDates, daysBetween, formatDate, longDate, type CalendarDate } from '../../base/calendar';
import { spanContains } from '../../base/span';
import { injuryStatements, type DateFact, type Letter } from '../../letter';
import type { HoverResult } from './markdown';

export function dateHover(letter: Letter, offset: number): HoverResult | undefined {
  const date = letter.dates.find((d) => spanContains(d.span, offset));
  return date && { span: date.span, markdown: dateMarkdown(letter, date) };
}

const ROLE_TEXT: Record<DateFact['role'], string> = {
  injury: 'Date of injury',
  ur: 'Date of the utilization review (UR) decision',
  visit: 'Date of a visit, examination or report',
  request: 'Date of a request',
  rfa: 'Date of the request for authorization (RFA)',
  approval: 'Date a treatment was approved or certified',
  birth: 'Date of birth',
  surgery: 'Date of a surgery or procedure',
  imaging: 'Date of an imaging or diagnostic study',
  service: 'Date of service',
  assigned: 'Date the case was assigned to the expert reviewer',
  decision: 'Date of this IMR final determination',
  application: 'Date the IMR application was received',
  letter: 'Date of this letter',
  other: 'Date',
};

function dateMarkdown(letter: Letter, fact: DateFact): string {
  const lines = [`**${ROLE_TEXT[fact.role]}**${fact.header ? ' (header)' : ''}: ${longDate(fact.date)}`];
  const injury = injuryStatements(letter).find((s) => s.precision === 'day')?.date;
  if (injury && fact.role !== 'injury' && fact.precision === 'day') lines.push('', distance(injury, fact.date));
  return lines.join('\n');
}

function distance(injury: CalendarDate, date: CalendarDate): string {
  const days = daysBetween(date, injury);
  const abs = Math.abs(days);
  const amount =
    abs < 60
      ? `${abs} day${abs === 1 ? '' : 's'}`
      : abs < 730
        ? `about ${Math.round(abs / 30.44)} months`
        : `about ${(abs / 365.25).toFixed(1)} years`;
  if (compareDates(date, injury) === 0) return `Same day as the date of injury (${formatDate(injury)}).`;
  return `${amount} ${days > 0 ? 'after' : 'before'} the date of injury (${formatDate(injury)}).`;
}
