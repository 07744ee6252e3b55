// A letter left open overnight: its findings that name today ("December 9, 3026 is in the future
// (today is 12/1/2026)") and its days left to appeal are of the day they were computed on. Just
// after each local midnight the server shows them again, as of the new day.

/** Milliseconds from `now` to one second past the next local midnight (days of 23 or 25 hours too). */
export function untilNextDay(now: Date): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
  return next.getTime() - now.getTime();
}

/** Calls `refresh` just after each local midnight; the timer never keeps the process alive. */
export function everyNewDay(refresh: () => void): void {
  const schedule = (): void => {
    setTimeout(() => {
      refresh();
      schedule();
    }, untilNextDay(new Date())).unref();
  };
  schedule();
}
