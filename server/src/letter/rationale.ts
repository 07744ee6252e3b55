// What a decision rationale concludes: the sentence that says whether the request is medically
// necessary, and the request it names there ("the request for Norco 10/325mg #120 is not ...").

import type { Span } from '../base/span';
import type { Item, Outcome } from './types';
import { drugIn } from '../knowledge/drugs';
import { foldSpaces } from '../base/text';

export interface Conclusion {
  /** 'upheld' when the rationale concludes the request is not medically necessary. */
  outcome: Outcome;
  /** The words that say it ("not medically necessary"). */
  span: Span;
  sentence: Span;
}

export interface RequestPhrase {
  /** The request as the sentence names it, e.g. "Norco 10/325mg #120". */
  text: string;
  span: Span;
  sentence: Span;
}

const ANCHOR_RE = /\b(?:medical(?:ly)?[\s-]+necess(?:ary|ity)|medically\s+appropriate)\b|notmedically\s+necessary/gi;
// A negation in the words just before the anchor, within its clause.
const NEGATED_BEFORE =
  /(?:\b(?:not|cannot|can\s+not|no\s+longer|never|unable\s+to|fail(?:s|ed)?\s+to|neither|nor)|n't|\bnot-|notmedically)[^,;]{0,60}$/i;
// "medical necessity ... has not been established", "medical necessity is not met".
const NEGATED_AFTER =
  /^[^.;]{0,80}?\b(?:(?:has|have|had|is|are|was|were)\s+not\s+(?:been\s+)?(?:established|demonstrated|met|shown|supported|substantiated)|cannot\s+be\s+(?:established|determined|substantiated|supported))/i;
// The standard paragraph after an opioid denial, or the older safe-discontinuation line.
const AFTERWORD = /\b(?:taper(?:ing|ed)?|discontinu\w*|wean(?:ing|ed)?|abrupt(?:ly)?|withdrawal)\b/i;

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 13 || code === 9 || code === 12 || code === 0xa0;
const isStop = (code: number): boolean => code === 46 || code === 33 || code === 63; // . ! ?
const isCloseQuote = (code: number): boolean => code === 34 || code === 39 || code === 0x201d || code === 0x2019; // " ' ” ’

/** A sentence is read at most this far either side: text without full stops is no sentence. */
const MAX_SENTENCE = 1000;

/** How many characters end a sentence at `index`: a stop (1), or a stop and a closing quote (2), before white space or `limit`. */
function stopAt(text: string, index: number, limit: number): number {
  if (!isStop(text.charCodeAt(index))) return 0;
  if (index + 1 >= limit || isSpace(text.charCodeAt(index + 1))) return 1;
  return isCloseQuote(text.charCodeAt(index + 1)) && (index + 2 >= limit || isSpace(text.charCodeAt(index + 2))) ? 2 : 0;
}

/** Start and end of the sentence holding `pos`, within `range` (at most MAX_SENTENCE either side). */
export function sentenceAt(text: string, range: Span, pos: number): Span {
  const floor = Math.max(range.start, pos - MAX_SENTENCE);
  const ceiling = Math.min(range.end, pos + MAX_SENTENCE);
  let start = pos;
  while (
    start > floor &&
    !(isSpace(text.charCodeAt(start)) && (stopAt(text, start - 1, range.end) || stopAt(text, start - 2, range.end) === 2))
  )
    start--;
  let end = pos;
  let stop = 0;
  while (end < ceiling && !(stop = stopAt(text, end, range.end))) end++;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return { start, end: Math.min(end + Math.max(stop, 1), range.end) };
}

interface Anchor {
  span: Span;
  sentence: Span;
  negative: boolean;
}

function anchors(text: string, content: Span): Anchor[] {
  const out: Anchor[] = [];
  const body = text.slice(0, content.end);
  ANCHOR_RE.lastIndex = content.start;
  for (let m = ANCHOR_RE.exec(body); m; m = ANCHOR_RE.exec(body)) {
    const sentence = sentenceAt(text, content, m.index);
    // The words just around the anchor decide: a negation far back in the sentence is another clause's.
    const base = Math.max(sentence.start, m.index - 80);
    const before = text.slice(base, m.index);
    const after = text.slice(m.index, Math.min(sentence.end, m.index + 120));
    const negative = NEGATED_BEFORE.test(before) || NEGATED_AFTER.test(after) || /^notmedically/i.test(m[0]);
    // "medical necessity" as a noun is a verdict only when denied ("does not meet medical necessity");
    // "This decision addresses the medical necessity of opioids" is no verdict at all.
    if (!negative && /necessity$/i.test(m[0])) continue;
    // The span covers the negation and the anchor: "not medically necessary".
    const neg = negative ? /(?:\b(?:not|cannot|can\s+not|never)\b|n't)[^,;]{0,60}$/i.exec(before) : null;
    const start = neg ? base + neg.index : m.index;
    // "not medically necessary, medically appropriate, or indicated": a list shares its negation.
    const last = out[out.length - 1];
    const listed =
      last && last.sentence.start === sentence.start && /^[\s,]*(?:(?:or|and|nor)\s+)?$/i.test(text.slice(last.span.end, m.index));
    if (listed) {
      last.span = { start: last.span.start, end: m.index + m[0].length };
      continue;
    }
    out.push({ span: { start, end: m.index + m[0].length }, sentence, negative });
  }
  return out;
}

/** The rationale's conclusion: its last necessity statement that is not the tapering afterword. */
function conclusionOf(text: string, all: Anchor[]): Conclusion | undefined {
  let i = all.length - 1;
  while (i > 0 && AFTERWORD.test(text.slice(all[i].sentence.start, all[i].sentence.end))) i--;
  const a = all[i];
  if (!a) return undefined;
  return { outcome: a.negative ? 'upheld' : 'overturned', span: a.span, sentence: a.sentence };
}

const REQUEST_RE =
  /\b(?:the\s+)?(?:current\s+|present\s+|retrospective\s+|prospective\s+)?request(?:ed)?\s+(?:for|of)\s+(?:an?\s+|the\s+)?(?!\s)([\s\S]{2,200}?)(?=\s+(?!\s)(?:is|are|was|were|cannot|can\s+not|does|do|did|would|will|should|has|have|at\s+this\s+time|to\s+be|as\s+(?:such|submitted|written))\b|,\s+(?:which|as|that|and|but|however|since|because|given)\b|[;:]|\.(?:\s|$))/gi;

// A necessity statement whose subject is the request itself: "Therefore, Naproxen 550 mg #90 is
// medically necessary", "MRI of the left knee is not medically necessary at this time". The
// subject is the clause's (after its last comma) before the verb of the verdict.
const VERDICT_VERB =
  /(?<!\s)\s+(?:is|are)\s+(?:(?:not|therefore|thus|deemed|considered|found|felt|determined|established|to\s+be|as|being)\s+)*$/i;
const SUBJECT_LEAD =
  /^(?:(?:therefore|thus|hence|consequently|accordingly|so)\s+)?(?:(?:the|this)\s+(?:current\s+|present\s+)?(?:requested\s+)?)?/i;
// Clauses that are no subject ("As the requested surgery is ..."), and subjects that name no
// request ("the request", "it", "this treatment") or hold a verb of their own.
const NO_SUBJECT =
  /^(?:as|since|because|if|while|when|although|though|given|due|based|unless|whether|there|it|they|this|that|these|those|which|who|and|but|or|then)\b|^(?:treatment|service|item|medication|procedure|study|therapy)s?$|\b(?:request|guidelines?|criteria|does|do|did|has|have|had|was|were|that)\b/i;

/** The requests named in the necessity statements ("the request for X is not ...", "X is not ..."). */
function requestsOf(text: string, all: Anchor[]): RequestPhrase[] {
  const out: RequestPhrase[] = [];
  const seen = new Set<number>();
  for (const a of all) {
    const { sentence } = a;
    if (seen.has(sentence.start)) continue;
    seen.add(sentence.start);
    const body = text.slice(0, sentence.end);
    REQUEST_RE.lastIndex = sentence.start;
    const before = out.length;
    for (let m = REQUEST_RE.exec(body); m; m = REQUEST_RE.exec(body)) {
      const start = m.index + m[0].length - m[1].length;
      out.push(requestPhrase(text, { start, end: start + m[1].length }, sentence));
    }
    if (out.length > before) continue;
    const pre = text.slice(sentence.start, a.span.start);
    const verb = VERDICT_VERB.exec(pre);
    if (!verb) continue;
    const clauseStart = Math.max(pre.lastIndexOf(',', verb.index), pre.lastIndexOf(';', verb.index)) + 1;
    const clause = pre.slice(clauseStart, verb.index);
    const lead = clause.length - clause.trimStart().length + SUBJECT_LEAD.exec(clause.trimStart())![0].length;
    const subject = clause.slice(lead);
    if (subject.length < 2 || subject.length > 160 || NO_SUBJECT.test(subject)) continue;
    const start = sentence.start + clauseStart + lead;
    out.push(requestPhrase(text, { start, end: start + subject.length }, sentence));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** A request as the rationale names it, without the quotation marks it may be put in ("the \"Decision for X\" is not ..."). */
function requestPhrase(text: string, span: Span, sentence: Span): RequestPhrase {
  let { start, end } = span;
  while (start < end && QUOTE_MARKS.includes(text[start])) start++;
  while (end > start && QUOTE_MARKS.includes(text[end - 1])) end--;
  return { text: foldSpaces(text.slice(start, end)), span: { start, end }, sentence };
}
const QUOTE_MARKS = '"\u201c\u201d';

/** What a rationale concludes, and the requests its necessity statements name. */
export function readRationale(text: string, content: Span): { conclusion?: Conclusion; requests: RequestPhrase[] } {
  const all = anchors(text, content);
  return { conclusion: conclusionOf(text, all), requests: requestsOf(text, all) };
}

const FILLER =
  /^(?:the|and|for|with|of|to|right|left|bilateral|retrospective|prospective|request|additional|continued|continue|one|two|three|four|six|eight|ten|twelve|associated|surgical|service|post|pre|outpatient|inpatient)$/i;

/** What `aboutItem` reads of an item: its drug, else its title. Items of one name are about the same phrases. */
export const itemName = (item: Item): string => item.request.drug ?? item.title;

/** What `aboutItem` looks for of an item: its first telling word, in lower case and as a pattern, and the active ingredient of the drug it names. */
export interface Naming {
  word: string;
  pattern: RegExp;
  ingredient?: string;
}

const TELLING_WORD = /[A-Za-z]{3,}/g;
// Read once for each item: an item is asked about every phrase of its rationale, and a plan about every item.
const namings = new WeakMap<Item, Naming | null>();

/** What `aboutItem` looks for of an item; null when its name has no telling word. */
export function namingOf(item: Item): Naming | null {
  let naming = namings.get(item);
  if (naming !== undefined) return naming;
  const name = itemName(item);
  let word: string | undefined;
  TELLING_WORD.lastIndex = 0;
  for (let m = TELLING_WORD.exec(name); m && !word; m = TELLING_WORD.exec(name)) if (!FILLER.test(m[0])) word = m[0];
  const drug = word ? drugIn(word) : undefined;
  naming = word
    ? {
        word: word.toLowerCase(),
        pattern: new RegExp(`\\b${word}\\b`, 'i'),
        ...(drug ? { ingredient: activeIngredient(drug.entry.generic) } : {}),
      }
    : null;
  namings.set(item, naming);
  return naming;
}

/** Whether the rationale's phrase is about this item: it names the item's first telling word, or the same drug by another name ("Naprosyn" for "Naproxen"). */
export function aboutItem(item: Item, phrase: string): boolean {
  const naming = namingOf(item);
  if (!naming) return false;
  if (naming.pattern.test(phrase)) return true;
  return naming.ingredient !== undefined && drugIngredientIn(phrase) === naming.ingredient;
}

/** The active ingredient of the first drug a text names. */
export function drugIngredientIn(text: string): string | undefined {
  const named = drugIn(text);
  return named && activeIngredient(named.entry.generic);
}

/** The first ingredient of a generic name: "naproxen" of "naproxen / naproxen sodium", "oxycodone" of "oxycodone ER". */
const activeIngredient = (generic: string): string => generic.toLowerCase().split(/[\s/+]+/)[0];
