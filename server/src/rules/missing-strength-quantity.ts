import { drugIn } from '../knowledge';
import type { Letter } from '../letter';
import type { Finding, Rule } from './rule';

const SUPPLY = /\b(?:day|days|week|month|months)['’]?\s+supply\b|\bsupply\s*:\s*\d/i;

/** A drug request that names no strength or no quantity. */
export const missingStrengthQuantity: Rule = {
  id: 'missing-strength-quantity',
  title: 'Drug request without strength or quantity',
  defaultSeverity: 'information',
  check(letter: Letter) {
    const out: Finding[] = [];
    for (const item of letter.items) {
      const drug = drugIn(item.title);
      if (!drug || drug.entry.drugClass === 'medical food') continue;
      const lacks: string[] = [];
      if (!item.request.strength) lacks.push('strength');
      if (item.request.quantity === undefined && !SUPPLY.test(item.title)) lacks.push('quantity');
      if (!lacks.length) continue;
      out.push({
        span: item.titleSpan,
        message: `The drug request "${item.title}" names no ${lacks.join(' and no ')}: how much was requested is not on record.`,
      });
    }
    return out;
  },
};
