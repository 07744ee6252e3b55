// Morphine milligram equivalent (MME / MED) conversion factors and dose thresholds
// (the project's notes, reference/domain.md §3.2). Daily MME = strength per unit × units per day
// × factor; for the fentanyl patch, mcg/hr × factor.

import type { Sourced } from './types';
import { CDC_2016, CDC_FACTORS, CPMTG_2009_DOC, NOT_CHECKED, OPIOIDS_2016_DOC } from './sources';

export type MmeEra = 'cdc2016' | 'cdc2022';

export interface MethadoneTier {
  /** Inclusive daily dose range in mg; `to` is open-ended when undefined. */
  fromMg: number;
  toMg?: number;
  factor: number;
}

export interface MmeFactor extends Sourced {
  opioid: string;
  unit: 'mg' | 'mcg/hr';
  cdc2016: number | MethadoneTier[];
  cdc2022: number;
  note?: string;
}

const REF = CDC_FACTORS;

function f(opioid: string, cdc2016: number | MethadoneTier[], cdc2022: number, unit: 'mg' | 'mcg/hr' = 'mg', note?: string): MmeFactor {
  const x: MmeFactor = { opioid, unit, cdc2016, cdc2022, source: REF, verified: true };
  if (note) x.note = note;
  return x;
}

export const MME_FACTORS: readonly MmeFactor[] = [
  f('codeine', 0.15, 0.15),
  f('fentanyl transdermal', 2.4, 2.4, 'mcg/hr', 'claims-data variants (CMS 2014, CDC 2017 files) use 7.2 per dispensed patch day'),
  f('hydrocodone', 1, 1),
  f('hydromorphone', 4, 5),
  f(
    'methadone',
    [
      { fromMg: 1, toMg: 20, factor: 4 },
      { fromMg: 21, toMg: 40, factor: 8 },
      { fromMg: 41, toMg: 60, factor: 10 },
      { fromMg: 61, factor: 12 },
    ],
    4.7,
    'mg',
    'CDC 2022 uses a flat 4.7; the CMS file uses 3',
  ),
  f('morphine', 1, 1),
  f('oxycodone', 1.5, 1.5),
  f('oxymorphone', 3, 3),
  f('tapentadol', 0.4, 0.4, 'mg', 'CDC 2016 data file'),
  f('tramadol', 0.1, 0.2, 'mg', 'CDC 2016 data file'),
];

/** The CDC 2016-era factors stand in for the CPMTG 2009's own; whether they agree has not been checked. */
export const CPMTG_2009_FACTORS_NOTE = {
  text: 'The CDC 2016-era factors are used; whether the MTUS Chronic Pain Medical Treatment Guidelines (2009) give the same factors has not been checked.',
  /** The same, as a clause inside a sentence. */
  clause: 'whether the 2009 guideline gives the same factors has not been checked',
  source: CPMTG_2009_DOC,
  verified: false,
} as const;

export interface MmeThreshold extends Sourced {
  guideline: string;
  mmePerDay?: number;
  text: string;
}

export const MME_THRESHOLDS: readonly MmeThreshold[] = [
  {
    guideline: 'CPMTG 2009',
    mmePerDay: 120,
    text: 'keep the total daily dose under 120 mg oral morphine equivalents',
    source: `${CPMTG_2009_DOC}, Opioids, dosing`,
    verified: true,
  },
  { guideline: 'CDC 2016', mmePerDay: 50, text: 'reassess benefits and risks at 50 MME/day or more', source: CDC_2016, verified: true },
  { guideline: 'CDC 2016', mmePerDay: 90, text: 'avoid, or carefully justify, 90 MME/day or more', source: CDC_2016, verified: true },
  {
    guideline: 'MTUS Opioids 2016',
    text: 'section 3.3.8 sets a dosing threshold and section 5 requires documenting morphine equivalents (the threshold value is not given here)',
    source: `${OPIOIDS_2016_DOC}, sections 3.3.8 and 5`,
    unchecked: `threshold value ${NOT_CHECKED}`,
    verified: false,
  },
];

/** The factor for an opioid (generic name, lower case) in an era; methadone needs the daily mg in 2016. */
export function mmeFactor(opioid: string, era: MmeEra, dailyMg?: number): number | undefined {
  const entry = MME_FACTORS.find((x) => x.opioid === opioid.toLowerCase());
  if (!entry) return undefined;
  const v = era === 'cdc2016' ? entry.cdc2016 : entry.cdc2022;
  if (typeof v === 'number') return v;
  if (dailyMg === undefined || dailyMg <= 0) return undefined;
  const tier = v.find((t) => t.toMg === undefined || dailyMg <= t.toMg);
  return tier ? tier.factor : v[v.length - 1].factor;
}

/** Daily MME over a range of units a day, with the factor used at each end (methadone's tier may differ). */
export interface MmeRange {
  min: number;
  max: number;
  factors: [number, number];
}

const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * Daily MME for `perUnit` (mg a unit; mcg/hr a patch worn) × `units` a day (lowest, highest).
 * Undefined when the opioid has no factor, or methadone's 2016 tier has no dose to go by.
 */
export function dailyMme(opioid: string, era: MmeEra, perUnit: number, units: { min: number; max: number }): MmeRange | undefined {
  const lo = perUnit * units.min;
  const hi = perUnit * units.max;
  const fLo = mmeFactor(opioid, era, lo);
  const fHi = mmeFactor(opioid, era, hi);
  if (fLo === undefined || fHi === undefined) return undefined;
  return { min: round(lo * fLo), max: round(hi * fHi), factors: [fLo, fHi] };
}

/** Whether the CDC 2016-era and CDC 2022 factors differ for an opioid. */
export function erasDiffer(opioid: string): boolean {
  const entry = MME_FACTORS.find((x) => x.opioid === opioid.toLowerCase());
  return !!entry && entry.cdc2016 !== entry.cdc2022;
}

/** What each era's factors are called in messages. */
export const ERA_LABEL: Record<MmeEra, string> = { cdc2016: 'CDC 2016-era', cdc2022: 'CDC 2022' };
