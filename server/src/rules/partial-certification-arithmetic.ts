import type { Span } from '../base/span';
import { foldSpaces } from '../base/text';
import { certificationStatements, parseRequest, WORD_NUMBERS, type Letter } from '../letter';
import type { Finding, Rule } from './rule';

interface Count {
  amount: number;
  unit: string;
}

// "a 3 month rental", "2-month rental": a rental counts months.
const RENTAL_RE = new RegExp(String.raw`\b(\d+|${Object.keys(WORD_NUMBERS).join('|')})[\s-]+months?\s+rental\b`, 'i');

/** The count a part states, and of what; undefined for refills, a rental without its months, or no count. */
function count(part: string | undefined): Count | undefined {
  if (!part || /\brefills?\b/i.test(part)) return undefined;
  const rental = RENTAL_RE.exec(part);
  if (rental) return { amount: WORD_NUMBERS[rental[1].toLowerCase()] ?? Number(rental[1]), unit: 'months' };
  if (/\b(?:rental|months?)\b/i.test(part)) return undefined;
  const request = parseRequest(part);
  if (request.quantity !== undefined) return { amount: request.quantity, unit: 'units' };
  if (request.sessions !== undefined) return { amount: request.sessions, unit: 'sessions' };
  return undefined;
}

interface Statement {
  original?: string;
  authorized?: string;
  remainder: string;
  /** Where a finding about it goes. */
  span: Span;
  where: string;
}

/**
 * A partial certification whose figures do not add up (original − authorized ≠ remainder), on an
 * item line or where the case summary restates it; and a restatement whose authorized part differs
 * from the item's for the same original request.
 */
export const partialCertificationArithmetic: Rule = {
  id: 'partial-certification-arithmetic',
  title: 'Partial certification does not add up',
  defaultSeverity: 'error',
  check(letter: Letter) {
    const items: Statement[] = [];
    for (const item of letter.items)
      if (item.partial && !item.partial.whole) items.push({ ...item.partial, span: item.titleSpan, where: 'the item' });
    const restated = certificationStatements(letter).map((s) => ({
      original: s.original.text,
      authorized: s.authorized.text,
      remainder: s.remainder.text,
      span: s.span,
      authorizedSpan: s.authorized.span,
    }));
    const out: Finding[] = [];
    for (const s of [...items, ...restated.map((r) => ({ ...r, where: 'this statement' }))]) {
      const [original, authorized, remainder] = [count(s.original), count(s.authorized), count(s.remainder)];
      if (!original || !authorized || !remainder || original.unit !== authorized.unit || authorized.unit !== remainder.unit) continue;
      const [asked, granted, left] = [original.amount, authorized.amount, remainder.amount];
      if (asked - granted === left) continue;
      out.push({
        span: s.span,
        message: `The original request (${asked}) less what was authorized (${granted}) is ${asked - granted}, but the remaining IMR-eligible portion is ${left}: "${s.original}" − "${s.authorized}" ≠ "${s.remainder}".`,
      });
    }
    for (const r of restated) {
      const mine = count(r.authorized);
      const item = items.find((i) => i.original && sameWords(i.original, r.original) && count(i.original));
      const theirs = item && count(item.authorized);
      if (!mine || !theirs || mine.unit !== theirs.unit || mine.amount === theirs.amount) continue;
      out.push({
        span: r.authorizedSpan,
        message: `This says "${r.authorized}" was authorized by the Claims Administrator, but the item for the same original request ("${r.original}") says "${item.authorized}".`,
        related: [{ span: item.span, message: `The item: ${item.authorized} was authorized` }],
      });
    }
    return out;
  },
};

/** The same words, whatever the case and spacing. */
function sameWords(first: string, second: string): boolean {
  return foldSpaces(first).trim().toLowerCase() === foldSpaces(second).trim().toLowerCase();
}
