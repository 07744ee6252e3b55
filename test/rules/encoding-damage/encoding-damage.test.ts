import { strict as assert } from 'node:assert';
import { edit, findingsOf, found, quote } from '../../support/findings';
import { fixture } from '../../support/fixtures';
import { markedFixtures } from '../../support/inline';

const REAL = fixture('real/CM16-0213037.txt');
const SEED_003 = fixture('seeds/003_fc99783cdfd818d2.txt');

describe('encoding-damage', () => {
  // Damaged characters stand alone: no related statement.
  markedFixtures('encoding-damage', { related: false });

  it('repairs "DURAGESICÂ®" (seed 003) with a safe, preferred fix', () => {
    const [f, ...rest] = findingsOf(SEED_003, 'encoding-damage');
    assert.equal(rest.length, 0);
    assert.equal(quote(SEED_003, f), 'Â®');
    assert.deepEqual(
      f.fixes!.map((x) => [x.edits[0].newText, x.preferred, x.safe]),
      [['®', true, true]],
    );
  });

  it('repairs curly quotes and dashes, and reports a replacement character without a fix', () => {
    const text = edit(
      REAL,
      'X-ray of the right shoulder on 10-13-16',
      'The worker\u00e2\u20ac\u2122s pain \u00e2\u20ac\u201c worse \ufffd. X-ray of the right shoulder on 10-13-16',
    );
    const f = findingsOf(text, 'encoding-damage');
    assert.deepEqual(
      f.map((x) => x.fixes?.[0].edits[0].newText ?? null),
      ['\u2019', '\u2013', null],
    );
  });

  it('leaves correct accents and symbols alone', () => {
    assert.deepEqual(
      found(
        edit(REAL, 'X-ray of the right shoulder on 10-13-16', 'Café, naïve, 5°, ® and ™. X-ray of the right shoulder on 10-13-16'),
        'encoding-damage',
      ),
      [],
    );
  });
});
