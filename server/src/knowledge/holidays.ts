// California's judicial holidays, computed by the rules the codes give rather than typed in:
// Code of Civil Procedure § 135 makes every full-day holiday of Government Code § 6700 a judicial
// holiday (Thanksgiving Day included), except Admission Day (September 9), Columbus Day from 2022,
// and days the President but not the Governor appoints; it adds every Saturday and the day after
// Thanksgiving. Government Code § 6701 moves some holidays that fall on a Sunday to the Monday and
// Veterans Day on a Saturday to the Friday; for the other holidays on a Saturday or a Sunday,
// CCP § 135 lets the Judicial Council designate another day (the preceding Friday, the following
// Monday, as its calendars show; not checked year by year here). Saturdays and Sundays are not
// listed: every one is a holiday (CCP §§ 12a, 135; Gov. Code § 6700(a)(1)).

import { addDays, weekday, nthWeekday, type CalendarDate } from '../base/calendar';
import type { Sourced } from './types';

export const CCP_135 = 'Code of Civil Procedure § 135';
export const GOV_6700 = 'Government Code § 6700';
export const GOV_6701 = 'Government Code § 6701';
/** Counting the days of a period: the first excluded, the last included unless a holiday (then the next day that is not). */
export const CCP_12 = 'Code of Civil Procedure §§ 12, 12a, 13';

/** The years the table was checked for; other years are computed by the same rules, which may have changed. */
export const HOLIDAY_YEARS = { from: 2013, to: 2030 } as const;

type DayRule = { fixed: [month: number, day: number] } | { nth: [month: number, weekday: number, n: number] } | { afterThanksgiving: true };

interface HolidayRule {
  name: string;
  rule: DayRule;
  /** The first and last years it is a judicial holiday, when not every year. */
  from?: number;
  to?: number;
  /** Gov. Code § 6701 names it: on a Sunday, the Monday following is the holiday. */
  sundayToMonday?: boolean;
  /** On a Saturday: the Friday before, by statute (Gov. Code § 6701) or by the Judicial Council's designation (CCP § 135). */
  saturdayToFriday?: 'statute' | 'judicial council';
  source: string;
}

const RULES: readonly HolidayRule[] = [
  {
    name: "New Year's Day",
    rule: { fixed: [1, 1] },
    sundayToMonday: true,
    saturdayToFriday: 'judicial council',
    source: `${GOV_6700}(a)(2)`,
  },
  { name: 'Dr. Martin Luther King, Jr. Day', rule: { nth: [1, 1, 3] }, source: `${GOV_6700}(a)(3)` },
  {
    name: 'Lincoln Day',
    rule: { fixed: [2, 12] },
    sundayToMonday: true,
    saturdayToFriday: 'judicial council',
    source: `${GOV_6700}(a)(4)`,
  },
  { name: "Washington's Birthday (Presidents' Day)", rule: { nth: [2, 1, 3] }, source: `${GOV_6700}(a)(5)` },
  {
    name: 'Cesar Chavez Day',
    rule: { fixed: [3, 31] },
    sundayToMonday: true,
    saturdayToFriday: 'judicial council',
    source: `${GOV_6700}(a)(6)`,
  },
  { name: 'Memorial Day', rule: { nth: [5, 1, -1] }, source: `${GOV_6700}(a)(7)` },
  // Assembly Bill 1655 (2022): a state and judicial holiday from 2023.
  {
    name: 'Juneteenth',
    rule: { fixed: [6, 19] },
    from: 2023,
    saturdayToFriday: 'judicial council',
    source: `${GOV_6700}(a)(10) (AB 1655, 2022)`,
  },
  {
    name: 'Independence Day',
    rule: { fixed: [7, 4] },
    sundayToMonday: true,
    saturdayToFriday: 'judicial council',
    source: `${GOV_6700}(a)(8)`,
  },
  { name: 'Labor Day', rule: { nth: [9, 1, 1] }, source: `${GOV_6700}(a)(9)` },
  // A state holiday from 2015 (AB 1973); a judicial holiday from 2022 (AB 855, 2021). Whether it
  // was one in 2015 is unsettled; not counting it gives the earlier date.
  { name: 'Native American Day', rule: { nth: [9, 5, 4] }, from: 2022, source: `${GOV_6700}(a)(12); ${CCP_135} (AB 855, 2021)` },
  // No longer a judicial holiday from 2022 (AB 855, 2021).
  { name: 'Columbus Day', rule: { nth: [10, 1, 2] }, to: 2021, source: `${GOV_6700}(a)(13); ${CCP_135} before AB 855 (2021)` },
  { name: 'Veterans Day', rule: { fixed: [11, 11] }, sundayToMonday: true, saturdayToFriday: 'statute', source: `${GOV_6700}(a)(14)` },
  { name: 'Thanksgiving Day', rule: { nth: [11, 4, 4] }, source: `${CCP_135}; ${GOV_6700}(a)(17)` },
  { name: 'Day after Thanksgiving', rule: { afterThanksgiving: true }, source: CCP_135 },
  {
    name: 'Christmas Day',
    rule: { fixed: [12, 25] },
    sundayToMonday: true,
    saturdayToFriday: 'judicial council',
    source: `${GOV_6700}(a)(15)`,
  },
];

