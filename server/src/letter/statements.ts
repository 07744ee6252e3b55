// What the case summary and each decision rationale say of the clinical concepts of the knowledge
// layer (radicular symptoms, neurological deficits, a physical examination, a pain score, the
// Request for Authorization, ...): every mention, where it stands, and whether it is denied (NegEx,
// ./negation.ts) or qualified so that it is no plain statement of fact about the worker: a
// guideline's general words, another review's reasons, a plan, a hedge.

import { CONCEPTS, type Concept } from '../knowledge/concepts';
import { negationOf, triggersIn, type Negation, type Triggers } from './negation';
import { sentenceAt } from './rationale';
import type { Letter, Span } from './types';

export type Qualifier =
  /** The sentence states a guideline or what is done for patients in general. */
  | 'guideline'
  /** The sentence reports another review's reasons (utilization review, a prior determination). */
  | 'attributed'
  /** The mention is something planned, requested or treated for, not something found. */
  | 'plan'
  /** The denial is hedged: "no significant", "no clear", "no recent", "does not appear". */
  | 'hedged'
  /** A symptom denied only as objective evidence ("no objective evidence of radicular pain"). */
  | 'objective'
  /** The denial is of another record that would show it: "no imaging demonstrating radiculopathy", "no diagnosis of". */
  | 'other-record';

/** Coarse body regions: the limb a nerve root serves, and the part examined. */
export type BodyRegion = 'upper' | 'lower' | 'neck' | 'back' | 'shoulder' | 'elbow' | 'hand' | 'hip' | 'knee' | 'foot';

export interface ConceptMention {
  concept: Concept;
  /** The words that name it. */
  span: Span;
  /** The synonym group of the concept's members it belongs to; -1 for a general name. */
  group: number;
  /** The item whose decision rationale holds it; undefined in the case summary. */
  item?: number;
  sentence: Span;
  negation?: Negation;
  /** The words a reader would quote: from a negation's trigger to the mention, or the mention to a trigger after it. */
  phrase: Span;
  qualifier?: Qualifier;
}

