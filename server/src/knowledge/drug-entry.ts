// What the drug table holds for one product or substance, and how its entries are written: each
// names the public document its facts come from (the product's FDA label on DailyMed, an OTC Drug
// Facts label, the RxNorm name), and a product whose contents no public source here confirms says
// so rather than guess.

import type { Sourced } from './types';
import { CDC_FACTORS } from './sources';

/** How a product is taken, as its label says; only where every form of it is taken so. */
export type DrugRoute = 'by mouth' | 'on the skin' | 'through the skin (patch)' | 'injected';

export interface DrugEntry extends Sourced {
  brands: string[];
  /** The substance, or a combination's substances joined by " + ". */
  generic: string;
  drugClass: string;
  note?: string;
  opioid?: OpioidInfo;
  /** The product's one route, when every form of it is taken the same way. */
  route?: DrugRoute;
  /** A compounded product or kit whose contents no public source here states: named, never described. */
  contentsUnknown?: boolean;
}

/** What an opioid entry needs for morphine milligram equivalents. */
export interface OpioidInfo {
  /** The opioid's name in MME_FACTORS; absent where the tables give no factor (buprenorphine). */
  mme?: string;
  /** Which number of a combination strength is the opioid: "10/325" is 10 mg hydrocodone. */
  position: 'first' | 'last';
  /** A patch is dosed by its rate (mcg/hr); `any` when the name alone does not tell. */
  form: 'oral' | 'patch' | 'suspension' | 'any';
  /** The opioid among the product's substances, where it is not named first ("dihydrocodeine"). */
  name?: string;
  source: string;
}

/** The FDA label of a prescription product, as DailyMed publishes it. */
export const label = (product: string): string => `FDA label of ${product} (DailyMed)`;
/** The Drug Facts label of an over-the-counter product, as DailyMed publishes it. */
export const otcLabel = (product: string): string => `FDA Drug Facts label of ${product} (DailyMed)`;
/** The substance's name and class as the National Library of Medicine's RxNorm and its labels give them. */
export const rxnorm = (substance: string): string => `RxNorm (NLM): ${substance}; FDA labels of ${substance} products (DailyMed)`;

const UNCHECKED = 'contents not checked against the product label';

/** A product by its brands; its source, unless given, the brands' FDA labels and the substance's RxNorm name. */
export function drug(brands: string[], generic: string, drugClass: string, extra: Partial<DrugEntry> = {}): DrugEntry {
  const labels = brands.length ? `FDA label${brands.length > 1 ? 's' : ''} of ${brands.join(', ')} (DailyMed); ` : '';
  const e: DrugEntry = { brands, generic, drugClass, source: `${labels}RxNorm (NLM): ${generic}`, verified: true, ...extra };
  if (!e.verified && !e.unchecked) e.unchecked = UNCHECKED;
  return e;
}

/** A substance written on its own (in a compound, or by its generic name). */
export const substance = (generic: string, drugClass: string, extra: Partial<DrugEntry> = {}): DrugEntry =>
  drug([], generic, drugClass, { source: rxnorm(generic), ...extra });

const MME_REF = `${CDC_FACTORS} (the opioid's name there); a combination strength names the opioid first ("Norco 10/325" = 10 mg hydrocodone)`;

export function opioid(
  entry: DrugEntry,
  mme: string | undefined,
  form: OpioidInfo['form'] = 'oral',
  position: OpioidInfo['position'] = 'first',
  name?: string,
): DrugEntry {
  entry.opioid = { position, form, source: MME_REF };
  if (mme) entry.opioid.mme = mme;
  if (name) entry.opioid.name = name;
  return entry;
}
