// Fuzz: the engine the CLI and the server run (decode, parse, every rule, the editor features)
// never throws, on arbitrary bytes, arbitrary strings and real letters cut and spliced with
// hostile pieces. Rules are called directly: the service would hide a throwing rule.
// Sizes and replay: test/support/fuzz.ts.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { decode } from '../../server/src/base/decode';
import { completions } from '../../server/src/features/completion';
import { folding } from '../../server/src/features/folding';
import { hover } from '../../server/src/features/hover';
import { outline } from '../../server/src/features/outline';
import type { Span } from '../../server/src/base/span';
import { parse } from '../../server/src/letter';
import { RULES } from '../../server/src/rules';
import { capPerRule, check, DEFAULT_SETTINGS } from '../../server/src/service';
import { TODAY } from '../support/findings';
import { fixture } from '../support/fixtures';
import { awkward, fuzzParams, fuzzTimeout, insertion, letterish } from '../support/fuzz';

const LETTERS = [
  'real/CM16-0213037.txt',
  'real/CM16-0230651.txt',
  'seeds/002_f4a3e060fe32e57b.txt',
  'real-pdftotext/CM17-0015218.txt',
  'layouts/L0-notice-2013.txt',
  'layouts/L3-professional-review.txt',
].map(fixture);

function assertInside(span: Span, length: number, what: string): void {
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= length, `${what} ${span.start}-${span.end} outside 0-${length}`);
}

/** Everything a text goes through in the server and the CLI; throws on the first fault. */
function runEngine(text: string, at: number): void {
  for (const letter of [parse(text), parse(text, { maxLength: 200 })]) {
    const known = letter.layout !== 'unknown' && !letter.oversize;
    for (const rule of RULES) {
      if (!known && !rule.anyText) continue; // as the service runs them
      for (const f of rule.check(letter, TODAY)) {
        assertInside(f.span, text.length, rule.id);
        assert.ok(typeof f.message === 'string' && f.message.length > 0, `${rule.id}: a finding without a message`);
        for (const r of f.related ?? []) assertInside(r.span, text.length, `${rule.id} related`);
        for (const e of (f.fixes ?? []).flatMap((x) => x.edits)) assertInside(e.span, text.length, `${rule.id} fix`);
      }
    }
    capPerRule(check(letter, DEFAULT_SETTINGS, TODAY), 100);
    outline(letter);
    folding(letter);
    const offset = at % (text.length + 1);
    hover(letter, offset);
    completions(letter, offset);
  }
}

/** A real letter with pieces cut out of it and hostile pieces put in, or cut short. */
const garbledLetter = fc
  .tuple(
    fc.nat({ max: LETTERS.length - 1 }),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 300 }), insertion), { maxLength: 10 }),
    fc.option(fc.nat()),
  )
  .map(([which, edits, cut]) => {
    let text = LETTERS[which];
    for (const [at, len, piece] of edits) {
      const start = at % (text.length + 1);
      text = text.slice(0, start) + piece + text.slice(start + len);
    }
    return cut === null ? text : text.slice(0, cut % (text.length + 1));
  });

describe('fuzz: the engine never throws', function () {
  this.timeout(fuzzTimeout(20_000));

  it('on arbitrary bytes, read as the CLI reads a file', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      // A real letter's bytes with some changed: broken UTF-8, NULs, a BOM, a UTF-16 BOM.
      fc
        .tuple(fc.nat({ max: LETTERS.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }))
        .map(([which, changes]) => {
          const b = Buffer.from(LETTERS[which], 'utf8');
          for (const [at, byte] of changes) b[at % b.length] = byte;
          return new Uint8Array(b);
        }),
    );
    fc.assert(
      fc.property(bytes, fc.nat(), (raw, at) => {
        const read = decode(Buffer.from(raw));
        if ('text' in read) runEngine(read.text, at);
        else if ('problem' in read) assert.ok(read.problem.length > 0);
      }),
      fuzzParams(150),
    );
  });

  it('on arbitrary strings: any code unit, lone surrogates, NULs, huge numbers, letter pieces', () => {
    const text = fc
      .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), awkward, { arbitrary: letterish, weight: 2 }), { maxLength: 80 })
      .map((parts) => parts.join(''));
    fc.assert(fc.property(text, fc.nat(), runEngine), fuzzParams(250));
  });

  it('on real letters cut short, spliced and garbled', () => {
    fc.assert(fc.property(garbledLetter, fc.nat(), runEngine), fuzzParams(120));
  });

  it('on an item whose title runs to thousands of words (rules that look for the title again in its line)', () => {
    const words = 'x '.repeat(12_000);
    const partial = (remainder: string) =>
      `Norco 10/325mg #120 was the original request. Norco 10/325mg #60 was authorized by the Claims\nAdministrator. ` +
      `The remaining IMR eligible portion of the original request, ${remainder}: Upheld`;
    const letter = LETTERS[0];
    const item = /^.*: (?:Upheld|Overturned) *$/m.exec(letter)!;
    for (const title of [partial(`Norco ${words}10/325mg #60`), `Norco ${words}10/325mg #60: Upheld`]) {
      runEngine(letter.slice(0, item.index) + title + letter.slice(item.index + item[0].length), 0);
    }
  });
});