// The sentence states what guidelines say, or what holds for patients in general.
const GUIDELINE =
  /\b(?:guidelines?|recommend(?:s|ed|ation|ations)?|criteria|should|may|might|must|unless|if|when|whether|patients|candidates?|MTUS|ACOEM|ODG|indications?|indicated\s+(?:for|in|when|if))\b|["\u201c\u201d]/i;
const ATTRIBUTED =
  /\b(?:UR|utilization\s+review|(?:prior|previous|initial|original)\s+(?:review|reviewer|determination|denial)|claims\s+administrator|non-?certif\w*|modified\s+the\s+request|denied\s+(?:the\s+request|due|based|because|as)|previously\s+(?:deemed|denied|reviewed|modified))\b/i;
// Words before a mention in its sentence that make it a plan, a request or a reason for a drug.
const PLAN =
  /\b(?:plan(?:s|ned)?|request(?:s|ed)?|recommend(?:s|ed|ation)?|authoriz\w*|order(?:s|ed)?|will|would|rule\s+out|r\/o|refer(?:s|red|ral)?|schedul\w*|pending|consider\w*|evaluate\s+for|to\s+assess)\b|\b(?:medications?|meds|relaxants?|prescribed|tak(?:es|ing)|us(?:es|ing))\b[^.;]{0,40}\bfor\s+(?:\w+\s+(?:and|or)\s+)?$/i;
const HEDGE =
  /\b(?:significant(?:ly)?|clear(?:ly)?|unclear|firm|definitive(?:ly)?|unequivocal|equivocal|sufficient(?:ly)?|insufficient|adequate(?:ly)?|recent(?:ly)?|new|further|updated|progressive|progression|worsening|severe|marked|subtle|detailed|comprehensive|thorough|complete|formal|quantified|measurable|appear(?:s|ed)?|seem(?:s|ed)?|likely|possible|certain|active|fail(?:ed|ure)|complet(?:ed|ion)|benefit\w*|respon\w*|efficacy|effective\w*|improve\w*)\b/i;
// For findings (not records) these hedge as well: "no specific nerve compromise", "no current numbness".
const FINDING_HEDGE = /\b(?:specific|consistent|obvious|current(?:ly)?)\b/i;
// A denial limited to a time ("no radicular symptoms since the injection", "... at the last visit")
// says nothing of before it: such words in the few words after the mention.
const SINCE = /\b(?:since|after|following|recent(?:ly)?|latest|last|current(?:ly)?|today)\b/i;
// A denial of what a test or image shows: "no evidence of radiculopathy on EMG".
const ON_RECORD = /^\s*(?:on|by|in|per)\s+(?:the\s+|an?\s+)?(?:imaging|MRIs?|CT|x-?rays?|radiographs?|EMG|NCV|NCS|electrodiagnostic|scans?|stud(?:y|ies))\b/i;
const OBJECTIVE = /\bobjective(?:ly)?\b|^\s+(?:(?:noted|documented|found|seen)\s+)?(?:on|upon|during|in)\s+(?:the\s+)?(?:physical\s+)?exam/i;
const OTHER_RECORD = /\b(?:imaging|MRIs?|CT|x-?rays?|radiographs?|radiographic|stud(?:y|ies)|EMG|NCV|NCS|electrodiagnostic|scans?|diagnos[ie]s|diagnosed)\b/i;
// A record named after one of these is where something else was looked for: "no spasm on examination".
const LOCATIVE = /\b(?:on|upon|in|during|at|from|per|by|within|throughout)\s+(?:(?:the|a|an|his|her|their|this|that|most|recent|today's|latest|last|initial|physical)\s+){0,3}$/i;
// Any word a negation trigger (./negation.ts) starts with.
const NEGATION_GATE = /\b(?:no|not|without|lack\w*|absen(?:ce|t)|den(?:y|ies|ied|ying)|negative|free|fail\w*|never|none|nor|neither|deferred|declined|refused)\b|n't\b/gi;
const NEGATION_WORD = new RegExp(NEGATION_GATE.source, 'i');
/** A summary's denials reach farther than a rationale's: a missed one there would read as an affirmation. */
const SUMMARY_WINDOW = 10;
/** Words a quoted clause takes either side of its mention; a sentence of twice as many is quoted whole. */
const CLAUSE_WORDS = 10;

const REGIONS: [RegExp, BodyRegion[]][] = [
  [/\b(?:cervical|neck|paracervical|C-?spine|C[2-8])\b/i, ['neck', 'upper']],
  [/\b(?:lumbar|lumbosacral|thoracic|thoracolumbar|low(?:er)?\s+back|back|L[1-5]|S1|sacroiliac|sciatic)\b/i, ['back', 'lower']],
  [/\bshoulders?\b/i, ['shoulder', 'upper']],
  [/\belbows?\b/i, ['elbow', 'upper']],
  [/\b(?:hands?|wrists?|fingers?|thumbs?|forearms?)\b/i, ['hand', 'upper']],
  [/\b(?:upper\s+(?:extremit(?:y|ies)|limbs?)|arms?|[RLB]UEs?)\b/i, ['upper']],
  [/\b(?:hips?|groin)\b/i, ['hip', 'lower']],
  [/\bknees?\b/i, ['knee', 'lower']],
  [/\b(?:ankles?|foot|feet|heels?|toes?)\b/i, ['foot', 'lower']],
  [/\b(?:lower\s+(?:extremit(?:y|ies)|limbs?)|legs?|thighs?|calf|calves|buttocks?|[RLB]LEs?)\b/i, ['lower']],
];

interface Alternative {
  concept: Concept;
  group: number;
}

// Findings before records, and within a concept its members before its general names: the first
// alternative to match at a place wins ("radicular findings" is a sign, "radicular pain" a symptom).
const ORDER = ['neuroDeficit', 'radicular', 'spasm', 'painScore', 'rfa', 'medications', 'therapyReceived', 'exam'];
const ALTERNATIVES: Alternative[] = [];
const SOURCES: string[] = [];
for (const id of ORDER) {
  const concept = CONCEPTS.find((c) => c.id === id)!;
  concept.members.forEach((members, group) => {
    for (const m of members) {
      ALTERNATIVES.push({ concept, group });
      SOURCES.push(m);
    }
  });
  for (const name of concept.names) {
    ALTERNATIVES.push({ concept, group: -1 });
    SOURCES.push(name);
  }
}
const MENTION = new RegExp(`\\b(?:${SOURCES.map((s) => `(${s})`).join('|')})(?![\\w-])`, 'gi');
const ABOUT = new Map(CONCEPTS.filter((c) => c.about).map((c) => [c.id, new RegExp(`^[\\s,]+${c.about}\\b`, 'i')]));
const CONTEXT = new Map(CONCEPTS.filter((c) => c.context).map((c) => [c.id, new RegExp(c.context!, 'i')]));

const cache = new WeakMap<Letter, ConceptMention[]>();

/**
 * Every mention of a clinical concept in the case summary, and in the sentences of the decision
 * rationales that deny something, in text order.
 */
export function conceptMentions(letter: Letter): ConceptMention[] {
  let found = cache.get(letter);
  if (!found) cache.set(letter, (found = collect(letter)));
  return found;
}

function collect(letter: Letter): ConceptMention[] {
  const out: ConceptMention[] = [];
  const { text } = letter;
  for (const s of letter.sections) if (s.id === 'summary') read(text, s.span, s.span, undefined, out);
  for (const item of letter.items) {
    for (const p of item.parts) {
      if (p.kind !== 'rationale') continue;
      // A rationale is read only in its sentences that hold a negation: that is where it denies something.
      const body = text.slice(0, p.contentSpan.end);
      NEGATION_GATE.lastIndex = p.contentSpan.start;
      for (let m = NEGATION_GATE.exec(body); m; m = NEGATION_GATE.exec(body)) {
        const sentence = sentenceOf(text, p.contentSpan, m.index);
        read(text, p.contentSpan, sentence, item.index, out);
        NEGATION_GATE.lastIndex = Math.max(sentence.end, m.index + m[0].length);
      }
    }
  }
  return out;
}


/** One sentence, read once for every mention in it. */
interface Sentence {
  span: Span;
  triggers: Triggers;
  guideline: boolean;
  attributed: boolean;
}

/** The mentions in `scan`, a part of the summary or rationale `range`. */
function read(text: string, range: Span, scan: Span, item: number | undefined, out: ConceptMention[]): void {
  const summary = item === undefined;
  const body = text.slice(0, scan.end);
  let s: Sentence | undefined;
  MENTION.lastIndex = scan.start;
  for (let m = MENTION.exec(body); m; m = MENTION.exec(body)) {
    if (text[m.index - 1] === '-') continue; // "non-radicular"
    const { concept, group } = ALTERNATIVES[m.slice(1).findIndex((g) => g !== undefined)];
    const span = { start: m.index, end: m.index + m[0].length };
    if (!s || span.start >= s.span.end) {
      const sentence = sentenceOf(text, range, m.index);
      const words = text.slice(sentence.start, sentence.end);
      const triggers = NEGATION_WORD.test(words) ? triggersIn(text, sentence) : { sentence, pre: [], post: [] };
      s = { span: sentence, triggers, guideline: !summary && GUIDELINE.test(words), attributed: ATTRIBUTED.test(words) };
    }
    const sentence = s.span;
    const before = text.slice(sentence.start, span.start);
    const after = text.slice(span.end, sentence.end);
    const record = concept.kind === 'record';
    let negation = negationOf(text, s.triggers, span, summary && !record ? SUMMARY_WINDOW : concept.window);
    if (negation && record && (negation.findingOnly || LOCATIVE.test(before))) negation = undefined;
    if (negation && ABOUT.get(concept.id)?.test(after)) continue;
    const context = CONTEXT.get(concept.id);
    if (summary && !negation && context && !context.test(text.slice(sentence.start, sentence.end))) continue;
    const phrase = !negation ? span : negation.position === 'pre' ? { start: negation.trigger.start, end: span.end } : { start: span.start, end: negation.trigger.end };
    const mention: ConceptMention = { concept, span, group, item, sentence, negation, phrase };
    mention.qualifier = qualify(text, mention, s, before, after);
    out.push(mention);
  }
}

// A full stop inside closing quotes or brackets ends a sentence too: 'surgery." Regarding this case'.
const QUOTED_STOP = /[.!?]["\u201d')]+\s+/g;

/** The sentence holding `pos`, ended also by a quotation's closing stop. */
function sentenceOf(text: string, range: Span, pos: number): Span {
  const s = sentenceAt(text, range, pos);
  let { start, end } = s;
  const body = text.slice(0, s.end);
  QUOTED_STOP.lastIndex = s.start;
  for (let m = QUOTED_STOP.exec(body); m; m = QUOTED_STOP.exec(body)) {
    const after = m.index + m[0].length;
    if (after <= pos) start = after;
    else {
      end = m.index + m[0].trimEnd().length;
      break;
    }
  }
  return { start, end };
}

function qualify(text: string, m: ConceptMention, s: Sentence, before: string, after: string): Qualifier | undefined {
  const summary = m.item === undefined;
  const record = m.concept.kind === 'record';
  if (!summary && s.guideline) return 'guideline';
  if ((m.negation || !record) && s.attributed) return 'attributed';
  if (!m.negation) return summary && !m.concept.plansAffirm && PLAN.test(before) ? 'plan' : undefined;
  // The denial's words, with the few words before them that may qualify the noun ("detailed evidence of severe ... abnormalities has not been documented").
  const lead = text.slice(wordsBefore(text, m.phrase.start, m.sentence.start, 4), m.phrase.start);
  const phrase = text.slice(m.phrase.start, m.phrase.end);
  const words = m.negation.position === 'post' ? lead + phrase : phrase;
  const next = after.slice(0, wordsAfter(after, 0, after.length, 6));
  if (HEDGE.test(words) || (!record && FINDING_HEDGE.test(words)) || SINCE.test(next)) return 'hedged';
  if (OTHER_RECORD.test(lead + phrase) || ON_RECORD.test(after)) return 'other-record';
  if (m.concept.kind === 'symptom' && (OBJECTIVE.test(words) || OBJECTIVE.test(after))) return 'objective';
  return undefined;
}

/** The body regions the words around a mention name, a few either side within its sentence. */
export function mentionRegions(text: string, m: ConceptMention): BodyRegion[] {
  const words = text.slice(wordsBefore(text, m.phrase.start, m.sentence.start, 6), wordsAfter(text, m.phrase.end, m.sentence.end, 8));
  const out = new Set<BodyRegion>();
  for (const [re, regions] of REGIONS) if (re.test(words)) for (const r of regions) out.add(r);
  return [...out];
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\u00a0';

/** Where the `n` words before `pos` start (not before `floor`). */
function wordsBefore(text: string, pos: number, floor: number, n: number): number {
  let i = pos;
  for (let k = 0; k < n && i > floor; k++) {
    while (i > floor && isSpace(text[i - 1])) i--;
    while (i > floor && !isSpace(text[i - 1])) i--;
  }
  return i;
}

/** Where the `n` words after `pos` end (not after `ceiling`). */
function wordsAfter(text: string, pos: number, ceiling: number, n: number): number {
  let i = pos;
  for (let k = 0; k < n && i < ceiling; k++) {
    while (i < ceiling && isSpace(text[i])) i++;
    while (i < ceiling && !isSpace(text[i])) i++;
  }
  return i;
}

/** A clause ends at a semicolon, colon, parenthesis or comma, but not the comma of "October 17, 2016". */
function isBoundary(text: string, i: number): boolean {
  const c = text[i];
  return c === ';' || c === ':' || c === '(' || c === ')' || (c === ',' && !/\d/.test(text[i - 1] ?? ''));
}

/** What a message quotes of a mention: its sentence when short, else its clause (to a comma or semicolon), a few words either side. */
export function mentionClause(text: string, m: ConceptMention): Span {
  const { sentence, phrase: core } = m;
  let start = sentence.start;
  let end = sentence.end;
  if (wordsAfter(text, start, end, CLAUSE_WORDS * 2) < end) {
    let floor = core.start;
    while (floor > sentence.start && !isBoundary(text, floor - 1)) floor--;
    start = wordsBefore(text, core.start, floor, CLAUSE_WORDS);
    let ceiling = core.end;
    while (ceiling < sentence.end && !isBoundary(text, ceiling)) ceiling++;
    end = wordsAfter(text, core.end, ceiling, CLAUSE_WORDS);
  }
  while (start < end && isSpace(text[start])) start++;
  while (end > start && (isSpace(text[end - 1]) || '.,;:'.includes(text[end - 1]))) end--;
  return { start, end };
}
