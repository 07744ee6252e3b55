// Several letters checked together, each rule on all of them before the next (imr-lint's batches):
// the same findings, for each letter, as checking it alone.

import { strict as assert } from 'node:assert';
import { parse } from '../../server/src/letter';
import { check, checkEach, normalizeSettings } from '../../server/src/service';
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

  it('checks nothing of an empty batch', () => {
    assert.deepEqual(checkEach([]), []);
  });
});
