import { strict as assert } from 'node:assert';
import { edit, found } from '../../support/findings';
import { fixture, ruleFixture } from '../../support/fixtures';
import { markedFixtures, readMarked } from '../../support/inline';

const REAL = fixture('real/CM16-0213037.txt');

describe('duplicate-item', () => {
  markedFixtures('duplicate-item');

  it('is a warning when both listings have the same decision', () => {
    const text = readMarked(ruleFixture('duplicate-item/listed-twice.txt')).text;
    assert.deepEqual(found(text, 'duplicate-item'), [
      ['warning', 'Valium #30 with 2 refills', '"Valium #30 with 2 refills" is listed twice (items 3 and 4).'],
    ]);
  });

  it('flags an item listed twice, as an error when the decisions differ', () => {
    const text = edit(REAL, 'MRI of the cervical spine without contrast: Upheld', 'MRI of the right shoulder without contrast: Overturned');
    assert.deepEqual(
      found(text, 'duplicate-item').map((x) => [x[0], x[2]]),
      [
        [
          'error',
          '"MRI of the right shoulder without contrast" is listed twice (items 1 and 2), with different decisions: Upheld and Overturned.',
        ],
      ],
    );
  });

  it('says "none" for a listing that has no decision of its own', () => {
    // A 2013 notice whose second item, numbered apart, has a rationale but no determination.
    const text = fixture('layouts/L0-notice-2013.txt');
    const first = /^1\) Regarding the request for (.*):$/m.exec(text)!;
    const twice = text.replace(
      first[0],
      `${first[0]}\n\nRationale for the Decision:\nNot supported.\n\n9) Regarding the request for ${first[1]}:`,
    );
    const messages = found(twice, 'duplicate-item').map((x) => x[2]);
    assert.equal(messages.length, 1, JSON.stringify(messages));
    assert.match(messages[0], /listed twice \(items \d and \d\), with different decisions: .+ and none\.$/);
  });

  it("does not count L0's repeated determination list", () => {
    assert.deepEqual(found(fixture('layouts/L0-notice-2013.txt'), 'duplicate-item'), []);
  });
});
