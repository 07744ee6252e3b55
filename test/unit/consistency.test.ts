// The consistency rules whose tests are not yet in their rule's test folder (test/rules/<id>/): each
// on a letter that triggers it, and on its known false-alarm traps.
// Letters are real fixtures, edited where a test needs a mistake the corpus does not have.

import { strict as assert } from 'node:assert';
import { parse } from '../../server/src/letter';
import { fixture } from '../support/fixtures';
import { edit, found } from '../support/findings';

const REAL = fixture('real/CM16-0213037.txt');
const SEED_000 = fixture('seeds/000_6475ff4f10510ca5.txt');
const SEED_002 = fixture('seeds/002_f4a3e060fe32e57b.txt');

describe('rule quantity-mismatch', () => {
  it("flags a count in the rationale's request that differs from the item", () => {
    assert.deepEqual(
      found(edit(SEED_002, 'request for 20 tablets of Norco', 'request for 30 tablets of Norco'), 'quantity-mismatch').map((x) => [
        x[0],
        x[2],
      ]),
      [
        [
          'warning',
          'The rationale\'s request "30 tablets of Norco (hydrocodone with acetaminophen) 5/325mg" differs from the item "Norco 5/325mg #20": 30 here, 20 in the item.',
        ],
      ],
    );
  });

  it('flags a different strength', () => {
    const f = found(edit(SEED_002, 'acetaminophen) 5/325mg is not', 'acetaminophen) 10/325mg is not'), 'quantity-mismatch');
    assert.match(f[0][2], /10\/325mg here, 5\/325mg in the item/);
  });

  it('reads strengths written with a hyphen or without their unit', () => {
    const text = edit(fixture('seeds/001_45f2d0339fc17170.txt'), 'NORCO 10/325 MG #120', 'NORCO 10-325MG #120');
    assert.deepEqual(found(text, 'quantity-mismatch'), []);
    assert.equal(parse(edit(text, 'NORCO 10-325MG #120', 'NORCO 10/325 #120')).items[0].request.strength, '10/325');
  });

  it("does not take the UR's modified figure for the request (seed 000: #100 modified to #20)", () => {
    assert.deepEqual(found(SEED_000, 'quantity-mismatch'), []);
  });

  it('accepts partial certifications whose rationale decides the remaining portion', () => {
    assert.deepEqual(found(fixture('real/CM16-0230651.txt'), 'quantity-mismatch'), []);
    assert.deepEqual(found(fixture('real/CM16-0234202.txt'), 'quantity-mismatch'), []);
  });
});

describe('rule partial-certification-arithmetic', () => {
  it('flags figures that do not add up', () => {
    const text = edit(fixture('real/CM16-0230651.txt'), 'low back two sessions is', 'low back three sessions is');
    assert.deepEqual(
      found(text, 'partial-certification-arithmetic').map((x) => [x[0], x[2].split(':')[0]]),
      [['error', 'The original request (8) less what was authorized (6) is 2, but the remaining IMR-eligible portion is 3']],
    );
  });

  it('accepts refills, rentals and a whole original request left eligible', () => {
    for (const name of ['CM17-0002181', 'CM16-0249724', 'CM17-0002324', 'CM16-0230651']) {
      assert.deepEqual(found(fixture(`real/${name}.txt`), 'partial-certification-arithmetic'), [], name);
    }
  });
});

describe('rule laterality-mismatch', () => {
  it("flags another side in the rationale's request", () => {
    const text = edit(REAL, 'the request for an MRI of the shoulder is', 'the request for an MRI of the left shoulder is');
    assert.deepEqual(
      found(text, 'laterality-mismatch').map((x) => [x[0], x[1]]),
      [['warning', 'MRI of the left shoulder']],
    );
  });

  it('flags another body part', () => {
    const text = edit(REAL, 'the request for an MRI of the shoulder is', 'the request for an MRI of the elbow is');
    assert.match(
      found(text, 'laterality-mismatch')[0][2],
      /names another body part than the item "MRI of the right shoulder without contrast": elbow here, shoulder in the item/,
    );
  });

  it('takes bilateral to cover either side', () => {
    const text = edit(
      edit(REAL, 'MRI of the right shoulder without contrast: Upheld', 'MRI of the bilateral shoulders without contrast: Upheld'),
      'the request for an MRI of the shoulder is',
      'the request for an MRI of the left shoulder is',
    );
    assert.deepEqual(found(text, 'laterality-mismatch'), []);
  });

  it('is quiet when the rationale leaves the side out', () => {
    assert.deepEqual(found(REAL, 'laterality-mismatch'), []);
  });
});
