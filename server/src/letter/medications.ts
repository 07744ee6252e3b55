// Drug mentions in a stretch of a letter: the drug (brand or generic, through the knowledge tables),
// the strength written after it, and the units a day its wording states ("2 pills twice a day",
// "1-2 tabs every 4-6 hours", "#60 day supply: 30"). Pure: text and offsets in, facts out.
// "#120" alone is a quantity, not a daily use; what the wording does not say stays unknown.

import { dailyMme, drugsIn, type DrugEntry, type DrugMatch, type MmeEra, type MmeRange } from '../knowledge';
import { WORD_NUMBERS } from './request';
import type { Span } from '../base/span';

export interface Strength {
  /** As written: "10/325mg", "50MCG", "7.5-325 mg". */
  text: string;
  span: Span;
  /** The numbers in order: [10, 325]. */
  values: number[];
  /** The unit, normalised ('mg', 'mcg', 'mcg/hr', 'g', 'ml', '%'); none for "10/325". */
  unit?: string;
}

export interface DailyUse {
  /** Units a day (tablets, capsules; for a patch, patches worn at a time), lowest and highest. */
  min: number;
  max: number;
  /** How the wording reads, e.g. "2 a dose × twice a day". */
  reading: string;
  /** The wording it was read from. */
  span: Span;
  asNeeded: boolean;
  /** What was assumed or averaged, said plainly ("1 a dose: the count is not stated"). */
  notes: string[];
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
const FILLER_RE = /^(?:[\s,]*(?:\([^()\d]{0,60}\)|[-/]\s*[A-Za-z]+|with\s+acetaminophen|HCL|HCl|hydrochloride|bitartrate|ER|IR|CR|SR|XR|DS|extended[\s-]release|immediate[\s-]release|tablets?|tabs?|capsules?|caps?|patch(?:es)?|transdermal|oral|solution|suspension))*/i;
const STRENGTH_RE = /^[\s,:]*(\d+(?:\.\d+)?(?:\s*[/-]\s*\d+(?:\.\d+)?)*)(?:\s*(mg|mcg\s*\/\s*h(?:r|our)?|mcg|micrograms?|gm?|grams?|ml|%)(?![a-z]))?/i;
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
    const next = matches.slice(i + 1).find((x) => x.index >= m.index + m.name.length + (FILLER_RE.exec(slice.slice(m.index + m.name.length))?.[0].length ?? 0));
    const med = readMention(slice, m, next ? next.index : slice.length);
    covered = med.span.end;
    out.push(shift(med, range.start));
  }
  return out;
}

