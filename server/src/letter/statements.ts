// What the case summary and each decision rationale say of the clinical concepts of the knowledge
// layer (radicular symptoms, neurological deficits, a physical examination, a pain score, the
// Request for Authorization, ...): every mention, where it stands, and whether it is denied (NegEx,
// ./negation.ts) or qualified so that it is no plain statement of fact about the worker: a
// guideline's general words, another review's reasons, a plan, a hedge.

import { CONCEPTS, type Concept } from '../knowledge/concepts';
import { namesIn } from './concept-names';
import type { Place } from './places';
import { negationOf, pseudoTriggerAt, triggersIn, type Negation, type Triggers } from './negation';
import { sentenceAt } from './rationale';
import type { Span } from '../base/span';
import { wordsAfter, wordsBefore } from '../base/words';
import type { Letter } from './types';
import { oncePerLetter } from './text';

export type Qualifier =
  /** The sentence states a guideline or what is done for patients in general. */
  | 'guideline'
  /** The sentence reports another review's reasons (utilization review, a prior determination). */
  | 'attributed'
  /** The mention is something planned, requested or treated for, not something found. */
  | 'plan'
  /** The denial is hedged: "no significant", "no clear", "no recent", "does not appear". */
  | 'hedged'
  /**
   * The denial is limited to a time, a visit or another provider's note: "since the injection",
   * "at the most recent visit", "prior to the injury", "at the time of the injury", "at the
   * emergency department visit".
   */
  | 'limited'
  /** A symptom denied only as objective evidence ("no objective evidence of radicular pain"). */
  | 'objective'
  /** The denial is of another record that would show it: "no imaging demonstrating radiculopathy", "no diagnosis of". */
  | 'other-record';

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
  /** Where it stands on the body; found when first asked (mentionPlace). */
  place?: Place;
}

