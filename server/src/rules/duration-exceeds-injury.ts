import { daysBetween, durationStatements, formatDate, injuryStatements, letterDate, type CalendarDate, type Letter, type SectionId } from '../letter';
import { lowerText } from '../letter/text';
import type { Finding, Rule } from '.';

/** Days a stated duration may run past the time since the injury before it is worth a word. */
const SLACK_DAYS = 14;
// A cumulative-trauma claim's injury has no single start: durations cannot be measured from it.
const CUMULATIVE = /\b(?:cumulative|continuous)\s+trauma\b|\bct\s+\d/;

/** "Has used opioids for at least a year" in a letter whose injury was two months before it. */
export const durationExceedsInjury: Rule = {
  id: 'duration-exceeds-injury',
  title: 'Duration longer than the time since the injury',
  defaultSeverity: 'warning',
  check(letter: Letter) {
    const injury = injuryStatements(letter).find((s) => s.precision === 'day');
    // The records a duration is read from end with the case summary's latest date.
    const summaryDate = latestDate(letter, 'summary');
    const asOf = summaryDate ?? letterDate(letter) ?? latestDate(letter);
    if (!injury || !asOf) return [];
    const durations = durationStatements(letter);
    if (!durations.length || CUMULATIVE.test(lowerText(letter))) return [];
    const since = daysBetween(asOf, injury.date);
    if (since < 0) return [];
    const out: Finding[] = [];
    for (const d of durations) {
      if (d.minDays <= since + SLACK_DAYS) continue;
      out.push({
        span: d.span,
        message: `"${d.text}" is longer than the time since the date of injury ${injury.text}: ${describe(since)} to ${formatDate(asOf)}, the latest date ${summaryDate ? 'the case summary gives' : 'of the letter'}.`,
        related: [{ span: injury.span, message: `Date of injury ${injury.text}` }],
      });
    }
    return out;
  },
};

/** The latest full date of the letter, or of one of its sections, no later than the letter's own date (not a birth's or the injury's). */
function latestDate(letter: Letter, section?: SectionId): CalendarDate | undefined {
  const until = letterDate(letter);
  let latest: CalendarDate | undefined;
  for (const d of letter.dates) {
    if (d.precision !== 'day' || d.role === 'injury' || d.role === 'birth' || (section && d.section !== section) || (until && daysBetween(d.date, until) > 0)) continue;
    if (!latest || daysBetween(d.date, latest) > 0) latest = d.date;
  }
  return latest;
}

function describe(days: number): string {
  if (days < 60) return `${days} days`;
  const months = Math.floor(days / 30.4);
  return months < 24 ? `about ${months} months` : `about ${Math.floor(days / 365)} years`;
}
