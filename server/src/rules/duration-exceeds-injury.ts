import { claimTime, daysBetween, describeDays, durationStatements, formatDate, type Letter } from '../letter';
import type { Finding, Rule } from '.';

/** Days a stated duration may run past the time since the injury before it is worth a word. */
const SLACK_DAYS = 14;

/** "Has used opioids for at least a year" in a letter whose injury was two months before it. */
export const durationExceedsInjury: Rule = {
  id: 'duration-exceeds-injury',
  title: 'Duration longer than the time since the injury',
  defaultSeverity: 'warning',
  check(letter: Letter) {
    const time = claimTime(letter);
    const durations = durationStatements(letter);
    // The records a duration is read from end with the case summary's latest date.
    const asOf = time?.recordsEnd?.date ?? time?.letterEnd;
    if (!time || !asOf || !durations.length) return [];
    const { injury } = time;
    const since = daysBetween(asOf, injury.date);
    if (since < 0) return [];
    const out: Finding[] = [];
    for (const d of durations) {
      // "Since 2014": as long as from the end of 2014 at least.
      const minDays = d.since ? daysBetween(asOf, d.since) : d.minDays;
      if (minDays <= since + SLACK_DAYS) continue;
      out.push({
        span: d.span,
        message: `"${d.text}" is longer than the time since the date of injury ${injury.text}: ${describeDays(since)} to ${formatDate(asOf)}, the latest date ${time.recordsEnd ? 'the case summary gives' : 'of the letter'}.`,
        related: [{ span: injury.span, message: `Date of injury ${injury.text}` }],
      });
    }
    return out;
  },
};
