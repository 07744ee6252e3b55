// Fuzz: a fixture letter whose line feeds are replaced by a random mix of LF, CRLF, CR, U+2028 and
// U+2029 reads as the same letter: the same layout, items and decisions, and the same findings
// (rule, severity, message, related messages) at the same lines and columns.
// Sizes and replay: test/support/fuzz.ts.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Span } from '../../server/src/base/span';
import { parse } from '../../server/src/letter';
import { check } from '../../server/src/service';
import { TODAY } from '../support/findings';
import { fixtureLetters } from '../support/fixtures';
import { fuzzParams, fuzzTimeout, LINE_BREAK, LINE_BREAKS, withLineEnds } from '../support/fuzz';

const LETTERS = ['real', 'seeds', 'real-pdftotext', 'layouts'].flatMap((dir) =>
  fixtureLetters(dir).map(([name, text]) => ({ name: `${dir}/${name}`, lf: text.replace(LINE_BREAK, '\n') })),
);

/** "line:column" of an offset, lines counted by the model's line breaks. */
function lineColumn(text: string): (offset: number) => string {
  const starts = [0, ...Array.from(text.matchAll(LINE_BREAK), (m) => m.index + m[0].length)];
  return (offset) => {
    let lo = 0;
    for (let hi = starts.length - 1; lo < hi;) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `${lo + 1}:${offset - starts[lo] + 1}`;
  };
}

/** What a reader of the letter sees, with every offset as a line and column. */
function reading(text: string) {
  const letter = parse(text);
  const at = lineColumn(text);
  const where = (s: Span) => `${at(s.start)}-${at(s.end)}`;
  return {
    layout: letter.layout,
    items: letter.items.map((i) => `${where(i.titleSpan)} ${i.title} ${i.decision?.outcome}`),
    findings: check(letter, undefined, TODAY).map((f) => ({
      at: `${where(f.span)} ${f.rule} ${f.severity}`,
      message: f.message,
      related: f.related?.map((r) => `${where(r.span)} ${r.message}`),
    })),
  };
}

describe('fuzz: mixed line ends', function () {
  this.timeout(fuzzTimeout(20_000));
  const lfReadings = new Map<number, ReturnType<typeof reading>>();

  it('read a letter as its LF version reads: items, findings, messages, lines and columns', () => {
    const picks = fc.array(fc.nat({ max: LINE_BREAKS.length - 1 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(fc.nat({ max: LETTERS.length - 1 }), picks, (which, mix) => {
        const { name, lf } = LETTERS[which];
        if (!lfReadings.has(which)) lfReadings.set(which, reading(lf));
        assert.deepEqual(reading(withLineEnds(lf, mix)), lfReadings.get(which), name);
      }),
      fuzzParams(150),
    );
  });

  it('mixes really change the text and keep its lines (a check of the generator)', () => {
    const lf = LETTERS[0].lf;
    const mixed = withLineEnds(lf, [4, 1, 2, 0, 3]);
    assert.notEqual(mixed, lf);
    for (const end of LINE_BREAKS) assert.ok(mixed.includes(end), JSON.stringify(end));
    assert.equal(mixed.split(LINE_BREAK).length, lf.split('\n').length);
    assert.equal(withLineEnds('a\n\nb', [2, 2, 0]), 'a\r\r\nb');
  });
});
