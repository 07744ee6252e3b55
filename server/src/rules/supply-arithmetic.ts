import { formatAmount } from '../base/format';
import { strengthPairs, supplyStatements, type Letter } from '../letter';
import type { Finding, Rule } from './rule';

const range = (low: number, high: number): string => (low === high ? formatAmount(low) : `${formatAmount(low)} to ${formatAmount(high)}`);

/** A sig, a number of days and a dispensed count that do not agree; a strength written two ways that differ. */
export const supplyArithmetic: Rule = {
  id: 'supply-arithmetic',
  title: 'Sig, days and count (or a strength written two ways) disagree',
  defaultSeverity: 'warning',
  check(letter: Letter) {
    const out: Finding[] = [];
    for (const s of supplyStatements(letter)) {
      const least = s.sig.min * s.days.min;
      const most = s.sig.max * s.days.max;
      // "As needed" and "up to" set a ceiling: fewer is no error.
      if (s.count.n <= most && (s.sig.asNeeded || s.count.n >= least)) continue;
      const needs = s.sig.asNeeded ? `at most ${formatAmount(most)}` : range(least, most);
      out.push({
        span: s.count.span,
        message: `"${s.sig.text}" (${range(s.sig.min, s.sig.max)} a day) with "${s.days.text}" makes ${needs}, but the count is ${s.count.n} ("${s.count.text}").`,
        related: [
          { span: s.sig.span, message: `The sig: ${s.sig.text}, ${range(s.sig.min, s.sig.max)} a day${s.sig.asNeeded ? ' at most' : ''}` },
          { span: s.days.span, message: `The days: ${s.days.text}` },
        ],
      });
    }
    for (const p of strengthPairs(letter)) {
      if (Math.abs(p.percent.mgPer - p.concentration.mgPer) < 0.01 * p.percent.mgPer) continue;
      out.push({
        span: p.concentration.span,
        message: `The strength is written two ways that disagree: ${p.percent.text} is ${formatAmount(p.percent.mgPer)} mg a gram (or ml), not ${p.concentration.text}.`,
        related: [{ span: p.percent.span, message: `The strength as a percentage: ${p.percent.text}` }],
      });
    }
    return out;
  },
};
