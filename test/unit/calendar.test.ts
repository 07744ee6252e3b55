import assert from 'node:assert/strict';
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

  it('agrees with the Date built-in for every month of 0 to 2400 and for months out of range', () => {
    for (let year = 0; year <= 2400; year++) {
      for (let month = -1; month <= 14; month++) {
        assert.equal(daysInMonth(year, month), new Date(Date.UTC(year, month, 0)).getUTCDate(), `${year}-${month}`);
      }
    }
  });

  it('steps over a month end and a leap day', () => {
    assert.deepEqual(addDays({ year: 2016, month: 2, day: 28 }, 1), { year: 2016, month: 2, day: 29 });
    assert.deepEqual(addDays({ year: 2016, month: 12, day: 31 }, 1), { year: 2017, month: 1, day: 1 });
    assert.equal(daysBetween({ year: 2017, month: 3, day: 1 }, { year: 2016, month: 3, day: 1 }), 365);
  });
});
