import { formatDate } from '../base/calendar';
import type { DateFact, Letter } from '../letter';
import type { Finding, Rule } from './rule';

/** At most this many earlier statements are named in a message (and pointed at). */
const NAMED = 3;

/** Two statements of the worker's date of birth disagree. */
export const birthdateConflict: Rule = {
  id: 'birthdate-conflict',
  title: 'Conflicting dates of birth',
  defaultSeverity: 'error',
  check(letter: Letter) {
    const out: Finding[] = [];
    // The first statement of each distinct value, by day and by year: each statement is compared
    // with the values before it once, so a letter that repeats its dates costs no more.
    const days = new Map<string, DateFact>();
    const years = new Map<number, DateFact>();
    for (const b of letter.dates) {
      if (b.role !== 'birth' || b.precision === 'month') continue;
      const day = b.precision === 'day' ? formatDate(b.date) : undefined;
      if (day ? days.has(day) : years.has(b.date.year)) continue;
      // A full date differs from every other full date, and from a year alone of another year; a
      // year alone differs from every date of another year.
      const differs = firstDiffering(b, day ? [days.values(), years.values()] : [years.values()]);
      if (day) days.set(day, b);
      if (!years.has(b.date.year) || !day) years.set(b.date.year, years.get(b.date.year) ?? b);
      if (!differs.length) continue;
      const named = differs.slice(0, NAMED);
      out.push({
        span: b.span,
        message: `Date of birth ${b.text} here, but ${[...new Set(named.map((e) => e.text))].join(' and ')}${differs.length > NAMED ? ' and others' : ''} earlier in the letter.`,
        related: named.map((e) => ({ span: e.span, message: `Date of birth ${e.text}` })),
      });
    }
    return out;
  },
};

/** Up to NAMED + 1 earlier statements that disagree with `birth` (enough to name them and say "others"). */
function firstDiffering(birth: DateFact, sources: Iterable<DateFact>[]): DateFact[] {
  const out = new Set<DateFact>();
  for (const source of sources) {
    for (const e of source) {
      if (e.date.year !== birth.date.year || (birth.precision === 'day' && e.precision === 'day')) out.add(e);
      if (out.size > NAMED) return [...out];
    }
  }
  return [...out];
}
