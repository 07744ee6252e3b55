import { compareDates, formatDate, sameDate } from '../base/calendar';
import { injuryStatements, type InjuryStatement, type Letter } from '../letter';
import { inSteps, pausesBefore, type Finding, type Rule } from './rule';

/** Two statements of the date of injury disagree: header vs summary vs rationales. */
export const injuryDateConflict: Rule = inSteps({
  id: 'injury-date-conflict',
  title: 'Conflicting dates of injury',
  defaultSeverity: 'error',
  // In steps: a letter may state thousands of dates of injury.
  *steps(letter) {
    const statements = injuryStatements(letter);
    if (statements.length < 2) return [];
    const reference = statements[0];
    const refWhere = whereOf(letter, reference);
    const out: Finding[] = [];
    for (let i = 1; i < statements.length; i++) {
      if (pausesBefore(i)) yield;
      const s = statements[i];
      if (agree(s, reference)) continue;
      const finding: Finding = {
        span: s.span,
        message: `Date of injury ${s.text} ${whereOf(letter, s)}, but ${reference.text} ${refWhere}.`,
        related: [{ span: reference.span, message: `Date of injury ${reference.text} ${refWhere}` }],
      };
      if (!reference.fact && !s.through) {
        const newText = s.precision === 'year' ? String(reference.date.year) : reference.text;
        finding.fixes = [{ title: `Change to the header's date of injury (${newText})`, edits: [{ span: s.span, newText }] }];
      }
      out.push(finding);
    }
    return out;
  },
});

function whereOf(letter: Letter, statement: InjuryStatement): string {
  const d = statement.fact;
  if (!d) return 'in the header';
  if (d.item !== undefined) return `in the rationale of "${letter.items[d.item]?.title ?? ''}"`;
  if (d.section === 'summary') return 'in the case summary';
  return `here (${formatDate(d.date)})`;
}

/** Whether two statements can be of the same injury: the same day, or a day within the other's period. */
function agree(first: InjuryStatement, second: InjuryStatement): boolean {
  if (first.through && second.through)
    return sameDate(first.date, 'day', second.date, 'day') && sameDate(first.through, 'day', second.through, 'day');
  const [period, day] = first.through ? [first, second] : second.through ? [second, first] : [undefined, undefined];
  if (!period || !day) return sameDate(first.date, first.precision, second.date, second.precision);
  if (day.precision === 'year') return day.date.year >= period.date.year && day.date.year <= period.through!.year;
  if (day.precision === 'month') {
    const month = (date: { year: number; month: number }): number => date.year * 12 + date.month;
    return month(day.date) >= month(period.date) && month(day.date) <= month(period.through!);
  }
  return compareDates(day.date, period.date) >= 0 && compareDates(day.date, period.through!) <= 0;
}
