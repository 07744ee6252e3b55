// Whether a mention of a clinical concept is a plain statement of fact about the worker, or what
// qualifies it: a guideline's general words, another review's reasons, a plan, a hedge, a denial
// limited to a time or a visit, of objective evidence only or of another record. ./statements.ts
// finds the mentions; the words here judge them.

import type { Concept } from '../knowledge/concepts';
import type { Place } from './places';
import type { Negation, Triggers } from './negation';
import type { Span } from '../base/span';
import { wordsAfter, wordsBefore } from '../base/words';

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
export const GUIDELINE_WORDS =
  /\b(?:guidelines?|recommend(?:s|ed|ation|ations)?|criteria|should|may|might|must|unless|if|when|whether|patients|candidates?|MTUS|ACOEM|ODG|indications|indication\s+for|indicated\s+(?:for|in|when|if)|intended|goals?|defined)\b|["\u201c\u201d]/i;
export const ATTRIBUTION_WORDS =
  /\b(?:UR|utilization\s+review|(?:prior|previous|initial|original)\s+(?:review|reviewer|determination|denial)|claims\s+administrator|non-?certif\w*|modified\s+the\s+request|denied\s+(?:the\s+request|due|based|because|as)|previously\s+(?:deemed|denied|reviewed|modified))\b/i;
// Words before a mention in its sentence that make it a plan, a request or a reason for a drug.
export const PLAN_WORDS =
  /\b(?:plan(?:s|ned)?|request(?:s|ed)?|recommend(?:s|ed|ation)?|authoriz\w*|order(?:s|ed)?|will|would|rule\s+out|r\/o|refer(?:s|red|ral)?|schedul\w*|pending|consider\w*|evaluate\s+for|to\s+assess)\b|\b(?:medications?|meds|relaxants?|prescribed|tak(?:es|ing)|us(?:es|ing))\b[^.;]{0,40}\bfor\s+(?:\w+\s+(?:and|or)\s+)?$/i;
// A verb of report: what follows it is what was found ("The request for authorization of 1-4-2017
// reported: numbness in the thigh"), whatever plan the words before it name.
const REPORTED =
  /\b(?:reported|reports|noted|notes|complain(?:s|ed)?(?:\s+of)?|document(?:s|ed)|reveal(?:s|ed)|show(?:s|ed)|demonstrat(?:es|ed)|endorse[sd]?|describe[sd]?|presented\s+with)\b/gi;

// Where a clause of its own begins: "... may be appropriate but this request exceeds the
// guidelines, particularly since he has not yet tried chiropractic care".
const CLAUSE_BREAK = /[;:]|\b(?:but|however|although|though|whereas|since|because|particularly|especially)\b/gi;
// A clause that opens with a subordinator ends at its comma: "Although no physical therapy has been tried, ...".
const SUBORDINATE = /^(?:although|though|whereas|since|because)$/i;

/** The clause of a sentence a mention stands in: from the last clause break before it to the next after it. */
export function clauseOf(before: string, after: string): string {
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
export function afterLastReport(before: string): string {
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
const SINCE_BEFORE = new RegExp(
  String.raw`^\W*(?:pre-?injury|(?:prior\s+to|before|preceding|until|at\s+the\s+time\s+of)\s+(?:${EVENT}|\d))`,
  'i',
);
// A denial bound to one visit, one setting or another provider's note: "No numbness was reported
// at the emergency department visit", "per the other physician". Anywhere in its sentence.
const ANOTHER_NOTE =
  /\b(?:at|during|on|in|from|per)\s+(?:the|that|this|his|her|their|an?|each|one)\s+(?:[\w'/-]+\s+){0,3}?(?:visits?|encounters?|appointments?|consultations?|admissions?|presentations?)\b|\b(?:emergency\s+(?:department|room)|urgent\s+care)\b|\b(?:another|other|different|outside|previous|prior)\s+(?:treating\s+)?(?:providers?|physicians?|doctors?|clinicians?|practitioners?|specialists?|surgeons?)\b/i;
// A denial of what a test or image shows: "no evidence of radiculopathy on EMG".
const ON_RECORD =
  /^\s*(?:on|by|in|per)\s+(?:the\s+|an?\s+)?(?:imaging|MRIs?|CT|x-?rays?|radiographs?|EMG|NCV|NCS|electrodiagnostic|scans?|stud(?:y|ies))\b/i;
const OBJECTIVE =
  /\bobjective(?:ly)?\b|^\s+(?:(?:noted|documented|found|seen)\s+)?(?:on|upon|during|in)\s+(?:the\s+)?(?:physical\s+)?exam/i;
const OTHER_RECORD =
  /\b(?:imaging|MRIs?|CT|x-?rays?|radiographs?|radiographic|stud(?:y|ies)|EMG|NCV|NCS|electrodiagnostic|scans?|diagnos[ie]s|diagnosed)\b/i;

/** One sentence, read once for every mention in it. */
export interface Sentence {
  span: Span;
  triggers: Triggers;
  guideline: boolean;
  attributed: boolean;
  /** Whether it names one visit, one setting or another provider (ANOTHER_NOTE); read when a denial asks. */
  anotherNote?: boolean;
  /** Whether it says the records document something (DOCUMENTED). */
  documented: boolean;
}

/** What qualifies a mention in its `sentence` (`before` and `after` it): undefined for a plain statement of fact. */
export function qualify(text: string, mention: ConceptMention, sentence: Sentence, before: string, after: string): Qualifier | undefined {
  const summary = mention.item === undefined;
  const record = mention.concept.kind === 'record';
  if (!summary && sentence.guideline && GUIDELINE_WORDS.test(clauseOf(before, after))) return 'guideline';
  if ((mention.negation || !record) && sentence.attributed) return 'attributed';
  if (!mention.negation) return summary && !mention.concept.plansAffirm && PLAN_WORDS.test(afterLastReport(before)) ? 'plan' : undefined;
  // The denial's words, with the few words before them that may qualify the noun ("detailed evidence of severe ... abnormalities has not been documented").
  const lead = text.slice(wordsBefore(text, mention.phrase.start, mention.sentence.start, 4), mention.phrase.start);
  // The denial's own words, not the mention's ("no significant benefit" names the benefit, it does not hedge).
  const phrase = text.slice(mention.phrase.start, mention.span.start) + ' ' + text.slice(mention.span.end, mention.phrase.end);
  const words = mention.negation.position === 'post' ? lead + phrase : phrase;
  const next = text.slice(mention.phrase.end, wordsAfter(text, mention.phrase.end, mention.sentence.end, 6));
  if (HEDGE.test(words) || (!record && FINDING_HEDGE.test(words))) return 'hedged';
  if (
    SINCE.test(next) ||
    SINCE_BEFORE.test(text.slice(mention.sentence.start, mention.phrase.start)) ||
    (sentence.anotherNote ??= ANOTHER_NOTE.test(text.slice(mention.sentence.start, mention.sentence.end)))
  )
    return 'limited';
  if (OTHER_RECORD.test(lead + phrase) || ON_RECORD.test(after)) return 'other-record';
  if (mention.concept.kind === 'symptom' && (OBJECTIVE.test(words) || OBJECTIVE.test(after))) return 'objective';
  return undefined;
}
