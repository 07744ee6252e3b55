import { parseRequest, type Letter } from '../letter';
import type { Finding, Rule } from './rule';

/** The count a part states, and of what; undefined for refills, rentals or no count. */
function count(part: string | undefined): { amount: number; unit: string } | undefined {
  if (!part || /\b(?:refills?|rental|months?)\b/i.test(part)) return undefined;
  const request = parseRequest(part);
  if (request.quantity !== undefined) return { amount: request.quantity, unit: 'units' };
  if (request.sessions !== undefined) return { amount: request.sessions, unit: 'sessions' };
  return undefined;
}

/** A partial certification whose figures do not add up: original - authorized != remainder. */
export const partialCertificationArithmetic: Rule = {
  id: 'partial-certification-arithmetic',
  title: 'Partial certification does not add up',
  defaultSeverity: 'error',
  check(letter: Letter) {
    const out: Finding[] = [];
    for (const item of letter.items) {
      const partial = item.partial;
      if (!partial || partial.whole) continue;
      const [original, authorized, remainder] = [count(partial.original), count(partial.authorized), count(partial.remainder)];
      if (!original || !authorized || !remainder || original.unit !== authorized.unit || authorized.unit !== remainder.unit) continue;
      const [asked, granted, left] = [original.amount, authorized.amount, remainder.amount];
      if (asked - granted === left) continue;
      out.push({
        span: item.titleSpan,
        message: `The original request (${asked}) less what was authorized (${granted}) is ${asked - granted}, but the remaining IMR-eligible portion is ${left}: "${partial.original}" − "${partial.authorized}" ≠ "${partial.remainder}".`,
      });
    }
    return out;
  },
};
