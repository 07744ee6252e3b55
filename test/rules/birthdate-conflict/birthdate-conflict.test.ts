import { strict as assert } from 'node:assert';
import { found } from '../../support/findings';
import { ruleFixture } from '../../support/fixtures';
import { markedFixtures, readMarked } from '../../support/inline';

describe('birthdate-conflict', () => {
  markedFixtures('birthdate-conflict');

  it('names both dates of birth, and points at the first', () => {
    const { text } = readMarked(ruleFixture('birthdate-conflict/two-dates.txt'));
    assert.deepEqual(found(text, 'birthdate-conflict'), [
      ['error', '04/13/1976', 'Date of birth 04/13/1976 here, but 03/14/1976 earlier in the letter.'],
    ]);
  });

  it('is no event of the case: a date of birth never "precedes the injury"', () => {
    const { text } = readMarked(ruleFixture('birthdate-conflict/two-dates.txt'));
    assert.deepEqual(found(text, 'event-before-injury'), []);
  });
});
