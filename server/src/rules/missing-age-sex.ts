import type { Letter } from '../letter';
import { sectionOf, type Finding, type Rule } from './rule';

/** The case summary states no age ("NN year old") or no sex for the worker. */
export const missingAgeSex: Rule = {
  id: 'missing-age-sex',
  title: "Worker's age or sex not stated",
  defaultSeverity: 'information',
  check(letter: Letter) {
    const summary = sectionOf(letter, 'summary');
    if (!summary) return [];
    const missing = [!letter.patient.age && 'age', !letter.patient.sex && 'sex'].filter(Boolean);
    if (!missing.length) return [];
    return [
      {
        span: summary.headingSpan,
        message: `The case summary does not state the worker's ${missing.join(' or ')} (e.g. "a 48 year old male").`,
      } as Finding,
    ];
  },
};
