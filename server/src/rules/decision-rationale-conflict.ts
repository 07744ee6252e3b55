import { verdicts } from '../letter';
import { clipped, quoted, type Finding, type Rule } from './rule';

const WORD = { upheld: 'Upheld', overturned: 'Overturned' } as const;

/**
 * The decision word disagrees with what the rationale concludes, or with the rationale's own
 * verdict on the criteria ("the clinical information submitted for review meets the guidelines").
 */
export const decisionRationaleConflict: Rule = {
  id: 'decision-rationale-conflict',
  title: "Decision contradicts the rationale's conclusion",
  defaultSeverity: 'error',
  check(letter) {
    const out: Finding[] = [];
    for (const item of letter.items) {
      const { decision, conclusion } = item;
      if (!decision || !conclusion || decision.outcome === conclusion.outcome) continue;
      const says = quoted(letter, conclusion.span);
      const word = WORD[conclusion.outcome];
      out.push({
        span: decision.span,
        message: `The decision on "${clipped(item.title)}" (${decision.text}) contradicts its rationale, which concludes "${says}" (${word}).`,
        related: [{ span: conclusion.sentence, message: `The rationale's conclusion: "${says}"` }],
        fixes:
          letter.layout === 'L1' || letter.layout === 'L2'
            ? [{ title: `Change the decision to ${word}`, edits: [{ span: decision.span, newText: word }] }]
            : undefined,
      });
    }
    // A verdict that argues for the other outcome: a missing "no", or a template sentence of the
    // wrong polarity. Less certain than the conclusion itself, so a warning.
    for (const v of verdicts(letter)) {
      const item = letter.items[v.item];
      if (!item.decision || item.decision.outcome === v.outcome) continue;
      const says = quoted(letter, v.sentence);
      const related = [{ span: item.decision.span, message: `The decision: ${item.decision.text}` }];
      if (item.conclusion) related.push({ span: item.conclusion.sentence, message: "The rationale's conclusion" });
      out.push({
        span: v.span,
        severity: 'warning',
        message: `The rationale says "${says}", which argues for ${WORD[v.outcome]}, but "${clipped(item.title)}" is ${WORD[item.decision.outcome]}${item.conclusion?.outcome === item.decision.outcome ? ' and the rationale concludes so' : ''}.`,
        related,
      });
    }
    return out;
  },
};
