import { strict as assert } from 'node:assert';
import { edit, findingsOf, found, quote } from '../../support/findings';
import { fixture } from '../../support/fixtures';
import { markedFixtures } from '../../support/inline';

const REAL = fixture('real/CM16-0213037.txt');

describe('split-word', () => {
  // A split word stands alone: no related statement.
  markedFixtures('split-word', { related: false });

  it('joins the words pypdf split in CM16-0230548, with safe fixes that remove only the space', () => {
    const text = fixture('real/CM16-0230548.txt');
    const f = findingsOf(text, 'split-word');
    assert.deepEqual(
      f.map((x) => quote(text, x)),
      ['str ain', 'd ays', 'syn drome'],
    );
    for (const x of f) {
      assert.equal(x.severity, 'hint');
      const [fix] = x.fixes!;
      assert.deepEqual([fix.edits[0].newText, quote(text, fix.edits[0]), fix.safe, fix.preferred], ['', ' ', true, true]);
    }
  });

  it('joins a lone letter or a fragment without a vowel to either neighbour ("f or", "Chr onic", "wi th")', () => {
    const text = edit(
      REAL,
      'X-ray of the right shoulder on 10-13-16',
      'Seen f or Chr onic pain wi th Chronic flares. X-ray of the right shoulder on 10-13-16',
    );
    assert.deepEqual(
      found(text, 'split-word').map((x) => [x[1], x[2]]),
      [
        ['f or', '"f or" looks like the word "for" split by a stray space.'],
        ['Chr onic', '"Chr onic" looks like the word "Chronic" split by a stray space.'],
        ['wi th', '"wi th" looks like the word "with" split by a stray space.'],
      ],
    );
  });

  it('ignores two words, ordinals and the same letter in other extractions', () => {
    assert.deepEqual(
      found(
        edit(
          REAL,
          'X-ray of the right shoulder on 10-13-16',
          'Any one of the 1st and 2nd on going visits. X-ray of the right shoulder on 10-13-16',
        ),
        'split-word',
      ),
      [],
    );
    assert.deepEqual(found(fixture('real-pdftotext/CM16-0230548.txt'), 'split-word'), []);
  });
});
