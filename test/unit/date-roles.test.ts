import { strict as assert } from 'node:assert';
import { parse } from '../../server/src/letter';

// What a date is a date of, read from the words around it: a table of wordings and the role each
// gives its one date.
describe('date roles', () => {
  for (const [sentence, role] of [
    ['The Request for Authorization date was 01-22-2017.', 'rfa'],
    ['The utilization review date was 10-3-16.', 'ur'],
    ['The UR form is dated 11-20-2016.', 'ur'],
    ['The UR (utilization review board) denied certification on October 28, 2016 for an MRI.', 'ur'],
    ['The authorization of 6 PT sessions is dated October 05, 2016.', 'approval'],
    ['The injured worker slipped and fell while working and broke his ribs on 10-08-16.', 'injury'],
    ['The mechanism of injury is detailed as a slip and fall on 10/13/2016.', 'injury'],
    ['The mechanism of injury was described as lifting a heavy box at work in March 2016.', 'injury'],
    // Not a review's or an approval's date.
    ['The request for authorization of 6 sessions is dated 10/05/2016.', 'other'],
    ['The UR denied the MRI requested on 10/05/2016.', 'imaging'],
    ['The injured worker slipped and fell while working and was seen by his doctor on 10-08-16.', 'other'],
  ] as const) {
    it(`${role}: "${sentence}"`, () => {
      assert.deepEqual(
        parse(sentence).dates.map((d) => d.role),
        [role],
      );
    });
  }
});
