// Guideline topics that do not fit the item (superseded-edition and citation-page-mismatch have
// their tests in test/unit/rules/).

import { strict as assert } from 'node:assert';
import { categoriesOf } from '../../server/src/knowledge';
import { fixture } from '../support/fixtures';
import { edit, found } from '../support/findings';

describe('rule guideline-item-mismatch', () => {
  it('notes seed 004: Valium decided on the opioid guideline', () => {
    assert.deepEqual(found(fixture('seeds/004_16bb5bdf60135266.txt'), 'guideline-item-mismatch'), [
      ['information', 'Decision based on MTUS Chronic Pain Treatment Guidelines Opioids', 'The Claims Administrator guideline line cites Opioids for "Valium #30 with 2 refills": topics about other treatment than benzodiazepine.'],
    ]);
  });

  it('takes ACOEM special studies for electrodiagnostics, and physical methods for chiropractic care', () => {
    for (const name of ['CM16-0235991', 'CM17-0003623', 'CM17-0003284', 'CM17-0005344']) {
      assert.deepEqual(found(fixture(`real/${name}.txt`), 'guideline-item-mismatch'), [], name);
    }
  });

  it('takes a percentage strength for a topical: diclofenac 3% on the topical analgesics section (CM17-0006634)', () => {
    assert.deepEqual(found(fixture('real/CM17-0006634.txt'), 'guideline-item-mismatch'), []);
  });

  it('takes the Compound drugs section for a compounded kit (oral suspension) of any class', () => {
    const seed = edit(fixture('seeds/004_16bb5bdf60135266.txt'), 'Benzodiazepines Page(s): 24.', 'Compound drugs.');
    for (const kit of ['Synapryn 10mg/1ml oral suspension 500ml', 'Tabradol 1mg/ml oral suspension 250ml', 'Deprizine 15mg/ml 250ml']) {
      const text = edit(edit(seed, 'Valium #30 with 2 refills', kit), 'Guidelines Opioids.', 'Guidelines Compound drugs.');
      assert.deepEqual(found(text, 'guideline-item-mismatch'), [], kit);
    }
    const norco = edit(edit(seed, 'Valium #30 with 2 refills', 'Norco 10/325mg #90'), 'Guidelines Opioids.', 'Guidelines Compound drugs.');
    assert.equal(found(norco, 'guideline-item-mismatch').length, 2, 'Norco, no compound, on Compound drugs in both lines');
  });

  it('judges the whole line: one fitting citation is enough', () => {
    const text = edit(fixture('seeds/004_16bb5bdf60135266.txt'), 'Guidelines Opioids.', 'Guidelines Opioids, Benzodiazepines.');
    assert.deepEqual(found(text, 'guideline-item-mismatch'), []);
  });
});

describe('treatment categories', () => {
  it('reads a drug class by its start: a laxative for opioid constipation is no opioid', () => {
    assert.deepEqual([...categoriesOf('Colace 100mg #60')], []);
    assert.deepEqual([...categoriesOf('Norco 10/325mg #90')], ['opioid']);
    assert.deepEqual([...categoriesOf('Ultram 50mg #60')], ['opioid']);
  });
});
