import { strict as assert } from 'node:assert';
import { edit, found } from '../../support/findings';
import { fixture } from '../../support/fixtures';
import { markedFixtures } from '../../support/inline';

describe('superseded-edition', () => {
  // The edition's name is marked, the Claims Administrator's (a note) as well as the decision's.
  markedFixtures('superseded-edition');

  it('warns when the decision cites CPMTG 2009 for a 2017 request (CM17-0018485)', () => {
    assert.deepEqual(found(fixture('real/CM17-0018485.txt'), 'superseded-edition'), [
      [
        'warning',
        'Chronic Pain Medical Treatment 2009',
        'The decision cites the 2009 Chronic Pain Medical Treatment Guidelines for a request decided by UR on 1/19/2017, but the 2016 edition applies to requests from July 29, 2016.',
      ],
    ]);
  });

  it("only notes the Claims Administrator's citation of it", () => {
    assert.deepEqual(
      found(fixture('real/CM17-0001064.txt'), 'superseded-edition').map((x) => [x[0], x[1]]),
      [['information', 'Chronic Pain Medical Treatment 2009']],
    );
  });

  it('warns about 2004 MTUS chapters cited after December 2017', () => {
    const text = edit(fixture('real/CM16-0213037.txt'), 'UR Denial Date:  11/03/2016', 'UR Denial Date:  01/03/2018');
    assert.deepEqual(
      found(text, 'superseded-edition').map((x) => [x[0], x[1]]),
      [
        ['information', 'Shoulder Complaints 2004'],
        ['warning', 'Shoulder Complaints 2004'],
        ['information', 'Neck and Upper Back Complaints 2004'],
        ['warning', 'Neck and Upper Back Complaints 2004'],
      ],
    );
  });

  it('accepts the editions in force, and letters without dates', () => {
    assert.deepEqual(found(fixture('real/CM16-0213037.txt'), 'superseded-edition'), []);
    assert.deepEqual(found(fixture('seeds/002_f4a3e060fe32e57b.txt'), 'superseded-edition'), []);
  });

  it('gives the CPMTG 2009 a window of 14 days after July 29, 2016 for the request', () => {
    const text = edit(fixture('real/CM17-0018485.txt'), 'UR Denial Date:  01/19/2017', 'UR Denial Date:  08/05/2016');
    assert.deepEqual(found(text, 'superseded-edition'), []);
  });
});
