import { daysBetween, formatDate } from '../base/calendar';
import { claimTime, describeDays, elapsedStatements, type Letter } from '../letter';
import type { Finding, Related, Rule } from './rule';

/** Days, or a quarter of the stated time if more, that a stated time may be off before it is worth a word. */
const SLACK_DAYS = 14;
const SLACK_SHARE = 0.25;

/**
 * "The injury is a month ago" in a rationale whose case summary reports a visit two and a half
 * months after the injury: how long ago the letter says the injury was, against its dates.
 */
export const timeSinceInjury: Rule = {
  id: 'time-since-injury',
  title: 'Stated time since the injury disagrees with the dates',
  defaultSeverity: 'warning',
  check(letter: Letter) {
    const statements = elapsedStatements(letter);
    const time = statements.length ? claimTime(letter) : undefined;
    if (!time) return [];
    const { injury, recordsEnd, letterEnd } = time;
    const out: Finding[] = [];
    for (const s of statements) {
      const slack = Math.max(SLACK_DAYS, Math.round(s.minDays * SLACK_SHARE));
      const related: Related[] = [{ span: injury.span, message: `Date of injury ${injury.text}` }];
      // "On 11-9-16, two months after the injury": measured to the date it names.
      if (s.asOf) {
        const days = daysBetween(s.asOf.date, injury.date);
        if (days >= 0 && (s.maxDays + slack < days || s.minDays - slack > days)) {
          out.push({
            span: s.span,
            message: `"${s.text}", but ${s.asOf.text} is ${describeDays(days)} after the date of injury ${injury.text}.`,
            related: [...related, { span: s.asOf.span, message: `The date it is said of, ${s.asOf.text}` }],
          });
        }
        continue;
      }
      // A rationale speaks at least as of the records' last date, and at most as of the letter's own.
      // An event's time ("three months after the injury") may be earlier: only too long a time is wrong.
      const earliest = s.inRationale && !s.event ? recordsEnd : undefined;
      const latest = s.inRationale ? letterEnd : recordsEnd?.date;
      const least = earliest ? daysBetween(earliest.date, injury.date) : undefined;
      const most = latest ? daysBetween(latest, injury.date) : undefined;
      if (earliest && least !== undefined && least >= 0 && s.maxDays + slack < least) {
        out.push({
          span: s.span,
          message: `"${s.text}", but the date of injury ${injury.text} is ${describeDays(least)} before ${earliest.text}, the latest date the case summary gives.`,
          related: [...related, { span: earliest.span, message: `The case summary's latest date, ${earliest.text}` }],
        });
      } else if (latest && most !== undefined && most >= 0 && s.minDays - slack > most) {
        out.push({
          span: s.span,
          message: `"${s.text}", but the date of injury ${injury.text} is only ${describeDays(most)} before ${formatDate(latest)}, the latest date ${s.inRationale ? 'of the letter' : 'the case summary gives'}.`,
          related,
        });
      }
    }
    return out;
  },
};
