import { strict as assert } from 'node:assert';
import { edit, findingsOf, found, quote } from '../../support/findings';
import { fixture } from '../../support/fixtures';
import { markedFixtures } from '../../support/inline';

const REAL = fixture('real/CM16-0213037.txt');

describe('template-remnant', () => {
  // A placeholder stands alone: no related statement. "[CT]" and a signature line are no placeholders.
  markedFixtures('template-remnant', { related: false });

  it('flags "a(n)" and offers the right article', () => {
    const text = fixture('real/CM17-0004344.txt');
    const [f] = findingsOf(text, 'template-remnant');
    assert.equal(quote(text, f), 'a(n)');
    assert.equal(f.fixes![0].edits[0].newText, /a\(n\)\s+(?:8|11|18)/.test(text) ? 'an' : 'a');
  });

  it('chooses "an" before an 18-year-old and other vowel sounds', () => {
    const text = edit(REAL, '48 year old male', 'a(n) 18 year old male');
    assert.deepEqual(
      findingsOf(text, 'template-remnant').map((x) => x.fixes![0].edits[0].newText),
      ['an'],
    );
  });

  it('chooses the article by the sound of the next word: letters read aloud, a silent h, a "you" and a "won"', () => {
    const articles = (next: string, placeholder = 'a(n)') =>
      findingsOf(edit(REAL, '48 year old male', `${placeholder} ${next} male`), 'template-remnant').map(
        (x) => x.fixes![0].edits[0].newText,
      )[0];
    const expected: [string, string][] = [
      ['MRI', 'an'],
      ['FCE', 'an'],
      ['NSAID', 'an'],
      ['RFA', 'an'],
      ['SI joint', 'an'],
      ['L5-S1', 'an'],
      ['X-ray', 'an'],
      ['H-wave', 'an'],
      ['hour', 'an'],
      ['one-time', 'a'],
      ['uterine', 'a'],
      ['unilateral', 'a'],
      ['unremarkable', 'an'],
      ['ulnar', 'an'],
      ['CT', 'a'],
      ['UTI', 'a'],
      ['TENS unit', 'a'],
      ['elderly', 'an'],
      ['injured', 'an'],
      ['male', 'a'],
    ];
    assert.deepEqual(
      expected.map(([next]) => [next, articles(next)]),
      expected,
    );
    // In a line of capitals, a capital word may be a word: "A(n) HOME HEALTH AIDE" is "A HOME ...".
    const shouted = (line: string) =>
      findingsOf(edit(REAL, /^The injured worker is a 48 year old male.*$/m.exec(REAL)![0], line), 'template-remnant')[0].fixes![0].edits[0]
        .newText;
    assert.equal(shouted('A(n) HOME HEALTH AIDE TWICE A WEEK'), 'A');
    assert.equal(shouted('A(n) MRI OF THE LUMBAR SPINE'), 'An');
    assert.equal(shouted('A(n) FOLLOW-UP VISIT IN FOUR WEEKS'), 'A');
    assert.equal(shouted('A(n) ONE-TIME VISIT'), 'A');
    assert.equal(shouted('The provider prescribed a(n) NSAID'), 'an', 'at the end of a line, and the line not in capitals');
  });

  it('flags a blank between words, not a signature line', () => {
    const text = edit(
      REAL,
      'X-ray of the right shoulder on 10-13-16',
      'The patient is a ___ year old.\n____________\nX-ray of the right shoulder on 10-13-16',
    );
    assert.deepEqual(
      found(text, 'template-remnant').map((x) => x[1]),
      ['___'],
    );
  });

  it('flags placeholders, not ordinary brackets', () => {
    const text = edit(
      REAL,
      'X-ray of the right shoulder on 10-13-16',
      'Seen on XX/XX/XXXX by [insert provider]; MRI [CT] reviewed. X-ray of the right shoulder on 10-13-16',
    );
    assert.deepEqual(
      found(text, 'template-remnant').map((x) => x[1]),
      ['XX/XX/XXXX', '[insert provider]'],
    );
  });
});
