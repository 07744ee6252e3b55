import { strict as assert } from 'node:assert';
import { found } from '../../support/findings';
import { fixture } from '../../support/fixtures';

describe('dated-without-date', () => {
  const letter = fixture('real/CM16-0224814.txt');
  const withDated = (words: string): string => letter.replace('The injured worker presented on 10-28-2016', `A progress report dated ${words} noted neck pain. The injured worker presented on 10-28-2016`);

  it('reports "dated" followed by no date', () => {
    assert.deepEqual(found(withDated('indicated'), 'dated-without-date').map(([s, q]) => [s, q]), [['warning', 'dated']]);
  });

  it('reads a date whose line-end hyphen an extractor dropped as a date', () => {
    for (const joined of ['10-302016', '1028-2016', '10-2816', '1028-16']) assert.deepEqual(found(withDated(joined), 'dated-without-date'), [], joined);
  });

  it('still reports digits no hyphen can make a date', () => {
    assert.equal(found(withDated('10-3020169'), 'dated-without-date').length, 1);
  });
});
