import { compareDates, formatDate } from '../base/calendar';
import type { Letter } from '../letter';
import type { Finding, Rule } from './rule';

const PLANNED = /\b(?:follow[- ]up|return|scheduled|planned|next|re-?evaluat\w*|appointment|until|through|expires?|valid)\b[^.;]{0,40}$/i;

/** A date in the body later than the decision date, or later than today. */
export const dateAfterDecision: Rule = {
  id: 'date-after-decision',
  title: 'Date after the decision, or in the future',
  defaultSeverity: 'warning',
  check(letter: Letter, { today }) {
    const decision = letter.header.decisionDate ?? letter.header.letterDate;
    const out: Finding[] = [];
    for (const d of letter.dates) {
      if (d.header || d.precision === 'year') continue;
      if (PLANNED.test(letter.text.slice(Math.max(0, d.span.start - 60), d.span.start))) continue;
      if (compareDates(d.date, today) > 0) {
        out.push({ span: d.span, message: `${d.text} is in the future (today is ${formatDate(today)}).` });
      } else if (decision?.date && d.precision === 'day' && compareDates(d.date, decision.date) > 0) {
        out.push({
          span: d.span,
          message: `${d.text} is after the decision date ${decision.value}: the reviewer cannot have seen a record of that date.`,
          related: [{ span: decision.valueSpan, message: `${decision.label} ${decision.value}` }],
        });
      }
    }
    return out;
  },
};
