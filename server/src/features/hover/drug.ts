// Hover on a drug, in an item title or in the text: brand -> generic and class, and for an opioid
// its daily morphine milligram equivalents when strength and daily use are known, with the factor
// of each era; what the letter does not state is called unknown, never guessed.

import { CPMTG_2009_FACTORS_NOTE, ERA_LABEL, MME_FACTORS, erasDiffer, type MmeRange } from '../../knowledge';
import { spanContains, type Span } from '../../base/span';
import type { Letter } from '../../letter';
import { formatAmount } from '../../base/format';
import { medicationsIn, type Medication } from '../../letter/medications';
import { opioidDose, unknownText, type OpioidDose } from '../../letter/opioid-dose';
import { unverified, type HoverResult } from './markdown';

export function drugHover(letter: Letter, offset: number): HoverResult | undefined {
  const item = letter.items.find((i) => spanContains(i.titleSpan, offset));
  const meds = medicationsIn(letter.text, item ? item.titleSpan : around(letter.text, offset));
  // On an item title the drug it names answers anywhere on the title but a date; in the text, only its words.
  const onDate = (): boolean => letter.dates.some((d) => spanContains(d.span, offset));
  const med = meds.find((m) => spanContains(m.span, offset)) ?? (item && !onDate() ? ([...meds].reverse().find((m) => m.span.start <= offset) ?? meds[0]) : undefined);
  return med && { span: med.span, markdown: drugMarkdown(med) };
}

/** A window of text around an offset, starting at a word, wide enough for a drug and its dose. */
function around(text: string, offset: number): Span {
  let start = Math.max(0, offset - 200);
  while (start > 0 && start < offset && !/\s/.test(text[start - 1])) start++;
  return { start, end: Math.min(text.length, offset + 300) };
}

export function drugMarkdown(m: Medication): string {
  const e = m.entry;
  const lines = [`**${m.name}**: ${identity(m)} · ${e.drugClass}${unverified(e)}`];
  if (e.note) lines.push('', `_${e.note}_`);
  const dose = opioidDose(m);
  if (dose) lines.push('', ...doseLines(m, dose));
  lines.push('', `Source: ${[e.source, ...(dose?.opioid ? [factorSource(dose.opioid)] : [])].join('; ')}`);
  return lines.join('\n');
}

function identity(m: Medication): string {
  const e = m.entry;
  if (m.by === 'brand') return e.generic;
  if (m.by === 'ingredient') return `an ingredient of ${e.brands.join(', ')} (${e.generic})`;
  return e.brands.length ? `${e.generic} (brands: ${e.brands.join(', ')})` : e.generic;
}

function doseLines(m: Medication, dose: OpioidDose): string[] {
  const out: string[] = [];
  if (!dose.opioid) return [`**MME/day: unknown**: no factor (${dose.unknown[0].why}).`];
  const unitWord = m.patch ? 'patch' : 'unit';
  if (dose.perUnit) {
    const generic = dose.opioid.replace(' transdermal', '');
    out.push(`- Strength: ${formatAmount(dose.perUnit.amount)} ${dose.perUnit.unit} ${generic} a ${unitWord} ("${m.strength!.text}")${dose.perUnit.note ? `; ${dose.perUnit.note}` : ''}`);
  } else out.push(`- Strength: unknown (${dose.unknown[0].why})`);
  const use = m.dailyUse;
  if (use) {
    const perDay = use.min === use.max ? formatAmount(use.min) : `${formatAmount(use.min)}–${formatAmount(use.max)}`;
    out.push(`- Daily use: ${use.reading}${m.patch ? '' : ` = ${perDay} a day`}`);
    for (const n of use.notes) out.push(`  - _${n}_`);
  } else out.push(`- Daily use: unknown (${dose.unknown[dose.unknown.length - 1].why}; a quantity such as "#120" is not a daily use)`);
  out.push('', dose.mme ? mmeLine(dose.mme, dose.opioid, !!use?.asNeeded) : `**MME/day: unknown**: ${unknownText(dose)}.`);
  return out;
}

const span = (r: MmeRange): string => (r.min === r.max ? formatAmount(r.min) : `${formatAmount(r.min)}–${formatAmount(r.max)}`);
const factors = (r: MmeRange): string => (r.factors[0] === r.factors[1] ? formatAmount(r.factors[0]) : `${formatAmount(r.factors[0])}–${formatAmount(r.factors[1])}`);

function mmeLine(mme: NonNullable<OpioidDose['mme']>, opioid: string, asNeeded: boolean): string {
  const most = asNeeded && mme.cdc2016.min !== mme.cdc2016.max ? ' (the lower figure at the least frequent dosing the order allows)' : '';
  if (!erasDiffer(opioid)) return `**MME/day: ${span(mme.cdc2016)}**${most}: factor ${factors(mme.cdc2016)} (the CDC 2016-era and CDC 2022 tables agree).`;
  const note = `_${CPMTG_2009_FACTORS_NOTE.text}_`;
  return `**MME/day: ${span(mme.cdc2016)}** with the ${ERA_LABEL.cdc2016} factor ${factors(mme.cdc2016)}; **${span(mme.cdc2022)}** with the ${ERA_LABEL.cdc2022} factor ${factors(mme.cdc2022)}${most}.\n\n${note}`;
}

function factorSource(opioid: string): string {
  const f = MME_FACTORS.find((x) => x.opioid === opioid);
  return f ? f.source + (f.note ? ` (${f.opioid}: ${f.note})` : '') : '';
}
