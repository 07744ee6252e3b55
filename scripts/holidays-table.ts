// Writes the table of California judicial holidays in docs/appeal.md (between
// <!-- holidays:start --> and <!-- holidays:end -->) from knowledge/holidays.ts, which computes
// them by rule: `npx tsx scripts/holidays-table.ts`. test/unit/appeal.test.ts checks it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { courtHolidays, HOLIDAY_YEARS } from '../server/src/knowledge';

/** The table, one row a year: each weekday the courts are closed, † where the Judicial Council's designation was not checked. */
export function holidayTable(): string {
  const rows: string[] = [];
  for (let year = HOLIDAY_YEARS.from; year <= HOLIDAY_YEARS.to; year++) {
    const days = courtHolidays(year).map((h) => `${h.date.month}/${h.date.day} ${h.name}${h.verified ? '' : ' †'}`);
    rows.push(`| ${year} | ${days.join('; ')} |`);
  }
  return [
    '<!-- holidays:start -->',
    '| year | judicial holidays on weekdays (Saturdays and Sundays are all holidays) |',
    '| --- | --- |',
    ...rows,
    '<!-- holidays:end -->',
  ].join('\n');
}

export const APPEAL_DOC = path.resolve(__dirname, '../docs/appeal.md');

if (require.main === module) {
  const doc = fs.readFileSync(APPEAL_DOC, 'utf8');
  fs.writeFileSync(APPEAL_DOC, doc.replace(/<!-- holidays:start -->[\s\S]*<!-- holidays:end -->/, holidayTable()));
  console.log(`docs/appeal.md: ${HOLIDAY_YEARS.to - HOLIDAY_YEARS.from + 1} years of judicial holidays`);
}
