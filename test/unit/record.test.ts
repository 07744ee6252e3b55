// A letter's record (features/record.ts), built from the model and the checked findings: the facts
// of the header and the worker, each item with its kind, quantity, decision and citations, and
// each finding with positions the caller's line counting gives.

import { strict as assert } from 'node:assert';
import { isoDate } from '../../server/src/base/calendar';
import { letterRecord } from '../../server/src/features/record';
import { parse } from '../../server/src/letter';
import { check } from '../../server/src/service';
import { fixture } from '../support/fixtures';

/** 0-based line and character of an offset, counting \n only (the fixtures' line ends). */
const positionAt = (text: string) => (offset: number) => {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
};

describe('letter record', () => {
  it('writes dates in ISO 8601 as precise as they are known', () => {
    assert.equal(isoDate({ year: 2016, month: 5, day: 3 }), '2016-05-03');
    assert.equal(isoDate({ year: 2016, month: 11, day: 0 }), '2016-11');
    assert.equal(isoDate({ year: 1998, month: 0, day: 0 }), '1998');
  });

  it('gives seed 002 its worker, reviewer and three items with kind, quantity, decision and citations', () => {
    const text = fixture('seeds/002_f4a3e060fe32e57b.txt');
    const letter = parse(text);
    const record = letterRecord('002.txt', letter, check(letter), positionAt(text));
    assert.equal(record.schemaVersion, 1);
    assert.deepEqual(
      [record.age, record.sex, record.dateOfInjury, record.reviewer.specialty],
      [48, 'female', '2010-05-11', 'Internal Medicine, Hospice & Palliative Medicine'],
    );
    assert.deepEqual(
      record.items.map((i) => [i.number, i.title, i.kind, i.quantity, i.decision, i.partial]),
      [
        [1, 'Norco 5/325mg #20', 'opioid', 20, 'Upheld', false],
        [2, 'Consultation and treatment', null, null, 'Upheld', false],
        [3, 'Psychotherapy 12 sessions', 'psychological care', 12, 'Overturned', false],
      ],
    );
    assert.ok(
      record.items[0].citations.some((c) => c.guideline === 'cpmtg' && c.pages.some((p) => p.from === 74 && p.to === 95)),
      JSON.stringify(record.items[0].citations),
    );
    assert.equal(record.appealBy, undefined, 'optional, and not made up');
  });

  it('places each finding and its related statements by offset and by line', () => {
    const text = fixture('seeds/000_6475ff4f10510ca5.txt');
    const letter = parse(text);
    const record = letterRecord('000.txt', letter, check(letter), positionAt(text));
    const conflict = record.findings.find((f) => f.rule === 'injury-date-conflict')!;
    assert.equal(text.slice(conflict.range.start.offset, conflict.range.end.offset), '2005');
    assert.deepEqual([conflict.line, conflict.column], [79, 15]);
    assert.equal(text.slice(conflict.related[0].range.start.offset, conflict.related[0].range.end.offset), '2/8/98');
    assert.equal(record.counts.error, record.findings.filter((f) => f.severity === 'error').length);
  });
});
