import { strict as assert } from 'node:assert';
import { fixture } from '../../support/fixtures';
import { edit, found } from '../../support/findings';

describe('guideline-item-mismatch', () => {
  it('notes seed 004: Valium decided on the opioid guideline', () => {
    assert.deepEqual(found(fixture('seeds/004_16bb5bdf60135266.txt'), 'guideline-item-mismatch'), [
      [
        'information',
        'Decision based on MTUS Chronic Pain Treatment Guidelines Opioids',
        'The Claims Administrator guideline line cites Opioids for "Valium #30 with 2 refills": topics about other treatment than benzodiazepine.',
      ],
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

  describe('physical modalities (heat, cold, light, sound) against diagnostic tests', () => {
    const letter = fixture('real/CM16-0235869.txt');
    const thermography = (text: string): string[] =>
      found(text, 'guideline-item-mismatch')
        .map(([, , m]) => m)
        .filter((m) => m.includes('infrared'));

    it('notes infrared therapy decided on the thermography section, a diagnostic test (CM16-0235869)', () => {
      assert.deepEqual(thermography(letter), [
        'The MAXIMUS guideline line cites Thermography (infrared stress thermography) for "Four sessions of infrared therapy two times a week times 2 weeks": topics about other treatment than physical therapy.',
      ]);
    });

    it('reads heat, cold and ultrasound therapy as modalities too, and takes a modality section for them', () => {
      const heat = edit(letter, /infrared therapy two times a week times 2 weeks/g, 'heat therapy two times a week times 2 weeks');
      assert.equal(found(heat, 'guideline-item-mismatch').filter(([, , m]) => m.includes('Thermography')).length, 1);
      const onModality = edit(letter, 'Thermography (infrared stress thermography).', 'Ultrasound, therapeutic.');
      assert.deepEqual(thermography(onModality), []);
    });

    it('takes infrared acupuncture on the low-level laser section: infrared light is a laser modality (CM17-0008479)', () => {
      assert.deepEqual(found(fixture('real/CM17-0008479.txt'), 'guideline-item-mismatch'), []);
    });
  });
});
