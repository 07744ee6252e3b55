import { strict as assert } from 'node:assert';
import { edit, found } from '../../support/findings';
import { ruleFixture } from '../../support/fixtures';
import { markedFixtures, readMarked } from '../../support/inline';

describe('supply-arithmetic', () => {
  markedFixtures('supply-arithmetic');

  const { text } = readMarked(ruleFixture('supply-arithmetic/sig-days-count.txt'));
  const ibuprofen = (s: string): string => edit(text, 'Ibuprofen 800 mg 1 tab three times\ndaily for 10 days #60', s);
  const count = (t: string): number => found(t, 'supply-arithmetic').length;
  const all = count(text);

  it('says what the sig and the days make, and the count', () => {
    const [[severity, quoted, message]] = found(text, 'supply-arithmetic');
    assert.equal(severity, 'warning');
    assert.equal(quoted, '#60');
    assert.equal(message, '"1 tab three times daily" (3 a day) with "for 10 days" makes 30, but the count is 60 ("#60").');
  });

  it('accepts a count the sig and the days make, in any order', () => {
    assert.equal(count(ibuprofen('Ibuprofen 800 mg 1 tab three times\ndaily for 10 days #30')), all - 1);
    assert.equal(count(ibuprofen('Ibuprofen 800 mg #30 for a 10-day supply, one\ntablet three times a day')), all - 1);
  });

  it('reads "as needed" and "up to" as a ceiling', () => {
    assert.equal(count(ibuprofen('Ibuprofen 800 mg 1 tab up to three times\ndaily for 10 days #20')), all - 1);
    assert.equal(count(ibuprofen('Ibuprofen 800 mg 1 tab three times\ndaily as needed for 10 days #40')), all);
  });

  it('says nothing when a part is missing or stated twice', () => {
    assert.equal(count(ibuprofen('Ibuprofen 800 mg 1 tab three times\ndaily #60')), all - 1);
    assert.equal(count(ibuprofen('Ibuprofen 800 mg three times\ndaily for 10 days #60')), all - 1);
    assert.equal(count(ibuprofen('Ibuprofen 800 mg 1 tab three times\ndaily for 10 days #60 or #30')), all - 1);
  });
});
