// How a drug is taken, as far as the guidelines' sections divide them: by mouth (the drug-class
// sections: NSAIDs, opioids, muscle relaxants, ...) or on the skin (Topical analgesics, Lidoderm,
// capsaicin). The form words decide, not the drug (diclofenac comes as tablets and as a gel); a
// transdermal opioid (a fentanyl or buprenorphine patch) and an injection have neither route here.

import { categoriesOf, type Category } from './categories';

export type Route = 'oral' | 'topical';

const ORAL: Category[] = [
  'opioid',
  'benzodiazepine',
  'muscle relaxant',
  'NSAID',
  'gastric protection',
  'antiepilepsy drug',
  'antidepressant',
  'sleep aid',
];
const ON_SKIN =
  /\btopicals?\b|\d\s?%|\bmg\/g\b|\b(?:creams?|gels?|patch(?:es)?|lotions?|ointments?|pads?|sprays?)\b|\blidoderm\b|\bcapsaicin\b|\bsalicylates?\b/i;

// Item titles and section names recur (the same letter is checked at every keystroke): remember
// the last few hundred answers.
const memo = new Map<string, Route | undefined>();

/** The route a drug item or a guideline section is about, when it names one. */
export function routeOf(text: string): Route | undefined {
  if (memo.has(text)) return memo.get(text);
  const route = read(text);
  if (memo.size >= 500) memo.delete(memo.keys().next().value!);
  memo.set(text, route);
  return route;
}

function read(text: string): Route | undefined {
  const cats = categoriesOf(text);
  if (cats.has('injection')) return undefined;
  const onSkin = ON_SKIN.test(text) && cats.has('topical analgesic');
  if (cats.has('opioid')) return onSkin ? undefined : 'oral';
  if (onSkin) return 'topical';
  return ORAL.some((c) => cats.has(c)) ? 'oral' : undefined;
}

export const ROUTE_NAMES: Record<Route, string> = { oral: 'taken by mouth', topical: 'applied to the skin' };
