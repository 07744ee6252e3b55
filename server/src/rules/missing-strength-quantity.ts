import { categoriesOf, drugIn, type Category } from '../knowledge';
import type { Letter } from '../letter';
import { amountsIn, namesQuantity } from '../letter/amounts';
import { clipped, type Finding, type Rule } from './rule';

// A request for a treatment that a drug goes with ("acupuncture visits with Capsaicin patch") is no drug request.
const TREATMENTS: Category[] = [
  'acupuncture',
  'physical therapy',
  'manual therapy',
  'psychological care',
  'imaging',
  'electrodiagnostic testing',
  'TENS',
  'durable medical equipment',
  'home health',
];
// A weight or volume alone is the amount asked for ("cream, 240 grams", "250ml"), not a strength.
const AMOUNT_ONLY = /^\d+(?:\.\d+)?(?:g|gm|grams?|ml)$/i;

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
      const categories = categoriesOf(item.title);
      if (TREATMENTS.some((c) => categories.has(c))) continue;
      const lacks: string[] = [];
      const strength = item.request.strength;
      if (!strength || AMOUNT_ONLY.test(strength)) lacks.push('strength');
      if (item.request.quantity === undefined && !namesQuantity(amountsIn(item.title))) lacks.push('quantity');
      if (!lacks.length) continue;
      out.push({
        span: item.titleSpan,
        message: `The drug request "${clipped(item.title)}" names no ${lacks.join(' and no ')}: how much was requested is not on record.`,
      });
    }
    return out;
  },
};
