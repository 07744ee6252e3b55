// Hover on a drug, in an item title or in the text: each name on its own (every ingredient of a
// combination or compound, every brand) with its substance, class, route and the strength written
// for it; on an item title also the amount asked for, as written; for an opioid its daily morphine
// milligram equivalents when strength and daily use are known, with the factor of each era. What
// the letter does not state is said to be not stated, never guessed; a product whose contents the
// drug table has no public source for, or a name it does not know, is shown as the letter writes it.

import { CPMTG_2009_FACTORS_NOTE, ERA_LABEL, MME_FACTORS, erasDiffer, type DrugRoute, type MmeRange } from '../../knowledge';
import { spanContains, type Span } from '../../base/span';
import type { Item, Letter } from '../../letter';
import { formatAmount } from '../../base/format';
import { markdownText } from '../../base/markdown';
import { foldSpaces } from '../../base/text';
import { amountsIn } from '../../letter/amounts';
import { drugNamesIn, routeFor, type DrugName, type RouteReading } from '../../letter/ingredients';
import { medicationsIn, type Medication } from '../../letter/medications';
import { opioidDose, unknownText, type OpioidDose } from '../../letter/opioid-dose';
import { unverified, type HoverResult } from './markdown';

export function drugHover(letter: Letter, offset: number): HoverResult | undefined {
  const item = letter.items.find((i) => spanContains(i.titleSpan, offset));
  const range = item ? item.titleSpan : around(letter.text, offset);
  const names = drugNamesIn(letter.text, range, !!item);
  // On an item title the drug it names answers anywhere on the title but a date; in the text, only its words.
  const onDate = (): boolean => letter.dates.some((d) => spanContains(d.span, offset));
  const name =
    names.find((n) => spanContains(n.span, offset)) ??
    (item && !onDate() ? ([...names].reverse().find((n) => n.span.start <= offset) ?? names[0]) : undefined);
  if (!name) return undefined;
  const med = name.match && medicationsIn(letter.text, range).find((m) => m.nameSpan.start === name.span.start);
  const own: Span = {
    start: name.span.start,
    end: Math.max(name.span.end, name.strength && !name.strength.share ? name.strength.span.end : 0),
  };
  const span = [med?.span, own].find((s) => s && spanContains(s, offset)) ?? (item ? item.titleSpan : own);
  return {
    span,
    markdown: nameMarkdown(letter.text, name, med, item, routeFor(letter.text, name, names, range, !!item, med ? med.span : undefined)),
  };
}

/** A window of text around an offset, starting at a word, wide enough for a drug and its dose. */
function around(text: string, offset: number): Span {
  let start = Math.max(0, offset - 200);
  while (start > 0 && start < offset && !/\s/.test(text[start - 1])) start++;
  return { start, end: Math.min(text.length, offset + 300) };
}

function nameMarkdown(text: string, drugName: DrugName, med: Medication | undefined, item: Item | undefined, route: RouteReading): string {
  const said = markdownText(
    foldSpaces(item ? item.title : text.slice(drugName.span.start, (med?.span ?? drugName.strength?.span ?? drugName.span).end)),
  );
  const e = drugName.match?.entry;
  if (!e || e.contentsUnknown) return unknownMarkdown(drugName, said, !!e);
  const lines = [`**${markdownText(drugName.name)}**: ${identity(drugName)} · ${e.drugClass}${unverified(e)}`];
  if (e.note) lines.push('', `_${e.note}_`);
  const dose = med && opioidDose(med);
  lines.push('', dose ? doseStrength(med, dose, drugName) : strengthLine(drugName), routeLine(drugName, route, !!item));
  if (item) lines.push(...quantityLines(item.title));
  if (dose) lines.push(...useLines(med, dose));
  lines.push('', `Source: ${[e.source, ...(dose?.opioid ? [factorSource(dose.opioid)] : [])].join('; ')}`);
  return lines.join('\n');
}

function unknownMarkdown(drugName: DrugName, said: string, named: boolean): string {
  const what = named
    ? 'a compounded or proprietary product; what it holds is not given by the public sources of the drug table (FDA labels on DailyMed, RxNorm)'
    : 'not in the drug table: nothing is said of it here beyond what the letter writes';
  return [
    `**${markdownText(drugName.name)}**: ${what}.`,
    '',
    `The letter says: "${said}"`,
    '',
    strengthLine(drugName),
    '',
    "Source: the letter's own words",
  ].join('\n');
}

function identity(drugName: DrugName): string {
  const { entry: e, by } = drugName.match!;
  if (by === 'brand') return e.generic;
  if (by === 'ingredient') return `an ingredient of ${e.brands.join(', ')} (${e.generic})`;
  return e.brands.length ? `${e.generic} (brands: ${e.brands.join(', ')})` : e.generic;
}

const ORDINAL = ['1st', '2nd', '3rd', '4th', '5th'];

