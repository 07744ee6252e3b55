// The drug table's lookups: brand and generic names found in text, each resolved to its entry
// (./drug-table.ts: prescription products by brand; ./drug-compounds.ts: combinations, topicals,
// compounding kits and substances written on their own), every entry with its public source.

import { matchKey } from './types';
import type { DrugEntry } from './drug-entry';
import { BRAND_DRUGS } from './drug-table';
import { COMBINATIONS, SUBSTANCES } from './drug-compounds';

export type { DrugEntry, DrugRoute, OpioidInfo } from './drug-entry';

/** Products by brand: one substance, fixed combinations, topicals and kits. */
export const DRUGS: readonly DrugEntry[] = [...BRAND_DRUGS, ...COMBINATIONS];

/** Substances written by their generic names that no product above is named for alone. */
export const INGREDIENTS: readonly DrugEntry[] = SUBSTANCES;

/** The entry for a brand name as written ("NORCO", "Anaprox DS", "DURAGESIC"). */
export function drugByBrand(brand: string): DrugEntry | undefined {
  const key = matchKey(brand);
  return key ? BY_BRAND.get(key) : undefined;
}

const BY_BRAND = new Map([...DRUGS, ...INGREDIENTS].flatMap((e) => e.brands.map((b) => [matchKey(b), e] as const)));
const BY_GENERIC = new Map([...INGREDIENTS, ...DRUGS].reverse().map((e) => [matchKey(e.generic), e] as const));

// Brand names and the words of generic names, longest first, as one pattern.
const genericWords = (entry: DrugEntry): string[] =>
  entry.contentsUnknown
    ? []
    : entry.generic.split(/(?:(?<!\s)\s+)?\+\s*|(?<!\s)\s+(?=ER|IR)/).map((g) => g.replace(/(?<!\s)\s+(?:ER|IR)$/, ''));
const DRUG_WORDS = [...new Set([...DRUGS, ...INGREDIENTS].flatMap((e) => [...e.brands, ...genericWords(e)]))]
  .filter((w) => /^[A-Za-z][A-Za-z .#35-]{3,}$/.test(w) && !/medical foods|transdermal/.test(w))
  .sort((a, b) => b.length - a.length);
const DRUG_SOURCE = `\\b(?:${DRUG_WORDS.map((w) => w.replace(/\./g, '\\.?').replace(/[ -]/g, '[\\s-]{0,3}').replace('#', '#\\s?')).join('|')})(?![A-Za-z])`;

const DRUG_RE = new RegExp(DRUG_SOURCE, 'i');
const DRUGS_RE = new RegExp(DRUG_SOURCE, 'gi');

export interface DrugMatch {
  entry: DrugEntry;
  /** The name as written. */
  name: string;
  /** Offset of the name in the text searched. */
  index: number;
  /** How the name matched: a brand, the entry's generic name, or one ingredient of it. */
  by: 'brand' | 'generic' | 'ingredient';
}

function resolve(name: string, index: number): DrugMatch | undefined {
  const key = matchKey(name);
  const brand = BY_BRAND.get(key);
  if (brand) return { entry: brand, name, index, by: 'brand' };
  const generic = BY_GENERIC.get(key);
  if (generic) return { entry: generic, name, index, by: 'generic' };
  const part = DRUGS.find((e) => matchKey(e.generic).includes(key));
  return part ? { entry: part, name, index, by: 'ingredient' } : undefined;
}

/** Every drug a text names, by brand or generic name, in order ("Tramadol (Ultram) 50mg", "NORCO"). */
export function drugsIn(text: string): DrugMatch[] {
  const out: DrugMatch[] = [];
  // (An exec loop, not matchAll: matchAll copies the pattern, and compiles this long one again, at every call.)
  DRUGS_RE.lastIndex = 0;
  for (let m = DRUGS_RE.exec(text); m; m = DRUGS_RE.exec(text)) {
    const match = resolve(m[0], m.index);
    if (match) out.push(match);
  }
  return out;
}

/** The first drug a text names, by brand or generic name ("NORCO", "Tramadol (Ultram) 50mg"). */
export function drugIn(text: string): DrugMatch | undefined {
  const m = DRUG_RE.exec(text);
  return m ? resolve(m[0], m.index) : undefined;
}
