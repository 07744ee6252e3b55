// Counts as facts. A letter states three different counts of sessions, and they must not be
// mixed up: the count requested (the item, or a partial certification's remaining portion, which
// may join several: "two sessions for the knee and eight sessions for the wrist"), the count a
// rationale says it decides ("the request for 8 chiropractic visits", "the additional two
// sessions"), and the count the worker has completed ("has had 6 sessions", "at least five (5)
// physical therapy sessions", "completed 5 of 6 visits"). Authorized, recommended and remaining
// counts are none of these and are left out. Also here: the drugs a treatment plan names, with
// their strengths, to set against the item's.

import { medicationsIn, type Medication } from './medications';
import { sentenceAt } from './rationale';
import { parseRequest, WORD_NUMBERS } from './request';
import { foldSpaces, lowerText, spanIncludes } from '../base/text';
import type { Span } from '../base/span';
import { oncePerLetter } from './text';
import type { Item, Letter, Request } from './types';

const NUMBER = `\\d{1,3}|${Object.keys(WORD_NUMBERS).join('|')}`;
const toNumber = (written: string): number => WORD_NUMBERS[written.toLowerCase()] ?? Number(written);
// Words that may stand between a count and its unit: "8 previous physical therapy sessions".
const BETWEEN =
  '(?:additional|more|previous|prior|initial|further|supervised|physical|therapy|occupational|chiropractic|chiro|chirophysio|acupuncture|PT|OT|aquatic|physiotherapy|psychotherapy|manipulative|manipulation|treatment|therapeutic)';
// "8 sessions", "five (5) physical therapy sessions", "12 additional PT visits".
const SESSIONS = `(${NUMBER})(?:\\s*\\(\\d{1,3}\\))?\\s+(?:${BETWEEN}\\s+){0,3}(?:sessions?|visits?|treatments?)\\b`;
const SESSIONS_RE = new RegExp(`\\b${SESSIONS}`, 'i');
const SESSIONS_ALL_RE = new RegExp(SESSIONS_RE.source, 'gi'); // (built once: not at every call)
// "two times four visits (8)": a frequency by a number of weeks, counted as their product.
const TIMES_SESSIONS_RE = new RegExp(`\\b(${NUMBER})\\s+(?:times|x)\\s+(${NUMBER})\\s+(?:sessions?|visits?)\\b`, 'i');
// "2 times a week for 4 weeks", "two times per week for six weeks".
const WEEKLY_RE = new RegExp(
  `\\b(?=\\w)(?<!(?:-|\\bto|\\bor)\\s*)(${NUMBER})\\s+(?:times|x)\\s+(?:a|per)\\s+week\\s+(?:for|x|times)\\s+(${NUMBER})\\s+weeks?\\b`,
  'i',
);
// "Physical therapy, times 12", "Acupuncture x 6" (not "times a week", not "x 4 weeks").
const TIMES_RE = new RegExp(`\\b(?:x|times)\\s*(${NUMBER})\\b(?!\\s*(?:times|x|a|per|weeks?|days?|months?)\\b)`, 'i');

export type Therapy = 'physical therapy' | 'occupational therapy' | 'chiropractic' | 'acupuncture' | 'psychotherapy';

// The first named counts: "chiropractic physiotherapy" is chiropractic, "PT/OT" physical therapy.
const THERAPIES: [Therapy, RegExp][] = [
  ['chiropractic', /\bchiro\w*|\bmanipulat\w*/i],
  ['acupuncture', /\bacupuncture\b/i],
  ['physical therapy', /\bphysical\s+therap\w*|\bphysiotherapy\b|\bPT\b/i],
  ['occupational therapy', /\boccupational\s+therap\w*|\bOT\b/],
  ['psychotherapy', /\bpsychotherap\w*|\bcognitive\s+behavio\w*\s+therap\w*|\bCBT\b/i],
];

/** The kind of therapy a text names first, if any. */
export function therapyOf(text: string): Therapy | undefined {
  let first: { at: number; therapy: Therapy } | undefined;
  for (const [therapy, re] of THERAPIES) {
    const at = text.search(re);
    if (at >= 0 && (!first || at < first.at)) first = { at, therapy };
  }
  return first?.therapy;
}

