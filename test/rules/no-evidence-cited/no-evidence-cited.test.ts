import { strict as assert } from 'node:assert';
import { edit, findingsOf, found, quote } from '../../support/findings';
import { fixture } from '../../support/fixtures';
import { markedFixtures } from '../../support/inline';

const SEED_000 = fixture('seeds/000_6475ff4f10510ca5.txt');

describe('no-evidence-cited', () => {
  // The MAXIMUS guideline line is marked; the rationale's guideline is its related statement.
  markedFixtures('no-evidence-cited');

  it('notes seed 000: no evidence cited, while the rationale relies on the MTUS', () => {
    const [f] = findingsOf(SEED_000, 'no-evidence-cited');
    assert.equal(f.severity, 'information');
    assert.equal(quote(SEED_000, f.related![0]), 'MTUS');
  });

  it("does not count the Claims Administrator's line", () => {
    assert.deepEqual(
      found(
        edit(
          SEED_000,
          'MAXIMUS guideline: The Expert Reviewer did not cite any medical evidence for its decision.',
          'MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 78.',
        ),
        'no-evidence-cited',
      ),
      [],
    );
  });
});
