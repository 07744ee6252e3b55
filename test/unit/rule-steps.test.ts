// Rules in steps: a rule whose work grows with the items pauses every few hundred items (so that
// the server answers a hover while a letter of thousands of items is checked), reads no more than
// that many items between two pauses, and still reads every item: what stands in the items of the
// last steps is found.

import { strict as assert } from 'node:assert';
import { parse, type Item, type Letter } from '../../server/src/letter';
import { ITEMS_PER_STEP, RULES } from '../../server/src/rules';
import { check, checkInStages, normalizeSettings } from '../../server/src/service';
import { TODAY } from '../support/findings';
import { fixture } from '../support/fixtures';

const ITEMS = 3 * ITEMS_PER_STEP + 100;
const LATE = ITEMS - 50;
const DECIDED = /^.*: (?:Upheld|Overturned) *\n/m;

/**
 * A real letter whose decisions begin with ITEMS items of physical therapy, each with its parts
 * (item LATE's rationale decides 5,000 sessions more), then, before its own items, items of the
 * kinds the rules in steps report: Norco decided on the physical medicine pages, aquatic therapy
 * without its rationale, and the letter's own first item again (listed twice, and decided on
 * another body region's criteria, as in the letter).
 */
function manyItems(): string {
  const base = fixture('real/CM16-0213037.txt');
  const first = DECIDED.exec(base)!;
  const second = first.index + first[0].length + base.slice(first.index + first[0].length).search(DECIDED);
  const line = 'Decision based on MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99.';
  const parts = `Claims Administrator guideline: ${line}\nMAXIMUS guideline: ${line}\n`;
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const decided = i === LATE ? i + 5001 : i + 1;
    return (
      `Physical therapy ${i + 1} sessions for the lumbar spine: Upheld\n${parts}` +
      `Decision rationale: The request for ${decided} sessions of physical therapy for the lumbar spine is not medically necessary.\n\n`
    );
  });
  const late =
    `Norco 10/325mg #60: Upheld\n${parts}Decision rationale: The request for Norco 10/325mg #60 is not medically necessary.\n\n` +
    `Aquatic therapy 6 sessions for the lumbar spine: Upheld\n${parts}\n` +
    base.slice(first.index, second);
  return base.slice(0, first.index) + items.join('') + late + base.slice(first.index);
}

/** The letter with each item watched: which items each step reads (anything but where it stands). */
function watched(letter: Letter): { letter: Letter; readIn: Set<number>[] } {
  const readIn: Set<number>[] = [new Set()];
  const items = letter.items.map(
    (item, k) =>
      new Proxy(item, {
        get(target, property, receiver) {
          if (property !== 'span' && property !== 'index') readIn[readIn.length - 1].add(k);
          return Reflect.get(target, property, receiver) as unknown;
        },
      }),
  );
  return { letter: { ...letter, items: items as Item[] }, readIn };
}

describe('rules in steps', () => {
  const text = manyItems();

  it('the constructed letter is read as a letter of so many items', () => {
    assert.equal(parse(text).items.filter((i) => i.title.startsWith('Physical therapy')).length, ITEMS);
  });

  it('each rule in steps pauses every ITEMS_PER_STEP items, and reads no more items than that between two pauses', () => {
    const stepped = RULES.filter((r) => r.steps);
    assert.ok(stepped.length >= 5, `only ${stepped.length} rules in steps`);
    for (const rule of stepped) {
      const { letter, readIn } = watched(parse(text));
      const steps = rule.steps!(letter, TODAY);
      while (!steps.next().done) readIn.push(new Set());
      assert.equal(readIn.length - 1, Math.floor((letter.items.length - 1) / ITEMS_PER_STEP), `${rule.id}: pauses`);
      // The last step may end with a reading of the whole letter (quantity-mismatch's counts of sessions completed).
      const most = Math.max(...readIn.slice(0, -1).map((read) => read.size));
      assert.ok(most <= ITEMS_PER_STEP, `${rule.id}: ${most} items read in one step`);
    }
    let stages = 0;
    const all = checkInStages(parse(text), normalizeSettings({}), TODAY);
    while (!all.next().done) stages++;
    assert.ok(stages >= RULES.length + stepped.length * 3, `${stages} stages`);
  });

  it('finds what stands in the items of the last steps', () => {
    const findings = check(parse(text), normalizeSettings({}), TODAY);
    const late = text.indexOf('Norco 10/325mg #60: Upheld');
    const found = (rule: string, after: number, words: string): boolean =>
      findings.some((f) => f.rule === rule && f.span.start >= after && f.message.includes(words));
    const lateCount = text.indexOf(`${LATE + 5001} sessions of physical therapy`);
    assert.ok(found('quantity-mismatch', lateCount, `${LATE + 5001} here`), 'the late item’s count');
    assert.ok(found('guideline-item-mismatch', late, 'Norco'), 'Norco on the physical medicine pages');
    assert.ok(found('item-incomplete', late, 'Aquatic therapy'), 'aquatic therapy without its rationale');
    assert.ok(found('duplicate-item', late, 'listed twice'), 'the item listed twice');
    assert.ok(found('body-part-mismatch', late, 'the item is for the shoulder'), 'the region');
  });
});
