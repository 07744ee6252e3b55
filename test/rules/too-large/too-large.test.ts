import { strict as assert } from 'node:assert';
import { parse } from '../../../server/src/letter';
import { check } from '../../../server/src/service';
import { TODAY } from '../../support/findings';
import { ruleFixture } from '../../support/fixtures';
import { markedFixtures, readMarked } from '../../support/inline';

// The fixtures are checked with a limit of 5,000 characters (imr.maxFileSize): one letter is over
// it, one under.
const LIMIT = { maxLength: 5000 };

describe('too-large', () => {
  markedFixtures('too-large', { related: false, parse: LIMIT });

  it('says how long the text is, and is the only finding', () => {
    const { text } = readMarked(ruleFixture('too-large/two-items-over-the-limit.txt'));
    const all = check(parse(text, LIMIT), undefined, TODAY);
    assert.deepEqual(
      all.map((f) => [f.rule, f.severity]),
      [['too-large', 'information']],
    );
    assert.match(all[0].message, /^This text has 5,367 characters, more than the limit for analysis/);
  });

  it('marks the first line, whatever the line ends', () => {
    const { text } = readMarked(ruleFixture('too-large/two-items-over-the-limit.txt'));
    const spans = ['\n', '\r\n', '\r', '\u2028', '\u2029'].map((end) => {
      const lines = text.replace(/\n/g, end);
      const [f] = check(parse(lines, LIMIT), undefined, TODAY);
      return lines.slice(f.span.start, f.span.end);
    });
    assert.ok(spans[0].length > 0 && !/\s$/.test(spans[0]), JSON.stringify(spans[0]));
    assert.deepEqual(spans, Array(5).fill(spans[0]));
  });

  it('notes a text over the limit, and nothing else', () => {
    const all = check(parse('x'.repeat(50), { maxLength: 10 }), undefined, TODAY);
    assert.deepEqual(
      all.map((f) => f.rule),
      ['too-large'],
    );
  });
});
