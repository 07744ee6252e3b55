import { lineEnd } from '../base/lines';
import type { Span } from '../base/span';
import { HEADER_FIELDS, LAYOUTS } from '../letter';
import { sectionOf, type Finding, type Rule } from './rule';

/** A required section, header field or the reviewer's credentials is absent. */
export const missingSection: Rule = {
  id: 'missing-section',
  title: 'Required section or field missing',
  defaultSeverity: 'error',
  check(letter) {
    const def = LAYOUTS.find((l) => l.id === letter.layout);
    if (!def) return [];
    const out: Finding[] = [];
    const first = Math.max(letter.text.search(/\S/), 0);
    const top: Span = { start: first, end: lineEnd(letter.text, first) };

    for (const heading of def.headings) {
      if (!heading.required || letter.sections.some((s) => s.id === heading.id)) continue;
      const after = letter.sections.find((s) => order(def.headings, s.id) > order(def.headings, heading.id));
      const at = after ? after.headingSpan : top;
      out.push({ span: at, message: `The section "${heading.text}" is missing; the ${def.name} letter layout requires it.` });
    }

    if (letter.layout === 'L1' || letter.layout === 'L2') {
      if (letter.excerpt) {
        out.push({
          span: top,
          severity: 'information',
          message:
            'This is an excerpt: it starts at HOW THE IMR FINAL DETERMINATION WAS MADE, without the header block (Case Number, Date of Injury, UR Denial Date, ...), so the header checks are skipped.',
        });
      } else {
        const header = sectionOf(letter, 'header');
        const missing = HEADER_FIELDS.filter((f) => !letter.header[f.key]).map((f) => f.label);
        if (!header) out.push({ span: top, message: 'The header block (Case Number, Date Assigned, Date of Injury, ...) is missing.' });
        else if (missing.length) {
          out.push({
            span: header.span,
            severity: 'warning',
            message: `The header block has no ${list(missing)}.`,
          });
        }
      }
      const how = sectionOf(letter, 'how');
      if (how && !letter.reviewer) {
        out.push({
          span: how.headingSpan,
          severity: 'warning',
          message:
            'The expert reviewer\'s credentials (board certification or "State(s) of Licensure" and "Certification(s)/Specialty") are missing.',
        });
      }
    }
    return out;
  },
};

function order(headings: { id: string }[], id: string): number {
  return headings.findIndex((h) => h.id === id);
}

function list(words: string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
