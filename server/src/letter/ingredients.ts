// Every drug name in a stretch of a letter, one by one, each with the strength written for it:
// "Gabapentin 10%, Cyclobenzaprine 6%, Bupivacaine 5% in cream base" gives three names and three
// strengths; "Diclofenac/misoprostol 75-0.2mg" gives diclofenac 75 mg and misoprostol 0.2 mg (the
// numbers of a combination strength in the order of the names joined before it). In an item's
// title, a word the drug table does not know but that a strength follows ("Pentoxifylline 3%") is
// read as a drug name too, without an entry, so that what the letter says can be shown for it.
// Pure: text and offsets in, names out. Nothing here guesses: a strength not written is absent.

import { LEXICON, drugsIn, type DrugMatch, type DrugRoute } from '../knowledge';
import type { Span } from '../base/span';
import { allMatches } from '../base/text';

export interface IngredientStrength {
  /** The strength as written after the name (or after the names joined with it): "5%", "75-0.2mg". */
  text: string;
  span: Span;
  /** For one number of a combination strength: its place among the joined names, and the number with its unit. */
  share?: { index: number; of: number; value: string };
}

export interface DrugName {
  /** The drug table's entry; absent for a name the table does not know. */
  match?: DrugMatch;
  /** As written. */
  name: string;
  span: Span;
  strength?: IngredientStrength;
}

// Words between a name and its strength: "(tramadol)", "HCL ER", "sodium", "cream", "capsule".
const FILLER_RE =
  /^(?:[\s,)]*(?:\([^()\d]{0,60}\)|hcl|hydrochloride|bitartrate|sodium|potassium|citrate|maleate|tartrate|besylate|epolamine|ER|IR|CR|SR|XR|DS|ODT|extended[\s-]release|immediate[\s-]release|tablets?|tabs?|capsules?|caps?|patch(?:es)?|transdermal|topical|oral|solution|suspension|creams?|gels?|ointment|lotion|spray)(?![a-z]))*/i;
const FILLER_WORD =
  /^(?:hcl|hydrochloride|bitartrate|sodium|potassium|citrate|maleate|tartrate|besylate|epolamine|extended|immediate|release|tablets?|tabs?|capsules?|caps?|patch(?:es)?|transdermal|topical|oral|solution|suspension|creams?|gels?|ointment|lotion|spray|percent|grams?|refills?|sessions?|visits?)$/i;
// "5%", "1percent", "75-0.2mg", "4%-27.5%-0.0325%", "10mg/1ml", "25 mcg/hr", "3% 300mg/g".
const UNIT = String.raw`(?:%|\s?percent|\s?mg|\s?mcg|\s?micrograms?)`;
const STRENGTH_RE = new RegExp(
  String.raw`^[\s,:)]*((?:\d+(?:\.\d+)?${UNIT}?\s*[/-]\s*){0,4}\d+(?:\.\d+)?${UNIT}(?:\s*\/\s*(?:\d+(?:\.\d+)?\s*)?(?:ml|g|gm|hr|h|hour)\b)?(?:\s+\(?\d+(?:\.\d+)?\s?mg\s?\/\s?(?:g|gm|ml)\)?)?)(?![a-z])`,
  'i',
);
// A combination strength without its unit: "5/325" (one number 100–999, as acetaminophen is).
const BARE_RE = /^[\s,:)]*(\d+(?:\.\d+)?\s*[/-]\s*\d+(?:\.\d+)?)(?![\d/.%a-z])/i;
// Between two names of one combination: "Diclofenac/misoprostol", "Hydrocodone-Acetaminophen", "X and Y".
const JOIN_RE = /^\s*(?:[/+&-]|\band\b|\bwith\b)\s*$/i;
const WORD_RE = /\b[A-Za-z][A-Za-z-]{3,}\b/g;

/** The drug names in `range` of `text`, each with the strength written for it; `unknown` also reads names the table lacks. */
export function drugNamesIn(text: string, range: Span, unknown = false): DrugName[] {
  const slice = text.slice(range.start, range.end);
  const names: DrugName[] = drugsIn(slice).map((m) => ({ match: m, name: m.name, span: { start: m.index, end: m.index + m.name.length } }));
  if (unknown) names.push(...unknownNames(slice, names));
  names.sort((a, b) => a.span.start - b.span.start);
  for (const n of names) {
    const s = strengthAfter(slice, n.span.end);
    if (s) n.strength = s;
  }
  shareCombinations(slice, names);
  return names.map((n) => shift(n, range.start));
}

function strengthAfter(slice: string, at: number): IngredientStrength | undefined {
  const rest = slice.slice(at);
  const skip = FILLER_RE.exec(rest)?.[0].length ?? 0;
  const after = rest.slice(skip);
  const m = STRENGTH_RE.exec(after) ?? bare(after);
  if (!m) return undefined;
  const start = at + skip + m[0].length - m[1].length;
  return { text: m[1].trim(), span: { start, end: start + m[1].trim().length } };
}

function bare(text: string): RegExpExecArray | null {
  const m = BARE_RE.exec(text);
  if (!m) return null;
  const values = m[1].split(/[/-]/).map(Number);
  return Math.max(...values) >= 100 && Math.max(...values) < 1000 ? m : null;
}

/** Names joined with no strength between them share the strength after the last: the i-th number is the i-th name's. */
function shareCombinations(slice: string, names: DrugName[]): void {
  let group: DrugName[] = [];
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    const next = names[i + 1];
    const joined = next && !n.strength && JOIN_RE.test(between(slice, n, next));
    group.push(n);
    if (joined) continue;
    if (group.length > 1 && n.strength) share(group, n.strength);
    group = [];
  }
}

