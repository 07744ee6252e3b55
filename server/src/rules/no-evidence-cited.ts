import type { Letter } from '../letter';
import { clipped, guidelineLine, matchSpan, rationaleOf, type Finding, type Rule } from './rule';

const RELIES = /\b(?:MTUS|ACOEM|ODG|Official\s+Disability\s+Guidelines|Chronic\s+Pain\s+Medical\s+Treatment|guidelines?)\b/i;

/** The MAXIMUS guideline line says no evidence was cited, while the rationale relies on guidelines. */
export const noEvidenceCited: Rule = {
  id: 'no-evidence-cited',
  title: 'No evidence cited, yet the rationale relies on guidelines',
  defaultSeverity: 'information',
  check(letter: Letter) {
    const out: Finding[] = [];
    for (const item of letter.items) {
      const line = guidelineLine(letter, item, 'maximus').find((citation) => citation.guideline === 'no-evidence');
      const rationale = rationaleOf(item);
      if (!line || !rationale) continue;
      const m = RELIES.exec(letter.text.slice(rationale.contentSpan.start, rationale.contentSpan.end));
      if (!m) continue;
      out.push({
        span: line.span,
        message: `The MAXIMUS guideline line says the Expert Reviewer cited no medical evidence, but the rationale of "${clipped(item.title)}" relies on "${m[0].replace(/\s+/g, ' ')}".`,
        related: [{ span: matchSpan(m, rationale.contentSpan.start), message: 'The rationale relies on this guideline' }],
      });
    }
    return out;
  },
};
