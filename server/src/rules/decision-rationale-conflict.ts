import type { Finding, Rule } from '.';

/** The decision word disagrees with what the rationale concludes. */
export const decisionRationaleConflict: Rule = {
  id: 'decision-rationale-conflict',
  title: "Decision contradicts the rationale's conclusion",
  defaultSeverity: 'error',
  check(letter) {
    const out: Finding[] = [];
    for (const item of letter.items) {
      const { decision, conclusion } = item;
      if (!decision || !conclusion || decision.outcome === conclusion.outcome) continue;
      const says = letter.text.slice(conclusion.span.start, conclusion.span.end).replace(/\s+/g, ' ');
      const word = conclusion.outcome === 'upheld' ? 'Upheld' : 'Overturned';
      out.push({
        span: decision.span,
        message: `The decision on "${item.title}" (${decision.text}) contradicts its rationale, which concludes "${says}" (${word}).`,
        related: [{ span: conclusion.sentence, message: `The rationale's conclusion: "${says}"` }],
        fixes: letter.layout === 'L1' || letter.layout === 'L2' ? [{ title: `Change the decision to ${word}`, edits: [{ span: decision.span, newText: word }] }] : undefined,
      });
    }
    return out;
  },
};
