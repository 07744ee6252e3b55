// What the case summary and each decision rationale say of the clinical concepts of the knowledge
// layer (radicular symptoms, neurological deficits, a physical examination, a pain score, the
// Request for Authorization, ...): every mention, where it stands, and whether it is denied (NegEx,
// ./negation.ts) or qualified so that it is no plain statement of fact about the worker: a
// guideline's general words, another review's reasons, a plan, a hedge (./qualifiers.ts).

import { CONCEPTS, type Concept } from '../knowledge/concepts';
import { namesIn } from './concept-names';
import { negationOf, pseudoTriggerAt, triggersIn } from './negation';
import { sentenceAt } from './rationale';
import type { Span } from '../base/span';
import type { Item, Letter } from './types';
import { oncePerLetter } from './text';
import {
  afterLastReport,
  ATTRIBUTION_WORDS,
  clauseOf,
  GUIDELINE_WORDS,
  PLAN_WORDS,
  qualify,
  type ConceptMention,
  type Sentence,
} from './qualifiers';

export type { ConceptMention, Qualifier } from './qualifiers';

// A record named after one of these is where something else was looked for: "no spasm on examination".
const LOCATIVE =
  /\b(?:on|upon|in|during|at|from|per|by|within|throughout)\s+(?:(?:the|a|an|his|her|their|this|that|most|recent|today's|latest|last|initial|physical)\s+){0,3}$/i;
// Any word a negation trigger (./negation.ts) starts with.
const NEGATION_WORDS = String.raw`\b(?:no|not|without|lack\w*|absen(?:ce|t)|den(?:y|ies|ied|ying)|negative|free|fail\w*|never|none|nor|neither|deferred|declined|refused)\b|n't\b`;
const NEGATION_WORD = new RegExp(NEGATION_WORDS, 'i');
// The sentences of a rationale worth reading: those with a negation, or with the words of a normal
// finding ("sensation intact", "strength 5/5"), a denial of its own.
const NEGATION_GATE = new RegExp(
  String.raw`${NEGATION_WORDS}|\b(?:normal|intact|unremarkable|symmetric\w*|neurologically|full\s+(?:active\s+)?(?:range|ROM|motion))\b|\b(?:motion|ROM)\s+(?:was\s+|is\s+|were\s+)?full\b|\b5\s*\/\s*5`,
  'gi',
);
/** A summary's denials reach farther than a rationale's: a missed one there would read as an affirmation. */
const SUMMARY_WINDOW = 10;

const ABOUT = new Map(CONCEPTS.filter((c) => c.about).map((c) => [c.id, new RegExp(`^[\\s,]+${c.about}\\b`, 'i')]));
const CONTEXT = new Map(CONCEPTS.filter((c) => c.context).map((c) => [c.id, new RegExp(c.context!, 'i')]));

/**
 * Every mention of a clinical concept in the case summary, and in the sentences of the decision
 * rationales that deny something, in text order.
 */
export const conceptMentions: (letter: Letter) => ConceptMention[] = oncePerLetter(collect);

function collect(letter: Letter): ConceptMention[] {
  const out: ConceptMention[] = [];
  for (const s of letter.sections) if (s.id === 'summary') read(letter, s.span, s.span, undefined, out);
  readRationales(letter, 'mentions', out);
  return out;
}

/** What an item without a rationale says, read for anything: nothing (shared, never added to). */
const NONE: readonly ConceptMention[] = [];
const UNREAD: Readonly<Record<Reading, readonly ConceptMention[]>> = { mentions: NONE, documents: NONE, received: NONE };

/** A letter's items' rationales as each reading found them, by item index: an item is read once for each, however the letter's readings are asked. */
const itemReadings: (letter: Letter) => Partial<Record<Reading, readonly ConceptMention[]>>[] = oncePerLetter(() => []);

/** Every item's rationales, read for `reading`, in text order. */
function readRationales(letter: Letter, reading: Reading, out: ConceptMention[]): void {
  const readings = itemReadings(letter);
  for (const item of letter.items) for (const m of readItem(letter, readings, item, reading)) out.push(m);
}

/** An item's rationales, read for `reading` (kept in `readings`): their sentences that hold a match of its gate, read once each. */
function readItem(
  letter: Letter,
  readings: Partial<Record<Reading, readonly ConceptMention[]>>[],
  item: Item,
  reading: Reading,
): readonly ConceptMention[] {
  const known = readings[item.index]?.[reading];
  if (known) return known;
  if (!item.parts.some((p) => p.kind === 'rationale')) {
    readings[item.index] = UNREAD;
    return NONE;
  }
  const memo = (readings[item.index] ??= {});
  const { text } = letter;
  const { gate, mode, wanted } = READINGS[reading];
  const out: ConceptMention[] = [];
  for (const p of item.parts) {
    if (p.kind !== 'rationale') continue;
    const body = text.slice(0, p.contentSpan.end);
    gate.lastIndex = p.contentSpan.start;
    for (let m = gate.exec(body); m; m = gate.exec(body)) {
      if (wanted && !wanted(text, m.index)) continue;
      const sentence = sentenceOf(text, p.contentSpan, m.index);
      read(letter, p.contentSpan, sentence, item.index, out, mode);
      gate.lastIndex = Math.max(sentence.end, m.index + m[0].length);
    }
  }
  memo[reading] = out;
  return out;
}

/**
 * Reads one item's rationales for everything the letter's readings of the rationales ask
 * (conceptMentions, rationaleDocuments, rationaleReceived), so that a rule may read a letter of
 * thousands of items in steps: the letter's readings then take what was read.
 */
export function readItemStatements(letter: Letter, item: Item): void {
  const readings = itemReadings(letter);
  for (const reading of Object.keys(READINGS) as Reading[]) readItem(letter, readings, item, reading);
}

// A rationale that says the records show a finding: "there is indication of neurologic
// dysfunction", "objective functional improvement has been documented", "there is documentation of".
const DOCUMENTED =
  /\bthere\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?:(?:currently|clear|objective|some|sufficient|adequate|detailed)\s+)*(?:documentation|indication|evidence)\s+of\b|\b(?:has|have)\s+been\s+(?:\w+\s+)?documented\b|\b(?:is|are|was|were)\s+documented\b/i;

const DOCUMENTED_ALL = new RegExp(DOCUMENTED.source, 'gi');

/**
 * What the decision rationales say the records document ("there is indication of neurologic
 * dysfunction"): each mention, not denied, in a sentence that says so and states no guideline,
 * no plan and no other review's words.
 */
export const rationaleDocuments: (letter: Letter) => ConceptMention[] = oncePerLetter((letter: Letter) => {
  const out: ConceptMention[] = [];
  readRationales(letter, 'documents', out);
  return out;
});

// A rationale that says a treatment was given: "has completed a full course of physical therapy",
// "persists despite therapy", "failed chiropractic care", "after 12 sessions of PT". The words
// stand a few words before the treatment's name, in its clause.
const RECEIVED_WORDS = String.raw`\b(?:despite|failed|(?:has|have|had)\s+(?:already\s+)?(?:had|undergone|completed|attended|received|tried|done)|completed|attended|underwent|received)\b`;
const RECEIVED = new RegExp(RECEIVED_WORDS, 'gi');
const RECEIVED_NEAR = new RegExp(
  `${RECEIVED_WORDS}(?:[\\s,]+(?!(?:but|and|or|however|request\\w*|recommend\\w*|additional|more|further)\\b)[\\w'/-]+){0,6}[\\s,]*$`,
  'i',
);

/** What a rationale is read for: each reading's sentences are those that hold a match of its global `gate` (one `wanted`). */
type Reading = 'mentions' | 'documents' | 'received';
const READINGS: Record<Reading, { gate: RegExp; mode: ReadMode; wanted?: (text: string, at: number) => boolean }> = {
  // A rationale is read only in its sentences that hold a negation: that is where it denies
  // something ("not medically necessary", "not recommended": no negation, and no trigger holds the word).
  mentions: { gate: NEGATION_GATE, mode: { oneSentence: true }, wanted: (text, at) => !pseudoTriggerAt(text, at) },
  // Only the sentences that say something is documented are read.
  documents: { gate: DOCUMENTED_ALL, mode: { oneSentence: true, documented: true } },
  received: { gate: RECEIVED, mode: { oneSentence: true, received: true } },
};

/**
 * Whether the words of a sentence before a mention of a conservative treatment say it was given:
 * "has completed a full course of", "despite", with no negation in its clause ("it does not appear
 * the patient has undergone physical therapy").
 */
function isReceived(concept: Concept, group: number, before: string): boolean {
  if (concept.id !== 'therapyReceived' || !RECEIVED_NEAR.test(before)) return false;
  const clause = clauseOf(before, '');
  return !NEGATION_WORD.test(clause.replace(RECEIVED, ' '));
}

/**
 * What the decision rationales say was already given of the conservative treatments (physical
 * therapy, chiropractic care, acupuncture, massage): each mention, not denied, a few words after
 * "has completed", "despite", "failed", in a sentence that states no guideline, no plan and no other
 * review's words.
 */
export const rationaleReceived: (letter: Letter) => ConceptMention[] = oncePerLetter((letter: Letter) => {
  const out: ConceptMention[] = [];
  readRationales(letter, 'received', out);
  return out;
});

// A case summary's list of the treatment given so far: "Treatment to date has included medications
// and a wrist brace", "Prior treatment consisted of ...", "She has been treated with ...".
const TREATMENT_LIST =
  /\b(?:(?:treatments?|care|therapies)\s+(?:to\s+date|rendered(?:\s+to\s+date)?|received(?:\s+to\s+date)?|thus\s+far|so\s+far)|(?:prior|previous|past)\s+(?:treatments?|care|therapies))\s+(?:has\s+|have\s+|had\s+)?(?:included|includes|include|consisted\s+of|consists\s+of|was|were)\b|\b(?:has|have|had)\s+been\s+treated\s+(?:conservatively\s+)?with\b/gi;

const THERAPY = CONCEPTS.find((c) => c.id === 'therapyReceived')!;
// Each treatment's names (or "therapy" alone), in a list; "PT" in capitals only.
const THERAPY_NAMED = THERAPY.members.map(
  (group) => new RegExp(`\\b(?:${group.join('|')})(?![\\w-])|\\btherap(?:y|ies)\\b`, group.includes('PT') ? '' : 'i'),
);

/**
 * The conservative treatments a case summary's list of the treatment given so far leaves out: for
 * each such list, one statement per treatment (a synonym group of the concept) it does not name,
 * as a denial of that treatment, spanning the list's sentence from its opening words.
 */
export const summaryTreatmentLists: (letter: Letter) => ConceptMention[] = oncePerLetter((letter: Letter) => {
  const out: ConceptMention[] = [];
  const { text } = letter;
  for (const section of letter.sections) {
    if (section.id !== 'summary') continue;
    const body = text.slice(0, section.span.end);
    TREATMENT_LIST.lastIndex = section.span.start;
    for (let m = TREATMENT_LIST.exec(body); m; m = TREATMENT_LIST.exec(body)) {
      const sentence = sentenceOf(text, section.span, m.index);
      const list = { start: m.index, end: sentence.end };
      const words = text.slice(list.start, list.end);
      THERAPY.members.forEach((_, group) => {
        if (THERAPY_NAMED[group].test(words) || /\bPT\b/.test(words)) return;
        out.push({
          concept: THERAPY,
          span: list,
          group,
          item: undefined,
          sentence,
          negation: { trigger: list, position: 'pre', findingOnly: true },
          phrase: list,
          qualifier: undefined,
          place: undefined,
        });
      });
      TREATMENT_LIST.lastIndex = Math.max(TREATMENT_LIST.lastIndex, sentence.end);
    }
  }
  return out;
});

/** The case summary's normal findings ("intact C5 and C6 dermatome sensation", "5/5 strength"): each a denial of what it finds normal. */
export const summaryNormals: (letter: Letter) => ConceptMention[] = oncePerLetter((letter: Letter) => {
  const out: ConceptMention[] = [];
  for (const s of letter.sections) if (s.id === 'summary') read(letter, s.span, s.span, undefined, out, { normals: true });
  return out;
});

/** How a part is read: one sentence of it only; only what a rationale says is documented; only the summary's normal findings. */
interface ReadMode {
  oneSentence?: boolean;
  documented?: boolean;
  normals?: boolean;
  /** Only what a rationale says was given of the conservative treatments. */
  received?: boolean;
}

/** The mentions in `scan`, a part of the summary or rationale `range`: one sentence of it when `oneSentence`. */
function read(letter: Letter, range: Span, scan: Span, item: number | undefined, out: ConceptMention[], mode: ReadMode = {}): void {
  const { text } = letter;
  const { oneSentence = false } = mode;
  const summary = item === undefined;
  let s: Sentence | undefined;
  for (const m of namesIn(letter, scan)) {
    const { concept, group, normal } = m;
    // A normal finding is a rationale's denial; in the summary it is one observation among others.
    if (mode.normals ? !normal : normal && summary) continue;
    const span = { start: m.start, end: m.end };
    if (!s || span.start >= s.span.end) {
      const sentence = oneSentence ? scan : sentenceOf(text, range, m.start);
      const words = text.slice(sentence.start, sentence.end);
      const triggers = NEGATION_WORD.test(words) ? triggersIn(text, sentence) : { sentence, pre: [], post: [] };
      s = {
        span: sentence,
        triggers,
        guideline: !summary && GUIDELINE_WORDS.test(words),
        attributed: ATTRIBUTION_WORDS.test(words),
        documented: DOCUMENTED.test(words),
      };
    }
    if (mode.documented && (!s.documented || normal)) continue;
    if (mode.received && !isReceived(concept, group, text.slice(s.span.start, span.start))) continue;
    const sentence = s.span;
    const before = text.slice(sentence.start, span.start);
    const after = text.slice(span.end, sentence.end);
    const record = concept.kind === 'record';
    let negation = normal
      ? { trigger: span, position: 'pre' as const, findingOnly: true }
      : negationOf(text, s.triggers, span, summary && !record ? SUMMARY_WINDOW : concept.window);
    if (negation && record && (negation.findingOnly || LOCATIVE.test(before))) negation = undefined;
    if (negation && ABOUT.get(concept.id)?.test(after)) continue;
    const context = CONTEXT.get(concept.id);
    if (summary && !negation && context && !context.test(text.slice(sentence.start, sentence.end))) continue;
    const phrase = !negation
      ? span
      : negation.position === 'pre'
        ? { start: negation.trigger.start, end: span.end }
        : { start: span.start, end: negation.trigger.end };
    const mention: ConceptMention = { concept, span, group, item, sentence, negation, phrase, qualifier: undefined, place: undefined };
    mention.qualifier = qualify(text, mention, s, before, after);
    // What a rationale says is documented is a plain statement, not denied: a plan's words are no report.
    if ((mode.documented || mode.received) && (negation || mention.qualifier || PLAN_WORDS.test(afterLastReport(before)))) continue;
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
