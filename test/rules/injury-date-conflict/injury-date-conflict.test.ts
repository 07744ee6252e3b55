import { strict as assert } from 'node:assert';
import { edit, findingsOf, found, quote } from '../../support/findings';
import { fixture, ruleFixture } from '../../support/fixtures';
import { markedFixtures, readMarked } from '../../support/inline';

const REAL = fixture('real/CM16-0213037.txt');

describe('injury-date-conflict', () => {
  markedFixtures('injury-date-conflict');

  const ct = readMarked(ruleFixture('injury-date-conflict/cumulative-trauma.txt')).text;

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

  it('flags seed 000: "a 2005 date of injury" against "a 2/8/98 date of injury"', () => {
    const text = fixture('seeds/000_6475ff4f10510ca5.txt');
    const [f, ...rest] = findingsOf(text, 'injury-date-conflict');
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.equal(quote(text, f), '2005');
    assert.equal(quote(text, f.related![0]), '2/8/98');
    assert.equal(f.message, 'Date of injury 2005 in the rationale of "NORCO QUANTITY 100", but 2/8/98 in the case summary.');
    assert.equal(f.fixes, undefined, 'no header: no date is certain enough to offer');
  });

  it('flags a summary that disagrees with the header and offers the header date', () => {
    const text = REAL.replace('industrial injury on 10-13-16', 'industrial injury on 10-13-15');
    const [f] = findingsOf(text, 'injury-date-conflict');
    assert.equal(quote(text, f), '10-13-15');
    assert.equal(quote(text, f.related![0]), '10/13/2016');
    assert.deepEqual(
      f.fixes?.map((x) => [x.title, x.edits[0].newText, x.preferred, x.safe]),
      [["Change to the header's date of injury (10/13/2016)", '10/13/2016', undefined, undefined]],
    );
  });

  it('reads what a fall at work did, then its date: "slipped and fell while working and broke his ribs on"', () => {
    const text = REAL.replace(
      'who sustained an industrial injury on 10-13-16.',
      'who slipped and fell while working and broke his ribs on 10-03-16.',
    );
    assert.deepEqual(
      findingsOf(text, 'injury-date-conflict').map((f) => quote(text, f)),
      ['10-03-16'],
    );
    const seen = REAL.replace(
      'who sustained an industrial injury on 10-13-16.',
      'who slipped and fell while working and was seen by his doctor on 10-03-16.',
    );
    assert.deepEqual(findingsOf(seen, 'injury-date-conflict'), []);
  });

  it('accepts the same date written differently, and a matching year alone', () => {
    const text = REAL.replace('evaluated on 10-19-16', 'evaluated on 10-19-16. This claimant has a 2016 date of injury (October 13, 2016)');
    assert.deepEqual(findingsOf(text, 'injury-date-conflict'), []);
  });

  it('ignores other injuries, ranges and dates counted from the injury', () => {
    const anchor = 'X-ray of the right shoulder on 10-13-16';
    const text = edit(
      REAL,
      anchor,
      `A prior industrial injury on 3/1/2009 healed. A clinic note two weeks after the injury on 10/27/16 was read. Dates of injury of 1/1/2010 and 2/2/2011 were listed. A prior continuous trauma injury from 1/1/2012 to 1/1/2013. ${anchor}`,
    );
    assert.deepEqual(findingsOf(text, 'injury-date-conflict'), []);
    // Without the word "prior" the same sentence states another date of injury.
    assert.equal(findingsOf(edit(text, 'A prior industrial injury', 'An industrial injury'), 'injury-date-conflict').length, 1);
  });
});
