// The letter's dated facts on one time axis, as plain data: each date with what it is a date of
// (grouped by kind), where it is written, and the findings that put it in conflict with another.
// Dates of birth are left off the axis (they would stretch it over decades) and counted.

import { isoDate, type CalendarDate } from '../base/calendar';
import { firstNotBefore } from '../base/sorted';
import type { Span } from '../base/span';
import type { DateRole, Letter } from '../letter';

/** A finding as the timeline needs it: where it is and what it says, with the text it points at. */
export interface TimelineFinding {
  rule: string;
  span: Span;
  message: string;
  related?: { span: Span; message: string }[];
}

export interface TimelineFact {
  /** The day drawn: the date itself, or the first day of a month or year the text gives alone. */
  date: string;
  precision: 'day' | 'month' | 'year';
  kind: DateRole;
  /** The date as written. */
  text: string;
  span: Span;
  /** The header block's own field. */
  header: boolean;
  /** What the findings that touch this date say: empty when none does. */
  conflicts: string[];
}

export interface TimelineData {
  facts: TimelineFact[];
  /** The kinds present, in the order they are drawn, with their names for people. */
  kinds: { kind: DateRole; label: string }[];
  /** Dates of birth left off the axis. */
  birthDates: number;
}

/** The kinds in the order of a claim's life, with their names. */
const KINDS: [DateRole, string][] = [
  ['injury', 'Injury'],
  ['visit', 'Visits and reports'],
  ['imaging', 'Imaging and studies'],
  ['surgery', 'Surgery'],
  ['service', 'Dates of service'],
  ['request', 'Requests'],
  ['rfa', 'Requests for authorization'],
  ['approval', 'Approvals'],
  ['ur', 'Utilization review'],
  ['application', 'IMR application'],
  ['assigned', 'Assigned to the reviewer'],
  ['decision', 'Determination'],
  ['letter', 'Letter'],
  ['other', 'Other dates'],
];

const overlaps = (first: Span, second: Span): boolean => first.start < second.end && second.start < first.end;

const drawnDay = (date: CalendarDate): CalendarDate => ({ year: date.year, month: date.month || 1, day: date.day || 1 });

export function timeline(letter: Letter, findings: readonly TimelineFinding[]): TimelineData {
  const facts: TimelineFact[] = [];
  let birthDates = 0;
  const touching = findingsTouching(letter.dates, findings);
  letter.dates.forEach((d, i) => {
    if (d.role === 'birth') {
      birthDates++;
      return;
    }
    const conflicts = [...(touching.get(i) ?? [])].sort((a, b) => a - b).map((f) => findings[f].message);
    facts.push({
      date: isoDate(drawnDay(d.date)),
      precision: d.precision,
      kind: d.role,
      text: d.text,
      span: d.span,
      header: !!d.header,
      conflicts: [...new Set(conflicts)],
    });
  });
  const present = new Set(facts.map((f) => f.kind));
  return { facts, kinds: KINDS.filter(([k]) => present.has(k)).map(([kind, label]) => ({ kind, label })), birthDates };
}

/**
 * For each date (by its index), the findings (by index) whose span or a related span overlaps it:
 * each span is looked up among the dates sorted by where they start, so that many findings over
 * many dates cost n log n, not their product.
 */
function findingsTouching(dates: readonly { span: Span }[], findings: readonly TimelineFinding[]): Map<number, Set<number>> {
  const order = dates.map((_, i) => i).sort((a, b) => dates[a].span.start - dates[b].span.start);
  const longest = Math.max(0, ...dates.map((d) => d.span.end - d.span.start));
  const out = new Map<number, Set<number>>();
  findings.forEach((f, index) => {
    for (const span of [f.span, ...(f.related ?? []).map((r) => r.span)]) {
      // The first date that can overlap the span starts after span.start - longest.
      const first = firstNotBefore(order, (i) => dates[i].span.start <= span.start - longest);
      for (let k = first; k < order.length && dates[order[k]].span.start < span.end; k++) {
        if (!overlaps(span, dates[order[k]].span)) continue;
        let set = out.get(order[k]);
        if (!set) out.set(order[k], (set = new Set()));
        set.add(index);
      }
    }
  });
  return out;
}
