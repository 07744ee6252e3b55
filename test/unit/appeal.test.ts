// The appeal deadline: California's judicial holidays by rule, the last day to appeal an IMR
// determination (Labor Code § 4610.6(h), 8 CCR § 10605, CCP §§ 12–13), and the letter's answer.

import { strict as assert } from 'node:assert';
import { formatDate, type CalendarDate } from '../../server/src/base/calendar';
import { appealDeadline, appealLensTitle, appealMarkdown } from '../../server/src/features/appeal';
import { appealPeriod, courtHolidayOn, courtHolidays } from '../../server/src/knowledge';
import { parse } from '../../server/src/letter';
import * as fs from 'node:fs';
import { APPEAL_DOC, holidayTable } from '../../scripts/holidays-table';
import { fixture } from '../support/fixtures';

const day = (s: string): CalendarDate => {
  const [month, d, year] = s.split('/').map(Number);
  return { year, month, day: d };
};
const lastDay = (mailed: string, address?: Parameters<typeof appealPeriod>[1]) => formatDate(appealPeriod(day(mailed), address).last);
/** The real letter CM16-0213037 (Decision Date 12/09/2016) with another decision date. */
const decidedOn = (date: string) => parse(fixture('real/CM16-0213037.txt').replace('Decision Date: 12/09/2016', `Decision Date: ${date}`));

describe('court holidays', () => {
  it('computes each year by rule: observed Mondays and Fridays, the day after Thanksgiving', () => {
    const names = (y: number) => courtHolidays(y).map((h) => `${formatDate(h.date)} ${h.name}`);
    assert.deepEqual(names(2016), [
      "1/1/2016 New Year's Day",
      '1/18/2016 Dr. Martin Luther King, Jr. Day',
      '2/12/2016 Lincoln Day',
      "2/15/2016 Washington's Birthday (Presidents' Day)",
      '3/31/2016 Cesar Chavez Day',
      '5/30/2016 Memorial Day',
      '7/4/2016 Independence Day',
      '9/5/2016 Labor Day',
      '10/10/2016 Columbus Day',
      '11/11/2016 Veterans Day',
      '11/24/2016 Thanksgiving Day',
      '11/25/2016 Day after Thanksgiving',
      '12/26/2016 Christmas Day (observed)',
    ]);
    // AB 855 (2021): Native American Day in, Columbus Day out, from 2022; Juneteenth from 2023.
    assert.ok(names(2022).includes('9/23/2022 Native American Day'));
    assert.ok(!names(2022).some((n) => n.includes('Columbus')));
    assert.ok(!names(2022).some((n) => n.includes('Juneteenth')));
    assert.ok(names(2023).includes('6/19/2023 Juneteenth'));
    // January 1, 2022 was a Saturday: observed on Friday, December 31, 2021.
    assert.ok(names(2021).includes("12/31/2021 New Year's Day (observed)"));
    // Veterans Day on a Saturday: the Friday before, by statute (Gov. Code § 6701).
    assert.deepEqual(courtHolidayOn(day('11/10/2017')), {
      date: day('11/10/2017'),
      name: 'Veterans Day (observed)',
      observedFor: day('11/11/2017'),
      source: 'Government Code § 6700(a)(14); Government Code § 6701',
      verified: true,
    });
    // Admission Day (September 9) is no judicial holiday.
    assert.equal(courtHolidayOn(day('9/9/2016')), undefined);
  });

  it('is the table docs/appeal.md shows (npx tsx scripts/holidays-table.ts writes it)', () => {
    const doc = fs.readFileSync(APPEAL_DOC, 'utf8');
    assert.equal(/<!-- holidays:start -->[\s\S]*<!-- holidays:end -->/.exec(doc)?.[0], holidayTable());
  });

  it('has every year of 2013–2030 with 12 to 15 weekday holidays, none on a weekend', () => {
    for (let y = 2013; y <= 2030; y++) {
      const list = courtHolidays(y);
      assert.ok(list.length >= 12 && list.length <= 15, `${y}: ${list.length}`);
      for (const h of list)
        assert.ok(![0, 6].includes(new Date(Date.UTC(h.date.year, h.date.month - 1, h.date.day)).getUTCDay()), `${y} ${h.name}`);
    }
  });
});

