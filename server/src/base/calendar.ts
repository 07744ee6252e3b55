// Calendar dates and their arithmetic: comparing, counting days, writing a date for people. A date
// may be as precise as the text that gave it: a day, a month or only a year.

/** A calendar date. `month` and `day` are 0 when the text gives only a year (or a month and year). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export type Precision = 'day' | 'month' | 'year';

export function isValidDate(date: CalendarDate): boolean {
  // A mistyped year ("December 9, 3026") still makes a date, and a wrong one worth a finding.
  if (date.year < 1900 || date.year > 3999) return false;
  if (date.month === 0) return date.day === 0;
  if (date.month < 1 || date.month > 12) return false;
  if (date.day === 0) return true;
  return date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
}

/** How many days a month (1–12) of a year has. */
export function daysInMonth(year: number, month: number): number {
  // Anything but a month of a year Date can hold is left to Date (NaN beyond its range, some 271,800 years either side).
  if (!Number.isInteger(year) || Math.abs(year) > 270_000 || !Number.isInteger(month) || month < 1 || month > 12)
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  // As Date.UTC reads them, the years 0 to 99 are 1900 to 1999.
  const full = year >= 0 && year <= 99 ? 1900 + year : year;
  return full % 4 === 0 && (full % 100 !== 0 || full % 400 === 0) ? 29 : 28;
}

export function compareDates(left: CalendarDate, right: CalendarDate): number {
  return left.year - right.year || left.month - right.month || left.day - right.day;
}

/** Whether two dates can be the same day, given what each one states. */
export function sameDate(first: CalendarDate, firstPrecision: Precision, second: CalendarDate, secondPrecision: Precision): boolean {
  if (first.year !== second.year) return false;
  if (firstPrecision === 'year' || secondPrecision === 'year') return true;
  if (first.month !== second.month) return false;
  if (firstPrecision === 'month' || secondPrecision === 'month') return true;
  return first.day === second.day;
}

export function formatDate(date: CalendarDate): string {
  if (date.month === 0) return String(date.year);
  if (date.day === 0) return `${date.month}/${date.year}`;
  return `${date.month}/${date.day}/${date.year}`;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "October 10, 2015", "October 2015" or "2015", as precise as the date is. */
export function longDate(date: CalendarDate): string {
  if (date.month < 1 || date.month > 12) return String(date.year);
  return date.day > 0 ? `${MONTH_NAMES[date.month - 1]} ${date.day}, ${date.year}` : `${MONTH_NAMES[date.month - 1]} ${date.year}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(to: CalendarDate, from: CalendarDate): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day || 1) - Date.UTC(from.year, from.month - 1, from.day || 1)) / 86_400_000);
}

/** Today's date where the process runs. */
export function today(): CalendarDate {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** A date in ISO 8601, as precise as it is known: 2016-05-03, 2016-05 or 2016. */
export function isoDate(date: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  if (date.month === 0) return pad(date.year, 4);
  if (date.day === 0) return `${pad(date.year, 4)}-${pad(date.month, 2)}`;
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** The date `days` calendar days after `date` (before it when negative); `date` must name a day. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Day of the week: 0 Sunday … 6 Saturday. */
export function weekday(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The `ordinal`th (1-based; -1 for the last) `day` of the week (0 Sunday … 6 Saturday) of a month. */
export function nthWeekday(year: number, month: number, day: number, ordinal: number): CalendarDate {
  if (ordinal < 0) {
    const last = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((weekday(last) - day + 7) % 7));
  }
  const first = { year, month, day: 1 };
  return addDays(first, ((day - weekday(first) + 7) % 7) + 7 * (ordinal - 1));
}

/** A day written as ISO 8601 ("2016-12-27") read back; undefined when it is none. */
export function fromIsoDate(text: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDate(d) && d.day > 0 ? d : undefined;
}
