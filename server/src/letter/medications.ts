// Drug mentions in a stretch of a letter: the drug (brand or generic, through the knowledge tables),
// the strength written after it, and the units a day its wording states ("2 pills twice a day",
// "1-2 tabs every 4-6 hours", "#60 day supply: 30"). Pure: text and offsets in, facts out.
// "#120" alone is a quantity, not a daily use; what the wording does not say stays unknown. How
// many units a day the wording states is read in ./daily-use.ts, an opioid's MME in ./opioid-dose.ts.

import { drugsIn, type DrugEntry, type DrugMatch } from '../knowledge';
import type { Span } from '../base/span';
import { readDailyUse, type DailyUse } from './daily-use';

export interface Strength {
  /** As written: "10/325mg", "50MCG", "7.5-325 mg". */
  text: string;
  span: Span;
  /** The numbers in order: [10, 325]. */
  values: number[];
  /** The unit, normalised ('mg', 'mcg', 'mcg/hr', 'g', 'ml', '%'); none for "10/325". */
  unit?: string;
}

export interface Medication {
  entry: DrugEntry;
  /** The drug's name as written, and how it matched the table. */
  name: string;
  by: DrugMatch['by'];
  nameSpan: Span;
  /** Name, aliases, strength and dosing wording together. */
  span: Span;
  strength?: Strength;
  /** A patch is dosed by its rate: mcg/hr, worn continuously. */
  patch: boolean;
  dailyUse?: DailyUse;
}

// Words between a name and its strength: "(hydrocodone/APAP)", "-Acetaminophen", "HCL ER", "PATCHES".
const FILLER_RE =
  /^(?:[\s,]*(?:\([^()\d]{0,60}\)|[-/]\s*[A-Za-z]+|with\s+acetaminophen|HCL|HCl|hydrochloride|bitartrate|ER|IR|CR|SR|XR|DS|extended[\s-]release|immediate[\s-]release|tablets?|tabs?|capsules?|caps?|patch(?:es)?|transdermal|oral|solution|suspension)(?![a-z]))*/i;
const STRENGTH_RE =
  /^[\s,:]*(\d+(?:\.\d+)?(?:\s*[/-]\s*\d+(?:\.\d+)?)*)(?:\s*(mg|mcg\s*\/\s*h(?:r|our)?|mcg|micrograms?|gm?|grams?|ml|%)(?![a-z]))?/i;
// A clause ends at ";" or at "." or ":" before a word (not "day supply: 30", not "7.5").
const CLAUSE_END_RE = /;|[.:](?=\s+[A-Za-z(])/;
const MAX_CLAUSE = 160;

/** The drugs named in `range` of `text`, each with its strength and daily use where stated. */
export function medicationsIn(text: string, range: Span): Medication[] {
  const slice = text.slice(range.start, range.end);
  const matches = drugsIn(slice);
  const out: Medication[] = [];
  let covered = 0;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    if (m.index < covered) continue; // an alias inside the previous mention: "Tramadol (Ultram)"
    // The next drug named after this one's name and the words that may follow it.
    const after = m.index + m.name.length + (FILLER_RE.exec(slice.slice(m.index + m.name.length))?.[0].length ?? 0);
    let next = i + 1;
    while (next < matches.length && matches[next].index < after) next++;
    const med = readMention(slice, m, next < matches.length ? matches[next].index : slice.length);
    covered = med.span.end;
    out.push(shift(med, range.start));
  }
  return out;
}

function readMention(slice: string, match: DrugMatch, limit: number): Medication {
  const nameEnd = match.index + match.name.length;
  let at = nameEnd + (FILLER_RE.exec(slice.slice(nameEnd, limit))?.[0].length ?? 0);
  const med: Medication = {
    entry: match.entry,
    name: match.name,
    by: match.by,
    nameSpan: { start: match.index, end: nameEnd },
    span: { start: match.index, end: at },
    patch: false,
  };
  const words = slice.slice(nameEnd, at);
  const strength = readStrength(slice.slice(at, limit), at);
  if (strength) {
    med.strength = strength;
    at = strength.span.end;
  }
  const form = match.entry.opioid?.form;
  med.patch = form === 'patch' || (form === 'any' && (strength?.unit === 'mcg/hr' || /patch|transdermal/i.test(words)));
  const rest = slice.slice(at, limit);
  const end = CLAUSE_END_RE.exec(rest.slice(0, MAX_CLAUSE));
  const clause = rest.slice(0, end ? end.index : Math.min(rest.length, MAX_CLAUSE));
  const use = readDailyUse(clause, at, med.patch);
  if (use) med.dailyUse = use;
  med.span.end = Math.max(at, use ? use.span.end : at);
  med.span.end = trimEnd(slice, med.span);
  return med;
}

function readStrength(text: string, offset: number): Strength | undefined {
  const m = STRENGTH_RE.exec(text);
  if (!m) return undefined;
  const values = m[1].split(/(?:(?<!\s)\s+)?[/-]\s*/).map(Number);
  const unit = m[2] ? normUnit(m[2]) : undefined;
  // Without a unit only a combination reads as a strength ("10/325": one part 100–999 mg, as
  // acetaminophen is): not "10", not a date "11/15" or "11/15/2016", not a pain score "7/10".
  const most = Math.max(...values);
  if (!unit && (values.length !== 2 || most < 100 || most >= 1000)) return undefined;
  const start = offset + m[0].length - m[0].trimStart().length;
  return { text: m[0].trim(), span: { start, end: offset + m[0].length }, values, ...(unit ? { unit } : {}) };
}

function normUnit(unit: string): string {
  const x = unit.toLowerCase().replace(/\s+/g, '');
  if (x.startsWith('mcg/h')) return 'mcg/hr';
  if (x.startsWith('microgram')) return 'mcg';
  if (/^(?:g|gm|grams?)$/.test(x)) return 'g';
  return x;
}

function trimEnd(slice: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /[\s,;:]/.test(slice[end - 1])) end--;
  return end;
}

function shift(medication: Medication, offset: number): Medication {
  const moved = (span: Span): Span => ({ start: span.start + offset, end: span.end + offset });
  const out: Medication = { ...medication, nameSpan: moved(medication.nameSpan), span: moved(medication.span) };
  if (medication.strength) out.strength = { ...medication.strength, span: moved(medication.strength.span) };
  if (medication.dailyUse) out.dailyUse = { ...medication.dailyUse, span: moved(medication.dailyUse.span) };
  return out;
}
