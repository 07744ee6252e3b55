// The treatment plans of the case summary and the visit each comes from: "On 12/20/2016, the
// patient presented for a follow-up visit. ... The treatment plan consisted of an
// electrodiagnostic study, ...". The plan's visit is the last full date before the plan sentence.

import { sentenceAt } from './rationale';
import type { Span } from '../base/span';
import type { DateFact, Letter } from './types';
import { oncePerLetter } from './text';

export interface PlanStatement {
  /** The plan's sentence. */
  span: Span;
  visit: DateFact;
}

const PLAN_RE = /\b(?:the\s+)?(?:treatment\s+plan|plan\s+of\s+care)\s+(?:included|includes|consisted\s+of|consists\s+of|was|is)\b/gi;
/** A plan this far from its visit is no longer read as the visit's. */
const MAX_DISTANCE = 2000;

export const planStatements: (letter: Letter) => PlanStatement[] = oncePerLetter(collect);

function collect(letter: Letter): PlanStatement[] {
  const summary = letter.sections.find((s) => s.id === 'summary');
  if (!summary) return [];
  const out: PlanStatement[] = [];
  const body = letter.text.slice(0, summary.span.end);
  PLAN_RE.lastIndex = summary.span.start;
  // The last visit's date before each plan: the plans come in text order, and the dates are read
  // once for all of them (a plan before the last one starts again from the first date).
  let visit: DateFact | undefined;
  let next = 0;
  let last = -1;
  for (let m = PLAN_RE.exec(body); m; m = PLAN_RE.exec(body)) {
    const span = sentenceAt(letter.text, summary.span, m.index);
    if (span.start < last) [visit, next] = [undefined, 0];
    last = span.start;
    for (; next < letter.dates.length && letter.dates[next].span.end <= span.start; next++) {
      const d = letter.dates[next];
      if (d.span.start >= summary.span.start && d.precision === 'day' && (d.role === 'visit' || d.role === 'other')) visit = d;
    }
    if (visit && span.start - visit.span.end <= MAX_DISTANCE) out.push({ span, visit });
  }
  return out;
}
