import { strict as assert } from 'node:assert';
import { edit, found } from '../../support/findings';
import { fixture } from '../../support/fixtures';
import { markedFixtures } from '../../support/inline';

const REAL = fixture('real/CM16-0213037.txt');

describe('ur-date-conflict', () => {
  markedFixtures('ur-date-conflict');

  it('warns about a UR decision dated a day from the header', () => {
    assert.deepEqual(found(fixture('real/CM16-0240518.txt'), 'ur-date-conflict'), [
      ['warning', '11-14-16', 'Utilization review dated 11-14-16 here, but UR Denial Date 11/15/2016 in the header (1 day earlier).'],
    ]);
  });

  it('warns about a UR date weeks from the header', () => {
    const f = found(edit(REAL, 'On 11-3-16, utilization review', 'On 10-3-16, utilization review'), 'ur-date-conflict');
    assert.deepEqual(
      f.map((x) => [x[0], x[1]]),
      [['warning', '10-3-16']],
    );
  });

  it('reads the UR by its physician or reviewer: "the UR physician on 10-3-16 determined"', () => {
    const f = found(edit(REAL, 'On 11-3-16, utilization review', 'The UR physician on 10-3-16'), 'ur-date-conflict');
    assert.deepEqual(
      f.map((x) => x[1]),
      ['10-3-16'],
    );
  });

  it('reads a date in brackets after the review: "the original Utilization Review (UR) (10-3-16)"', () => {
    const f = found(edit(REAL, 'On 11-3-16, utilization review', 'The original Utilization Review (UR) (10-3-16)'), 'ur-date-conflict');
    assert.deepEqual(
      f.map((x) => x[1]),
      ['10-3-16'],
    );
  });

  it('reads the UR date from its clause even when "the request" follows the date', () => {
    const clause = (words: string) =>
      found(
        edit(REAL, /On 11-3-16, utilization review determined MRI of the cervical spine without contrast/, words),
        'ur-date-conflict',
      ).map((x) => x[1]);
    assert.deepEqual(
      clause('On 10-3-16 the request for MRI of the cervical spine without contrast was non-certified by utilization review, and'),
      ['10-3-16'],
    );
    assert.deepEqual(
      clause('On October 3, 2016, the claims administrator failed to approve a request for MRI of the cervical spine, and'),
      ['October 3, 2016'],
    );
  });

  it('names a mistyped year as such', () => {
    const [[, quoted, message]] = found(edit(REAL, 'On 11-3-16, utilization review', 'On 11-3-26, utilization review'), 'ur-date-conflict');
    assert.equal(quoted, '11-3-26');
    assert.match(message, /the same day and month, but the year 2026 for 2016/);
  });

  it('reads "a prior review dated" as the review under appeal (CM16-0231745, CM17-0011703)', () => {
    assert.deepEqual(
      found(fixture('real/CM16-0231745.txt'), 'ur-date-conflict').map((x) => x[1]),
      ['11/13/2016'],
    );
    assert.deepEqual(
      found(fixture('real/CM17-0011703.txt'), 'ur-date-conflict').map((x) => x[1]),
      ['12/20/2016'],
    );
  });

  it("ignores an older review where the letter also restates the header's, and the header itself", () => {
    assert.deepEqual(
      found(
        edit(REAL, 'On 11-3-16, utilization review', 'A prior utilization review dated 6-3-16 and, on 11-3-16, utilization review'),
        'ur-date-conflict',
      ),
      [],
    );
  });

  it('warns about a Request for Authorization dated after the review (CM16-0239110, CM17-0001064)', () => {
    assert.deepEqual(
      found(fixture('real/CM16-0239110.txt'), 'ur-date-conflict').map((x) => x[1]),
      ['12-15-16'],
    );
    assert.deepEqual(
      found(fixture('real/CM17-0001064.txt'), 'ur-date-conflict').map((x) => x[1]),
      ['12/16/2016'],
    );
    assert.deepEqual(
      found(edit(fixture('real/CM17-0001064.txt'), 'form dated 12/16/2016', 'form dated 11/16/2016'), 'ur-date-conflict'),
      [],
    );
  });

  it('reads "the Request for Authorization date was" and "the UR date was"', () => {
    const rfa = edit(
      fixture('real/CM17-0001064.txt'),
      'A request for authorization form dated 12/16/2016',
      'The Request for Authorization date was 12/16/2016 and it',
    );
    assert.deepEqual(
      found(rfa, 'ur-date-conflict').map((x) => x[1]),
      ['12/16/2016'],
    );
    assert.deepEqual(
      found(
        edit(REAL, 'On 11-3-16, utilization review', 'The utilization review date was 10-3-16 and utilization review'),
        'ur-date-conflict',
      ).map((x) => x[1]),
      ['10-3-16'],
    );
  });

  it('warns about a treatment plan from a visit after its RFA and the review (CM16-0249536, CM17-0006912)', () => {
    const [[severity, quoted, message]] = found(fixture('real/CM16-0249536.txt'), 'ur-date-conflict');
    assert.deepEqual([severity, quoted], ['warning', '12/20/2016']);
    assert.match(message, /after the Request for Authorization of 11\/08\/2016 and the utilization review of 12\/01\/2016/);
    assert.deepEqual(
      found(fixture('real/CM17-0006912.txt'), 'ur-date-conflict').map((x) => x[1]),
      ['12/23/2016'],
    );
    // A visit before the review is where the plan can come from.
    assert.deepEqual(
      found(edit(fixture('real/CM16-0249536.txt'), 'On 12/20/2016, the patient', 'On 11/02/2016, the patient'), 'ur-date-conflict'),
      [],
    );
  });

  it('reads a list of documents entry by entry (2013 notice)', () => {
    assert.deepEqual(found(fixture('layouts/L0-notice-2013.txt'), 'ur-date-conflict'), []);
  });
});
