import { strict as assert } from 'node:assert';
import { parse } from '../../../server/src/letter';
import { check } from '../../../server/src/service';
import { findingsOf, TODAY } from '../../support/findings';
import { fixture, ruleFixture } from '../../support/fixtures';
import { markedFixtures, readMarked } from '../../support/inline';

const REAL = fixture('real/CM16-0213037.txt');

describe('not-a-letter', () => {
  // One note on the first line that is not blank, about the whole text.
  markedFixtures('not-a-letter', { related: false });

  it('is the only finding on a part of a letter pasted alone', () => {
    for (const name of ['case-summary-pasted-alone', 'one-item-pasted-alone']) {
      const { text } = readMarked(ruleFixture(`not-a-letter/${name}.txt`));
      assert.deepEqual(
        check(parse(text), undefined, TODAY).map((f) => f.rule),
        ['not-a-letter'],
        name,
      );
    }
  });

  it('gives one information note on text that is no letter, and nothing else', () => {
    const all = check(parse('Minutes of the meeting\nNothing to report.'), undefined, TODAY);
    assert.deepEqual(
      all.map((f) => [f.rule, f.severity]),
      [['not-a-letter', 'information']],
    );
  });

  it('is quiet on letters', () => {
    assert.deepEqual(findingsOf(REAL, 'not-a-letter'), []);
  });
});
