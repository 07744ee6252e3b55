// Every fixture letter, in every extraction: each item with its decision, as recorded by reading
// the letters (test/fixtures/expected/items.json), and no error the letter does not support.

import { strict as assert } from 'node:assert';
import { decisionLabel, parse } from '../../server/src/letter';
import { check } from '../../server/src/service';
import { TODAY } from '../support/findings';
import { expectedItems, fixture, fixtureLetters, squash } from '../support/fixtures';

const EXTRACTIONS = ['real', 'real-pdftotext', 'real-layout', 'seeds', 'seeds-crlf'];

/** Every warning and error on the fixture letters, confirmed by reading: anything else is a false alarm. */
const CONFIRMED: Record<string, [string, string, string][]> = JSON.parse(fixture('expected/findings.json'));

describe('corpus: items and decisions', () => {
  for (const dir of EXTRACTIONS) {
    describe(dir, () => {
      const letters = fixtureLetters(dir);
      it(`has every letter (${letters.length})`, () => {
        assert.equal(letters.length, dir.startsWith('seeds') ? 5 : 150);
      });
      for (const [name, text] of letters) {
        it(name, () => {
          const letter = parse(text);
          assert.equal(letter.layout, 'L1');
          const got = letter.items.map((i) => ({ title: squash(i.title), decision: decisionLabel(i) }));
          const want = expectedItems[name].map((i) => ({ title: squash(i.title), decision: i.decision }));
          assert.deepEqual(got, want);
          const serious = check(letter, undefined, TODAY)
            .filter((f) => f.severity === 'error' || f.severity === 'warning')
            .map((f) => [f.rule, f.severity, text.slice(f.span.start, f.span.end).replace(/\s+/g, ' ')]);
          assert.deepEqual(serious, CONFIRMED[`${dir === 'seeds-crlf' ? 'seeds' : dir}/${name}`] ?? []);
        });
      }
    });
  }

  it('reads each partial certification whole, in every extraction', () => {
    for (const dir of ['real', 'real-pdftotext', 'real-layout']) {
      for (const [name, text] of fixtureLetters(dir)) {
        const headings = parse(text).items.map((i) => (i.partial ? squash(i.heading) : undefined));
        const want = expectedItems[name].map((i) => (i.heading ? squash(i.heading) : undefined));
        assert.deepEqual(headings, want, `${dir}/${name}`);
      }
    }
  });

  it('records the partial certifications of the real letters', () => {
    const partials = fixtureLetters('real').flatMap(([name, text]) =>
      parse(text).items.flatMap((item, i) => (item.partial ? [`${name}#${i}`] : [])),
    );
    const want = Object.entries(expectedItems).flatMap(([name, items]) =>
      name.startsWith('CM') ? items.flatMap((item, i) => (item.heading ? [`${name}#${i}`] : [])) : [],
    );
    assert.deepEqual(partials.sort(), want.sort());
  });
});
