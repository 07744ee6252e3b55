// A drug's supply as the letter states it: a sig (units a dose and doses a day), a number of days
// and a dispensed count in one clause ("1 tab three times daily for 10 days #30", "#90 for a
// 30-day supply, 1 tab three times a day"), and a strength written two ways ("3% (30mg/g)").
// Only clauses that state each part once are read: what is missing or doubled stays unknown.

import { drugsIn } from '../knowledge';
import { readDailyUse } from './daily-use';
import { WORD_NUMBERS } from './request';
import { allMatches, foldSpaces, lowerText } from '../base/text';
import { oncePerLetter } from './text';
import type { Span } from '../base/span';
import type { Letter } from './types';

export interface SupplyPart {
  text: string;
  span: Span;
}

export interface SupplyStatement {
  /** Units a dose and doses a day: "1 tab three times daily". */
  sig: SupplyPart & { min: number; max: number; asNeeded: boolean };
  /** "for 10 days", "30-day supply", "one month supply" (28 to 31 days). */
  days: SupplyPart & { min: number; max: number };
  /** "#60", "quantity 60", "60 tablets". */
  count: SupplyPart & { n: number };
}

export interface StrengthPair {
  /** "3%": as mg a gram (or ml), 30. */
  percent: SupplyPart & { mgPer: number };
  /** "300mg/g". */
  concentration: SupplyPart & { mgPer: number };
}

const NUM = `(\\d+|${Object.keys(WORD_NUMBERS).join('|')})`;
const toNumber = (written: string): number => WORD_NUMBERS[written.toLowerCase()] ?? Number(written);

// A dispensed count; a bare "N tablets" only from 5 up (no dose is five tablets).
const COUNT_RE =
  /#\s?(\d+)\b|\b(?:quantity|qty)\.?\s*(?:of\s*)?(?::\s*)?(\d+)\b|\b(?:dispensed?|supply\s+of)\s+(\d+)\b(?!\s*days?)|\b([5-9]|\d{2,3})\s+(?:tablets|tabs|capsules|caps|pills)\b/gi;
