// A rule that breaks the engine (a finding whose related spans are not a list, which the service
// cannot read) on the letters that hold a marker: for tests of how a fault is contained.

import { RULES, type Rule } from '../../server/src/rules';

export const FAULT_MARKER = 'FAULT-HERE';

const faulty: Rule = {
  id: 'faulty-for-test',
  title: 'A fault',
  defaultSeverity: 'warning',
  anyText: true,
  check: (letter) =>
    letter.text.includes(FAULT_MARKER) ? [{ span: { start: 0, end: 1 }, message: 'x', related: {} as unknown as [] }] : [],
};

/** `run` with the faulty rule among the rules; removed afterwards. */
export async function withFaultyRule<T>(run: () => T | Promise<T>): Promise<T> {
  RULES.push(faulty);
  try {
    return await run();
  } finally {
    RULES.splice(RULES.indexOf(faulty), 1);
  }
}
