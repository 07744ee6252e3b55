// How many units a day a drug's wording states ("2 pills twice a day", "1-2 tabs every 4-6 hours",
// "#60 day supply: 30"), lowest and highest, and what was assumed to read it. Pure: text in, facts out.

import { formatAmount } from '../base/format';
import type { Span } from '../base/span';
import { WORD_NUMBERS } from './request';

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

const NUM = '(\\d+(?:\\.\\d+)?|one|two|three|four|five|six|eight|twelve)';
const num = (written: string | undefined): number | undefined =>
  written === undefined ? undefined : (WORD_NUMBERS[written.toLowerCase()] ?? Number(written));
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
  [
    new RegExp(`\\b${RANGE}\\s*(?:times|x)\\s*(?:(?:a|per|each|/)\\s*)?(?:day|daily)\\b`, 'i'),
    (m) => ({ min: num(m[1])!, max: num(m[2]) ?? num(m[1])! }),
  ],
  [
    /\b(once|twice|thrice)\s+(?:a|per|each)\s+day\b|\b(once|twice|thrice)\s+daily\b/i,
    (m) => perDay({ once: 1, twice: 2, thrice: 3 }[(m[1] ?? m[2]).toLowerCase()]!),
  ],
  [/\bQID\b|\bq\.?i\.?d\b/i, () => perDay(4)],
  [/\bTID\b|\bt\.?i\.?d\b/i, () => perDay(3)],
  [/\bBID\b|\bb\.i\.d\b/, () => perDay(2)],
  [
    /\b(?:QD|QHS)\b|\bq\.d\b|\b(?:a|per|each|every)\s+day\b|\bdaily\b(?!\s+(?:living|activit))|\bnightly\b|\bat\s+bedtime\b/i,
    () => perDay(1),
  ],
];

function interval(fromHours: number, toHours: number): Omit<Frequency, 'text' | 'index'> | undefined {
  if (!(fromHours > 0 && toHours >= fromHours)) return undefined;
  return { min: 24 / toHours, max: 24 / fromHours, hours: toHours };
}
const perDay = (times: number): Omit<Frequency, 'text' | 'index'> => ({ min: times, max: times });

function frequencyIn(clause: string): Frequency | undefined {
  for (const [re, read] of FREQUENCIES) {
    const m = re.exec(clause);
    const f = m && read(m);
    if (f) return { ...f, text: m[0], index: m.index };
  }
  return undefined;
}

const QUANTITY_RE = /#\s?(\d+)|\b(?:quantity|qty)\.?\s*(?:of\s*)?(?::\s*)?(\d+)/i;
const SUPPLY_RE =
  /\bday\s+supply\s*(?::\s*)?(\d+)\b|(?<!#\s?)\b(\d+)[\s-]*days?['’]?\s+supply\b|\bsupply\s+of\s+(\d+)\s+days\b|\bfor\s+(\d+)\s+days\b|\b(?:per|a|\/)\s*(month)\b/i;

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
      return use(
        each.min,
        each.max,
        `${range(each.min, each.max)} patch${each.max > 1 ? 'es' : ''} at a time, changed ${freq.text}`,
        hits,
        offset,
        !!asNeeded,
        notes,
      );
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

function use(
  min: number,
  max: number,
  reading: string,
  hits: { index: number; length: number }[],
  offset: number,
  asNeeded: boolean,
  notes: string[],
): DailyUse {
  const start = offset + Math.min(...hits.map((h) => h.index));
  const end = offset + Math.max(...hits.map((h) => h.index + h.length));
  if (asNeeded) notes.push('as needed: the most the order allows, not a measured use');
  return { min, max, reading, span: { start, end }, asNeeded, notes };
}

/** A range for a message: "2" or "1–2". */
const range = (low: number, high: number): string => (low === high ? formatAmount(low) : `${formatAmount(low)}–${formatAmount(high)}`);
