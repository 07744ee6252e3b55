import { sameDate, type Letter } from '../letter';
import type { Finding, Rule } from '.';

/** Two statements of the worker's date of birth disagree. */
export const birthdateConflict: Rule = {
  id: 'birthdate-conflict',
  title: 'Conflicting dates of birth',
  defaultSeverity: 'error',
  check(letter: Letter) {
    const births = letter.dates.filter((d) => d.role === 'birth');
    const out: Finding[] = [];
    births.forEach((b, i) => {
      const earlier = births.slice(0, i);
      const differs = earlier.filter((e) => !sameDate(b.date, b.precision, e.date, e.precision));
      // Reported once, at the first statement that disagrees with one before it.
      if (!differs.length || earlier.some((e) => sameDate(b.date, b.precision, e.date, e.precision))) return;
      out.push({
        span: b.span,
        message: `Date of birth ${b.text} here, but ${[...new Set(differs.map((e) => e.text))].join(' and ')} earlier in the letter.`,
        related: differs.map((e) => ({ span: e.span, message: `Date of birth ${e.text}` })),
      });
    });
    return out;
  },
};
