// Several letters checked together, each rule on all of them before the next (imr-lint's batches):
// the same findings, for each letter, as checking it alone.

import { strict as assert } from 'node:assert';
import { parse } from '../../server/src/letter';
import { RULES } from '../../server/src/rules';
import { FAULT_MARKER, withFaultyRule } from '../support/faulty-rule';
import { check, checkEach, checkEachInStages, normalizeSettings } from '../../server/src/service';
import { TODAY } from '../support/findings';
import { fixture } from '../support/fixtures';

const TEXTS = [
  fixture('seeds/000_6475ff4f10510ca5.txt'),
  fixture('real/CM16-0243453.txt'),
  fixture('real-pdftotext/CM16-0230651.txt'),
  fixture('real-layout/CM16-0247274.txt'),
  'Not a letter at all: a shopping list.',
  '',
  fixture('seeds/002_f4a3e060fe32e57b.txt'),
];
// Letters under other settings (another folder's .imr.json) in the same batch: rules off, severities changed.
const OTHER = normalizeSettings({ rules: { 'quantity-mismatch': 'off', 'body-part-mismatch': 'hint' } });
const SETTINGS = TEXTS.map((_, i) => (i % 2 === 1 ? OTHER : normalizeSettings({})));

describe('checkEach', () => {
  it('finds for each letter of a batch what check() finds for it alone, whatever its settings', () => {
    const together = checkEach(TEXTS.map((text, i) => ({ letter: parse(text), settings: SETTINGS[i], context: TODAY })));
    const alone = TEXTS.map((text, i) => check(parse(text), SETTINGS[i], TODAY));
    assert.equal(together.length, TEXTS.length);
    assert.deepEqual(together, alone);
    // The batch holds letters with findings and letters without, and the other settings change findings.
    assert.ok(alone.filter((f) => f.length).length >= 4);
    assert.ok(check(parse(TEXTS[1]), normalizeSettings({}), TODAY).some((f) => f.rule === 'quantity-mismatch'));
    assert.ok(alone[1].every((f) => f.rule !== 'quantity-mismatch'));
    assert.ok(alone[3].some((f) => f.rule === 'body-part-mismatch' && f.severity === 'hint'));
  });

  it('fails only the letter an engine fault is in: undefined for it, the findings of the others', async () => {
    const texts = [TEXTS[1], `${TEXTS[1]}\n${FAULT_MARKER}\n`, TEXTS[6]];
    const alone = texts.map((text) => check(parse(text), normalizeSettings({}), TODAY));
    const together = await withFaultyRule(() =>
      checkEach(texts.map((text) => ({ letter: parse(text), settings: normalizeSettings({}), context: TODAY }))),
    );
    assert.deepEqual(together, [alone[0], undefined, alone[2]]);
    assert.ok(alone[0].length && alone[2].length);
  });

  it('in stages, yields once each rule has run on every letter, and ends with the same findings', () => {
    const entries = () => TEXTS.map((text, i) => ({ letter: parse(text), settings: SETTINGS[i], context: TODAY }));
    const stages = checkEachInStages(entries());
    let yields = 0;
    let stage = stages.next();
    for (; !stage.done; stage = stages.next()) yields++;
    assert.deepEqual(stage.value, checkEach(entries()));
    // One yield a rule: every rule is on for the letters under the default settings.
    assert.equal(yields, RULES.length);
  });

  it('checks nothing of an empty batch', () => {
    assert.deepEqual(checkEach([]), []);
  });
});
