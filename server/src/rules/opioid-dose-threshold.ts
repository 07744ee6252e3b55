import { CPMTG_2009_FACTORS_NOTE, ERA_LABEL, MME_THRESHOLDS } from '../knowledge';
import type { Span } from '../base/span';
import { escapeRegExp, allMatches, MAX_PHRASE_PATTERN } from '../base/text';
import type { Item, Letter } from '../letter';
import { formatAmount } from '../base/format';
import { addTo } from '../base/sorted';
import { medicationsIn, type Medication } from '../letter/medications';
import { opioidDose, unknownText, type OpioidDose } from '../letter/opioid-dose';
import { matchSpan, quoted, type Finding, type Related, type Rule } from './rule';

const CEILING = MME_THRESHOLDS.find((t) => t.guideline === 'CPMTG 2009')!;
const LIMIT = CEILING.mmePerDay!;
/** The parts a message names, at most: a list of thousands of items is summed, not read out. */
const MAX_LISTED = 20;

interface Part {
  item: Item;
  med: Medication;
  dose: OpioidDose;
  label: string;
  /** The MME a day this part adds to the sum (the lowest its wording allows), when known. */
  counted?: number;
  note?: string;
}

/** The opioids the items request add up to the CPMTG 2009 ceiling of 120 MME a day or more. */
export const opioidDoseThreshold: Rule = {
  id: 'opioid-dose-threshold',
  title: `Opioids requested reach ${LIMIT} MME a day`,
  defaultSeverity: 'warning',
  check(letter: Letter) {
    const parts = opioidParts(letter);
    countOncePerOpioid(parts);
    const counted = parts.filter((p) => p.counted !== undefined);
    const total = Math.round(counted.reduce((sum, p) => sum + p.counted!, 0) * 100) / 100;
    if (!counted.length || total < LIMIT) return [];
    // "At least" when a part could not be counted, or is counted at the low end of its range; a
    // part left out because the same opioid is counted elsewhere takes nothing from the sum.
    const atLeast = parts.some(
      (p) => (p.counted === undefined && !p.note) || (p.counted !== undefined && p.dose.mme!.cdc2016.max > p.counted),
    );
    // The sum counts every part; the message and the related items name the first few of a long list.
    const listed = parts.slice(0, MAX_LISTED);
    const more = parts.length - listed.length;
    const sum = `${listed.map(describe).join(' + ')}${more ? ` + ${more.toLocaleString('en-US')} more part${more === 1 ? '' : 's'}` : ''}`;
    const message =
      `The opioids requested come to ${atLeast ? 'at least ' : ''}${formatAmount(total)} MME a day, at or over the ceiling of the MTUS Chronic Pain ` +
      `Medical Treatment Guidelines (2009) (${CEILING.text}): ${sum}. Factors: ${ERA_LABEL.cdc2016} (${CPMTG_2009_FACTORS_NOTE.clause}).`;
    const related: Related[] = listed.map((p) => ({ span: p.item.titleSpan, message: `Item ${p.item.index + 1}: ${describe(p)}` }));
    return [{ span: counted[0].item.titleSpan, message, related } satisfies Finding];
  },
};

function opioidParts(letter: Letter): Part[] {
  const parts: Part[] = [];
  for (const item of letter.items) {
    for (const med of medicationsIn(letter.text, requestSpan(letter.text, item))) {
      const dose = opioidDose(med);
      if (!dose) continue;
      const label = quoted(letter, med.span);
      parts.push({ item, med, dose, label, ...(dose.mme ? { counted: dose.mme.cdc2016.min } : {}) });
    }
  }
  return parts;
}

/** Where the request an item decides stands in its title: for a partial certification, the last
 * statement of the remainder ("Norco 10/325mg #60 was the original request. ... Norco 10/325mg #35"). */
