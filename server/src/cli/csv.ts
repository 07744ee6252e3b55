// A letter record as one CSV row (RFC 4180: fields quoted where needed, CRLF line ends), with the
// columns a spreadsheet user sorts and filters by. A cell that starts with = + - @ (or a tab or
// carriage return) gets a leading apostrophe, so that no spreadsheet takes a letter's text for a
// formula; numbers stay numbers.

import { stringify } from 'csv-stringify/sync';
import type { LetterRecord } from '../service';

const COLUMNS: [string, (r: LetterRecord) => string | number | null][] = [
  ['file', (r) => r.file],
  ['case number', (r) => r.caseNumber],
  ['layout', (r) => r.layout],
  ['letter date', (r) => r.letterDate],
  ['review date', (r) => r.reviewDate],
  ['date assigned', (r) => r.dateAssigned],
  ['UR denial date', (r) => r.urDenialDate],
  ['date of injury', (r) => r.dateOfInjury],
  ['date of birth', (r) => r.dateOfBirth],
  ['appeal by', (r) => r.appealBy ?? null],
  ['age', (r) => r.age],
  ['sex', (r) => r.sex],
  ['reviewer specialty', (r) => r.reviewer.specialty],
  ['items', (r) => r.items.length],
  ['upheld', (r) => r.items.filter((i) => i.decision === 'Upheld').length],
  ['overturned', (r) => r.items.filter((i) => i.decision === 'Overturned').length],
  ['no decision', (r) => r.items.filter((i) => i.decision === null).length],
  ['errors', (r) => r.counts.error],
  ['warnings', (r) => r.counts.warning],
  ['information', (r) => r.counts.information],
  ['hints', (r) => r.counts.hint],
  ['rules fired', (r) => [...new Set(r.findings.map((f) => f.rule))].sort().join('; ')],
];

// A line break alone (a file's name may hold one) is quoted too, as RFC 4180 asks of CRLF.
const OPTIONS = { record_delimiter: 'windows', escape_formulas: true, quoted_match: /[\r\n]/ } as const;

/** The header row, CRLF at its end. */
export const CSV_HEADER = stringify([COLUMNS.map(([name]) => name)], OPTIONS);

/** The letter's row, CRLF at its end. */
export function csvRow(record: LetterRecord): string {
  return stringify([COLUMNS.map(([, cell]) => cell(record) ?? '')], OPTIONS);
}
