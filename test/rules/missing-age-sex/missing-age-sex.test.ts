import { strict as assert } from 'node:assert';
import { edit, found } from '../../support/findings';
import { fixture, fixtureLetters } from '../../support/fixtures';
import { markedFixtures } from '../../support/inline';

const REAL = fixture('real/CM16-0213037.txt');

describe('missing-age-sex', () => {
  // Reported on the case summary's heading, with nothing else to point at.
  markedFixtures('missing-age-sex', { related: false });

  it('notes a summary without age or sex on its heading', () => {
    const text = edit(REAL, 'is a 48 year old male who', 'is a worker who');
    assert.deepEqual(found(text, 'missing-age-sex'), [
      ['information', 'CLINICAL CASE SUMMARY', 'The case summary does not state the worker\'s age or sex (e.g. "a 48 year old male").'],
    ]);
  });

  it('finds age and sex in every fixture letter ("The 58 year old female injured worker")', () => {
    for (const dir of ['real', 'real-pdftotext', 'real-layout', 'seeds']) {
      for (const [name, text] of fixtureLetters(dir)) assert.deepEqual(found(text, 'missing-age-sex'), [], `${dir}/${name}`);
    }
  });
});
