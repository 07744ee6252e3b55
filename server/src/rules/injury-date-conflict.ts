import { formatDate, sameDate, type DateFact, type Letter, type Span } from '../letter';
import type { Finding, Rule } from '.';

export interface Statement {
  span: Span;
  text: string;
  fact: Pick<DateFact, 'date' | 'precision'>;
  where: string;
  header: boolean;
}

// Words that make a date of injury another injury's, or one of several ("a prior injury on",
// "dates of injury", "continuous trauma from 1/1/2010 to 1/1/2012").
const OTHER_INJURY = /\b(?:prior|previous|earlier|another|second|third|subsequent|new|additional|separate|other|former|later)\b[^.;]{0,40}$|\bdates\s+of\s+injur|\b(?:from|through|between)\s*$|\b(?:to|and|or|-)\s*$/i;
const RANGE_AFTER = /^\s*(?:to|through|and|or|-)\s*(?:\d|[A-Z][a-z]+\s+\d)/;

/** Two statements of the date of injury disagree: header vs summary vs rationales. */
export const injuryDateConflict: Rule = {
  id: 'injury-date-conflict',
  title: 'Conflicting dates of injury',
  defaultSeverity: 'error',
  check(letter) {
    const statements = injuryStatements(letter);
    if (statements.length < 2) return [];
    const reference = statements[0];
    const out: Finding[] = [];
    for (const s of statements.slice(1)) {
      if (sameDate(s.fact.date, s.fact.precision, reference.fact.date, reference.fact.precision)) continue;
      const finding: Finding = {
        span: s.span,
        message: `Date of injury ${s.text} ${s.where}, but ${reference.text} ${reference.where}.`,
        related: [{ span: reference.span, message: `Date of injury ${reference.text} ${reference.where}` }],
      };
      if (reference.header) {
        const newText = s.fact.precision === 'year' ? String(reference.fact.date.year) : reference.text;
        finding.fixes = [{ title: `Change to the header's date of injury (${newText})`, edits: [{ span: s.span, newText }] }];
      }
      out.push(finding);
    }
    return out;
  },
};

const statementsOf = new WeakMap<Letter, Statement[]>();

/** The letter's statements of the worker's date of injury: the header's first, then the body's in order. */
export function injuryStatements(letter: Letter): Statement[] {
  let found = statementsOf.get(letter);
  if (!found) statementsOf.set(letter, (found = collect(letter)));
  return found;
}

function collect(letter: Letter): Statement[] {
  const out: Statement[] = [];
  const h = letter.header.dateOfInjury;
  if (h?.date) out.push({ span: h.valueSpan, text: h.value, fact: { date: h.date, precision: 'day' }, where: 'in the header', header: true });
  for (const d of letter.dates) {
    if (d.role !== 'injury' || d.header) continue;
    const before = letter.text.slice(Math.max(0, d.span.start - 70), d.span.start).replace(/\s+/g, ' ');
    const after = letter.text.slice(d.span.end, d.span.end + 30);
    if (OTHER_INJURY.test(before) || RANGE_AFTER.test(after)) continue;
    out.push({ span: d.span, text: d.text.replace(/\s+/g, ' '), fact: d, where: whereOf(letter, d), header: false });
  }
  return out;
}

function whereOf(letter: Letter, d: DateFact): string {
  if (d.item !== undefined) return `in the rationale of "${letter.items[d.item]?.title ?? ''}"`;
  if (d.section === 'summary') return 'in the case summary';
  return `here (${formatDate(d.date)})`;
}
