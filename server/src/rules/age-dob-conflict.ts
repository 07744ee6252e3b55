import { formatDate, type CalendarDate } from '../base/calendar';
import { letterDate, type Letter } from '../letter';
import { workerAges } from '../letter/facts';
import { summaryAndRationales } from '../letter/text';
import type { Finding, Rule } from './rule';

function ageOn(birth: CalendarDate, on: CalendarDate): number {
  return on.year - birth.year - (on.month < birth.month || (on.month === birth.month && on.day < birth.day) ? 1 : 0);
}

/**
 * The stated age disagrees with the first stated date of birth (two dates of birth:
 * birthdate-conflict), or with another stated age of the worker.
 */
export const ageDobConflict: Rule = {
  id: 'age-dob-conflict',
  title: 'Ages, or age and date of birth, disagree',
  defaultSeverity: 'error',
  check(letter: Letter) {
    const out: Finding[] = [...agesApart(letter)];
    const births = letter.dates.filter((d) => d.role === 'birth' && d.precision === 'day');
    if (!births.length) return out;
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

/** Ages of the worker more than a year apart (records of a few months may straddle a birthday). */
function agesApart(letter: Letter): Finding[] {
  const ages = summaryAndRationales(letter).flatMap((r) => workerAges(letter.text, r));
  const first = ages[0];
  return ages
    .filter((a) => first && Math.abs(a.value - first.value) > 1)
    .map((a) => ({
      span: a.span,
      message: `Age ${a.value} here, but ${first.value} where the letter first gives the worker's age.`,
      related: [{ span: first.span, message: `Age ${first.value}` }],
    }));
}