// The sentence states what guidelines say, or what holds for patients in general.
const GUIDELINE =
  /\b(?:guidelines?|recommend(?:s|ed|ation|ations)?|criteria|should|may|might|must|unless|if|when|whether|patients|candidates?|MTUS|ACOEM|ODG|indications|indication\s+for|indicated\s+(?:for|in|when|if)|intended|goals?|defined)\b|["\u201c\u201d]/i;
const ATTRIBUTED =
  /\b(?:UR|utilization\s+review|(?:prior|previous|initial|original)\s+(?:review|reviewer|determination|denial)|claims\s+administrator|non-?certif\w*|modified\s+the\s+request|denied\s+(?:the\s+request|due|based|because|as)|previously\s+(?:deemed|denied|reviewed|modified))\b/i;
// Words before a mention in its sentence that make it a plan, a request or a reason for a drug.
const PLAN =
  /\b(?:plan(?:s|ned)?|request(?:s|ed)?|recommend(?:s|ed|ation)?|authoriz\w*|order(?:s|ed)?|will|would|rule\s+out|r\/o|refer(?:s|red|ral)?|schedul\w*|pending|consider\w*|evaluate\s+for|to\s+assess)\b|\b(?:medications?|meds|relaxants?|prescribed|tak(?:es|ing)|us(?:es|ing))\b[^.;]{0,40}\bfor\s+(?:\w+\s+(?:and|or)\s+)?$/i;
// A verb of report: what follows it is what was found ("The request for authorization of 1-4-2017
// reported: numbness in the thigh"), whatever plan the words before it name.
const REPORTED = /\b(?:reported|reports|noted|notes|complain(?:s|ed)?(?:\s+of)?|document(?:s|ed)|reveal(?:s|ed)|show(?:s|ed)|demonstrat(?:es|ed)|endorse[sd]?|describe[sd]?|presented\s+with)\b/gi;

// Where a clause of its own begins: "... may be appropriate but this request exceeds the
// guidelines, particularly since he has not yet tried chiropractic care".
const CLAUSE_BREAK = /[;:]|\b(?:but|however|although|though|whereas|since|because|particularly|especially)\b/gi;
// A clause that opens with a subordinator ends at its comma: "Although no physical therapy has been tried, ...".
const SUBORDINATE = /^(?:although|though|whereas|since|because)$/i;

/** The clause of a sentence a mention stands in: from the last clause break before it to the next after it. */
function clauseOf(before: string, after: string): string {
  let from = 0;
  let opener = '';
  CLAUSE_BREAK.lastIndex = 0;
  for (let b = CLAUSE_BREAK.exec(before); b; b = CLAUSE_BREAK.exec(before)) {
    from = b.index + b[0].length;
    opener = b[0];
  }
  CLAUSE_BREAK.lastIndex = 0;
  const next = CLAUSE_BREAK.exec(after);
  let end = next ? next.index : after.length;
  if (SUBORDINATE.test(opener) && !before.slice(from).includes(',')) {
    const comma = after.indexOf(',');
    if (comma >= 0 && comma < end) end = comma;
  }
  return before.slice(from) + ' ' + after.slice(0, end);
}

/** The words of a sentence before a mention, from its last verb of report on. */
function afterLastReport(before: string): string {
  let from = 0;
  REPORTED.lastIndex = 0;
  for (let r = REPORTED.exec(before); r; r = REPORTED.exec(before)) from = r.index + r[0].length;
  return from ? before.slice(from) : before;
}
const HEDGE =
  /\b(?:significant(?:ly)?|clear(?:ly)?|unclear|firm|definitive(?:ly)?|unequivocal|equivocal|sufficient(?:ly)?|insufficient|adequate(?:ly)?|recent(?:ly)?|new|further|updated|progressive|progression|worsening|severe|marked|subtle|detailed|comprehensive|thorough|complete|formal|quantified|measurable|likely|possible|certain|active|fail(?:ed|ure)|complet(?:ed|ion)|benefit\w*|respon\w*|efficacy|effective\w*|improve\w*)\b/i;
// For findings (not records) these hedge as well: "no specific nerve compromise", "no current numbness".
const FINDING_HEDGE = /\b(?:specific|consistent|obvious|current(?:ly)?|appear(?:s|ed)?|seem(?:s|ed)?)\b/i;
// A denial limited to a time says nothing of the rest of the record: such words in the few words
// after the denial ("no radicular symptoms since the injection", "... at the last visit", "not
// present at the time of the injury", "documented prior to the injury"), or opening its sentence
// ("Prior to the injury, there was no numbness"). Before the request, prescribing or imaging is
// the time the records cover: "no evidence that first-line medications were tried prior to
// prescribing an opioid" is a plain denial.
const EVENT = String.raw`(?:(?:the|his|her|their|this|that|an?)\s+)?(?:(?:industrial|work(?:-related)?|original|initial|reported|claimed|index|first|prior|previous)\s+)?(?:injur(?:y|ies)|accident|incident|fall|trauma|date\s+of\s+injury|DOI|surgery|surgeries|operation|procedure|injections?)\b`;
const SINCE = new RegExp(
  String.raw`\b(?:since|after|following|recent(?:ly)?|latest|last|current(?:ly)?|today|pre-?injury|(?:prior\s+to|before|preceding|until|at\s+the\s+time\s+of)\s+(?:${EVENT}|\d))`,
  'i',
);
const SINCE_BEFORE = new RegExp(String.raw`^\W*(?:pre-?injury|(?:prior\s+to|before|preceding|until|at\s+the\s+time\s+of)\s+(?:${EVENT}|\d))`, 'i');
// A denial bound to one visit, one setting or another provider's note: "No numbness was reported
// at the emergency department visit", "per the other physician". Anywhere in its sentence.
const ANOTHER_NOTE =
  /\b(?:at|during|on|in|from|per)\s+(?:the|that|this|his|her|their|an?|each|one)\s+(?:[\w'/-]+\s+){0,3}?(?:visits?|encounters?|appointments?|consultations?|admissions?|presentations?)\b|\b(?:emergency\s+(?:department|room)|urgent\s+care)\b|\b(?:another|other|different|outside|previous|prior)\s+(?:treating\s+)?(?:providers?|physicians?|doctors?|clinicians?|practitioners?|specialists?|surgeons?)\b/i;
// A denial of what a test or image shows: "no evidence of radiculopathy on EMG".
const ON_RECORD = /^\s*(?:on|by|in|per)\s+(?:the\s+|an?\s+)?(?:imaging|MRIs?|CT|x-?rays?|radiographs?|EMG|NCV|NCS|electrodiagnostic|scans?|stud(?:y|ies))\b/i;
const OBJECTIVE = /\bobjective(?:ly)?\b|^\s+(?:(?:noted|documented|found|seen)\s+)?(?:on|upon|during|in)\s+(?:the\s+)?(?:physical\s+)?exam/i;
const OTHER_RECORD = /\b(?:imaging|MRIs?|CT|x-?rays?|radiographs?|radiographic|stud(?:y|ies)|EMG|NCV|NCS|electrodiagnostic|scans?|diagnos[ie]s|diagnosed)\b/i;
// A record named after one of these is where something else was looked for: "no spasm on examination".
const LOCATIVE = /\b(?:on|upon|in|during|at|from|per|by|within|throughout)\s+(?:(?:the|a|an|his|her|their|this|that|most|recent|today's|latest|last|initial|physical)\s+){0,3}$/i;
// Any word a negation trigger (./negation.ts) starts with.
const NEGATION_WORDS = String.raw`\b(?:no|not|without|lack\w*|absen(?:ce|t)|den(?:y|ies|ied|ying)|negative|free|fail\w*|never|none|nor|neither|deferred|declined|refused)\b|n't\b`;
const NEGATION_WORD = new RegExp(NEGATION_WORDS, 'i');
// The sentences of a rationale worth reading: those with a negation, or with the words of a normal
// finding ("sensation intact", "strength 5/5"), a denial of its own.
const NEGATION_GATE = new RegExp(String.raw`${NEGATION_WORDS}|\b(?:normal|intact|unremarkable|symmetric\w*|neurologically|full\s+(?:active\s+)?(?:range|ROM|motion))\b|\b(?:motion|ROM)\s+(?:was\s+|is\s+|were\s+)?full\b|\b5\s*\/\s*5`, 'gi');
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
  const { text } = letter;
  for (const s of letter.sections) if (s.id === 'summary') read(letter, s.span, s.span, undefined, out);
  // A rationale is read only in its sentences that hold a negation: that is where it denies
  // something ("not medically necessary", "not recommended": no negation, and no trigger holds the word).
  readRationales(letter, NEGATION_GATE, out, { oneSentence: true }, (at) => !pseudoTriggerAt(text, at));
  return out;
}

/** Each rationale's sentences that hold a match of the global `gate` (one `wanted`), read once each. */
function readRationales(letter: Letter, gate: RegExp, out: ConceptMention[], mode: ReadMode, wanted: (at: number) => boolean = () => true): void {
  const { text } = letter;
  for (const item of letter.items) {
    for (const p of item.parts) {
      if (p.kind !== 'rationale') continue;
      const body = text.slice(0, p.contentSpan.end);
      gate.lastIndex = p.contentSpan.start;
      for (let m = gate.exec(body); m; m = gate.exec(body)) {
        if (!wanted(m.index)) continue;
        const sentence = sentenceOf(text, p.contentSpan, m.index);
        read(letter, p.contentSpan, sentence, item.index, out, mode);
        gate.lastIndex = Math.max(sentence.end, m.index + m[0].length);
      }
    }
  }
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
  // Only the sentences that say something is documented are read.
  readRationales(letter, DOCUMENTED_ALL, out, { oneSentence: true, documented: true });
  return out;
});

// A rationale that says a treatment was given: "has completed a full course of physical therapy",
// "persists despite therapy", "failed chiropractic care", "after 12 sessions of PT". The words
// stand a few words before the treatment's name, in its clause.
const RECEIVED_WORDS = String.raw`\b(?:despite|failed|(?:has|have|had)\s+(?:already\s+)?(?:had|undergone|completed|attended|received|tried|done)|completed|attended|underwent|received)\b`;
const RECEIVED = new RegExp(RECEIVED_WORDS, 'gi');
const RECEIVED_NEAR = new RegExp(`${RECEIVED_WORDS}(?:[\\s,]+(?!(?:but|and|or|however|request\\w*|recommend\\w*|additional|more|further)\\b)[\\w'/-]+){0,6}[\\s,]*$`, 'i');

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
  readRationales(letter, RECEIVED, out, { oneSentence: true, received: true });
  return out;
});

// A case summary's list of the treatment given so far: "Treatment to date has included medications
// and a wrist brace", "Prior treatment consisted of ...", "She has been treated with ...".
const TREATMENT_LIST =
  /\b(?:(?:treatments?|care|therapies)\s+(?:to\s+date|rendered(?:\s+to\s+date)?|received(?:\s+to\s+date)?|thus\s+far|so\s+far)|(?:prior|previous|past)\s+(?:treatments?|care|therapies))\s+(?:has\s+|have\s+|had\s+)?(?:included|includes|include|consisted\s+of|consists\s+of|was|were)\b|\b(?:has|have|had)\s+been\s+treated\s+(?:conservatively\s+)?with\b/gi;

const THERAPY = CONCEPTS.find((c) => c.id === 'therapyReceived')!;
// Each treatment's names (or "therapy" alone), in a list; "PT" in capitals only.
const THERAPY_NAMED = THERAPY.members.map((group) => new RegExp(`\\b(?:${group.join('|')})(?![\\w-])|\\btherap(?:y|ies)\\b`, group.includes('PT') ? '' : 'i'));

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
        out.push({ concept: THERAPY, span: list, group, item: undefined, sentence, negation: { trigger: list, position: 'pre', findingOnly: true }, phrase: list, qualifier: undefined, place: undefined });
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

/** One sentence, read once for every mention in it. */
interface Sentence {
  span: Span;
  triggers: Triggers;
  guideline: boolean;
  attributed: boolean;
  /** Whether it names one visit, one setting or another provider (ANOTHER_NOTE); read when a denial asks. */
  anotherNote?: boolean;
  /** Whether it says the records document something (DOCUMENTED). */
  documented: boolean;
}

/** The mentions in `scan`, a part of the summary or rationale `range`: one sentence of it when `oneSentence`. */
/** How a part is read: one sentence of it only; only what a rationale says is documented; only the summary's normal findings. */
interface ReadMode {
  oneSentence?: boolean;
  documented?: boolean;
  normals?: boolean;
  /** Only what a rationale says was given of the conservative treatments. */
  received?: boolean;
}

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
      s = { span: sentence, triggers, guideline: !summary && GUIDELINE.test(words), attributed: ATTRIBUTED.test(words), documented: DOCUMENTED.test(words) };
    }
    if (mode.documented && (!s.documented || normal)) continue;
    if (mode.received && !isReceived(concept, group, text.slice(s.span.start, span.start))) continue;
    const sentence = s.span;
    const before = text.slice(sentence.start, span.start);
    const after = text.slice(span.end, sentence.end);
    const record = concept.kind === 'record';
    let negation = normal ? { trigger: span, position: 'pre' as const, findingOnly: true } : negationOf(text, s.triggers, span, summary && !record ? SUMMARY_WINDOW : concept.window);
    if (negation && record && (negation.findingOnly || LOCATIVE.test(before))) negation = undefined;
    if (negation && ABOUT.get(concept.id)?.test(after)) continue;
    const context = CONTEXT.get(concept.id);
    if (summary && !negation && context && !context.test(text.slice(sentence.start, sentence.end))) continue;
    const phrase = !negation ? span : negation.position === 'pre' ? { start: negation.trigger.start, end: span.end } : { start: span.start, end: negation.trigger.end };
    const mention: ConceptMention = { concept, span, group, item, sentence, negation, phrase, qualifier: undefined, place: undefined };
    mention.qualifier = qualify(text, mention, s, before, after);
    // What a rationale says is documented is a plain statement, not denied: a plan's words are no report.
    if ((mode.documented || mode.received) && (negation || mention.qualifier || PLAN.test(afterLastReport(before)))) continue;
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
  if (!summary && s.guideline && GUIDELINE.test(clauseOf(before, after))) return 'guideline';
  if ((m.negation || !record) && s.attributed) return 'attributed';
  if (!m.negation) return summary && !m.concept.plansAffirm && PLAN.test(afterLastReport(before)) ? 'plan' : undefined;
  // The denial's words, with the few words before them that may qualify the noun ("detailed evidence of severe ... abnormalities has not been documented").
  const lead = text.slice(wordsBefore(text, m.phrase.start, m.sentence.start, 4), m.phrase.start);
  // The denial's own words, not the mention's ("no significant benefit" names the benefit, it does not hedge).
  const phrase = text.slice(m.phrase.start, m.span.start) + ' ' + text.slice(m.span.end, m.phrase.end);
  const words = m.negation.position === 'post' ? lead + phrase : phrase;
  const next = text.slice(m.phrase.end, wordsAfter(text, m.phrase.end, m.sentence.end, 6));
  if (HEDGE.test(words) || (!record && FINDING_HEDGE.test(words))) return 'hedged';
  if (SINCE.test(next) || SINCE_BEFORE.test(text.slice(m.sentence.start, m.phrase.start)) || (s.anotherNote ??= ANOTHER_NOTE.test(text.slice(m.sentence.start, m.sentence.end))))
    return 'limited';
  if (OTHER_RECORD.test(lead + phrase) || ON_RECORD.test(after)) return 'other-record';
  if (m.concept.kind === 'symptom' && (OBJECTIVE.test(words) || OBJECTIVE.test(after))) return 'objective';
  return undefined;
}
