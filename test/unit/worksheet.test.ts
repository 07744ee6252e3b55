// The appeal worksheet: caption, deadline, and each finding that may be a factual error under
// Labor Code § 4610.6(h)(5) with both statements quoted; never a word that the letter is appealable.

import { strict as assert } from 'node:assert';
import { parse } from '../../server/src/letter';
import { RULES } from '../../server/src/rules';
import { appealWorksheet, DEFAULT_SETTINGS, FACTUAL_ERROR_RULES } from '../../server/src/service';
import { fixture } from '../support/fixtures';

const today = { year: 2017, month: 2, day: 1 };
const sheetOf = (text: string) => appealWorksheet(parse(text), DEFAULT_SETTINGS, { today });
/** A DWC-published letter with a date of injury written in that differs from its header's (none of the 150 real letters has one). */
const CONFLICT = 'variants/set1/injury_date-1-CM16-0231884.txt';

describe('appeal worksheet', () => {
  it('lists a date-of-injury conflict with both statements, their lines, and the reader left to judge', () => {
    const text = fixture(CONFLICT);
    const sheet = sheetOf(text);
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
    assert.match(sheet, /^# IMR appeal worksheet: CM16-0231884\n/);
    assert.match(
      sheet,
      /\| Case Number \| CM16-0231884 \|\n\| Date Assigned \| 12\/07\/2016 \|\n\| Date of Injury \| 10\/17\/2016 \|\n\| Decision Date \| 01\/11\/2017 \|/,
    );
    assert.match(sheet, /## Deadline\n\n\*\*Appeal by February 15, 2017\*\* \(14 days left\)\./);
    const findings = sheet.slice(sheet.indexOf('## Findings'), sheet.indexOf('## The other grounds'));
    assert.match(
      findings,
      /### 1\. The date of injury \(`injury-date-conflict`\)\n\nDate of injury 10-17-2015 in the case summary, but 10\/17\/2016 in the header\./,
    );
    assert.ok(findings.includes(`- Line ${lineOf('10-17-2015')}: "`), findings);
    assert.match(findings, /whose date of injury was 10-17-2015\."/);
    assert.ok(
      findings.includes(
        `- Line ${lineOf('Date of Injury:')} (Date of injury 10/17/2016 in the header): "Date Assigned: 12/07/2016 Date of Injury: 10/17/2016"`,
      ),
      findings,
    );
    assert.match(findings, /You must judge whether this is a mistake of fact that is a matter of ordinary knowledge/);
    assert.doesNotMatch(sheet, /\bis appealable\b|\bmay be appealed\b|\bcan be appealed\b/);
  });

  it('says so when a letter has no such finding', () => {
    const sheet = sheetOf(fixture('real/CM16-0224814.txt'));
    assert.match(
      sheet,
      /The checks found no conflicting or suspicious fact of these kinds in this letter: the date of injury; .*That does not mean the letter has none/,
    );
    assert.doesNotMatch(sheet, /### 1\./);
  });

  it('names only rules that exist, each once', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const id of Object.keys(FACTUAL_ERROR_RULES)) assert.ok(ids.has(id), id);
  });

  it('gives a sheet without caption or deadline for an excerpt, and for text that is no letter', () => {
    const seed = sheetOf(fixture('seeds/000_6475ff4f10510ca5.txt'));
    assert.match(seed, /The letter has no header with a case number or dates\./);
    assert.match(seed, /The letter states no date of the determination: the deadline cannot be counted\./);
    assert.match(seed, /### 1\. The date of injury/);
    for (const text of ['', '\u0000\u0001\u0002', 'eggs, milk, bread']) assert.match(sheetOf(text), /^# IMR appeal worksheet\n/);
  });
});
