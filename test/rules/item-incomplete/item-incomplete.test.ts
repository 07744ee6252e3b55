import { strict as assert } from 'node:assert';
import { findingsOf, quote } from '../../support/findings';
import { fixture } from '../../support/fixtures';
import { markedFixtures } from '../../support/inline';

const REAL = fixture('real/CM16-0213037.txt');

describe('item-incomplete', () => {
  // A decisions section without items has no part to point at.
  markedFixtures('item-incomplete', { related: false });

  it('flags an item that lacks its MAXIMUS guideline', () => {
    const text = REAL.replace(/MAXIMUS guideline: Decision based on MTUS Shoulder Complaints 2004, Section\(s\): \nSpecial Studies\./, '');
    const [f, ...rest] = findingsOf(text, 'item-incomplete');
    assert.equal(rest.length, 0);
    assert.equal(quote(text, f), 'MRI of the right shoulder without contrast');
    assert.equal(f.message, 'The item "MRI of the right shoulder without contrast" lacks its "MAXIMUS guideline".');
    assert.equal(f.related?.length, 2);
  });

  it('flags parts out of order', () => {
    // Swap the labels of the first item's two guideline lines.
    const text = fixture('seeds/004_16bb5bdf60135266.txt')
      .replace('Claims Administrator guideline:', '@@')
      .replace('MAXIMUS guideline:', 'Claims Administrator guideline:')
      .replace('@@', 'MAXIMUS guideline:');
    const f = findingsOf(text, 'item-incomplete');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /out of order/);
  });

  it('flags a decisions section without items', () => {
    const text = REAL.replace(/: Upheld/g, '');
    assert.match(findingsOf(text, 'item-incomplete')[0].message, /No disputed item/);
  });

  it('accepts the decision word alone on the next line and wrapped item lines', () => {
    for (const f of ['real/CM16-0237844.txt', 'real-pdftotext/CM16-0230651.txt', 'real/CM16-0229336.txt']) {
      assert.deepEqual(findingsOf(fixture(f), 'item-incomplete'), [], f);
    }
  });
});
