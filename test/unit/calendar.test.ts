// Calendar arithmetic: the days of a month, and steps over month ends and leap days.

import { strict as assert } from 'node:assert';
import { addDays, daysBetween, daysInMonth } from '../../server/src/base/calendar';

describe('calendar', () => {
  it('counts the days of every month as the Gregorian calendar does, leap years included', () => {
    const cases: [number, number, number][] = [
      [2016, 2, 29],
      [2017, 2, 28],
      [2000, 2, 29],
      [1900, 2, 28],
      [2100, 2, 28],
      [2016, 4, 30],
      [2016, 9, 30],
      [2016, 11, 30],
      [2016, 12, 31],
      [2016, 1, 31],
      [2016, 7, 31],
      [2016, 8, 31],
    ];
    for (const [year, month, days] of cases) assert.equal(daysInMonth(year, month), days, `${year}-${month}`);
  });

  it('agrees with the Date built-in for every month of 0 to 2400, for months out of range and beyond its years', () => {
    const same = (year: number, month: number) =>
      assert.ok(Object.is(daysInMonth(year, month), new Date(Date.UTC(year, month, 0)).getUTCDate()), `${year}-${month}`);
    for (let year = 0; year <= 2400; year++) for (let month = -1; month <= 14; month++) same(year, month);
    for (const year of [-1, -100, -271_821, -300_000, 269_999, 275_760, 300_000, 1e21, 2016.5, NaN])
      for (const month of [2, 3]) same(year, month);
  });

  it('steps over a month end and a leap day', () => {
    assert.deepEqual(addDays({ year: 2016, month: 2, day: 28 }, 1), { year: 2016, month: 2, day: 29 });
    assert.deepEqual(addDays({ year: 2016, month: 12, day: 31 }, 1), { year: 2017, month: 1, day: 1 });
    assert.equal(daysBetween({ year: 2017, month: 3, day: 1 }, { year: 2016, month: 3, day: 1 }), 365);
  });
});