// (Splitting by a pattern is slow: only a text with a separator is split.)
const PARTS_RE = /\band\b|;/i;

/**
 * How many sessions or units a request asks for: "12 sessions", "2 times a week for 4 weeks",
 * "#60"; parts joined by "and" that each state sessions are added up ("two sessions for the
 * knee and eight sessions for the wrist" is 10). Undefined when no count is stated. `request` is
 * parseRequest(text) when the caller has it (an item's request).
 */
export function requestCount(text: string, request?: Request): { n: number; parts: number[] } | undefined {
  const parts = PARTS_RE.test(text)
    ? text
        .split(PARTS_RE)
        .map((p) => SESSIONS_RE.exec(p))
        .filter((m) => m !== null)
    : [];
  if (parts.length > 1) {
    const ns = parts.map((m) => toNumber(m[1]));
    return { n: ns.reduce((a, b) => a + b, 0), parts: ns };
  }
  const one = (count: number | undefined): { n: number; parts: number[] } | undefined =>
    count === undefined ? undefined : { n: count, parts: [count] };
  const times = TIMES_SESSIONS_RE.exec(text);
  if (times) return one(toNumber(times[1]) * toNumber(times[2]));
  const s = SESSIONS_RE.exec(text);
  if (s) return one(toNumber(s[1]));
  const w = WEEKLY_RE.exec(text);
  if (w) return one(toNumber(w[1]) * toNumber(w[2]));
  const r = request ?? parseRequest(text);
  if (r.quantity !== undefined || r.sessions !== undefined) return one(r.quantity ?? r.sessions);
  const t = TIMES_RE.exec(text);
  return one(t ? toNumber(t[1]) : undefined);
}

// ---- where counts are read -------------------------------------------------------------------

/** The summary and the rationales, where counts of sessions and treatment plans are read. */
function countRanges(letter: Letter): { span: Span; item?: Item }[] {
  const out: { span: Span; item?: Item }[] = [];
  for (const s of letter.sections) if (s.id === 'summary') out.push({ span: s.span });
  for (const item of letter.items) for (const p of item.parts) if (p.kind === 'rationale') out.push({ span: p.contentSpan, item });
  return out;
}

export interface CountStatement {
  span: Span;
  /** As written, white space folded. */
  text: string;
  n: number;
  /** "at least five sessions": n is a floor. */
  atLeast: boolean;
  /** The therapy named with the count, else the item's whose rationale holds it. */
  therapy?: Therapy;
  /** The item whose rationale holds the statement; undefined in the summary. */
  item?: number;
  /** A count named by itself in the item's rationale ("the request for quantity 90"): about that item. */
  bare?: boolean;
  /** The sentence it stands in (for the counts of sessions completed). */
  sentence?: Span;
}

// ---- the count a rationale decides -----------------------------------------------------------

// "the request for 8 chiropractic visits", "A request for an additional 8 sessions", "this request
// for 12 additional PT sessions", "the additional two sessions", "the requested 12 sessions"
// ("the remaining 4 sessions" may be sessions authorized and not used: left out).
const DECIDED_RE = new RegExp(
  `\\b(?:(?:the|this|a)\\s+(?:current\\s+|present\\s+)?request\\s+for\\s+(?:an?\\s+)?(?:additional\\s+|initial\\s+|further\\s+)?|(?:the|this)\\s+(?:(?:current(?:ly)?|additional|requested)\\s+)+)${SESSIONS}`,
  'gi',
);
// A count that is the original request, the UR's figure or an earlier one is not the one decided.
const NOT_DECIDED_BEFORE =
  /\b(?:original(?:ly)?|prior|previous(?:ly)?|modif\w*|authori[sz]\w*|approv\w*|certif\w*|denied|utilization\s+review|UR|contains?|included?|submitted|received)\b[^.;]{0,60}$/i;
