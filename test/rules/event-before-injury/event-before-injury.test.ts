import { strict as assert } from 'node:assert';
import { edit, found } from '../../support/findings';
import { fixture } from '../../support/fixtures';
import { markedFixtures } from '../../support/inline';

const REAL = fixture('real/CM16-0213037.txt');

describe('event-before-injury', () => {
  markedFixtures('event-before-injury');

  it('warns about a request received the day before the injury (CM17-0002857)', () => {
    const f = found(fixture('real/CM17-0002857.txt'), 'event-before-injury');
    assert.deepEqual(
      f.filter((x) => x[0] === 'warning').map((x) => x[1]),
      ['December 15, 2016'],
    );
  });

  it('only notes an older study, which may predate the injury', () => {
    assert.deepEqual(
      found(fixture('real/CM17-0008577.txt'), 'event-before-injury').map((x) => [x[0], x[1]]),
      [['information', '3-21-13']],
    );
  });

  it('ignores what the wording calls prior', () => {
    assert.deepEqual(
      found(
        edit(
          REAL,
          'X-ray of the right shoulder on 10-13-16',
          'A prior MRI dated 1-2-14 was normal. X-ray of the right shoulder on 10-13-16',
        ),
        'event-before-injury',
      ),
      [],
    );
  });
});
