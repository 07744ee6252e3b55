import { strict as assert } from 'node:assert';
import { edit, found } from '../../support/findings';
import { fixture, ruleFixture } from '../../support/fixtures';
import { markedFixtures, readMarked } from '../../support/inline';

const REAL = fixture('real/CM16-0213037.txt');

describe('age-dob-conflict', () => {
  markedFixtures('age-dob-conflict');

  it("compares the worker's ages with each other: a year apart is a birthday, more is a conflict", () => {
    const said = (age: string) =>
      found(
        edit(REAL, /(?<=^)Decision rationale: CA MTUS/m, `Decision rationale: This ${age} male presents with neck pain. CA MTUS`),
        'age-dob-conflict',
      );
    assert.deepEqual(said('49 year old'), []);
    assert.deepEqual(
      said('84-year-old').map(([severity, quoted, message]) => [severity, quoted, message]),
      [['error', '84', "Age 84 here, but 48 where the letter first gives the worker's age."]],
    );
    // The age of the sentence's subject, the worker.
    const subject = edit(
      REAL,
      /(?<=^)Decision rationale: CA MTUS/m,
      'Decision rationale: The injured worker is a 23-year-old that struck his head. CA MTUS',
    );
    assert.deepEqual(
      found(subject, 'age-dob-conflict').map(([, quoted]) => quoted),
      ['23'],
    );
    // Another person's age is not the worker's.
    assert.deepEqual(
      found(
        edit(REAL, /(?<=^)Decision rationale: CA MTUS/m, 'Decision rationale: His 12 year old son drove him. CA MTUS'),
        'age-dob-conflict',
      ),
      [],
    );
  });

  it('allows a year, but not two (birthday-since-the-records.txt)', () => {
    const text = readMarked(ruleFixture('age-dob-conflict/birthday-since-the-records.txt')).text;
    assert.deepEqual(
      found(edit(text, 'DOB 12/30/1955', 'DOB 12/30/1954'), 'age-dob-conflict').map((x) => x[2]),
      ['Age 60 here, but the date of birth 12/30/1954 makes the worker 62 on 1/18/2017.'],
    );
  });

  it('flags an age the date of birth does not allow', () => {
    assert.deepEqual(
      found(edit(REAL, '48 year old male', '48 year old male (date of birth 1/2/1950)'), 'age-dob-conflict').map((x) => [x[0], x[1], x[2]]),
      [['error', '48', 'Age 48 here, but the date of birth 1/2/1950 makes the worker 66 on 12/9/2016.']],
    );
  });

  it('allows a year either way, as summaries are written from earlier records', () => {
    assert.deepEqual(found(edit(REAL, '48 year old male', '48 year old male (DOB 12/20/1967)'), 'age-dob-conflict'), []);
  });
});