function readMention(slice: string, m: DrugMatch, limit: number): Medication {
  const nameEnd = m.index + m.name.length;
  let at = nameEnd + (FILLER_RE.exec(slice.slice(nameEnd, limit))?.[0].length ?? 0);
  const med: Medication = { entry: m.entry, name: m.name, by: m.by, nameSpan: { start: m.index, end: nameEnd }, span: { start: m.index, end: at }, patch: false };
  const words = slice.slice(nameEnd, at);
  const strength = readStrength(slice.slice(at, limit), at);
  if (strength) {
    med.strength = strength;
    at = strength.span.end;
  }
  const form = m.entry.opioid?.form;
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

function readStrength(s: string, offset: number): Strength | undefined {
  const m = STRENGTH_RE.exec(s);
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

function normUnit(u: string): string {
  const x = u.toLowerCase().replace(/\s+/g, '');
  if (x.startsWith('mcg/h')) return 'mcg/hr';
  if (x.startsWith('microgram')) return 'mcg';
  if (/^(?:g|gm|grams?)$/.test(x)) return 'g';
  return x;
}

// ---- daily use -------------------------------------------------------------------------------

const NUM = '(\\d+(?:\\.\\d+)?|one|two|three|four|five|six|eight|twelve)';
const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : (WORD_NUMBERS[s.toLowerCase()] ?? Number(s)));
const RANGE = `${NUM}(?:\\s*(?:-|to|or)\\s*${NUM})?`;

const UNIT_WORDS = '(?:tabs?|tablets?|pills?|caps?|capsules?|patch(?:es)?)';
const PER_DOSE_RE = new RegExp(`(?<!#\\s?)\\b${RANGE}\\s*${UNIT_WORDS}\\b`, 'i');
const AS_NEEDED_RE = /\bas\s+needed\b|\bPRN\b|\bp\.r\.n\b/i;

interface Frequency {
  /** Doses a day, lowest and highest. */
  min: number;
  max: number;
  /** Hours between doses (for a patch, between changes), when given as an interval. */
  hours?: number;
  text: string;
  index: number;
}

// Tried in order; the first that matches the clause gives the frequency.
const FREQUENCIES: [RegExp, (m: RegExpExecArray) => Omit<Frequency, 'text' | 'index'> | undefined][] = [
  [new RegExp(`\\b(?:every|q\\.?)\\s*${RANGE}\\s*(?:hours?|hrs?|h)\\b`, 'i'), (m) => interval(num(m[1])!, num(m[2]) ?? num(m[1])!)],
  [new RegExp(`\\bevery\\s+${RANGE}\\s+days?\\b`, 'i'), (m) => interval(24 * num(m[1])!, 24 * (num(m[2]) ?? num(m[1])!))],
  [new RegExp(`\\b${RANGE}\\s*(?:times|x)\\s*(?:(?:a|per|each|/)\\s*)?(?:day|daily)\\b`, 'i'), (m) => ({ min: num(m[1])!, max: num(m[2]) ?? num(m[1])! })],
  [/\b(once|twice|thrice)\s+(?:a|per|each)\s+day\b|\b(once|twice|thrice)\s+daily\b/i, (m) => perDay({ once: 1, twice: 2, thrice: 3 }[(m[1] ?? m[2]).toLowerCase()]!)],
  [/\bQID\b|\bq\.?i\.?d\b/i, () => perDay(4)],
  [/\bTID\b|\bt\.?i\.?d\b/i, () => perDay(3)],
  [/\bBID\b|\bb\.i\.d\b/, () => perDay(2)],
  [/\b(?:QD|QHS)\b|\bq\.d\b|\b(?:a|per|each|every)\s+day\b|\bdaily\b(?!\s+(?:living|activit))|\bnightly\b|\bat\s+bedtime\b/i, () => perDay(1)],
];

function interval(fromHours: number, toHours: number): Omit<Frequency, 'text' | 'index'> | undefined {
  if (!(fromHours > 0 && toHours >= fromHours)) return undefined;
  return { min: 24 / toHours, max: 24 / fromHours, hours: toHours };
}
const perDay = (n: number): Omit<Frequency, 'text' | 'index'> => ({ min: n, max: n });

function frequencyIn(clause: string): Frequency | undefined {
  for (const [re, read] of FREQUENCIES) {
    const m = re.exec(clause);
    const f = m && read(m);
    if (f) return { ...f, text: m[0], index: m.index };
  }
  return undefined;
}

const QUANTITY_RE = /#\s?(\d+)|\b(?:quantity|qty)\.?\s*(?:of\s*)?(?::\s*)?(\d+)/i;
const SUPPLY_RE = /\bday\s+supply\s*(?::\s*)?(\d+)\b|(?<!#\s?)\b(\d+)[\s-]*days?['’]?\s+supply\b|\bsupply\s+of\s+(\d+)\s+days\b|\bfor\s+(\d+)\s+days\b|\b(?:per|a|\/)\s*(month)\b/i;

/** The units a day the wording states, or undefined when it does not say. */
export function readDailyUse(clause: string, offset: number, patch: boolean): DailyUse | undefined {
  const dose = PER_DOSE_RE.exec(clause);
  const perDose = dose && num(dose[1])! <= 4 ? { min: num(dose[1])!, max: num(dose[2]) ?? num(dose[1])! } : undefined;
  const asNeeded = AS_NEEDED_RE.exec(clause);
  const freq = frequencyIn(clause);
  const notes: string[] = [];
  const hits: { index: number; length: number }[] = [];
  if (dose && perDose) hits.push({ index: dose.index, length: dose[0].length });
  if (asNeeded) hits.push({ index: asNeeded.index, length: asNeeded[0].length });
  if (freq) {
    hits.push({ index: freq.index, length: freq.text.length });
    const each = perDose ?? { min: 1, max: 1 };
    if (!perDose) notes.push(`1 ${patch ? 'patch at a time' : 'a dose'}: the count is not stated`);
    if (patch) {
      // A patch is worn continuously when changed at least every 72 hours: patches at a time, not a day.
      if ((freq.hours ?? 24 / freq.max) > 72) return undefined;
      return use(each.min, each.max, `${range(each.min, each.max)} patch${each.max > 1 ? 'es' : ''} at a time, changed ${freq.text}`, hits, offset, !!asNeeded, notes);
    }
    const reading = `${range(each.min, each.max)} a dose × ${range(freq.min, freq.max)} a day ("${freq.text}")`;
    return use(each.min * freq.min, each.max * freq.max, reading, hits, offset, !!asNeeded, notes);
  }
  const qty = QUANTITY_RE.exec(clause);
  const supply = SUPPLY_RE.exec(clause);
  if (!patch && qty && supply) {
    const days = supply[5] ? 30 : Number(supply[1] ?? supply[2] ?? supply[3] ?? supply[4]);
    const units = Number(qty[1] ?? qty[2]);
    if (!(days > 0 && units > 0)) return undefined;
    notes.push(`on average: ${units} over ${days} days${supply[5] ? ' (a month read as 30 days)' : ''}`);
    hits.push({ index: qty.index, length: qty[0].length }, { index: supply.index, length: supply[0].length });
    const perDayAvg = Math.round((units / days) * 100) / 100;
    return use(perDayAvg, perDayAvg, `#${units} / ${days} days`, hits, offset, !!asNeeded, notes);
  }
  return undefined;
}

// ---- morphine milligram equivalents ----------------------------------------------------------

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
export function opioidDose(m: Medication): OpioidDose | undefined {
  const info = m.entry.opioid;
  if (!info) return undefined;
  if (!info.mme) return { unknown: [{ part: 'factor', why: `${m.entry.generic.split(' ')[0]} is left out of the conversion tables` }] };
  const dose: OpioidDose = { opioid: m.patch ? 'fentanyl transdermal' : info.mme, unknown: [] };
  const amount = perUnit(m, info.position);
  if (typeof amount === 'string') dose.unknown.push({ part: 'strength', why: amount });
  else dose.perUnit = amount;
  if (!m.dailyUse) dose.unknown.push({ part: 'daily use', why: m.patch ? 'how many patches are worn, and how often changed, is not stated' : 'not stated' });
  if (dose.perUnit && m.dailyUse && !dose.unknown.length) {
    const a = dose.perUnit.amount;
    const cdc2016 = dailyMme(dose.opioid!, 'cdc2016', a, m.dailyUse);
    const cdc2022 = dailyMme(dose.opioid!, 'cdc2022', a, m.dailyUse);
    if (cdc2016 && cdc2022) dose.mme = { cdc2016, cdc2022 };
  }
  return dose;
}

/** What is unknown, for a message: "strength unknown (not stated)". */
export const unknownText = (d: OpioidDose): string => d.unknown.map((u) => `${u.part} ${u.why === 'not stated' ? u.why : `unknown: ${u.why}`}`).join('; ');

/** The opioid's amount in one unit, or why it is not known. */
function perUnit(m: Medication, position: 'first' | 'last'): NonNullable<OpioidDose['perUnit']> | string {
  const s = m.strength;
  if (!s) return 'not stated';
  if (m.patch) {
    if (s.unit === 'mcg/hr') return { amount: s.values[0], unit: 'mcg/hr' };
    if (s.unit === 'mcg' && m.entry.opioid?.form === 'patch') return { amount: s.values[0], unit: 'mcg/hr', note: `"${s.text}" read as the patch's rate, ${s.values[0]} mcg/hr` };
    return `"${s.text}" is not a patch rate in mcg/hr`;
  }
  if (m.entry.opioid?.form === 'suspension') return 'given per ml; a dose in ml is not read';
  if (m.entry.opioid?.form === 'any') return `${m.name} other than a patch has no factor here`;
  if (s.unit !== undefined && s.unit !== 'mg') return `"${s.text}" is not in mg`;
  const amount = position === 'first' ? s.values[0] : s.values[s.values.length - 1];
  if (s.values.length > 1 && amount > Math.min(...s.values)) return `in "${s.text}", which number is the opioid is unclear`;
  return { amount, unit: 'mg' };
}

function use(min: number, max: number, reading: string, hits: { index: number; length: number }[], offset: number, asNeeded: boolean, notes: string[]): DailyUse {
  const start = offset + Math.min(...hits.map((h) => h.index));
  const end = offset + Math.max(...hits.map((h) => h.index + h.length));
  if (asNeeded) notes.push('as needed: the most the order allows, not a measured use');
  return { min, max, reading, span: { start, end }, asNeeded, notes };
}

const range = (a: number, b: number): string => (a === b ? `${fmt(a)}` : `${fmt(a)}–${fmt(b)}`);
export const fmt = (x: number): string => String(Math.round(x * 100) / 100);

function trimEnd(slice: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /[\s,;:]/.test(slice[end - 1])) end--;
  return end;
}

function shift(m: Medication, by: number): Medication {
  const s = (x: Span): Span => ({ start: x.start + by, end: x.end + by });
  const out: Medication = { ...m, nameSpan: s(m.nameSpan), span: s(m.span) };
  if (m.strength) out.strength = { ...m.strength, span: s(m.strength.span) };
  if (m.dailyUse) out.dailyUse = { ...m.dailyUse, span: s(m.dailyUse.span) };
  return out;
}
