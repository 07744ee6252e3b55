// The guideline rules: superseded editions, cited pages, and topics that do not fit the item.

import { strict as assert } from 'node:assert';
import { categoriesOf } from '../../server/src/knowledge';
import { fixture } from '../support/fixtures';
import { edit, found } from '../support/findings';

describe('rule superseded-edition', () => {
  it("warns when the decision cites CPMTG 2009 for a 2017 request (CM17-0018485)", () => {
    assert.deepEqual(found(fixture('real/CM17-0018485.txt'), 'superseded-edition'), [
      ['warning', 'Chronic Pain Medical Treatment 2009', 'The decision cites the 2009 Chronic Pain Medical Treatment Guidelines for a request decided by UR on 1/19/2017, but the 2016 edition applies to requests from July 29, 2016.'],
    ]);
  });

  it("only notes the Claims Administrator's citation of it", () => {
    assert.deepEqual(found(fixture('real/CM17-0001064.txt'), 'superseded-edition').map((x) => [x[0], x[1]]), [['information', 'Chronic Pain Medical Treatment 2009']]);
  });

  it('warns about 2004 MTUS chapters cited after December 2017', () => {
    const text = edit(fixture('real/CM16-0213037.txt'), 'UR Denial Date:  11/03/2016', 'UR Denial Date:  01/03/2018');
    assert.deepEqual(found(text, 'superseded-edition').map((x) => [x[0], x[1]]), [
      ['information', 'Shoulder Complaints 2004'],
      ['warning', 'Shoulder Complaints 2004'],
      ['information', 'Neck and Upper Back Complaints 2004'],
      ['warning', 'Neck and Upper Back Complaints 2004'],
    ]);
  });

  it('accepts the editions in force, and letters without dates', () => {
    assert.deepEqual(found(fixture('real/CM16-0213037.txt'), 'superseded-edition'), []);
    assert.deepEqual(found(fixture('seeds/002_f4a3e060fe32e57b.txt'), 'superseded-edition'), []);
  });

  it('gives the CPMTG 2009 a window of 14 days after July 29, 2016 for the request', () => {
    const text = edit(fixture('real/CM17-0018485.txt'), 'UR Denial Date:  01/19/2017', 'UR Denial Date:  08/05/2016');
    assert.deepEqual(found(text, 'superseded-edition'), []);
  });
});

describe('rule citation-page-mismatch', () => {
  const SEED_004 = fixture('seeds/004_16bb5bdf60135266.txt');

  it('notes a page whose topic is of another kind than the one cited', () => {
    const text = edit(SEED_004, 'Benzodiazepines Page(s): 24', 'Opioids Page(s): 24');
    assert.deepEqual(found(text, 'citation-page-mismatch'), [
      ['information', '24', 'p. 24 of the 2009 Chronic Pain Medical Treatment Guidelines covers Benzodiazepines, not "Opioids" as cited.'],
    ]);
  });

  it('warns about a page beyond the guideline', () => {
    const text = edit(SEED_004, 'Benzodiazepines Page(s): 24', 'Benzodiazepines Page(s): 240');
    assert.deepEqual(found(text, 'citation-page-mismatch').map((x) => [x[0], x[1]]), [['warning', '240']]);
  });

  it('accepts every page citation of the seeds ("74-95, page 124", "23; pages 100-102")', () => {
    for (const name of ['000_6475ff4f10510ca5', '001_45f2d0339fc17170', '002_f4a3e060fe32e57b', '003_fc99783cdfd818d2', '004_16bb5bdf60135266']) {
      assert.deepEqual(found(fixture(`seeds/${name}.txt`), 'citation-page-mismatch'), [], name);
    }
  });
});

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
