import { compareDates } from '../base/calendar';
import { injuryStatements, type DateFact, type Letter } from '../letter';
import type { Finding, Rule, Severity } from './rule';

// The request under review and its utilization review cannot precede the injury; a visit, a
// study or a surgery can (pre-existing conditions), so those are only worth a note.
const SEVERITY: Partial<Record<DateFact['role'], Severity>> = {
  ur: 'warning',
  rfa: 'warning',
  approval: 'warning',
  request: 'warning',
  service: 'warning',
  visit: 'information',
  imaging: 'information',
  surgery: 'information',
  other: 'information',
};
const PRE_EXISTING = /\b(?:prior|previous|previously|history|pre-?existing|earlier|before|old|remote|since)\b[^.;]{0,60}$/i;

/** A dated event of the case that is earlier than the date of injury. */
export const eventBeforeInjury: Rule = {
  id: 'event-before-injury',
  title: 'Event dated before the injury',
  defaultSeverity: 'warning',
  check(letter: Letter) {
    // The header's date of injury, else the first full date the text gives for it.
    const injury = injuryStatements(letter).find((s) => s.precision === 'day');
    if (!injury) return [];
    const out: Finding[] = [];
    for (const d of letter.dates) {
      const severity = SEVERITY[d.role];
      if (!severity || d.header || d.precision !== 'day' || d.section !== 'summary') continue;
      if (compareDates(d.date, injury.date) >= 0) continue;
      if (PRE_EXISTING.test(letter.text.slice(Math.max(0, d.span.start - 90), d.span.start))) continue;
      out.push({
        span: d.span,
        severity,
        message: `${d.text} is before the date of injury ${injury.text}${severity === 'warning' ? '' : ' (a record from before the injury is possible)'}.`,
        related: [{ span: injury.span, message: `Date of injury ${injury.text}` }],
      });
    }
    return out;
  },
};
