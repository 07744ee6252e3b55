import { strict as assert } from 'node:assert';
import { edit, found } from '../../support/findings';
import { fixture } from '../../support/fixtures';
import { markedFixtures } from '../../support/inline';

const REAL = fixture('real/CM16-0213037.txt');

describe('date-after-decision', () => {
  // A date in the future has nothing else in the letter to point at.
  markedFixtures('date-after-decision', { related: false });

  it('reads a mistyped year after a month name as a (wrong) date (CM16-0248655)', () => {
    assert.deepEqual(
      found(fixture('real/CM16-0248655.txt'), 'date-after-decision').map((x) => x[1]),
      ['December 9, 3026'],
    );
    assert.deepEqual(
      found(
        edit(REAL, 'X-ray of the right shoulder on 10-13-16', 'X-ray of the right shoulder on October 13, 3016'),
        'date-after-decision',
      ).map((x) => x[1]),
      ['October 13, 3016'],
    );
  });

  it('warns about a record dated after the decision, and about a future date', () => {
    const text = edit(
      edit(REAL, 'evaluated on 10-19-16', 'evaluated on 12-19-16'),
      'X-ray of the right shoulder on 10-13-16',
      'X-ray of the right shoulder on 10-13-2031',
    );
    assert.deepEqual(
      found(text, 'date-after-decision').map((x) => [x[1], x[2]]),
      [
        ['12-19-16', '12-19-16 is after the decision date 12/09/2016: the reviewer cannot have seen a record of that date.'],
        ['10-13-2031', '10-13-2031 is in the future (today is 11/22/2026).'],
      ],
    );
  });

  it('ignores planned follow-ups', () => {
    assert.deepEqual(
      found(edit(REAL, 'evaluated on 10-19-16', 'evaluated on 10-19-16 with a follow-up scheduled on 12-19-16'), 'date-after-decision'),
      [],
    );
  });
});
