import { parseRequest, type Letter } from '../letter';
import type { Finding, Rule } from './rule';

/** The count a part states, and of what; undefined for refills, rentals or no count. */
function count(s: string | undefined): { n: number; unit: string } | undefined {
  if (!s || /\b(?:refills?|rental|months?)\b/i.test(s)) return undefined;
  const r = parseRequest(s);
  if (r.quantity !== undefined) return { n: r.quantity, unit: 'units' };
  if (r.sessions !== undefined) return { n: r.sessions, unit: 'sessions' };
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
      const p = item.partial;
      if (!p || p.whole) continue;
      const [co, ca, cr] = [count(p.original), count(p.authorized), count(p.remainder)];
      if (!co || !ca || !cr || co.unit !== ca.unit || ca.unit !== cr.unit) continue;
      const [o, a, r] = [co.n, ca.n, cr.n];
      if (o - a === r) continue;
      out.push({
        span: item.titleSpan,
        message: `The original request (${o}) less what was authorized (${a}) is ${o - a}, but the remaining IMR-eligible portion is ${r}: "${p.original}" − "${p.authorized}" ≠ "${p.remainder}".`,
      });
    }
    return out;
  },
};
