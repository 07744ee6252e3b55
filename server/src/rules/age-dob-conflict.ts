import { formatDate, letterDate, type CalendarDate, type Letter } from '../letter';
import type { Finding, Rule } from '.';

function ageOn(birth: CalendarDate, on: CalendarDate): number {
  return on.year - birth.year - (on.month < birth.month || (on.month === birth.month && on.day < birth.day) ? 1 : 0);
}

/** The stated age disagrees with the first stated date of birth (two dates of birth: birthdate-conflict). */
export const ageDobConflict: Rule = {
  id: 'age-dob-conflict',
  title: 'Age and date of birth disagree',
  defaultSeverity: 'error',
  check(letter: Letter) {
    const births = letter.dates.filter((d) => d.role === 'birth' && d.precision === 'day');
    if (!births.length) return [];
    const out: Finding[] = [];
    const first = births[0];
    const age = letter.patient.age;
    const on = letterDate(letter);
    if (age && on) {
      const expected = ageOn(first.date, on);
      // Summaries are written from records of the months before the decision: allow a year.
      if (Math.abs(expected - age.value) > 1) {
        out.push({
          span: age.span,
          message: `Age ${age.value} here, but the date of birth ${first.text} makes the worker ${expected} on ${formatDate(on)}.`,
          related: [{ span: first.span, message: `Date of birth ${first.text}` }],
        });
      }
    }
    return out;
  },
};
