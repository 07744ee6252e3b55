import { strict as assert } from 'node:assert';
import { edit, found } from '../../support/findings';
import { markedFixtures, readMarked } from '../../support/inline';
import { fixture } from '../../support/fixtures';

describe('duration-exceeds-injury', () => {
  markedFixtures('duration-exceeds-injury');

  const { text } = readMarked(fixture('rules/duration-exceeds-injury/opioids-and-pain.txt'));

  it('measures from the date of injury to the decision date', () => {
    // Injured a year and a half before the decision: ten months and six months both fit.
    assert.deepEqual(found(edit(text, 'Date of Injury:  11/10/2016', 'Date of Injury:  08/10/2015'), 'duration-exceeds-injury'), []);
  });

  it('says nothing of a cumulative-trauma claim, whose injury has no single start', () => {
    assert.deepEqual(found(edit(text, 'an occupational claim from', 'a cumulative trauma claim through'), 'duration-exceeds-injury'), []);
  });

  it('names the duration and the date of injury', () => {
    const [[severity, quoted, message]] = found(text, 'duration-exceeds-injury');
    assert.equal(severity, 'warning');
    assert.equal(quoted, 'for 10 months');
    assert.match(message, /11\/10\/2016/);
  });
});
