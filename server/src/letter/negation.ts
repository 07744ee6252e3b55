// Negation scope, after NegEx (Chapman, Bridewell, Hanbury, Cooper and Buchanan, "A simple
// algorithm for identifying negated findings and diseases in discharge summaries", J Biomed Inform
// 2001;34:301-310): a phrase is negated when a negation trigger stands a few words before it ("no",
// "lack of", "no documentation of", "does not document") or just after it ("was not documented",
// "were not provided"), with no termination term between them ("but", "however", "which", a
// semicolon) and no pseudo-trigger in the way: words that look like a negation and are not one ("no
// change", "not only", "gram-negative", "not necessarily"). Pure text: no LSP, no letter.

import { firstNotBefore } from '../base/sorted';
import type { Span } from '../base/span';

export interface Negation {
  /** The trigger words: "no documentation of", "has not documented", "were not provided". */
  trigger: Span;
  /** Whether the trigger stands before the phrase it negates or after it. */
  position: 'pre' | 'post';
  /**
   * Whether the trigger only says a finding is absent ("denies", "negative for", "was negative"),
   * as opposed to saying a record is missing ("no", "not documented"): an examination that "was
   * negative" was done.
   */
  findingOnly: boolean;
}

const W = '\\s+';
const RECORD_NOUNS =
  '(?:documentation|documented\\s+evidence|evidence|indication|mention|record|description|discussion|information|notation)';
const VERBS =
  '(?:document|demonstrate|show|reveal|indicate|describe|note|mention|include|report|provide|contain|detail|outline|establish|identify|list|specify|have|record)';
const PARTICIPLES =
  '(?:documented|demonstrated|provided|noted|reported|described|performed|submitted|mentioned|included|recorded|identified|observed|done|available|attached|evident|present|seen|found|appreciated|elicited|tried|attempted|started|initiated|undergone|received|completed)';

// Longer triggers first: the trigger takes its filler words ("no documentation of"), so the scope
// counts only the words between the trigger and the phrase.
const PRE = new RegExp(
  [
    `(?:no|lack${W}of|absence${W}of|without)(?:${W}(?:clear|objective|documented|firm|further|recent))*${W}${RECORD_NOUNS}(?:${W}(?:of|that|regarding|as${W}to|to${W}(?:support|suggest|indicate|show)))?`,
    `(?:does|do|did|has|have|had)(?:${W}not|n't)(?:${W}\\w+)?${W}${VERBS}s?(?:${W}(?:any|a|an|the))?`,
    `(?:has|have|had)(?:${W}not|n't)${W}(?:been${W})?${PARTICIPLES}`,
    // "has not yet begun any physical therapy", "had never tried chiropractic care".
    `(?:has|have|had)(?:${W}not|n't|${W}never)(?:${W}yet)?${W}(?:begun|started|tried|attempted|attended|completed|undergone|received|had)(?:${W}(?:any|a|an|the))?`,
    // "it does not appear the patient has undergone physical therapy": the subject and its verb are the trigger's.
    `(?:does|do|did)${W}not${W}(?:appear|seem)(?:${W}that)?${W}(?:the${W})?(?:patient|claimant|injured${W}worker|worker|employee|applicant|he|she)${W}(?:has|had|have)${W}(?:ever${W})?(?:${PARTICIPLES}|had|tried)(?:${W}(?:any|a|an|the))?`,
    `fail(?:s|ed)?${W}to(?:${W}\\w+)?${W}${VERBS}s?(?:${W}(?:any|a|an|the))?`,
    `(?:lack|absence)${W}of`,
    'lack(?:s|ing)?',
    `den(?:y|ies|ied|ying)`,
    `negative${W}for`,
    // "a negative straight leg raise", "negative Spurling's": an examination's test, denied.
    'negative',
    `free${W}of`,
    'no',
    // "has not yet tried": "yet" here is no termination term.
    `not${W}yet`,
    'not',
    'without',
    'never',
    'nor',
    'neither',
    'none',
  ]
    .map((t) => `\\b${t}\\b`)
    .join('|'),
  'gi',
);

