// One definition of a line: a letter whose lines end in CR alone, in U+2028 or in U+2029 reads as
// the same letter as with line feeds: the same items, the same findings at the same offsets, in
// the same words; with CR LF (a character more per line), the same findings in the same words.

import { strict as assert } from 'node:assert';
import { parse } from '../../server/src/letter';
import { check } from '../../server/src/service';
import { TODAY } from '../support/findings';
import { fixtureLetters } from '../support/fixtures';

const reading = (text: string, offsets = true): string => {
  const letter = parse(text);
  const items = letter.items.map((i) => `${i.title} ${i.decision}`);
  const findings = check(letter, undefined, TODAY).map((f) =>
    [
      `${f.rule} ${f.severity}${offsets ? ` ${f.span.start}-${f.span.end}` : ''} ${f.message}`,
      ...(f.related ?? []).map((r) => r.message),
      ...(f.fixes ?? []).map((x) => x.title),
    ].join(' | '),
  );
  return JSON.stringify({ layout: letter.layout, items, findings });
};

// The real letters, the seeds, and variants of real letters with their dates moved and rewritten
// (some across a line end).
const DIRS = ['real', 'seeds', 'variants/set4', 'variants/set5'];

describe('line ends', function () {
  this.timeout(120_000);

  for (const [end, name] of [
    ['\r', 'CR'],
    ['\u2028', 'U+2028'],
    ['\u2029', 'U+2029'],
  ] as const) {
    it(`reads every fixture letter with ${name} line ends as with line feeds`, () => {
      const differ: string[] = [];
      for (const dir of DIRS) {
        for (const [letter, text] of fixtureLetters(dir)) {
          if (reading(text.replace(/\n/g, end)) !== reading(text)) differ.push(`${dir}/${letter}`);
        }
      }
      assert.deepEqual(differ, []);
    });
  }

  it('words every finding of every fixture letter with CR LF line ends as with line feeds', () => {
    const differ: string[] = [];
    for (const dir of DIRS) {
      for (const [letter, text] of fixtureLetters(dir)) {
        if (reading(text.replace(/\n/g, '\r\n'), false) !== reading(text, false)) differ.push(`${dir}/${letter}`);
      }
    }
    assert.deepEqual(differ, []);
  });

  it('keeps the text it was given: offsets into the model are offsets into the document', () => {
    const [[, text]] = fixtureLetters('seeds');
    const cr = text.replace(/\n/g, '\r');
    assert.equal(parse(cr).text.length, cr.length);
  });
});
