import { daysBetween, formatDate, type CalendarDate } from '../base/calendar';
import { claimTime, describeDays, durationStatements, readItemDurations, type DateFact, type Letter } from '../letter';
import { inSteps, pausesBefore, sectionOf, type Finding, type Rule } from './rule';

/** Days a stated duration may run past the time since the injury before it is worth a word. */
const SLACK_DAYS = 14;

/** "Has used opioids for at least a year" in a letter whose injury was two months before it. */
export const durationExceedsInjury: Rule = inSteps({
  id: 'duration-exceeds-injury',
  title: 'Duration longer than the time since the injury',
  defaultSeverity: 'warning',
  *steps(letter: Letter) {
    // The rationales are read item by item (the letter's durations then take what was read).
    for (const [i, item] of letter.items.entries()) {
      if (pausesBefore(i)) yield;
      readItemDurations(letter, item);
    }
    const time = claimTime(letter);
    const durations = durationStatements(letter);
    // The records a duration is read from end with the case summary's latest date.
    const end = time?.recordsEnd?.date ?? time?.letterEnd;
    if (!time || !end || !durations.length) return [];
    const { injury } = time;
    const summary = sectionOf(letter, 'summary')?.span;
    const out: Finding[] = [];
    for (const d of durations) {
      // In the case summary a duration is said at the visit it reports: the last visit dated before it.
      const visit =
        summary && summary.start <= d.span.start && d.span.start < summary.end
          ? dateBefore(letter, summary.start, d.span.start, injury.date)
          : undefined;
      const asOf = visit?.date ?? end;
      const since = daysBetween(asOf, injury.date);
      // "Since 2014": as long as from the end of 2014 at least.
      const minDays = d.since ? daysBetween(asOf, d.since) : d.minDays;
      if (since < 0 || minDays <= since + SLACK_DAYS) continue;
      const where = visit
        ? `${visit.text}, the date it is said at`
        : `${formatDate(asOf)}, the latest date ${time.recordsEnd ? 'the case summary gives' : 'of the letter'}`;
      out.push({
        span: d.span,
        message: `"${d.text}" is longer than the time since the date of injury ${injury.text}: ${describeDays(since)} to ${where}.`,
        related: [
          { span: injury.span, message: `Date of injury ${injury.text}` },
          ...(visit ? [{ span: visit.span, message: `The date it is said at, ${visit.text}` }] : []),
        ],
      });
    }
    return out;
  },
});

/** The last visit dated in [from, before), not before the injury. */
function dateBefore(letter: Letter, from: number, before: number, injury: CalendarDate): DateFact | undefined {
  let found: DateFact | undefined;
  for (const d of letter.dates) {
    if (d.span.start < from || d.span.end > before) continue;
    if (d.precision === 'day' && d.role === 'visit' && daysBetween(d.date, injury) >= 0) found = d;
  }
  return found;
}
