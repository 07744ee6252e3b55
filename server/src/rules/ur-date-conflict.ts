import { daysBetween, formatDate, type Letter } from '../letter';
import type { Finding, Rule } from '.';

const OTHER_UR = /\b(?:prior|previous|earlier|another|second|subsequent|later)\b[^.;]{0,50}$/i;
/** Gaps up to this many days are usually the UR letter against the note it cites. */
const NEAR_DAYS = 5;

/** A utilization review date in the body disagrees with the header's UR Denial Date. */
export const urDateConflict: Rule = {
  id: 'ur-date-conflict',
  title: "UR date differs from the header's",
  defaultSeverity: 'warning',
  check(letter: Letter) {
    const header = letter.header.urDenialDate;
    if (!header?.date) return [];
    const out: Finding[] = [];
    for (const d of letter.dates) {
      if (d.role !== 'ur' || d.header || d.precision !== 'day') continue;
      const gap = daysBetween(d.date, header.date);
      if (gap === 0 || OTHER_UR.test(letter.text.slice(Math.max(0, d.span.start - 80), d.span.start))) continue;
      const near = Math.abs(gap) <= NEAR_DAYS;
      out.push({
        span: d.span,
        severity: near ? 'information' : undefined,
        message: `Utilization review dated ${d.text} here, but UR Denial Date ${header.value} in the header (${Math.abs(gap)} day${Math.abs(gap) === 1 ? '' : 's'} ${gap < 0 ? 'earlier' : 'later'})${near ? '; a gap of a few days is often the UR letter against the note it cites' : ''}.`,
        related: [{ span: header.valueSpan, message: `UR Denial Date ${formatDate(header.date)}` }],
      });
    }
    return out;
  },
};
