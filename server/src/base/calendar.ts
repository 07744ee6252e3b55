// Calendar dates and their arithmetic: comparing, counting days, writing a date for people. A date
// may be as precise as the text that gave it: a day, a month or only a year.

/** A calendar date. `month` and `day` are 0 when the text gives only a year (or a month and year). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export type Precision = 'day' | 'month' | 'year';

export function isValidDate(d: CalendarDate): boolean {
  // A mistyped year ("December 9, 3026") still makes a date, and a wrong one worth a finding.
  if (d.year < 1900 || d.year > 3999) return false;
  if (d.month === 0) return d.day === 0;
  if (d.month < 1 || d.month > 12) return false;
  if (d.day === 0) return true;
  return d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/** How many days a month (1–12) of a year has. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Whether two dates can be the same day, given what each one states. */
export function sameDate(a: CalendarDate, pa: Precision, b: CalendarDate, pb: Precision): boolean {
  if (a.year !== b.year) return false;
  if (pa === 'year' || pb === 'year') return true;
  if (a.month !== b.month) return false;
  if (pa === 'month' || pb === 'month') return true;
  return a.day === b.day;
}

export function formatDate(d: CalendarDate): string {
  if (d.month === 0) return String(d.year);
  if (d.day === 0) return `${d.month}/${d.year}`;
  return `${d.month}/${d.day}/${d.year}`;
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
export function longDate(d: CalendarDate): string {
  if (d.month < 1 || d.month > 12) return String(d.year);
  return d.day > 0 ? `${MONTH_NAMES[d.month - 1]} ${d.day}, ${d.year}` : `${MONTH_NAMES[d.month - 1]} ${d.year}`;
}

/** Whole days from `b` to `a` (negative when `a` is earlier). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((Date.UTC(a.year, a.month - 1, a.day || 1) - Date.UTC(b.year, b.month - 1, b.day || 1)) / 86_400_000);
}

/** Today's date where the process runs. */
export function today(): CalendarDate {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** A date in ISO 8601, as precise as it is known: 2016-05-03, 2016-05 or 2016. */
export function isoDate(d: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  if (d.month === 0) return pad(d.year, 4);
  if (d.day === 0) return `${pad(d.year, 4)}-${pad(d.month, 2)}`;
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}