const between = (slice: string, earlier: DrugName, later: DrugName): string =>
  slice.slice(earlier.span.end + (FILLER_RE.exec(slice.slice(earlier.span.end, later.span.start))?.[0].length ?? 0), later.span.start);

function share(group: DrugName[], strength: IngredientStrength): void {
  const parts = strength.text.split(/[/-]/).map((p) => /^\s*(\d+(?:\.\d+)?)\s*([a-z%]*)/i.exec(p));
  // Numbers that do not match the names one to one ("Lidocaine/Capsaicin 0.025%") are the last name's alone.
  if (parts.length !== group.length || parts.some((p) => !p)) return;
  const lastUnit = parts[parts.length - 1]![2];
  group.forEach((n, index) => {
    const [, number, own] = parts[index]!;
    const unit = (own || lastUnit).toLowerCase().replace('percent', '%');
    n.strength = { ...strength, share: { index, of: group.length, value: unit ? `${number} ${unit}` : number } };
  });
}

/** Words the table lacks that a strength follows, in a title: "Pentoxifylline 3%". */
function unknownNames(slice: string, known: DrugName[]): DrugName[] {
  const out: DrugName[] = [];
  for (const m of allMatches(WORD_RE, slice)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (known.some((k) => k.span.start < span.end && span.start < k.span.end)) continue;
    if (LEXICON.has(m[0].toLowerCase()) || FILLER_WORD.test(m[0])) continue;
    const s = strengthAfter(slice, span.end);
    if (s && /[a-z%]/i.test(s.text)) out.push({ name: m[0], span });
  }
  return out;
}

function shift(drugName: DrugName, offset: number): DrugName {
  const moved = (span: Span): Span => ({ start: span.start + offset, end: span.end + offset });
  const out: DrugName = { ...drugName, span: moved(drugName.span) };
  if (drugName.strength) out.strength = { ...drugName.strength, span: moved(drugName.strength.span) };
  return out;
}

const ROUTE_WORDS: [DrugRoute, RegExp][] = [
  ['injected', /\binject(?:ion|ions|ed|able)\b|\b\d+(?:\.\d+)?\s?cc\b|\bintra-?articular\b|\bIM\b|\bIV\b/i],
  [
    'on the skin',
    /\btopical(?:ly)?\b|\bcreams?\b|\bgels?\b|\bointments?\b|\blotions?\b|\bpatch(?:es)?\b|\bpads?\b|\bsprays?\b|\bliniment\b|\broll-on\b/i,
  ],
  [
    'by mouth',
    /\boral(?:ly)?\b|\bby\s+mouth\b|\bPO\b|\btablets?\b|\btabs?\b|\bcapsules?\b|\bcaps\b|\bsuspension\b|\belixir\b|\bsyrup\b|\bODT\b/i,
  ],
];

/** The route a text's own words give (a title's "cream", "oral suspension", "injection"), with the words; none when they name none or several. */
export function writtenRoute(text: string): { route: DrugRoute; words: string } | undefined {
  const found = routesWritten(text);
  if (found.length !== 1) return undefined;
  return found[0];
}

function routesWritten(text: string): { route: DrugRoute; words: string }[] {
  return ROUTE_WORDS.map(([route, re]) => ({ route, m: re.exec(text) }))
    .filter((x) => x.m)
    .map((x) => ({ route: x.route, words: x.m![0] }));
}

export type RouteReading = { route: DrugRoute; words: string } | { several: string[] } | undefined;

// Where the words that govern a name in running text begin and end: a sentence, clause or list break.
const BREAK_BEFORE = /[.;:,"“”()[\]]|\n\s*\n|\b(?:and|or|plus|then|but)\b/gi;
const BREAK_AFTER = /\.(?!\d)|[;:,"“”[\]]|\n\s*\n|\b(?:and|or|plus|then|but)\b/i;

/**
 * The route written for one name: in its own words (its clause, from the words before it as in
 * "injection 5cc of lidocaine" to the next name or break), else, on an item title (`title`), in the
 * whole title when it gives one route only; `several` when the title gives more than one and none
 * is the name's own. `dose`: the words of the name's dose and use ("50mg take 1 tab orally ..."), which are its own.
 */
export function routeFor(
  text: string,
  name: DrugName,
  names: readonly DrugName[],
  within: Span,
  title: boolean,
  dose?: Span,
): RouteReading {
  const before = text.slice(Math.max(within.start, name.span.start - 80), name.span.start);
  const breaks = [...before.matchAll(BREAK_BEFORE)];
  const last = breaks[breaks.length - 1];
  const lead = last ? before.slice(last.index + last[0].length) : before;
  // The next name ends this one's words, but not a name in parentheses just after it ("Tramadol (Ultram)").
  const next =
    names.find((n) => n.span.start > name.span.start && !/^\s*\($/.test(text.slice(name.span.end, n.span.start)))?.span.start ?? within.end;
  const after = text.slice(name.span.end, Math.min(next, within.end));
  const stop = BREAK_AFTER.exec(after);
  const clause = stop ? after.slice(0, stop.index) : after;
  const words = dose && dose.end > name.span.end + clause.length ? text.slice(name.span.end, dose.end) : clause;
  const own = routesWritten(`${lead} ${text.slice(name.span.start, name.span.end)}${words}`);
  if (own.length === 1) return own[0];
  if (!title) return undefined;
  const all = routesWritten(text.slice(within.start, within.end));
  if (all.length === 1) return all[0];
  return all.length > 1 ? { several: all.map((r) => r.words) } : undefined;
}
