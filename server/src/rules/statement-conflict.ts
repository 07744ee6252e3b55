import type { Letter, Span } from '../letter';
import { conceptMentions, mentionClause, mentionRegions, type BodyRegion, type ConceptMention } from '../letter/statements';
import type { Finding, Related, Rule } from '.';

/** Regions that name a part examined, not only a limb. */
const PARTS = new Set<BodyRegion>(['neck', 'back', 'shoulder', 'elbow', 'hand', 'hip', 'knee', 'foot']);
// Words between a denial and a report in one sentence that make them two observations: another
// date or visit, another side ("without spasms on 11-15-16 ... spasms on 11-22-16").
// The report must stand in a clause of its own: "did not note what medications this patient was
// prescribed" denies a list, it does not report one.
const NEW_CLAUSE = /[,;:]|\b(?:but|however|although|though|yet|and|while|whereas)\b/i;
const ANOTHER_TIME_OR_SIDE =
  /\d|\b(?:left|right|bilateral(?:ly)?|prior|previous(?:ly)?|now|currently|today|later|subsequent(?:ly)?|since|after|before|then|initially|earlier|visit|follow-?up)\b/i;

/**
 * "There is no documentation of radicular symptoms" in a rationale whose case summary reports
 * "pain radiating down the left leg": the rationale denies what the summary reports. Also a
 * sentence that denies a finding and then reports it.
 */
export const statementConflict: Rule = {
  id: 'statement-conflict',
  title: 'Rationale denies what the case summary reports',
  defaultSeverity: 'warning',
  check(letter: Letter) {
    const { text } = letter;
    const mentions = conceptMentions(letter);
    const affirms = (m: ConceptMention): boolean => !m.negation && !m.qualifier && (m.group >= 0 || m.concept.namesAffirm);
    const answers = (denial: ConceptMention, a: ConceptMention): boolean =>
      a.concept === denial.concept && (denial.group < 0 || a.group === denial.group) && affirms(a) && sameRegion(text, denial, a);
    const summary = mentions.filter((m) => m.item === undefined);
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const denial of mentions) {
      if (!denial.negation || denial.qualifier) continue;
      const key = `${denial.sentence.start} ${denial.concept.id}`;
      if (seen.has(key)) continue;
      const later = mentions.find(
        (a) => a.sentence.start === denial.sentence.start && a.span.start >= denial.phrase.end && answers(denial, a) && twoClauses(text.slice(denial.phrase.end, a.span.start)),
      );
      const support = denial.item === undefined ? [] : summary.filter((a) => answers(denial, a));
      if (!later && !support.length) continue;
      seen.add(key);
      const denied = `"${fold(text, denial.phrase)}" (no ${denial.concept.label})`;
      if (later) {
        out.push({
          span: denial.phrase,
          message: `This sentence says ${denied}, then reports "${fold(text, later.span)}".`,
          related: [{ span: later.span, message: `The same sentence reports "${fold(text, later.span)}"` }],
        });
        continue;
      }
      const related = relatedOf(text, support);
      const quoted = related.slice(0, 2).map((r) => `"${fold(text, r.span)}"`).join(' and ');
      out.push({
        span: denial.phrase,
        message: `The rationale says ${denied}, but the case summary reports ${quoted}${related.length > 2 ? ` and ${related.length - 2} more` : ''}.`,
        related,
      });
    }
    return out;
  },
};

/** Whether the words between a denial and a report in one sentence make them one observation told two ways. */
function twoClauses(between: string): boolean {
  return NEW_CLAUSE.test(between) && !ANOTHER_TIME_OR_SIDE.test(between);
}

/**
 * A denial that names a region is answered only by a statement about it: the part examined for an
 * examination ("no neck examination"), the limb for a symptom or sign ("no radicular arm symptoms").
 */
function sameRegion(text: string, denial: ConceptMention, a: ConceptMention): boolean {
  const regions = mentionRegions(text, denial);
  const parts = denial.concept.kind === 'record' ? regions.filter((r) => PARTS.has(r)) : [];
  const wanted = parts.length ? parts : regions.filter((r) => !PARTS.has(r));
  if (!wanted.length) return true;
  const theirs = mentionRegions(text, a);
  return wanted.some((r) => theirs.includes(r));
}

function fold(text: string, span: Span): string {
  return text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}

/** Each affirming statement's clause, once. */
function relatedOf(text: string, support: ConceptMention[]): Related[] {
  const out: Related[] = [];
  for (const a of support) {
    const clause = mentionClause(text, a);
    if (out.some((r) => r.span.start < clause.end && clause.start < r.span.end)) continue;
    out.push({ span: clause, message: `The case summary reports "${fold(text, clause)}"` });
  }
  return out;
}
