// A letter left open overnight: its findings that name today ("December 9, 3026 is in the future
// (today is 12/1/2026)") and its days left to appeal are of the day they were computed on. Once the
// local date has changed, the server shows them again, as of the new day.

import { isoDate, today } from '../base/calendar';

/** At most this long between looks at the date: on some systems a timer counts no time while the machine sleeps. */
const LOOK_EVERY = 10 * 60_000;

/** Milliseconds from `now` to one second past the next local midnight (days of 23 or 25 hours too). */
export function untilNextDay(now: Date): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
  return next.getTime() - now.getTime();
}

/** Calls `refresh` once each time the local date changes, looked at just after midnight and every LOOK_EVERY ms; the timer never keeps the process alive. */
export function everyNewDay(refresh: () => void): void {
  let day = isoDate(today());
  const lookLater = (): void => {
    setTimeout(look, Math.min(untilNextDay(new Date()), LOOK_EVERY)).unref();
  };
  const look = (): void => {
    lookLater();
    const now = isoDate(today());
    if (now === day) return;
    day = now;
    refresh();
  };
  lookLater();
}