function strengthLine(drugName: DrugName): string {
  const s = drugName.strength;
  if (!s) return '- Strength: not written after the name';
  if (s.share)
    return `- Strength: ${s.share.value} (the ${ORDINAL[s.share.index]} of the ${s.share.of} numbers in "${markdownText(s.text)}", one for each name joined before it)`;
  return `- Strength: ${markdownText(s.text)} (as written)`;
}

function routeLine(drugName: DrugName, written: RouteReading, onTitle: boolean): string {
  const e = drugName.match!.entry;
  if (written && 'route' in written)
    return `- Route: ${patchOf(written.route, e.opioid !== undefined && /patch/i.test(written.words))} ("${markdownText(written.words)}")`;
  if (e.route && drugName.match!.by === 'brand') return `- Route: ${e.route} (the product's form)`;
  if (written)
    return `- Route: not read for this name (the request writes ${written.several.map((w) => `"${markdownText(w)}"`).join(' and ')})`;
  return onTitle ? '- Route: not stated' : '- Route: not written beside the name';
}

/** An opioid patch acts through the skin; other patches on it. */
const patchOf = (route: DrugRoute, opioidPatch: boolean): DrugRoute => (opioidPatch ? 'through the skin (patch)' : route);

function quantityLines(title: string): string[] {
  const amounts = amountsIn(title);
  const asked = amounts.filter((a) => a.kind !== 'refills');
  const refills = amounts.filter((a) => a.kind === 'refills');
  const out = [
    asked.length
      ? `- Quantity: ${asked.map((a) => markdownText(a.text.trim())).join(', ')} (as written)`
      : '- Quantity: none written in the request',
  ];
  if (refills.length) out.push(`- Refills: ${refills.map((a) => markdownText(a.text.trim())).join(', ')}`);
  return out;
}

function doseStrength(medication: Medication, dose: OpioidDose, drugName: DrugName): string {
  const unitWord = medication.patch ? 'patch' : 'unit';
  if (dose.perUnit) {
    const generic = dose.opioid!.replace(' transdermal', '');
    return `- Strength: ${formatAmount(dose.perUnit.amount)} ${dose.perUnit.unit} ${generic} a ${unitWord} ("${markdownText(medication.strength!.text)}")${dose.perUnit.note ? `; ${markdownText(dose.perUnit.note)}` : ''}`;
  }
  const why = dose.unknown.find((u) => u.part === 'strength')?.why;
  if (drugName.strength && why)
    return `- Strength: ${markdownText(drugName.strength.text)} (as written); the opioid's amount a ${unitWord} is not read: ${markdownText(why)}`;
  return drugName.strength || !why ? strengthLine(drugName) : `- Strength: not stated`;
}

function useLines(medication: Medication, dose: OpioidDose): string[] {
  if (!dose.opioid) return ['', `**MME/day: unknown**: no factor (${markdownText(dose.unknown[0].why)}).`];
  const out: string[] = [];
  const use = medication.dailyUse;
  if (use) {
    const perDay = use.min === use.max ? formatAmount(use.min) : `${formatAmount(use.min)}–${formatAmount(use.max)}`;
    out.push(`- Daily use: ${markdownText(use.reading)}${medication.patch ? '' : ` = ${perDay} a day`}`);
    for (const note of use.notes) out.push(`  - _${markdownText(note)}_`);
  } else
    out.push(
      `- Daily use: unknown (${markdownText(dose.unknown[dose.unknown.length - 1].why)}; a quantity such as "#120" is not a daily use)`,
    );
  out.push('', dose.mme ? mmeLine(dose.mme, dose.opioid, !!use?.asNeeded) : `**MME/day: unknown**: ${markdownText(unknownText(dose))}.`);
  return out;
}

const span = (range: MmeRange): string =>
  range.min === range.max ? formatAmount(range.min) : `${formatAmount(range.min)}–${formatAmount(range.max)}`;
const factors = (range: MmeRange): string =>
  range.factors[0] === range.factors[1]
    ? formatAmount(range.factors[0])
    : `${formatAmount(range.factors[0])}–${formatAmount(range.factors[1])}`;

function mmeLine(mme: NonNullable<OpioidDose['mme']>, opioid: string, asNeeded: boolean): string {
  const most = asNeeded && mme.cdc2016.min !== mme.cdc2016.max ? ' (the lower figure at the least frequent dosing the order allows)' : '';
  if (!erasDiffer(opioid))
    return `**MME/day: ${span(mme.cdc2016)}**${most}: factor ${factors(mme.cdc2016)} (the CDC 2016-era and CDC 2022 tables agree).`;
  const note = `_${CPMTG_2009_FACTORS_NOTE.text}_`;
  return `**MME/day: ${span(mme.cdc2016)}** with the ${ERA_LABEL.cdc2016} factor ${factors(mme.cdc2016)}; **${span(mme.cdc2022)}** with the ${ERA_LABEL.cdc2022} factor ${factors(mme.cdc2022)}${most}.\n\n${note}`;
}

function factorSource(opioid: string): string {
  const f = MME_FACTORS.find((x) => x.opioid === opioid);
  return f ? f.source + (f.note ? ` (${f.opioid}: ${f.note})` : '') : '';
}
