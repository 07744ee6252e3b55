// Rules in steps: a rule whose work grows with the items pauses every few hundred items (so that
// the server answers a hover while a letter of thousands of items is checked), reads no more than
// that many items between two pauses, and still reads every item: what stands in the items of the
// last steps is found. A rule whose work grows with the dates (or the pronouns) pauses every few
// hundred of them, and a check pauses every few hundred findings of a rule.

import { strict as assert } from 'node:assert';
import { parse, type Item, type Letter } from '../../server/src/letter';
import { ITEMS_PER_STEP, RULES } from '../../server/src/rules';
import { check, checkEach, checkInStages, normalizeSettings } from '../../server/src/service';
import { TODAY } from '../support/findings';
import { fixture } from '../support/fixtures';

const ITEMS = 3 * ITEMS_PER_STEP + 100;
const LATE = ITEMS - 50;
const DECIDED = /^.*: (?:Upheld|Overturned) *\n/m;
/** The rules in steps over the dates (or the pronouns) of a letter, not its items. */
const OVER_DATES = ['injury-date-conflict', 'ur-date-conflict', 'pronoun-sex-conflict'];

/** The stages of a check of the letter. */
function stagesOf(text: string): number {
  let stages = 0;
  const all = checkInStages(parse(text), normalizeSettings({}), TODAY);
  while (!all.next().done) stages++;
  return stages;
}

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
    const stepped = RULES.filter((r) => r.steps && !OVER_DATES.includes(r.id));
    assert.ok(stepped.length >= 5, `only ${stepped.length} rules in steps over items`);
    for (const rule of stepped) {
      const { letter, readIn } = watched(parse(text));
      const steps = rule.steps!(letter, TODAY);
      while (!steps.next().done) readIn.push(new Set());
      assert.equal(readIn.length - 1, Math.floor((letter.items.length - 1) / ITEMS_PER_STEP), `${rule.id}: pauses`);
      // The last step may end with a reading of the whole letter (quantity-mismatch's counts of sessions completed).
      const most = Math.max(...readIn.slice(0, -1).map((read) => read.size));
      assert.ok(most <= ITEMS_PER_STEP, `${rule.id}: ${most} items read in one step`);
    }
    assert.ok(stagesOf(text) >= RULES.length + stepped.length * 3, `${stagesOf(text)} stages`);
  });

  it('each rule over dates pauses every ITEMS_PER_STEP dates or pronouns, and finds what stands in its last step', () => {
    // A real letter (a male worker, UR Denial Date 11/03/2016) whose last rationale then says,
    // again and again, that he was injured and reviewed on other days and is a she.
    const sentence = 'On 01/02/2013 the worker was seen; date of injury 03/04/2012; UR dated 05/06/2016, she said. ';
    const text = fixture('real/CM16-0213037.txt') + sentence.repeat(3 * ITEMS_PER_STEP + 100);
    const last = text.length - sentence.length;
    let rulePauses = 0;
    for (const id of OVER_DATES) {
      const steps = RULES.find((r) => r.id === id)!.steps!(parse(text), TODAY);
      let pauses = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) pauses++;
      assert.ok(pauses >= 3, `${id}: ${pauses} pauses`);
      rulePauses += pauses;
      assert.ok(
        step.value.some((f) => f.span.start >= last),
        `${id}: nothing found in the last sentence`,
      );
    }
    // And their findings, 1,600 a rule, are made readable in steps: three pauses more a rule.
    const more = stagesOf(text) - RULES.length - rulePauses;
    assert.ok(more >= 3 * OVER_DATES.length, `${more} pauses besides the rules' own`);
  });

  it('finds in two letters checked stage by stage what it finds in each alone (no pattern shared across a pause)', () => {
    // Two letters of a male worker said 1,600 times to be a she: checkEach runs each stage on the
    // first, then on the second, and the rules in steps pause in the middle of their pronouns.
    const sentence = 'The worker said she was seen on 01/02/2013. ';
    const base = fixture('real/CM16-0213037.txt');
    const texts = [base, `${base}The worker was seen again.\n`].map((t) => t + sentence.repeat(3 * ITEMS_PER_STEP + 100));
    const settings = normalizeSettings({});
    const together = checkEach(texts.map((t) => ({ letter: parse(t), settings, context: TODAY })));
    texts.forEach((t, i) => {
      const alone = check(parse(t), settings, TODAY);
      assert.ok(alone.filter((f) => f.rule === 'pronoun-sex-conflict').length > 100, 'the pronouns are found');
      assert.deepEqual(together[i], alone, `letter ${i + 1}`);
    });
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
