import { strict as assert } from 'node:assert';
import { edit, found } from '../../support/findings';
import { fixture } from '../../support/fixtures';
import { markedFixtures } from '../../support/inline';

const REAL = fixture('real/CM16-0213037.txt');

describe('dated-without-date', () => {
  // "dated" stands alone: no related statement.
  markedFixtures('dated-without-date', { related: false });

  const letter = fixture('real/CM16-0224814.txt');
  const withDated = (words: string): string =>
    letter.replace(
      'The injured worker presented on 10-28-2016',
      `A progress report dated ${words} noted neck pain. The injured worker presented on 10-28-2016`,
    );

  it('reports "dated" followed by no date', () => {
    assert.deepEqual(
      found(withDated('indicated'), 'dated-without-date').map(([s, q]) => [s, q]),
      [['warning', 'dated']],
    );
  });

  it('reads a date whose line-end hyphen an extractor dropped as a date', () => {
    for (const joined of ['10-302016', '1028-2016', '10-2816', '1028-16'])
      assert.deepEqual(found(withDated(joined), 'dated-without-date'), [], joined);
  });

  it('still reports digits no hyphen can make a date', () => {
    assert.equal(found(withDated('10-3020169'), 'dated-without-date').length, 1);
  });

  it('flags "dated" with no date after it', () => {
    assert.deepEqual(found(edit(REAL, 'evaluated on 10-19-16', 'evaluated in a report dated indicating pain'), 'dated-without-date'), [
      ['warning', 'dated', '"dated" is followed by "indicating", not by a date: the date seems to be missing.'],
    ]);
  });

  it('accepts a month and year, a year, and "dated" as an adjective', () => {
    const text = edit(
      REAL,
      'X-ray of the right shoulder on 10-13-16',
      'A report dated 11/2016 and one dated 2015 exist; such guidance is dated. X-ray of the right shoulder on 10-13-16',
    );
    assert.deepEqual(found(text, 'dated-without-date'), []);
  });

  it('accepts a date on the next line or broken around its dashes', () => {
    for (const name of ['CM16-0229336', 'CM16-0230548', 'CM16-0246635', 'CM17-0019066'])
      assert.deepEqual(found(fixture(`real/${name}.txt`), 'dated-without-date'), [], name);
  });

  it('leaves a placeholder date to template-remnant, and accepts "dated from" an event', () => {
    assert.deepEqual(found(withDated('XX/XX/XXXX'), 'dated-without-date'), []);
    assert.deepEqual(found(withDated('from the first visit'), 'dated-without-date'), []);
    assert.equal(found(withDated('from 10-302016'), 'dated-without-date').length, 0);
  });
});
