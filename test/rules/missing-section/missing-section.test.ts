import { strict as assert } from 'node:assert';
import { findingsOf, quote } from '../../support/findings';
import { fixture, ruleFixture } from '../../support/fixtures';
import { markedFixtures, readMarked } from '../../support/inline';

const REAL = fixture('real/CM16-0213037.txt');

describe('missing-section', () => {
  // A missing section is reported where the next section starts; a missing header field on the
  // header, missing credentials on HOW THE IMR FINAL DETERMINATION WAS MADE, an excerpt on its first line.
  markedFixtures('missing-section', { related: false });

  it('reports a missing header field and missing credentials as two warnings', () => {
    const text = readMarked(ruleFixture('missing-section/header-field-and-credentials.txt')).text;
    assert.deepEqual(
      findingsOf(text, 'missing-section').map((f) => [f.severity, f.message.split(' (')[0]]),
      [
        ['warning', 'The header block has no UR Denial Date.'],
        ['warning', "The expert reviewer's credentials"],
      ],
    );
  });

  it('flags a missing required heading at the next section', () => {
    const text = REAL.replace('CLINICAL CASE SUMMARY', 'CLINICAL NOTES');
    const [f] = findingsOf(text, 'missing-section');
    assert.equal(f.severity, 'error');
    assert.match(f.message, /"CLINICAL CASE SUMMARY" is missing/);
    assert.equal(quote(text, f), 'IMR ISSUES, DECISIONS AND RATIONALES');
  });

  it('notes an excerpt without its header as information only, on its first line (without the CR)', () => {
    const f = findingsOf(fixture('seeds/003_fc99783cdfd818d2.txt'), 'missing-section');
    assert.deepEqual(
      f.map((x) => x.severity),
      ['information'],
    );
    const crlf = fixture('seeds-crlf/003_fc99783cdfd818d2.txt');
    assert.equal(quote(crlf, findingsOf(crlf, 'missing-section')[0]), 'HOW THE IMR FINAL DETERMINATION WAS MADE');
  });

  it('warns about a header field that is missing', () => {
    const f = findingsOf(REAL.replace(/UR Denial Date:\s+11\/03\/2016/, ''), 'missing-section');
    assert.deepEqual(
      f.map((x) => [x.severity, x.message]),
      [['warning', 'The header block has no UR Denial Date.']],
    );
  });

  it('warns when the reviewer credentials are missing', () => {
    const text = REAL.replace(/The Expert Reviewer has the following credentials:[\s\S]*?Family Practice/, '');
    assert.deepEqual(
      findingsOf(text, 'missing-section').map((x) => x.severity),
      ['warning'],
    );
  });

  it('is quiet on complete letters of every layout', () => {
    for (const f of [
      'real/CM16-0213037.txt',
      'real-pdftotext/CM16-0213037.txt',
      'layouts/L0-notice-2013.txt',
      'layouts/L2-transitional.txt',
      'layouts/L3-professional-review.txt',
    ]) {
      assert.deepEqual(findingsOf(fixture(f), 'missing-section'), [], f);
    }
  });
});
