import { strict as assert } from 'node:assert';
import { edit, found } from '../../support/findings';
import { fixture } from '../../support/fixtures';
import { markedFixtures, readMarked } from '../../support/inline';

describe('injury-date-conflict', () => {
  markedFixtures('injury-date-conflict');

  const ct = readMarked(fixture('rules/injury-date-conflict/cumulative-trauma.txt')).text;

  it('reads a cumulative-trauma period as one statement, which the header date falls in', () => {
    // The header's 11/10/2016 ends the summary's period; the rationale's period is another one.
    const [[, quoted, message]] = found(ct, 'injury-date-conflict');
    assert.equal(quoted, '01/01/2013 through 10/10/2016');
    assert.match(message, /in the header/);
  });

  it('accepts a header date inside the period, and a restated period', () => {
    const same = edit(ct, 'from 01/01/2013 through 10/10/2016', 'from 01/01/2014 through 11/10/2016');
    assert.deepEqual(found(same, 'injury-date-conflict'), []);
    assert.deepEqual(found(edit(same, 'Date of Injury:  11/10/2016', 'Date of Injury:  06/10/2013'), 'injury-date-conflict').length, 2);
  });
});
