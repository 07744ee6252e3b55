import { strict as assert } from 'node:assert';
import { edit, found } from '../../support/findings';
import { ruleFixture } from '../../support/fixtures';
import { markedFixtures, readMarked } from '../../support/inline';

describe('partial-certification-arithmetic', () => {
  // Arithmetic findings stand alone (the three parts are one statement); a restatement that differs points at the item.
  markedFixtures('partial-certification-arithmetic', { related: false });

  const { text } = readMarked(ruleFixture('partial-certification-arithmetic/summary-restates-differently.txt'));
  const messages = (t: string): string[] => found(t, 'partial-certification-arithmetic').map(([, , message]) => message);

  it("adds up the case summary's restatement and sets its authorized part beside the item's", () => {
    assert.deepEqual(messages(text), [
      'The original request (60) less what was authorized (15) is 45, but the remaining IMR-eligible portion is 35: "Norco 10/325mg #60" − "Norco 10/325mg #15" ≠ "Norco 10/325mg #35".',
      'This says "Norco 10/325mg #15" was authorized by the Claims Administrator, but the item for the same original request ("Norco 10/325mg #60") says "Norco 10/325mg #25".',
    ]);
  });

  it('says nothing when the restatement agrees with the item', () => {
    assert.deepEqual(messages(edit(text, 'Norco 10/325mg #15 was authorized', 'Norco 10/325mg #25 was authorized')), []);
  });

  it('reads the restatement\'s remainder in either wording ("request, X." or "request is X.")', () => {
    const isWording = edit(text, 'original request, Norco \n10/325mg #35.', 'original request is Norco \n10/325mg #35.');
    assert.equal(messages(isWording).length, 2);
  });
});
