// How much a request asks for, as its title writes it: a count ("#60", "QTY: 2", "60 tablets",
// "One container"), a weight or volume ("120grams", "240 grams", "250ml", "5cc", "4 oz"), patches,
// boxes, kits, tubes, a supply ("30 day supply"), sessions or visits, and refills ("with 2 refills",
// "x 2 refills", "Two refills of"). Pure: text in, amounts with their offsets out. A concentration
// ("10mg/1ml", "300mg/g") is a strength, not an amount; a dose ("2 tablets twice a day") is no amount.

import type { Span } from '../base/span';
import { allMatches } from '../base/text';
import { WORD_NUMBERS } from './request';

export type AmountKind = 'count' | 'weight' | 'volume' | 'package' | 'supply' | 'sessions' | 'refills';

export interface Amount {
  /** As written: "120grams", "#1", "2 refills". */
  text: string;
  /** Offsets in the text read. */
  span: Span;
  kind: AmountKind;
  value: number;
  /** The unit, normalised: 'g', 'ml', 'oz', 'patch', 'box', 'kit', ... ; none for "#60". */
  unit?: string;
}

const NUM = `(\\d+(?:\\.\\d+)?|${Object.keys(WORD_NUMBERS).join('|')})`;
const toNumber = (written: string): number => WORD_NUMBERS[written.toLowerCase()] ?? Number(written);
// A dose, not an amount: "2 tablets twice a day", "1 tab orally", "one patch daily".
const DOSE_AFTER = String.raw`(?!\s+(?:once|twice|three\s+times|\d+\s+times|a\s+day|per\s+day|daily|every|at\s+bedtime|by\s+mouth|orally|po\b|q\d|as\s+needed))`;

const PATTERNS: [AmountKind, RegExp][] = [
  ['count', /#\s?(\d+)\b|\b(?:QTY|quantity|qty\.?)(?:\s+of)?(?:\s?:)?(?:\s?#)?\s?(\d+)\b/gi],
  ['weight', new RegExp(String.raw`(?<![\d./])\b${NUM}\s?(grams?|gm|g|oz|ounces?)\b(?!\s*\/)`, 'gi')],
  ['volume', new RegExp(String.raw`(?<![\d./])\b${NUM}\s?(ml|cc|fl\.?\s?oz)\b(?!\s*\/)`, 'gi')],
  [
    'package',
    new RegExp(
      String.raw`\b${NUM}\s+(?:\(\d+\)\s+)?(patch(?:es)?|box(?:es)?|kits?|tubes?|bottles?|containers?|jars?|packs?|pads?|canisters?)\b${DOSE_AFTER}`,
      'gi',
    ),
  ],
  ['count', new RegExp(String.raw`\b${NUM}\s+(?:\(\d+\)\s+)?(tablets|tabs|capsules|caps|pills|lozenges)\b${DOSE_AFTER}`, 'gi')],
  ['supply', new RegExp(String.raw`\b${NUM}[\s-]+(days?|weeks?|months?)['’]?\s+supply\b|\b(?:day|days)['’]?\s+supply\s*:\s*(\d+)`, 'gi')],
  [
    'sessions',
    new RegExp(
      String.raw`\b${NUM}\s+(?:\(\d+\)\s+)?(?:additional\s+)?(?:[a-z]+\s+){0,2}?(sessions?|visits?|treatments?)\b|\b(?:sessions?|visits?)\s*(?:x|times|#)\s*${NUM}\b`,
      'gi',
    ),
  ],
  ['refills', new RegExp(String.raw`\b${NUM}\s+refills?\b|\brefills?\s*(?:x|:|#)\s*${NUM}\b|\bx\s*${NUM}\s+refills?\b`, 'gi')],
];

const UNITS: Record<string, string> = { gram: 'g', grams: 'g', gm: 'g', g: 'g', oz: 'oz', ounce: 'oz', ounces: 'oz', ml: 'ml', cc: 'ml' };

function unitOf(kind: AmountKind, word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/\s|\./g, '');
  if (kind === 'weight' || kind === 'volume') return UNITS[w] ?? (w === 'floz' ? 'oz' : w);
  if (kind === 'supply') return `${w.replace(/s$/, '')} supply`;
  return w.replace(/^(patch|box)es$/, '$1').replace(/s$/, '');
}

/** The amounts a text (an item's title) writes, in order of their place; overlapping readings keep the first. */
export function amountsIn(text: string): Amount[] {
  const found: Amount[] = [];
  for (const [kind, re] of PATTERNS) {
    for (const m of allMatches(re, text)) {
      const groups = m.slice(1);
      const number = groups.find((g) => g !== undefined && /^(?:\d|[a-z])/i.test(g) && (/^\d/.test(g) || g.toLowerCase() in WORD_NUMBERS));
      if (number === undefined) continue;
      const word = groups.find((g) => g !== undefined && g !== number);
      const span = { start: m.index, end: m.index + m[0].length };
      if (found.some((a) => a.span.start < span.end && span.start < a.span.end)) continue;
      const unit = kind === 'count' && !word ? undefined : unitOf(kind, word);
      found.push({ text: m[0], span, kind, value: toNumber(number), ...(unit ? { unit } : {}) });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** Whether the amounts say how much is asked for (refills alone do not: "2 refills" of what?). */
export const namesQuantity = (amounts: readonly Amount[]): boolean => amounts.some((a) => a.kind !== 'refills');
