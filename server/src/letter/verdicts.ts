// What a rationale says of the request against the criteria, apart from its conclusion: "The
// clinical information submitted for review meets the evidence based guidelines criteria for the
// requested service", "the documentation does not meet the guideline criteria", "there is no
// rationale provided to support the request". A verdict's outcome is the decision it argues for.

import { aboutItem, sentenceAt } from './rationale';
import type { Span } from '../base/span';
import type { Letter, Outcome } from './types';
import { oncePerLetter } from './text';

export interface Verdict {
  item: number;
  outcome: Outcome;
  /** The words that carry the verdict ("meets the evidence based guidelines criteria"). */
  span: Span;
  sentence: Span;
}

const SUBJECT =
  '(?:clinical\\s+information|(?:medical\\s+)?documentation|(?:medical\\s+)?records?|request|(?:the\\s+|this\\s+)?(?:patient|injured\\s+worker|worker|claimant))';
const SUBMITTED = '(?:\\s+(?:submitted|provided|available|reviewed))?(?:\\s+for\\s+(?:this\\s+)?review)?';
// The standard is the guidelines ("the evidence based guidelines criteria", "MTUS guidelines"), or
// criteria for the request itself; "the diagnostic criteria for tendinopathy" is no verdict.
const STANDARD =
  '(?:[\\w-]+\\s+){0,5}?(?:guidelines?|criteria\\s+for\\s+(?:the\\s+|this\\s+)?(?:request(?:ed)?|service|treatment|procedure|medication))\\b';
// (The subject is read once for both verdicts, and "there is" once for both of its own.)
const VERDICT_RE = new RegExp(
  [
    `\\b${SUBJECT}${SUBMITTED}\\s+(?:(?<meets>meets|satisfies|fulfills|has\\s+met)|(?<fails>(?:does|do|did)\\s+not\\s+(?:meet|satisfy|fulfill)|fails?\\s+to\\s+meet|has\\s+not\\s+met))\\s+(?:the\\s+|all\\s+)?${STANDARD}`,
    `\\bthere\\s+(?:is|was)\\s+(?:(?<support>(?:a\\s+)?(?:rationale|documentation|evidence)(?:\\s+provided)?\\s+to\\s+support\\s+the\\s+request)|(?<nosupport>no\\s+(?:rationale|documentation|evidence)(?:\\s+provided)?\\s+to\\s+support\\s+the\\s+request))`,
  ].join('|'),
  'gi',
);
// A conditional or a contrast makes the sentence no verdict on this request.
const NOT_A_VERDICT = /\b(?:if|when|unless|whether|should|must|would|may|although|though|while|whereas|but|however|except)\b/i;

const ABOUT_THE_REQUEST = /\b(?:requested\s+(?:service|treatment|procedure|item)|(?:this|the)\s+request\b(?!\s+for\b))/i;

export const verdicts: (letter: Letter) => Verdict[] = oncePerLetter(collect);

function collect(letter: Letter): Verdict[] {
  const out: Verdict[] = [];
  const { text } = letter;
  for (const item of letter.items) {
    for (const part of item.parts) {
      if (part.kind !== 'rationale') continue;
      const body = text.slice(0, part.contentSpan.end);
      VERDICT_RE.lastIndex = part.contentSpan.start;
      for (let m = VERDICT_RE.exec(body); m; m = VERDICT_RE.exec(body)) {
        const sentence = sentenceAt(text, part.contentSpan, m.index);
        const said = text.slice(sentence.start, sentence.end);
        // About this request: the sentence names it ("the requested service", "the request" with
        // nothing after, or the item's own words), not another treatment or condition.
        if (NOT_A_VERDICT.test(said) || !(ABOUT_THE_REQUEST.test(said) || aboutItem(item, said))) continue;
        const g = m.groups ?? {};
        const outcome: Outcome = g.meets || g.support ? 'overturned' : 'upheld';
        const start = m.index + m[0].indexOf(g.meets ?? g.fails ?? g.support ?? g.nosupport ?? m[0]);
        out.push({ item: item.index, outcome, span: { start, end: m.index + m[0].length }, sentence });
      }
    }
  }
  return out;
}