// Nor is a count the guidelines would allow: "guidelines support the additional 6 sessions",
// "the request for 6 sessions would be reasonable".
const HYPOTHETICAL = /\b(?:guidelines?|recommend\w*|allow\w*|support\w*|would|could|may|might)\b/i;
// A quantity named alone, in a rationale that decides one drug: "The request for quantity 90
// exceeds ...", "the requested quantity of #90", "the requested #90".
const BARE_QUANTITY_RE =
  /\b(?:the|this)\s+(?:current\s+)?(?:request\s+for\s+(?:a\s+|the\s+)?|requested\s+)(?:(?:quantity|qty\.?)\s*(?:of\b\s*)?(?::\s*)?(?:#\s*)?|#\s*)(\d{1,4})\b(?!\s*(?:mg|mcg|g|ml|%|sessions?|visits?|days?|weeks?|months?))/gi;
const NOT_DECIDED_AFTER =
  /^\s*(?:,\s*)?(?:(?:was|were|is)\s+(?:the\s+original\s+request|authori[sz]ed|approved|certified|modified)|would|could|may|might)\b/i;

/** The counts an item's rationale says it decides: "the request for ..." and "the additional N sessions". */
export function decidedCounts(letter: Letter, item: Item): CountStatement[] {
  let byItem = decided.get(letter);
  if (!byItem) decided.set(letter, (byItem = new Map()));
  let found = byItem.get(item.index);
  if (!found) byItem.set(item.index, (found = readDecided(letter.text, item)));
  return found;
}
const decided = new WeakMap<Letter, Map<number, CountStatement[]>>();

function readDecided(text: string, item: Item): CountStatement[] {
  const rationale = item.parts.find((p) => p.kind === 'rationale')?.contentSpan;
  if (!rationale) return [];
  const out: CountStatement[] = [];
  const add = (span: Span, phrase: string, count: number, bare = false): void => {
    const sentence = sentenceAt(text, rationale, span.start);
    const before = text.slice(sentence.start, span.start);
    const clause = before.slice(before.lastIndexOf(',') + 1);
    if (NOT_DECIDED_BEFORE.test(before) || HYPOTHETICAL.test(clause) || NOT_DECIDED_AFTER.test(text.slice(span.end, span.end + 40))) return;
    // "A request for ..." decides only as the sentence's subject, not in "contains a request for".
    if (/^a\s/i.test(phrase) && !/^\s*(?:\w+,\s*)?$/.test(before)) return;
    if (out.some((o) => o.span.start < span.end && span.start < o.span.end)) return;
    out.push({
      span,
      text: foldSpaces(phrase),
      n: count,
      atLeast: false,
      therapy: therapyOf(phrase) ?? therapyOf(item.title),
      item: item.index,
      ...(bare ? { bare } : {}),
    });
  };
  // The rationale's necessity statements, read by the model ("the request for X is not ...").
  for (const r of item.rationaleRequests) {
    const c = requestCount(r.text);
    if (c) add(r.span, r.text, c.n);
  }
  const body = text.slice(0, rationale.end);
  DECIDED_RE.lastIndex = rationale.start;
  for (let m = DECIDED_RE.exec(body); m; m = DECIDED_RE.exec(body))
    add({ start: m.index, end: m.index + m[0].length }, m[0], toNumber(m[1]));
  if (item.request.quantity !== undefined) {
    BARE_QUANTITY_RE.lastIndex = rationale.start;
    for (let m = BARE_QUANTITY_RE.exec(body); m; m = BARE_QUANTITY_RE.exec(body))
      add({ start: m.index, end: m.index + m[0].length }, m[0], Number(m[1]), true);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

// ---- the sessions the worker has completed ---------------------------------------------------

// A verb of having had the sessions just before the count: "has had", "completed", "attended 5 of 6".
const DONE_VERB =
  /\b(?:had|completed|attended|underwent|undergone|received|receive|improved\s+with|after|there\s+were)\s+(?:(at\s+least\s+)|a\s+total\s+of\s+|only\s+)?$/i;
// A list of treatment to date: "Treatments to date include ..., and at least five (5) PT sessions".
const TO_DATE =
  /\b(?:treatments?|therapy|care)\b(?:\s+(?:and\s+diagnostic\s+testing\s+)?to\s+date)?\s+(?:has\s+|have\s+)?(?:included?|includes)\b(?:(?!\b(?:treatments?|therapy|care)\b(?:\s+(?:and\s+diagnostic\s+testing\s+)?to\s+date)?\s+(?:has\s+|have\s+)?(?:included?|includes)\b)[^.;])*?(at\s+least\s+)?$/i;
// "8 previous physical therapy sessions were provided", "four (4) sessions completed", "8 visits
// have helped" (sessions that helped, or did not, were had).
const DONE_AFTER =
  /^\s+(?:(?:(?:were|have\s+been|had\s+been)\s+)?(?:completed|provided|attended)|(?:(?:have|has|had)\s+)?(?:helped|benefited)|did\s+not\s+help|(?:were|was)\s+(?:helpful|beneficial|not\s+helpful))\b/i;
const PREVIOUS = /\b(?:previous|prior)\b/i;
// "from the prior six physical therapy sessions", "her past 12 visits".
const PRIOR_BEFORE = /\b(?:previous|prior|past|completed)\s+$/i;
// Counts that are not of sessions had: approved, requested, planned, remaining, recommended.
const NOT_DONE =
  /\b(?:approv\w*|authori[sz]\w*|certif\w*|modifi(?:ed|es)|modify|request\w*|recommend\w*|plan\w*|remaining|allow\w*|guidelines?|up\s+to|exceed\w*|trial\s+of|order\w*|prescri\w*|scheduled|additional|more|approximately|about|around|nearly|should|would|may|must)\b/i;
const RANGE_BEFORE = /\d\s*(?:-|to|or)\s*$/i;
const RATE_AFTER = /^\s+(?:over|per|a|in|within|every)\s/i;
// "completed 5 of 6 visits": the count done is the first.
const OF_TOTAL = new RegExp(`\\b(${NUMBER})\\s+(?:out\\s+)?of\\s+$`, 'i');

/** Whether the summary or a rationale says "at least": without it, no count of completed sessions is a floor. */
export function saysAtLeast(letter: Letter): boolean {
  const lower = lowerText(letter);
  return countRanges(letter).some(({ span }) => spanIncludes(lower, span, 'least'));
}

/** Every statement of how many sessions the worker has completed, in the summary and the rationales. */
export const completedSessions: (letter: Letter) => CountStatement[] = oncePerLetter(readCompleted);

function readCompleted(letter: Letter): CountStatement[] {
  const { text } = letter;
  const out: CountStatement[] = [];
  for (const { span: range, item } of countRanges(letter)) {
    const body = text.slice(0, range.end);
    SESSIONS_ALL_RE.lastIndex = range.start;
    for (let m = SESSIONS_ALL_RE.exec(body); m; m = SESSIONS_ALL_RE.exec(body)) {
      const end = m.index + m[0].length;
      const sentence = sentenceAt(text, range, m.index);
      let before = text.slice(sentence.start, m.index);
      let start = m.index;
      let n = toNumber(m[1]);
      const of = OF_TOTAL.exec(before);
      if (of) {
        n = toNumber(of[1]);
        start -= of[0].length;
        before = before.slice(0, -of[0].length);
      }
      // "8-10 visits over 4 weeks" is a guideline's range, not a count had.
      if (RANGE_BEFORE.test(before) || RATE_AFTER.test(text.slice(end, end + 20))) continue;
      const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(':')) + 1);
      const verb = DONE_VERB.exec(before);
      const toDate = verb ? null : TO_DATE.exec(before);
      const done = verb || toDate || DONE_AFTER.test(text.slice(end, end + 40)) || PREVIOUS.test(m[0]) || PRIOR_BEFORE.test(before);
      if (!done || NOT_DONE.test(m[0]) || NOT_DONE.test(verb ? before.slice(-60) : toDate ? before : clause)) continue;
      // Named with the count ("5 sessions of physical therapy"), else just before it ("physical
      // therapy (at least 4 visits)"), else the item's.
      const therapy =
        therapyOf(text.slice(m.index, Math.min(sentence.end, end + 30))) ?? therapyOf(clause) ?? (item && therapyOf(item.title));
      const atLeast = verb?.[1] ?? toDate?.[1];
      if (atLeast) start -= atLeast.length;
      const phrase = foldSpaces(text.slice(start, end));
      out.push({ span: { start, end }, text: phrase, n, atLeast: !!atLeast, therapy, item: item?.index, sentence });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

// ---- the drugs a treatment plan names -------------------------------------------------------

const PLAN_RE = /\b(?:treatment\s+)?plan(?:\s+of\s+care)?\s*(?:included?|includes|consisted\s+of|was|:)/gi;
// A plan that changes a dose names the old strength too: "tapering Norco 10/325 mg to 5/325 mg".
const CHANGE_RE = /\b(?:taper\w*|wean\w*|reduc\w*|decreas\w*|increas\w*|titrat\w*|switch\w*|chang\w*|discontinu\w*|instead)\b/i;

/** Drugs with a strength that a treatment plan names: "The treatment plan included ... Flexeril 10 mg #60". */
export const plannedDrugs: (letter: Letter) => Medication[] = oncePerLetter(readPlanned);

function readPlanned(letter: Letter): Medication[] {
  const { text } = letter;
  const out: Medication[] = [];
  const lower = lowerText(letter);
  for (const { span: range } of countRanges(letter)) {
    if (!spanIncludes(lower, range, 'plan')) continue; // (few name a plan: indexOf passes over the others fast)
    const body = text.slice(0, range.end);
    PLAN_RE.lastIndex = range.start;
    for (let m = PLAN_RE.exec(body); m; m = PLAN_RE.exec(body)) {
      const sentence = sentenceAt(text, range, m.index);
      const rest = { start: m.index + m[0].length, end: sentence.end };
      // (A strength has a digit: without one, no drug named here has one.)
      if (CHANGE_RE.test(text.slice(sentence.start, sentence.end)) || !/\d/.test(text.slice(rest.start, rest.end))) continue;
      out.push(...medicationsIn(text, rest).filter((d) => d.strength));
    }
  }
  return out;
}

// ---- the count the utilization review denied ------------------------------------------------

// A summary sentence that says the review denied the request whole: "UR denied a request for
// Tramadol 50mg #90", "the request for 10 chiropractic sessions was non-certified by utilization
// review", "a request was received for physical therapy 2x6 ... that were noncertified by
// Utilization Review" (not one that modified it, or certified a part).
const DENIED = /\b(?:non-?certif\w*|denied|failed\s+to\s+approve)\b/i;
const BY_REVIEW = /\b(?:utilization\s+review|UR|claims\s+administrator)\b/i;
const PART_CERTIFIED = /\b(?:modif\w*|partial\w*|approv(?:ed|al)\s+(?:of|for)\s+\d|certified\s+(?:for\s+)?\d)/i;
const DENIED_REQUEST_RE =
  /\brequests?\s+(?:(?:was|were)\s+(?:received|submitted|made)\s+)?for\s+(?:an?\s+|the\s+)?(?!\s)([^.;]{3,160}?)(?=\s+(?!\s)(?:was|were|is)\b|,?\s+(?!\s)(?:and|which|that)\b|[.;]|$)/gi;

/** The requests the case summary says the review denied, with a count: "Tramadol 50mg #90". */
export const deniedRequests: (letter: Letter) => CountStatement[] = oncePerLetter(readDenied);

function readDenied(letter: Letter): CountStatement[] {
  const summary = letter.sections.find((s) => s.id === 'summary')?.span;
  if (!summary) return [];
  const { text } = letter;
  const out: CountStatement[] = [];
  const body = text.slice(0, summary.end);
  DENIED_REQUEST_RE.lastIndex = summary.start;
  for (let m = DENIED_REQUEST_RE.exec(body); m; m = DENIED_REQUEST_RE.exec(body)) {
    const sentence = sentenceAt(text, summary, m.index);
    const words = text.slice(sentence.start, sentence.end);
    if (!DENIED.test(words) || !BY_REVIEW.test(words) || PART_CERTIFIED.test(words)) continue;
    const count = requestCount(m[1]);
    if (!count) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push({ span: { start, end: start + m[1].length }, text: foldSpaces(m[1]), n: count.n, atLeast: false, therapy: therapyOf(m[1]) });
  }
  return out;
}
