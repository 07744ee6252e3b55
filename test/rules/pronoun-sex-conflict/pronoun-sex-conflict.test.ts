import { strict as assert } from 'node:assert';
import { edit, found } from '../../support/findings';
import { fixture } from '../../support/fixtures';
import { markedFixtures } from '../../support/inline';

const SEED_000 = fixture('seeds/000_6475ff4f10510ca5.txt');

describe('pronoun-sex-conflict', () => {
  // Sentences that name a provider, a relative or a supervisor are left alone: their pronouns may be theirs.
  markedFixtures('pronoun-sex-conflict');

  it('flags a pronoun for the worker that disagrees with the stated sex', () => {
    assert.deepEqual(found(edit(SEED_000, 'She had complaints', 'He had complaints'), 'pronoun-sex-conflict'), [
      ['warning', 'He', '"He" refers to the worker, who is stated to be female.'],
    ]);
  });

  it("ignores providers' pronouns and other people's", () => {
    const text = edit(
      SEED_000,
      'She had complaints',
      'The provider noted he would refill the medication. Her husband said he drives her. She had complaints',
    );
    assert.deepEqual(found(text, 'pronoun-sex-conflict'), []);
  });

  it("reads a note a clinician's title qualifies as a document, not a person (not the physician's own note)", () => {
    const note = (lead: string): string =>
      edit(SEED_000, 'She had complaints', `${lead} documents the patient complains of back pain. He had complaints`);
    assert.deepEqual(
      found(note('A physician progress note dated 01/05/2015'), 'pronoun-sex-conflict').map(([, q]) => q),
      ['He'],
    );
    assert.deepEqual(found(note("The physician's note of 01/05/2015"), 'pronoun-sex-conflict'), []);
  });

  it('is quiet on the real letters', () => {
    for (const name of ['CM16-0213037', 'CM16-0244053', 'CM17-0002857'])
      assert.deepEqual(found(fixture(`real/${name}.txt`), 'pronoun-sex-conflict'), [], name);
  });
});
