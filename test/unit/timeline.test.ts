// The timeline's data: every dated fact with its kind and place, conflicts marked from the findings.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { timeline } from '../../server/src/features/timeline';
import { parse } from '../../server/src/letter';
import { DEFAULT_SETTINGS, letterTimeline } from '../../server/src/service';
import { fixture } from '../support/fixtures';
import { fuzzParams } from '../support/fuzz';

describe('timeline', () => {
  it('puts each date of a letter on the axis with its kind, in the order of a claim, and marks the conflicting ones', () => {
    const text = fixture('variants/set1/injury_date-1-CM16-0231884.txt');
    const letter = parse(text);
    const data = letterTimeline(letter, DEFAULT_SETTINGS);
    assert.equal(data.facts.length, letter.dates.filter((d) => d.role !== 'birth').length);
    for (const f of data.facts) assert.equal(text.slice(f.span.start, f.span.end), f.text);
    const kinds = data.kinds.map((k) => k.kind);
    assert.deepEqual(kinds.slice(0, 1), ['injury']);
    assert.ok(kinds.indexOf('ur') < kinds.indexOf('decision'), kinds.join());
    const injury = data.facts.filter((f) => f.kind === 'injury');
    const conflicting = injury.filter((f) => f.conflicts.length).map((f) => [f.text, f.date, f.header]);
    assert.deepEqual(conflicting, [
      ['10/17/2016', '2016-10-17', true],
      ['10-17-2015', '2015-10-17', false],
    ]);
    assert.match(injury[0].conflicts[0], /Date of injury 10-17-2015 in the case summary, but 10\/17\/2016 in the header/);
  });

  it('draws a month or a year alone on its first day, and counts dates of birth without drawing them', () => {
    const letter = parse('The injured worker was injured in 2005. DOB: 3/14/1960. Seen in October 2015.');
    const data = timeline(letter, []);
    assert.deepEqual(
      data.facts.map((f) => [f.date, f.precision]),
      [
        ['2005-01-01', 'year'],
        ['2015-10-01', 'month'],
      ],
    );
    assert.equal(data.birthDates, 1);
  });

  it('marks a date with exactly the findings whose span or a related span overlaps it, in their order', () => {
    const text = fixture('real/CM16-0213037.txt');
    const letter = parse(text);
    const span = fc
      .tuple(fc.integer({ min: 0, max: text.length }), fc.integer({ min: 0, max: 400 }))
      .map(([start, length]) => ({ start, end: Math.min(text.length, start + length) }));
    const finding = fc.record({
      rule: fc.constant('some-rule'),
      span,
      message: fc.constantFrom('a', 'b', 'c', 'd'),
      related: fc.array(fc.record({ span, message: fc.constant('r') }), { maxLength: 3 }),
    });
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 40 }), (findings) => {
        const facts = timeline(letter, findings).facts;
        const dates = letter.dates.filter((d) => d.role !== 'birth');
        dates.forEach((d, i) => {
          const touching = findings.filter((f) => overlaps(f.span, d.span) || f.related.some((r) => overlaps(r.span, d.span)));
          assert.deepEqual(facts[i].conflicts, [...new Set(touching.map((f) => f.message))]);
        });
      }),
      fuzzParams(200),
    );
  });

  it('gives an empty timeline for empty or binary text', () => {
    for (const text of ['', '\u0000\u0001\u0002\uFFFD'])
      assert.deepEqual(timeline(parse(text), []), { facts: [], kinds: [], birthDates: 0 });
  });
});