const DAYS: [RegExp, (m: RegExpExecArray) => [number, number]][] = [
  [
    new RegExp(
      `\\bfor\\s+(?:a\\s+)?${NUM}\\s+days?\\b|(?<!#\\s?)\\b${NUM}[\\s-]*days?['’]?\\s+supply\\b|\\bday\\s+supply\\s*(?::\\s*)?(\\d+)\\b|\\bsupply\\s+of\\s+${NUM}\\s+days\\b|\\bx\\s*${NUM}\\s+days\\b`,
      'gi',
    ),
    (m) => same(toNumber(m.slice(1).find((g) => g !== undefined)!)),
  ],
  [new RegExp(`\\bfor\\s+${NUM}\\s+weeks?\\b|\\b${NUM}[\\s-]*weeks?['’]?\\s+supply\\b`, 'gi'), (m) => same(7 * toNumber(m[1] ?? m[2]))],
  [new RegExp(`\\bfor\\s+(?:a|one|1)\\s+month\\b|\\b(?:a|one|1)[\\s-]*month['’]?s?\\s+supply\\b`, 'gi'), () => [28, 31]],
];
const same = (days: number): [number, number] => [days, days];
// A dose in units (or "one by mouth"); readDailyUse reads it and the frequency. (The look behind
// for "#" follows the word boundary: tried at the start of words only, it is tried far less often.)
const PER_DOSE_RE =
  /\b(?<!#\s?)(?:(?:\d(?:\.\d)?|one|two|three|four)(?:\s*(?:-|to|or)\s*(?:\d|one|two|three|four))?\s+(?:tabs?|tablets?|pills?|caps?|capsules?)|(?:1|one)\s+(?:by\s+mouth|orally|p\.?o\.?))(?![a-z])/i;
const CEILING_RE = /\bup\s+to\b/i;
// A clause ends at ";", at a blank line or at a sentence's end ("1 tab p.o." does not end one).
const CLAUSE_RE = /[^;\n]+(?:\n(?![ \t]*\r?\n)[^;\n]+)*/g;
const SENTENCE_END = /(?<=[a-z0-9)\]%])\.(?=\s+[A-Z(])/g;

/** Every clause of the letter that states a sig, a number of days and a dispensed count, once each. */
export const supplyStatements: (letter: Letter) => SupplyStatement[] = oncePerLetter(readSupplies);

/**
 * Whether the letter names a count or a unit: "#60", "quantity", "qty", "tablets", "capsules" (as
 * /#\s?\d|quantity|qty|tablets|capsules/i finds them, faster: "tablets" and "capsules" are looked
 * for by their rarer ends first, indexOf being slow for a word that starts with a frequent letter).
 */
function namesCount(letter: Letter): boolean {
  const lower = lowerText(letter);
  const has = (word: string, end: string): boolean => lower.includes(end) && lower.includes(word);
  return (
    (lower.includes('#') && /#\s?\d/.test(letter.text)) ||
    lower.includes('quantity') ||
    lower.includes('qty') ||
    has('tablets', 'blets') ||
    has('capsules', 'psules')
  );
}

function readSupplies(letter: Letter): SupplyStatement[] {
  const { text } = letter;
  if (!namesCount(letter) || !/\b(?:days?|weeks?|month)\b/i.test(text)) return [];
  const out: SupplyStatement[] = [];
  for (const clause of clauses(text)) {
    const s = text.slice(clause.start, clause.end);
    const dose = PER_DOSE_RE.exec(s);
    if (!dose) continue;
    const counts = allMatches(COUNT_RE, s);
    const days = DAYS.flatMap(([re, read]) => allMatches(re, s).map((m) => ({ m, range: read(m) })));
    if (counts.length !== 1 || days.length !== 1) continue;
    // The sig is read with the count and the days blanked out, so they cannot be taken for it.
    const c = counts[0];
    const d = days[0];
    const blanked = blank(blank(s, c.index, c[0].length), d.m.index, d.m[0].length);
    const use = readDailyUse(blanked, 0, false);
    if (!use) continue;
    const sigStart = Math.min(dose.index, use.span.start);
    const part = (index: number, length: number): SupplyPart => ({
      text: foldSpaces(s.slice(index, index + length)),
      span: { start: clause.start + index, end: clause.start + index + length },
    });
    out.push({
      sig: { ...part(sigStart, use.span.end - sigStart), min: use.min, max: use.max, asNeeded: use.asNeeded || CEILING_RE.test(blanked) },
      days: { ...part(d.m.index, d.m[0].length), min: d.range[0], max: d.range[1] },
      count: { ...part(c.index, c[0].length), n: Number(c.slice(1).find((g) => g !== undefined)) },
    });
  }
  return out;
}

/** Clauses with a dose: runs of text between ";", blank lines and sentence ends, cut again where a drug is named. */
function clauses(text: string): Span[] {
  const out: Span[] = [];
  for (const m of allMatches(CLAUSE_RE, text)) {
    // (search, not test: it ignores the global patterns' lastIndex.)
    if (m[0].search(PER_DOSE_RE) < 0 || m[0].search(COUNT_RE) < 0 || !DAYS.some(([re]) => m[0].search(re) >= 0)) continue;
    const cuts = [0, ...allMatches(SENTENCE_END, m[0]).map((x) => x.index + 1), ...drugsIn(m[0]).map((x) => x.index), m[0].length];
    const sorted = [...new Set(cuts)].sort((a, b) => a - b);
    for (let i = 0; i + 1 < sorted.length; i++) out.push({ start: m.index + sorted[i], end: m.index + sorted[i + 1] });
  }
  return out;
}

const blank = (text: string, at: number, length: number): string => text.slice(0, at) + ' '.repeat(length) + text.slice(at + length);

// ---- a strength written two ways -----------------------------------------------------------

// "3% 300mg/g", "3% (30 mg/g)", "30mg/ml (3%)": a percentage is mg in 100 of the gram or ml.
const PCT = '(?<pct>(?<percent>\\d+(?:\\.\\d+)?)\\s?%)';
const MG = '(?<mg>(?<per>\\d+(?:\\.\\d+)?)\\s?mg\\s?\\/\\s?(?:g|gm|gram|ml)\\b)';
const PAIR_RES = [new RegExp(`(?<!\\d)${PCT}[\\s,(]*${MG}`, 'gid'), new RegExp(`(?<!\\d)${MG}[\\s,(]*${PCT}`, 'gid')];

/** Every strength the letter writes both as a percentage and in mg a gram or ml. */
export const strengthPairs: (letter: Letter) => StrengthPair[] = oncePerLetter((letter: Letter) => readPairs(letter.text));

function readPairs(text: string): StrengthPair[] {
  if (!text.includes('%') || !/mg\s?\//i.test(text)) return [];
  const out: StrengthPair[] = [];
  for (const re of PAIR_RES) {
    for (const m of allMatches(re, text)) {
      const g = m.groups!;
      const at = m.indices!.groups!;
      const part = ([start, end]: [number, number]): SupplyPart => ({ text: foldSpaces(text.slice(start, end)), span: { start, end } });
      out.push({
        percent: { ...part(at.pct!), mgPer: Number(g.percent) * 10 },
        concentration: { ...part(at.mg!), mgPer: Number(g.per) },
      });
    }
  }
  return out.sort((a, b) => a.percent.span.start - b.percent.span.start);
}