export interface CourtHoliday extends Sourced {
  /** The day the courts are closed: the holiday itself, or the day observed for it. */
  date: CalendarDate;
  name: string;
  /** When the day observed is not the holiday's own: the holiday's date. */
  observedFor?: CalendarDate;
}

function dayOf(rule: DayRule, year: number): CalendarDate {
  if ('fixed' in rule) return { year, month: rule.fixed[0], day: rule.fixed[1] };
  if ('nth' in rule) return nthWeekday(year, rule.nth[0], rule.nth[1], rule.nth[2]);
  return addDays(nthWeekday(year, 11, 4, 4), 1);
}

/** The judicial holidays of a year that fall on weekdays (or are observed on one), in date order. */
export function courtHolidays(year: number): CourtHoliday[] {
  // A Friday observed for the next year's January 1 on a Saturday belongs to this year.
  const all = [...holidaysOfRules(year), ...holidaysOfRules(year + 1)];
  return all.filter((h) => h.date.year === year).sort((a, b) => a.date.month - b.date.month || a.date.day - b.date.day);
}

/** The days the rules give for a year's holidays, each where it is observed. */
function holidaysOfRules(year: number): CourtHoliday[] {
  const out: CourtHoliday[] = [];
  for (const r of RULES) {
    if ((r.from && year < r.from) || (r.to && year > r.to)) continue;
    const date = dayOf(r.rule, year);
    const dow = weekday(date);
    if (dow === 0 && r.sundayToMonday) {
      out.push({
        date: addDays(date, 1),
        name: `${r.name} (observed)`,
        observedFor: date,
        source: `${r.source}; ${GOV_6701}`,
        verified: true,
      });
    } else if (dow === 6 && r.saturdayToFriday) {
      const statute = r.saturdayToFriday === 'statute';
      const source = `${r.source}; ${statute ? GOV_6701 : `${CCP_135} (Judicial Council designation)`}`;
      const observed: CourtHoliday = {
        date: addDays(date, -1),
        name: `${r.name} (observed)`,
        observedFor: date,
        source,
        verified: statute,
      };
      if (!statute) observed.unchecked = "the Judicial Council's designation of the Friday before, for this year";
      out.push(observed);
    } else if (dow !== 0 && dow !== 6) {
      out.push({ date, name: r.name, source: r.source, verified: true });
    }
  }
  return out;
}

const byYear = new Map<number, CourtHoliday[]>();

/** The judicial holiday observed on a day, if any (Saturdays and Sundays aside). */
export function courtHolidayOn(date: CalendarDate): CourtHoliday | undefined {
  let list = byYear.get(date.year);
  if (!list) byYear.set(date.year, (list = courtHolidays(date.year)));
  return list.find((h) => h.date.month === date.month && h.date.day === date.day);
}
