// Rules in steps: a rule whose work grows with the items pauses every few hundred items (so that
// the server answers a hover while a letter of thousands of items is checked), and still reads
// every item: the findings of items past the first steps are found.

import { strict as assert } from 'node:assert';
import { parse } from '../../server/src/letter';
import { ITEMS_PER_STEP, RULES } from '../../server/src/rules';
import { check, checkInStages, normalizeSettings } from '../../server/src/service';
import { TODAY } from '../support/findings';
import { fixture } from '../support/fixtures';

const ITEMS = 3 * ITEMS_PER_STEP + 100;
const LATE = ITEMS - 50;

/** A real letter whose decisions begin with ITEMS items of physical therapy, each with its parts; item LATE's rationale decides 5,000 more. */
function manyItems(): string {
  const base = fixture('real/CM16-0213037.txt');
  const first = /^.*: (?:Upheld|Overturned) *\n/m.exec(base)!;
  const line = 'Decision based on MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99.';
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const decided = i === LATE ? i + 5001 : i + 1;
    return (
      `Physical therapy ${i + 1} sessions for the lumbar spine: Upheld\n` +
      `Claims Administrator guideline: ${line}\nMAXIMUS guideline: ${line}\n` +
      `Decision rationale: The request for ${decided} sessions of physical therapy for the lumbar spine is not medically necessary.\n\n`
    );
  });
  // Item 2 again, last: listed twice.
  return base.slice(0, first.index) + items.join('') + items[1] + base.slice(first.index);
}

describe('rules in steps', () => {
  const text = manyItems();
  const letter = parse(text);

  it('the constructed letter is read as a letter of so many items', () => {
    assert.equal(letter.items.filter((i) => i.title.startsWith('Physical therapy')).length, ITEMS + 1);
  });

  it('each rule in steps pauses every ITEMS_PER_STEP items', () => {
    const stepped = RULES.filter((r) => r.steps);
    assert.ok(stepped.length >= 4, `only ${stepped.length} rules in steps`);
    for (const rule of stepped) {
      const steps = rule.steps!(letter, TODAY);
      let pauses = 0;
      while (!steps.next().done) pauses++;
      assert.ok(pauses >= Math.floor(letter.items.length / ITEMS_PER_STEP), `${rule.id}: ${pauses} pauses`);
    }
    let stages = 0;
    const all = checkInStages(letter, normalizeSettings({}), TODAY);
    while (!all.next().done) stages++;
    assert.ok(stages >= RULES.length + stepped.length * 3, `${stages} stages`);
  });

  it('finds what stands in the items of the last steps', () => {
    const findings = check(parse(text), normalizeSettings({}), TODAY);
    const at = (rule: string, needle: string): boolean => {
      const offset = text.indexOf(needle);
      return findings.some((f) => f.rule === rule && f.span.start <= offset && offset < f.span.end);
    };
    assert.ok(at('quantity-mismatch', `${LATE + 5001} sessions of physical therapy`), 'the late item’s count');
    assert.ok(
      findings.some((f) => f.rule === 'duplicate-item' && f.message.includes('Physical therapy 2 sessions')),
      'the item listed twice',
    );
  });
});
