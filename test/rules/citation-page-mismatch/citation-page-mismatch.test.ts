import { strict as assert } from 'node:assert';
import { edit, found } from '../../support/findings';
import { fixture } from '../../support/fixtures';
import { markedFixtures } from '../../support/inline';

const SEED_004 = fixture('seeds/004_16bb5bdf60135266.txt');

describe('citation-page-mismatch', () => {
  // The page is marked; a page beyond the guideline has no topic to point at.
  markedFixtures('citation-page-mismatch', { related: false });

  it('notes a page whose topic is of another kind than the one cited', () => {
    const text = edit(SEED_004, 'Benzodiazepines Page(s): 24', 'Opioids Page(s): 24');
    assert.deepEqual(found(text, 'citation-page-mismatch'), [
      ['information', '24', 'p. 24 of the 2009 Chronic Pain Medical Treatment Guidelines covers Benzodiazepines, not "Opioids" as cited.'],
    ]);
  });

  it('warns about a page beyond the guideline', () => {
    const text = edit(SEED_004, 'Benzodiazepines Page(s): 24', 'Benzodiazepines Page(s): 240');
    assert.deepEqual(
      found(text, 'citation-page-mismatch').map((x) => [x[0], x[1]]),
      [['warning', '240']],
    );
  });

  it('accepts every page citation of the seeds ("74-95, page 124", "23; pages 100-102")', () => {
    for (const name of [
      '000_6475ff4f10510ca5',
      '001_45f2d0339fc17170',
      '002_f4a3e060fe32e57b',
      '003_fc99783cdfd818d2',
      '004_16bb5bdf60135266',
    ]) {
      assert.deepEqual(found(fixture(`seeds/${name}.txt`), 'citation-page-mismatch'), [], name);
    }
  });
});
