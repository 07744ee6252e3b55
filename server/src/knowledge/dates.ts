// MTUS effective dates, and which Chronic Pain guideline edition was in force on a date.

import { compareDates, type CalendarDate } from '../base/calendar';
import type { Sourced } from './types';
import { ACOEM_MTUS_2017, CPMTG_2009_DOC, CPMTG_2016_DOC, MTUS_CCR, OPIOIDS_2016_DOC } from './sources';

export type MtusMilestoneKey =
  'mtus-adopted' | 'cpmtg2009-effective' | 'cpmtg2016-in-force' | 'cpmtg2016-applies' | 'opioids2016-in-force' | 'mtus-acoem';

export interface MtusMilestone extends Sourced {
  key: MtusMilestoneKey;
  date: CalendarDate;
  description: string;
}

export const MTUS_DATES: readonly MtusMilestone[] = [
  {
    key: 'mtus-adopted',
    date: { year: 2007, month: 6, day: 15 },
    description: 'MTUS (8 CCR §§ 9792.20–9792.26) adopted',
    source: MTUS_CCR,
    verified: true,
  },
  {
    key: 'cpmtg2009-effective',
    date: { year: 2009, month: 7, day: 18 },
    description: 'Chronic Pain Medical Treatment Guidelines 2009 effective',
    source: CPMTG_2009_DOC,
    verified: true,
  },
  {
    key: 'cpmtg2016-in-force',
    date: { year: 2016, month: 7, day: 28 },
    description: 'Chronic Pain Medical Treatment Guidelines 2016 in force',
    source: CPMTG_2016_DOC,
    verified: true,
  },
  {
    key: 'cpmtg2016-applies',
    date: { year: 2016, month: 7, day: 29 },
    description: 'Chronic Pain Medical Treatment Guidelines 2016 apply to requests from this date',
    source: CPMTG_2016_DOC,
    verified: true,
  },
  {
    key: 'opioids2016-in-force',
    date: { year: 2016, month: 7, day: 28 },
    description: 'MTUS Opioids Treatment Guidelines (8 CCR 9792.24.4) in force',
    source: OPIOIDS_2016_DOC,
    verified: true,
  },
  {
    key: 'mtus-acoem',
    date: { year: 2017, month: 12, day: 1 },
    description: 'MTUS incorporates ACOEM guidelines by reference (LC 5307.27, SB 1160)',
    source: ACOEM_MTUS_2017,
    verified: true,
  },
];

export function milestone(key: MtusMilestoneKey): CalendarDate {
  const m = MTUS_DATES.find((d) => d.key === key);
  return m ? m.date : { year: 0, month: 0, day: 0 };
}

/** The CPMTG edition in force on a date: 2009 before July 29, 2016, 2016 from then. */
export function cpmtgEditionAt(date: CalendarDate): 2009 | 2016 | undefined {
  if (date.year <= 0) return undefined;
  if (compareDates(date, milestone('cpmtg2009-effective')) < 0) return undefined;
  return compareDates(date, milestone('cpmtg2016-applies')) < 0 ? 2009 : 2016;
}

/** True when the date falls on or after December 1, 2017 (MTUS by reference to ACOEM). */
export function isAcoemMtusEra(date: CalendarDate): boolean {
  return date.year > 0 && compareDates(date, milestone('mtus-acoem')) >= 0;
}
