// Hover on a guideline citation: the guideline and edition it names, what each cited page,
// section or chapter covers, and the public document each comes from.

import type { CalendarDate } from '../../base/calendar';
import { spanContains } from '../../base/span';
import { explainCitation, type Explanation } from '../../knowledge';
import { letterDate, type Citation, type Letter } from '../../letter';
import { unverified, type HoverResult } from './markdown';

export function citationHover(letter: Letter, offset: number): HoverResult | undefined {
  const citation = letter.citations.find((c) => spanContains(c.span, offset));
  return citation && { span: citation.span, markdown: citationMarkdown(citation, letterDate(letter)) };
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
