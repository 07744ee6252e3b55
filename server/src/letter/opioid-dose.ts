// An opioid mention's daily morphine milligram equivalents (MME), or what is missing to know them:
// its amount a unit (mg a tablet, mcg/hr a patch) times its daily use, by the conversion factors
// of ../knowledge/mme.ts.

import { dailyMme, type MmeEra, type MmeRange } from '../knowledge';
import type { Medication } from './medications';

export interface OpioidDose {
  /** The opioid's name in the MME table ("hydrocodone", "fentanyl transdermal"), when it has one. */
  opioid?: string;
  /** The opioid's amount a unit: mg a tablet, or mcg/hr a patch. */
  perUnit?: { amount: number; unit: 'mg' | 'mcg/hr'; note?: string };
  /** What keeps the daily MME from being known, said plainly: strength "not stated". */
  unknown: { part: 'strength' | 'daily use' | 'factor'; why: string }[];
  /** Daily MME by era, lowest and highest the wording allows, when nothing is unknown. */
  mme?: Record<MmeEra, MmeRange>;
}

/** The daily MME of an opioid mention, or what is missing to know it; undefined for other drugs. */
export function opioidDose(medication: Medication): OpioidDose | undefined {
  const info = medication.entry.opioid;
  if (!info) return undefined;
  if (!info.mme)
    return {
      unknown: [{ part: 'factor', why: `${info.name ?? medication.entry.generic.split(' ')[0]} is left out of the conversion tables` }],
    };
  const dose: OpioidDose = { opioid: medication.patch ? 'fentanyl transdermal' : info.mme, unknown: [] };
  const amount = perUnit(medication, info.position);
  if (typeof amount === 'string') dose.unknown.push({ part: 'strength', why: amount });
  else dose.perUnit = amount;
  if (!medication.dailyUse)
    dose.unknown.push({
      part: 'daily use',
      why: medication.patch ? 'how many patches are worn, and how often changed, is not stated' : 'not stated',
    });
  if (dose.perUnit && medication.dailyUse && !dose.unknown.length) {
    const a = dose.perUnit.amount;
    const cdc2016 = dailyMme(dose.opioid!, 'cdc2016', a, medication.dailyUse);
    const cdc2022 = dailyMme(dose.opioid!, 'cdc2022', a, medication.dailyUse);
    if (cdc2016 && cdc2022) dose.mme = { cdc2016, cdc2022 };
  }
  return dose;
}

/** What is unknown, for a message: "strength unknown (not stated)". */
export const unknownText = (dose: OpioidDose): string =>
  dose.unknown.map((u) => `${u.part} ${u.why === 'not stated' ? u.why : `unknown: ${u.why}`}`).join('; ');

/** The opioid's amount in one unit, or why it is not known. */
function perUnit(medication: Medication, position: 'first' | 'last'): NonNullable<OpioidDose['perUnit']> | string {
  const s = medication.strength;
  if (!s) return 'not stated';
  if (medication.patch) {
    if (s.unit === 'mcg/hr') return { amount: s.values[0], unit: 'mcg/hr' };
    if (s.unit === 'mcg' && medication.entry.opioid?.form === 'patch')
      return { amount: s.values[0], unit: 'mcg/hr', note: `"${s.text}" read as the patch's rate, ${s.values[0]} mcg/hr` };
    return `"${s.text}" is not a patch rate in mcg/hr`;
  }
  if (medication.entry.opioid?.form === 'suspension') return 'given per ml; a dose in ml is not read';
  if (medication.entry.opioid?.form === 'any') return `${medication.name} other than a patch has no factor here`;
  if (s.unit !== undefined && s.unit !== 'mg') return `"${s.text}" is not in mg`;
  const amount = position === 'first' ? s.values[0] : s.values[s.values.length - 1];
  if (s.values.length > 1 && amount > Math.min(...s.values)) return `in "${s.text}", which number is the opioid is unclear`;
  return { amount, unit: 'mg' };
}