const POST = new RegExp(
  [
    `(?:(?:is|are|was|were|has|have|had|has${W}been|have${W}been|had${W}been)${W})?(?:not|never)(?:${W}yet)?${W}(?:been${W})?${PARTICIPLES}`,
    `(?:is|are|was|were)${W}(?:absent|negative|denied|none|deferred|declined|refused)`,
  ]
    .map((t) => `\\b${t}\\b`)
    .join('|'),
  'gi',
);

// Words that look like a negation and are not one.
const PSEUDO = new RegExp(
  [
    `no${W}(?:increase|change|changes|interval${W}change|significant${W}change|suspicious${W}change|more${W}than|less${W}than)`,
    `not${W}(?:only|necessarily|certain${W}(?:if|whether)|clear${W}(?:if|whether)|to${W}exceed|more${W}than|less${W}than|medically|recommended)`,
    `without${W}(?:difficulty|change)`,
    `gram[\\s-]+negative`,
    `whether${W}or${W}not`,
    `if${W}not`,
  ]
    .map((t) => `\\b${t}\\b`)
    .join('|'),
  'gi',
);

const PSEUDO_AT = new RegExp(PSEUDO.source, 'iy');

/**
 * Whether a pseudo-trigger starts at `index` ("not medically necessary", "no change"): the
 * negation word there is no trigger, nor part of one (triggersIn drops a trigger that overlaps a
 * pseudo-trigger).
 */
export function pseudoTriggerAt(text: string, index: number): boolean {
  PSEUDO_AT.lastIndex = index;
  return PSEUDO_AT.test(text);
}

// Words that end a negation's scope; also "and" before a new predicate ("denies fever, and has numbness").
const TERMINATION =
  /[;:]|(?:,|\band)\s+(?:an?\s+)?positive\b|\b(?:but|however|although|though|yet|nevertheless|still|except|aside\s+from|apart\s+from|other\s+than|which|who|whose|secondary\s+to|due\s+to|because|since|as\s+the\s+(?:cause|source|reason|etiology|origin)\s+of)\b|\band\s+(?:(?:he|she|they)\s+)?(?:has|have|had|is|was|are|were|reports?|reported|complains?|complained|presents?|presented|describes?|described|notes?|noted)\b/i;

const FINDING_ONLY = /^(?:den|negative|free|(?:is|are|was|were)\s+(?:absent|negative|denied|none))/i;

/** At most this many words between a phrase and a negation trigger after it ("... form for the services requested was not provided"). */
const POST_WINDOW = 4;

function words(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

/** The negation triggers of one sentence, found once for every phrase in it (offsets into the text). */
export interface Triggers {
  sentence: Span;
  pre: Span[];
  post: Span[];
}

function matches(pattern: RegExp, text: string, base: number, pseudo: Span[]): Span[] {
  const out: Span[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const t = { start: base + m.index, end: base + m.index + m[0].length };
    if (!pseudo.some((p) => t.start < p.end && t.end > p.start)) out.push(t);
  }
  return out;
}

export function triggersIn(text: string, sentence: Span): Triggers {
  const s = text.slice(sentence.start, sentence.end);
  const pseudo = matches(PSEUDO, s, sentence.start, []);
  return { sentence, pre: matches(PRE, s, sentence.start, pseudo), post: matches(POST, s, sentence.start, pseudo) };
}

/**
 * Whether the words `target` of a sentence are negated: by the nearest trigger at most `window`
 * words before them, or a trigger a few words after them, with no termination term between.
 */
export function negationOf(text: string, triggers: Triggers, target: Span, window: number): Negation | undefined {
  // The triggers are in text order, and do not overlap: the last to end before the target, the first to start after it.
  const pre = triggers.pre[firstNotBefore(triggers.pre, (t) => t.end <= target.start) - 1];
  if (pre) {
    const between = text.slice(pre.end, target.start);
    if (words(between) <= window && !TERMINATION.test(between)) return negation(text, pre, 'pre');
  }
  const post = triggers.post[firstNotBefore(triggers.post, (t) => t.start < target.end)];
  if (post) {
    const between = text.slice(target.end, post.start);
    if (words(between) <= POST_WINDOW && !TERMINATION.test(between)) return negation(text, post, 'post');
  }
  return undefined;
}

function negation(text: string, trigger: Span, position: 'pre' | 'post'): Negation {
  return { trigger, position, findingOnly: FINDING_ONLY.test(text.slice(trigger.start, trigger.end)) };
}
