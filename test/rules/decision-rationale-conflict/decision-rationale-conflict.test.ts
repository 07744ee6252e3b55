import { strict as assert } from 'node:assert';
import { parse } from '../../../server/src/letter';
import { edit, findingsOf, found, quote } from '../../support/findings';
import { fixture, ruleFixture } from '../../support/fixtures';
import { markedFixtures, readMarked } from '../../support/inline';

const SEED_002 = fixture('seeds/002_f4a3e060fe32e57b.txt');
const SEED_003 = fixture('seeds/003_fc99783cdfd818d2.txt');

describe('decision-rationale-conflict', () => {
  // The decision word is marked; the rationale's conclusion is its related statement.
  markedFixtures('decision-rationale-conflict');

  it('flags Upheld when the rationale concludes the request is medically necessary, and offers the other word', () => {
    const text = edit(SEED_002, 'Psychotherapy 12 sessions: Overturned', 'Psychotherapy 12 sessions: Upheld');
    const [f, ...rest] = findingsOf(text, 'decision-rationale-conflict');
    assert.equal(rest.length, 0);
    assert.equal(
      f.message,
      'The decision on "Psychotherapy 12 sessions" (Upheld) contradicts its rationale, which concludes "medically necessary" (Overturned).',
    );
    assert.match(quote(text, f.related![0]), /the current request for twelve sessions\s+of psychotherapy is medically necessary\.$/);
    assert.deepEqual(
      f.fixes!.map((x) => [x.title, x.edits[0].newText, x.preferred, x.safe]),
      [['Change the decision to Overturned', 'Overturned', undefined, undefined]],
    );
  });

  it('reads a negated list as one conclusion: "not medically necessary, medically appropriate, or indicated"', () => {
    const text = edit(
      SEED_002,
      'this request is not medically necessary.',
      'this request is not medically necessary, medically appropriate, or indicated.',
    );
    assert.deepEqual(found(text, 'decision-rationale-conflict'), []);
    assert.equal(parse(text).items[0].conclusion?.outcome, 'upheld');
  });

  it('reads the conclusion, not the tapering or safe-discontinuation paragraph after it', () => {
    assert.deepEqual(found(SEED_003, 'decision-rationale-conflict'), []);
    assert.deepEqual(found(fixture('real/CM16-0230651.txt'), 'decision-rationale-conflict'), []);
  });

  it('agrees with every decision of the real letters', () => {
    for (const name of ['CM16-0244053', 'CM17-0015218', 'CM17-0012582'])
      assert.deepEqual(found(fixture(`real/${name}.txt`), 'decision-rationale-conflict'), [], name);
  });
});

describe('decision-rationale-conflict: verdicts on the criteria', () => {
  const { text } = readMarked(ruleFixture('decision-rationale-conflict/verdict-against-decision.txt'));

  it('warns, less sure than for a conclusion, and names the decision', () => {
    const [[severity, quoted, message]] = found(text, 'decision-rationale-conflict');
    assert.equal(severity, 'warning');
    assert.equal(quoted, 'meets the evidence based guidelines');
    assert.match(message, /argues for Overturned, but "Cervical spine MRI without contrast" is Upheld and the rationale concludes so/);
  });

  it('reads a missing "no": "there is rationale provided to support the request" (CM17-0004547)', () => {
    assert.deepEqual(
      found(fixture('real/CM17-0004547.txt'), 'decision-rationale-conflict').map((x) => x[1]),
      ['rationale provided to support the request'],
    );
    assert.deepEqual(
      found(
        edit(fixture('real/CM17-0004547.txt'), 'there is rationale provided', 'there is no rationale provided'),
        'decision-rationale-conflict',
      ),
      [],
    );
  });
});
