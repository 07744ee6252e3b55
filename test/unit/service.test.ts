// Settings, severities and the parse cache.

import { strict as assert } from 'node:assert';
import { parse } from '../../server/src/letter';
import { RULES } from '../../server/src/rules';
import { capPerRule, check, LetterCache, normalizeSettings, RULE_FAILED, type CheckedFinding } from '../../server/src/service';
import { TODAY } from '../support/findings';
import { fixture } from '../support/fixtures';

const SEED = fixture('seeds/000_6475ff4f10510ca5.txt');

describe('service', () => {
  it('normalizes settings: aliases, unknown values dropped, defaults kept', () => {
    assert.deepEqual(normalizeSettings({ rules: { a: 'warn', b: 'bogus', c: 'Info', d: false }, maxFileSize: -1, diagnosticsDelay: -5 }), {
      enable: true,
      rules: { a: 'warning', c: 'information', d: 'off' },
      maxFileSize: 2_000_000,
      diagnosticsDelay: 150,
    });
    assert.deepEqual(normalizeSettings(undefined), { enable: true, rules: {}, maxFileSize: 2_000_000, diagnosticsDelay: 150 });
    assert.equal(normalizeSettings({ diagnosticsDelay: 0 }).diagnosticsDelay, 0);
  });

  it('lets the user set a rule off or to another severity', () => {
    const letter = parse(SEED);
    const rules = (r: Record<string, string>) => check(letter, normalizeSettings({ rules: r }), TODAY).map((f) => [f.rule, f.severity]);
    assert.deepEqual(rules({}), [
      ['missing-section', 'information'],
      ['missing-strength-quantity', 'information'],
      ['no-evidence-cited', 'information'],
      ['injury-date-conflict', 'error'],
    ]);
    assert.deepEqual(rules({ 'injury-date-conflict': 'warning', 'missing-section': 'off', 'missing-strength-quantity': 'hint' }), [
      ['missing-strength-quantity', 'hint'],
      ['no-evidence-cited', 'information'],
      ['injury-date-conflict', 'warning'],
    ]);
    assert.deepEqual(check(letter, normalizeSettings({ enable: false }), TODAY), []);
  });

  it('runs only the any-text rules on text that is no letter', () => {
    const binary = '\u0000PK\u0003\u0004\ufffd\ufffd \u00c2\u00ae a(n) dated nothing';
    assert.deepEqual(
      check(parse(binary), undefined, TODAY).map((f) => f.rule),
      ['not-a-letter'],
    );
  });

  it('caps the findings of a rule with one closing finding that counts the rest', () => {
    const text = SEED.replace(/(\n\s*\n)/, '$1' + 'He was seen on 1/1/2000 dated and dated.\n'.repeat(5));
    const all = check(parse(text), undefined, TODAY).filter((f) => f.rule === 'dated-without-date');
    assert.ok(all.length > 2, `${all.length} findings`);
    const capped = capPerRule(check(parse(text), undefined, TODAY), 2).filter((f) => f.rule === 'dated-without-date');
    assert.deepEqual(capped.slice(0, 2), all.slice(0, 2));
    assert.deepEqual(
      { ...capped[2], severity: undefined },
      {
        rule: 'dated-without-date',
        span: all[2].span,
        message: `...and ${all.length - 2} more findings of this rule (the first 2 are shown)`,
        severity: undefined,
        more: all.length - 2,
      },
    );
    assert.equal(capped.length, 3);
    // The closing finding is as severe as the worst it stands for: an error left out still counts.
    const at = (start: number, severity: 'warning' | 'error') => ({ span: { start, end: start + 1 }, message: 'm', rule: 'r', severity });
    assert.equal(capPerRule([at(1, 'warning'), at(2, 'warning'), at(3, 'error')], 1)[1].severity, 'error');
    // A rule within the cap is left as it is, and so is the whole list when every rule is.
    const findings = check(parse(text), undefined, TODAY);
    assert.equal(capPerRule(findings, findings.length), findings);
  });

  /** SEED checked while the rule fails: its failure notice in place of its findings, the other rules' findings as `before`. */
  function assertFailedAlone(id: string, before: CheckedFinding[]): void {
    const after = check(parse(SEED), undefined, TODAY);
    assert.deepEqual(
      after.filter((f) => f.rule === id),
      [{ span: { start: 0, end: 0 }, message: RULE_FAILED, rule: id, severity: 'information' }],
    );
    assert.deepEqual(
      after.filter((f) => f.rule !== id),
      before.filter((f) => f.rule !== id),
    );
  }

  it("says where a rule failed on a letter, in place of its findings, and keeps the other rules' findings", () => {
    const before = check(parse(SEED), undefined, TODAY);
    // A rule run in one go, with findings on the letter.
    const rule = RULES.find((r) => !r.steps && before.some((f) => f.rule === r.id))!;
    assert.ok(rule, 'a rule in one go finds something in the letter');
    const check0 = rule.check;
    rule.check = () => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    try {
      assertFailedAlone(rule.id, before);
    } finally {
      rule.check = check0;
    }
  });

  it("says where a rule in steps failed after a pause, and keeps the other rules' findings", () => {
    const rule = RULES.find((r) => r.id === 'quantity-mismatch')!;
    const before = check(parse(SEED), undefined, TODAY);
    const steps0 = rule.steps;
    rule.steps = function* () {
      yield;
      throw new RangeError('Maximum call stack size exceeded');
    };
    try {
      assertFailedAlone(rule.id, before);
    } finally {
      rule.steps = steps0;
    }
  });

  it('parses once per text: a new version with the same text is no new parse', () => {
    const cache = new LetterCache();
    const a = cache.get('file:///a', SEED);
    assert.equal(cache.get('file:///a', (SEED + ' ').slice(0, -1)), a);
    assert.notEqual(cache.get('file:///a', SEED + ' '), a);
    assert.notEqual(cache.get('file:///a', SEED, 100), a);
  });
});