describe('appeal period', () => {
  it('gives the three dates of the issue', () => {
    assert.equal(lastDay('11/06/2014'), '12/11/2014');
    assert.equal(lastDay('12/09/2016'), '1/13/2017');
    // December 25, 2016 is a Sunday, and Monday the 26th its observed holiday.
    const christmas = appealPeriod(day('11/20/2016'));
    assert.equal(formatDate(christmas.last), '12/27/2016');
    assert.deepEqual(
      christmas.skipped.map((s) => s.reason),
      ['Sunday', 'Christmas Day (observed)'],
    );
  });

  it('moves a last day on a weekend to the Monday, and over a holiday', () => {
    // 35 days after 3/10/2017 is Friday 4/14/2017; after 3/11 Saturday 4/15, after 3/12 Sunday 4/16.
    assert.equal(lastDay('3/10/2017'), '4/14/2017');
    assert.equal(lastDay('3/11/2017'), '4/17/2017');
    assert.equal(lastDay('3/12/2017'), '4/17/2017');
    // 35 days after 10/20/2016 is Thursday 11/24/2016, Thanksgiving; Friday is a holiday too.
    assert.equal(lastDay('10/20/2016'), '11/28/2016');
  });

  it('adds 10 days for an address outside California, 20 outside the United States (8 CCR § 10605(a))', () => {
    assert.equal(appealPeriod(day('11/06/2014'), 'other-state').days, 40);
    assert.equal(lastDay('11/06/2014', 'other-state'), '12/16/2014');
    assert.equal(lastDay('11/06/2014', 'outside-us'), '12/26/2014');
    // 40 days after 11/15/2016 is Sunday 12/25/2016: Monday its observed holiday.
    assert.equal(lastDay('11/15/2016', 'other-state'), '12/27/2016');
  });
});

describe('appeal deadline of a letter', () => {
  const today = day('12/01/2016');

  it('anchors at the Decision Date and states the rule, its assumptions and sources', () => {
    const letter = decidedOn('11/20/2016');
    const d = appealDeadline(letter, { today })!;
    assert.equal(letter.text.slice(d.span!.start, d.span!.end), '11/20/2016');
    assert.equal(formatDate(d.appealBy), '12/27/2016');
    assert.equal(d.daysLeft, 26);
    assert.equal(appealLensTitle(d), 'Appeal by 12/27/2016 (26 days left)');
    assert.match(d.rule, /30 days of the date the determination was mailed \(Labor Code § 4610\.6\(h\)\), 5 days more/);
    assert.match(d.assumptions[0], /mailed on its date, November 20, 2016/);
    assert.deepEqual(d.movedOver, ['Sunday, December 25, 2016', 'Christmas Day (observed), December 26, 2016']);
    assert.ok(d.sources.includes('Government Code § 6700'));
    assert.match(appealMarkdown(d), /\*\*Appeal by December 27, 2016\*\* \(26 days left\)/);
    assert.doesNotMatch(appealMarkdown(d), /\bis appealable\b/);
  });

  it('takes a date of mailing and an address the user gives', () => {
    const d = appealDeadline(decidedOn('12/09/2016'), { today: day('1/20/2017'), mailed: day('12/12/2016'), address: 'other-state' })!;
    assert.equal(formatDate(d.appealBy), '1/23/2017'); // 40 days: Saturday 1/21/2017
    assert.equal(d.daysLeft, 3);
    assert.ok(d.mailedGiven);
    assert.match(d.assumptions[0], /the date you gave/);
    assert.match(d.assumptions[1], /outside California but within the United States \(10 days added/);
    assert.equal(appealLensTitle({ ...d, daysLeft: -2 }), 'Appeal by 1/23/2017 (passed 2 days ago) · mailed 12/12/2016');
  });

  it('counts a mistyped year by the same rules, and says the holiday table does not reach it', () => {
    const d = appealDeadline(decidedOn('12/09/3016'), { today })!;
    assert.equal(formatDate(d.appealBy), '1/13/3017');
    assert.match(d.assumptions.at(-1)!, /The holiday table was checked for 2013–2030/);
    assert.equal(appealDeadline(decidedOn('12/09/2016'), { today })!.assumptions.length, 3);
  });

  it('gives none for a letter without a determination date, or for text that is no letter', () => {
    assert.equal(appealDeadline(parse(fixture('seeds/000_6475ff4f10510ca5.txt')), { today }), undefined);
    assert.equal(appealDeadline(parse(''), { today }), undefined);
    assert.equal(appealDeadline(parse('\u0000\u0001 binary'), { today }), undefined);
  });
});
