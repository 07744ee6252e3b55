// What the explanations of every guideline share: the context they are read in, the note on a
// guideline the MTUS replaced, a fact's verified flag and a page's label.

import { longDate, type CalendarDate } from '../base/calendar';
import { isAcoemMtusEra, milestone } from './dates';
import { pages } from './sources';
import type { PageRange } from './types';

export interface ExplainContext {
  /** The letter's date (decision date, else the nearest header date). */
  date?: CalendarDate;
  /** The date that decides an edition the citation does not name (the request's review), and what it is the date of. */
  request?: { date: CalendarDate; of: string };
}

/** "p. 78" or "pp. 74–95". */
export const pageLabel = (range: PageRange): string => pages(range.from, range.to);

export function supersededNote(ctx: ExplainContext, what: string): string[] {
  if (!ctx.date || !isAcoemMtusEra(ctx.date)) return [];
  return [
    `The letter is dated ${longDate(ctx.date)}, after the MTUS began incorporating ACOEM's guidelines on ${longDate(milestone('mtus-acoem'))}; check that ${what} still applied.`,
  ];
}

/** A fact's verified flag, with what was not checked when it says. */
export function unchecked(fact: { verified: boolean; unchecked?: string }): { verified: boolean; unchecked?: string } {
  return fact.unchecked ? { verified: fact.verified, unchecked: fact.unchecked } : { verified: fact.verified };
}