function requestSpan(text: string, item: Item): Span {
  if (!item.partial || item.title.length > MAX_PHRASE_PATTERN) return item.titleSpan;
  const re = new RegExp(item.title.trim().split(/\s+/).map(escapeRegExp).join('\\s+'), 'g');
  const found = allMatches(re, text.slice(item.titleSpan.start, item.titleSpan.end)).pop();
  return found ? matchSpan(found, item.titleSpan.start) : item.titleSpan;
}

// One opioid in several items (a retrospective and a current request, a changed strength) is
// likely one regimen: count its largest part once. A long-acting and a short-acting form of it
// (OxyContin and oxycodone for breakthrough pain) are two parts of a regimen: both count.
//
// Within a regimen, the first of its largest parts stays counted. Each part before it is counted
// in the next larger part after it, and each part after it in it (as a search of the whole list,
// part by part, would name them), found in one pass over the regimen's parts.
function countOncePerOpioid(parts: Part[]): void {
  const regimens = new Map<string, Part[]>();
  for (const p of parts) if (p.counted !== undefined) addTo(regimens, `${p.dose.opioid}\u0000${extendedRelease(p)}`, p);
  for (const regimen of regimens.values()) {
    const counts = regimen.map((p) => p.counted!);
    let kept = 0;
    for (let i = 1; i < counts.length; i++) if (counts[i] > counts[kept]) kept = i;
    const larger = nextLarger(counts);
    regimen.forEach((p, i) => {
      if (i === kept) return;
      p.note = `${p.dose.opioid} is counted once, in item ${regimen[i < kept ? larger[i] : kept].item.index + 1}`;
      delete p.counted;
    });
  }
}

/** For each number, the index of the first larger one after it (-1 if none): one pass from the end, keeping the candidates. */
function nextLarger(numbers: number[]): number[] {
  const out = new Array<number>(numbers.length).fill(-1);
  const candidates: number[] = [];
  for (let i = numbers.length - 1; i >= 0; i--) {
    while (candidates.length && numbers[candidates[candidates.length - 1]] <= numbers[i]) candidates.pop();
    if (candidates.length) out[i] = candidates[candidates.length - 1];
    candidates.push(i);
  }
  return out;
}

const EXTENDED_RELEASE =
  /\b(?:ER|CR|SR|XR|XL|extended[\s-]release|controlled[\s-]release|sustained[\s-]release|long[\s-]acting)\b|contin\b/i;

/** Whether the drug is a long-acting form: by its name in the drug table ("oxycodone ER") or the letter's words ("Oxycodone ER 20 mg"). */
function extendedRelease(part: Part): boolean {
  return EXTENDED_RELEASE.test(part.med.entry.generic) || EXTENDED_RELEASE.test(part.label);
}

function describe(part: Part): string {
  const { dose, med } = part;
  if (!dose.mme) return `${part.label} (${unknownText(dose)}: not counted)`;
  const r = dose.mme.cdc2016;
  const factor = r.factors[0] === r.factors[1] ? formatAmount(r.factors[0]) : `${formatAmount(r.factors[0])}–${formatAmount(r.factors[1])}`;
  const perUnit = `${formatAmount(dose.perUnit!.amount)} ${dose.perUnit!.unit}`;
  const use = med.dailyUse!;
  const units = use.min === use.max ? formatAmount(use.min) : `${formatAmount(use.min)}–${formatAmount(use.max)}`;
  const sum =
    med.patch && use.max === 1 ? `${perUnit} × ${factor}` : `${perUnit} × ${units}${med.patch ? ' patches' : ' a day'} × ${factor}`;
  const mme = r.min === r.max ? formatAmount(r.min) : `${formatAmount(r.min)}–${formatAmount(r.max)}`;
  const extra = [r.min !== r.max ? `${formatAmount(r.min)} counted` : '', use.asNeeded ? 'as needed' : '', part.note ?? ''].filter(Boolean);
  return `${part.label} = ${sum} = ${mme} MME${extra.length ? ` (${extra.join('; ')})` : ''}`;
}
