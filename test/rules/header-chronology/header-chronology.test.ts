import { strict as assert } from 'node:assert';
import { edit, found } from '../../support/findings';
import { fixture } from '../../support/fixtures';
import { markedFixtures } from '../../support/inline';

const REAL = fixture('real/CM16-0213037.txt');

describe('header-chronology', () => {
  // The later of the two dates out of order is marked, whether the header is one run (pypdf) or
  // labels and values apart (pdftotext).
  markedFixtures('header-chronology');

  it('flags a UR denial after the application was received', () => {
    assert.deepEqual(found(edit(REAL, 'UR Denial Date:  11/03/2016', 'UR Denial Date:  11/13/2016'), 'header-chronology'), [
      [
        'error',
        '11/03/2016',
        "Application Received 11/03/2016 is before UR Denial Date 11/13/2016; the header's dates must run Date of Injury < UR Denial Date <= Application Received <= Date Assigned < Decision Date.",
      ],
    ]);
  });

  it('accepts equal UR and application dates, and the pdftotext header', () => {
    assert.deepEqual(found(REAL, 'header-chronology'), []);
    assert.deepEqual(found(fixture('real-pdftotext/CM16-0213037.txt'), 'header-chronology'), []);
  });

  it('flags a decision on the day of assignment', () => {
    const f = found(edit(REAL, 'Decision Date: 12/09/2016', 'Decision Date: 11/09/2016'), 'header-chronology');
    assert.deepEqual(
      f.map((x) => x[1]),
      ['11/09/2016'],
    );
  });
});
