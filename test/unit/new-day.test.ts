// When the language server looks at the date again: one second past the next local midnight, on
// days of 24, 23 and 25 hours alike.

import { strict as assert } from 'node:assert';
import { untilNextDay } from '../../server/src/server/new-day';

const HOUR = 3_600_000;

describe('untilNextDay', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('is one second past the next local midnight, across a month and a year', () => {
    process.env.TZ = 'America/Los_Angeles';
    assert.equal(untilNextDay(new Date(2026, 11, 1, 23, 59, 59)), 2000);
    assert.equal(untilNextDay(new Date(2026, 10, 30, 12, 0, 0)), 12 * HOUR + 1000);
    assert.equal(untilNextDay(new Date(2026, 11, 31, 0, 0, 1)), 24 * HOUR);
    // Exactly at the second past midnight, the next is a day away, not now.
    assert.equal(untilNextDay(new Date(2027, 0, 1, 0, 0, 1)), 24 * HOUR);
  });

  it('counts the hours a day has where clocks change (California, 2026)', () => {
    process.env.TZ = 'America/Los_Angeles';
    assert.equal(untilNextDay(new Date(2026, 2, 8, 0, 0, 1)), 23 * HOUR, 'March 8: clocks go forward');
    assert.equal(untilNextDay(new Date(2026, 10, 1, 0, 0, 1)), 25 * HOUR, 'November 1: clocks go back');
  });

  it("follows the process's own time zone", () => {
    const instant = Date.UTC(2026, 11, 2, 7, 30); // 11:30 pm on December 1 in California
    process.env.TZ = 'America/Los_Angeles';
    assert.equal(untilNextDay(new Date(instant)), 30 * 60_000 + 1000);
    process.env.TZ = 'UTC';
    assert.equal(untilNextDay(new Date(instant)), 16 * HOUR + 30 * 60_000 + 1000);
  });
});
