// Helpers for rule tests: a rule's findings on a text, and fixture edits that must apply.

import { strict as assert } from 'node:assert';
import type { Span } from '../../server/src/base/span';
import { parse, type ParseOptions } from '../../server/src/letter';
import { check, type CheckedFinding } from '../../server/src/service';

/** The day the tests take for today: fixed, so that "in the future" findings do not change with the calendar. */
export const TODAY = { today: { year: 2026, month: 11, day: 22 } };

/** The findings of one rule on a text, whole: spans, related statements, fixes. */
export function findingsOf(text: string, rule: string, options?: ParseOptions): CheckedFinding[] {
  return check(parse(text, options), undefined, TODAY).filter((f) => f.rule === rule);
}

/** The text a finding (or a related statement, or an edit) covers. */
export const quote = (text: string, at: { span: Span }): string => text.slice(at.span.start, at.span.end);

/** [severity, quoted text, message] of each finding of one rule. */
export function found(text: string, rule: string): [string, string, string][] {
  return findingsOf(text, rule).map((f) => [f.severity, quote(text, f).replace(/\s+/g, ' '), f.message]);
}

/** The text with one replacement made; fails if the fixture lacks what is replaced. */
export function edit(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  assert.notEqual(out, text, `the fixture contains ${from}`);
  return out;
}
