// Helpers for rule tests: a rule's findings on a text, and fixture edits that must apply.

import { strict as assert } from 'node:assert';
import { parse } from '../../server/src/letter';
import { check } from '../../server/src/service';

export const TODAY = { today: { year: 2026, month: 11, day: 22 } };

/** [severity, quoted text, message] of each finding of one rule. */
export function found(text: string, rule: string): [string, string, string][] {
  return check(parse(text), undefined, TODAY)
    .filter((f) => f.rule === rule)
    .map((f) => [f.severity, text.slice(f.span.start, f.span.end).replace(/\s+/g, ' '), f.message]);
}

/** The text with one replacement made; fails if the fixture lacks what is replaced. */
export function edit(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  assert.notEqual(out, text, `the fixture contains ${from}`);
  return out;
}
