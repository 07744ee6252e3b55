import { aboutItem, parseRequest, type Letter, type Request } from '../letter';
import type { Finding, Rule } from '.';

const normStrength = (s: string): string =>
  s.toLowerCase().replace(/\s+/g, '').replace(/(\d)-(\d)/g, '$1/$2').replace(/grams?|gm/g, 'g').replace(/mcg\/h(?:r|our)?/g, 'mcg/h');
const count = (r: Request): number | undefined => r.quantity ?? r.sessions;

/** The count or strength in the item line differs from the rationale's "the request for ...". */
export const quantityMismatch: Rule = {
  id: 'quantity-mismatch',
  title: 'Quantity or strength differs between item and rationale',
  defaultSeverity: 'warning',
  check(letter: Letter) {
    const out: Finding[] = [];
    for (const item of letter.items) {
      // A partial certification's rationale may name any of its figures.
      const allowed = new Set([item.request, ...(item.partial ? [item.partial.original, item.partial.authorized, item.partial.remainder] : [])].map((r) => (typeof r === 'string' ? count(parseRequest(r)) : r && count(r))));
      const strength = item.request.strength;
      for (const p of item.rationaleRequests) {
        if (!aboutItem(item, p.text)) continue;
        const r = parseRequest(p.text);
        const differs: string[] = [];
        const n = count(r);
        const mine = count(item.request);
        if (n !== undefined && mine !== undefined && !allowed.has(n)) differs.push(`${n} here, ${mine} in the item`);
        if (r.strength && strength && normStrength(r.strength) !== normStrength(strength)) differs.push(`${r.strength} here, ${strength} in the item`);
        if (!differs.length) continue;
        out.push({
          span: p.span,
          message: `The rationale's request "${p.text}" differs from the item "${item.title}": ${differs.join('; ')}.`,
          related: [{ span: item.titleSpan, message: `The item: ${item.title}` }],
        });
      }
    }
    return out;
  },
};
