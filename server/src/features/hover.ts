// Hover: what a guideline citation refers to, what a date is a date of, what a decision means,
// and what the trade's terms (MTUS, UR, RFA, functional improvement, ...) stand for.

import { explainCitation, termAt, type Explanation } from '../knowledge';
import { compareDates, daysBetween, formatDate, longDate, type CalendarDate } from '../base/calendar';
import { spanContains, type Span } from '../base/span';
import { injuryStatements, letterDate, type Citation, type DateFact, type Letter } from '../letter';
import { drugHover, unverified } from './drug-hover';

export interface HoverResult {
  span: Span;
  markdown: string;
}

const contains = spanContains;

export function hover(letter: Letter, offset: number): HoverResult | undefined {
  const citation = letter.citations.find((c) => contains(c.span, offset));
  if (citation) return { span: citation.span, markdown: citationMarkdown(citation, letterDate(letter)) };
  const drug = drugHover(letter, offset);
  if (drug) return drug;
  const date = letter.dates.find((d) => contains(d.span, offset));
  if (date) return { span: date.span, markdown: dateMarkdown(letter, date) };
  const item = letter.items.find((i) => i.decision && contains(i.decision.span, offset));
  if (item?.decision) return { span: item.decision.span, markdown: DECISION_TEXT[item.decision.outcome] };
  const term = termAt(letter.text, offset);
  if (term) return { span: { start: term.start, end: term.end }, markdown: `**${term.term.title}**\n\n${term.term.text}\n\nSource: ${term.term.source}` };
  return undefined;
}

export function citationMarkdown(c: Citation, date: CalendarDate | undefined): string {
  return explanationMarkdown(explainCitation(c, { date }));
}

export function explanationMarkdown(e: Explanation): string {
  const lines = [`**${e.guideline}**${e.edition ? ` — ${e.edition}` : ''}`, ''];
  for (const p of e.parts) {
    const covers = p.covers ? `: ${p.covers}` : '';
    lines.push(`- **${p.label}**${covers}${unverified(p)}`);
  }
  if (e.notes.length) lines.push('', ...e.notes.map((n) => `_${n}_`));
  lines.push('', `Source: ${sourceLine(e)}`);
  return lines.join('\n');
}

/** Each document the parts come from, once, with the pages or chapters cited in it; the citation's own document when no part has one. */
function sourceLine(e: Explanation): string {
  const at = new Map<string, string[]>();
  for (const p of e.parts) {
    const places = at.get(p.source) ?? [];
    if (p.at && !places.includes(p.at)) places.push(p.at);
    at.set(p.source, places);
  }
  if (at.size === 0) at.set(e.source, []);
  return [...at].map(([source, places]) => [source, ...places].join(', ')).join('; ');
}

const ROLE_TEXT: Record<DateFact['role'], string> = {
  injury: 'Date of injury',
  ur: 'Date of the utilization review (UR) decision',
  visit: 'Date of a visit, examination or report',
  request: 'Date of a request',
  rfa: 'Date of the request for authorization (RFA)',
  approval: 'Date a treatment was approved or certified',
  birth: 'Date of birth',
  surgery: 'Date of a surgery or procedure',
  imaging: 'Date of an imaging or diagnostic study',
  service: 'Date of service',
  assigned: 'Date the case was assigned to the expert reviewer',
  decision: 'Date of this IMR final determination',
  application: 'Date the IMR application was received',
  letter: 'Date of this letter',
  other: 'Date',
};

function dateMarkdown(letter: Letter, d: DateFact): string {
  const lines = [`**${ROLE_TEXT[d.role]}**${d.header ? ' (header)' : ''}: ${longDate(d.date)}`];
  const injury = injuryStatements(letter).find((s) => s.precision === 'day')?.date;
  if (injury && d.role !== 'injury' && d.precision === 'day') lines.push('', distance(injury, d.date));
  return lines.join('\n');
}

function distance(injury: CalendarDate, d: CalendarDate): string {
  const days = daysBetween(d, injury);
  const abs = Math.abs(days);
  const amount = abs < 60 ? `${abs} day${abs === 1 ? '' : 's'}` : abs < 730 ? `about ${Math.round(abs / 30.44)} months` : `about ${(abs / 365.25).toFixed(1)} years`;
  if (compareDates(d, injury) === 0) return `Same day as the date of injury (${formatDate(injury)}).`;
  return `${amount} ${days > 0 ? 'after' : 'before'} the date of injury (${formatDate(injury)}).`;
}

const DECISION_TEXT = {
  upheld:
    "**Upheld**: the expert reviewer found the disputed treatment not medically necessary, so the Claims Administrator's utilization review decision (denial or modification) stands.",
  overturned:
    "**Overturned**: the expert reviewer found the disputed treatment medically necessary, so the Claims Administrator's utilization review decision is reversed and the treatment is to be authorized.",
};
