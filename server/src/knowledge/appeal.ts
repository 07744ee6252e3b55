// The last day to appeal an IMR final determination to the Workers' Compensation Appeals Board,
// from the date it was mailed: Labor Code § 4610.6(h) gives 30 days from the date of mailing; a
// document served by mail gives more days to act (8 CCR § 10605(a), § 10507 before 2020; applied
// to the IMR appeal by the Appeals Board en banc in Matute, 2015); a last day that is a Saturday,
// a Sunday or a judicial holiday moves to the next day that is none (CCP §§ 12, 12a, 13).

import { addDays, weekday, WEEKDAY_NAMES, type CalendarDate } from '../base/calendar';
import { CCP_12, courtHolidayOn, HOLIDAY_YEARS } from './holidays';

export const APPEAL_LAW = 'Labor Code § 4610.6(h)';
export const APPEAL_DAYS = 30;
export const MAIL_SERVICE_RULE = '8 CCR § 10605(a)';
/** The same rule's number before January 1, 2020. */
export const FORMER_MAIL_SERVICE_RULE = '8 CCR § 10507 before 2020';
export const MATUTE = "Matute v. Los Angeles Unified School District (2015), Workers' Compensation Appeals Board en banc";

/** Where the party served by mail has its address: the days 8 CCR § 10605(a) adds. */
export type MailAddress = 'california' | 'other-state' | 'outside-us';

export const MAIL_DAYS: Record<MailAddress, { days: number; words: string; rule: string }> = {
  california: { days: 5, words: 'an address in California', rule: `${MAIL_SERVICE_RULE}(1)` },
  'other-state': { days: 10, words: 'an address outside California but within the United States', rule: `${MAIL_SERVICE_RULE}(2)` },
  'outside-us': { days: 20, words: 'an address outside the United States', rule: `${MAIL_SERVICE_RULE}(3)` },
};

/** A day the last day moved over, and why. */
export interface SkippedDay {
  date: CalendarDate;
  /** "Saturday", "Sunday" or the holiday's name. */
  reason: string;
  source: string;
  /** False for a day observed by the Judicial Council's designation, not checked for its year. */
  verified: boolean;
}

export interface AppealPeriod {
  mailed: CalendarDate;
  address: MailAddress;
  /** 30 days plus the days for mail service. */
  days: number;
  /** The day the days counted end on, before a Saturday, Sunday or holiday moves it. */
  counted: CalendarDate;
  /** The last day to file. */
  last: CalendarDate;
  /** The days between `counted` and `last` that were skipped (with `counted` itself when skipped). */
  skipped: SkippedDay[];
  /** True when a year of the period lies outside the years the holiday table was checked for. */
  beyondTable: boolean;
}

/** Why a day is not one to file on, or undefined for a business day. */
export function closedDay(date: CalendarDate): SkippedDay | undefined {
  const dow = weekday(date);
  if (dow === 0 || dow === 6) return { date, reason: WEEKDAY_NAMES[dow], source: CCP_12, verified: true };
  const h = courtHolidayOn(date);
  return h && { date, reason: h.name, source: h.source, verified: h.verified };
}

/** The appeal period of a determination mailed on `mailed` (a full date) to a party at `address`. */
export function appealPeriod(mailed: CalendarDate, address: MailAddress = 'california'): AppealPeriod {
  const days = APPEAL_DAYS + MAIL_DAYS[address].days;
  const counted = addDays(mailed, days);
  const skipped: SkippedDay[] = [];
  let last = counted;
  // At most a weekend and a few holidays in a row; the bound keeps a wrong table from looping.
  for (let i = 0; i < 14; i++) {
    const closed = closedDay(last);
    if (!closed) break;
    skipped.push(closed);
    last = addDays(last, 1);
  }
  const beyondTable = [mailed, last].some((d) => d.year < HOLIDAY_YEARS.from || d.year > HOLIDAY_YEARS.to);
  return { mailed, address, days, counted, last, skipped, beyondTable };
}

/** The grounds of appeal Labor Code § 4610.6(h) names, in its order (paraphrased). */
export const APPEAL_GROUNDS: readonly string[] = [
  "The administrative director acted without or in excess of the administrative director's powers.",
  'The determination was procured by fraud.',
  'The independent medical reviewer was subject to a material conflict of interest (Labor Code § 139.5).',
  'The determination was the result of bias on the basis of race, national origin, ethnic group identification, religion, age, sex, sexual orientation, color or disability.',
  'The determination was the result of a plainly erroneous express or implied finding of fact, provided that the mistake of fact is a matter of ordinary knowledge based on the information submitted for review, and not a matter that is subject to expert opinion.',
];
