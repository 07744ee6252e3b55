// Hover on a guideline citation, on a guideline line or a page or table reference in the prose:
// the guideline and edition it names (or how the edition was read), what each cited page, section
// or chapter covers, the public document each comes from, and, where the catalogue does not know,
// the letter's own words.

import { formatDate } from '../../base/calendar';
import { markdownText } from '../../base/markdown';
import { spanContains } from '../../base/span';
import { explainCitation, type ExplainContext, type Explanation } from '../../knowledge';
import { letterDate, textReferenceAt, type Citation, type Letter } from '../../letter';
import { unverified, type HoverResult } from './markdown';

export function citationHover(letter: Letter, offset: number): HoverResult | undefined {
  const at = (citation: Citation): boolean => spanContains(citation.span, offset);
  const citation = letter.citations.find(at) ?? textReferenceAt(letter, offset);
  return citation && { span: citation.span, markdown: citationMarkdown(citation, citationContext(letter), letter.text) };
}

/** The letter's date, and the date an unnamed edition is read at: the UR decision's (the request's review), else the letter's. */
export function citationContext(letter: Letter): ExplainContext {
  const date = letterDate(letter);
  const ur = letter.header.urDenialDate?.date;
  const ctx: ExplainContext = {};
  if (date) ctx.date = date;
  if (ur) ctx.request = { date: ur, of: `the utilization review decision (UR Denial Date ${formatDate(ur)})` };
  else if (date) ctx.request = { date, of: 'this determination' };
  return ctx;
}

export function citationMarkdown(citation: Citation, ctx: ExplainContext, text?: string): string {
  const e = explainCitation(citation, ctx);
  const cited = text && shows(citation, e) ? citedAs(text, citation) : undefined;
  return explanationMarkdown(e, cited);
}

/** Whether the hover quotes the letter: where the catalogue explains nothing, or part of it, or the citation is free text. */
function shows(citation: Citation, explanation: Explanation): boolean {
  return (
    citation.guideline === 'non-mtus' ||
    citation.guideline === 'odg' ||
    explanation.parts.length === 0 ||
    explanation.parts.some((p) => !p.covers)
  );
}

function citedAs(text: string, citation: Citation): string {
  const words = text.slice(citation.span.start, citation.span.end).replace(/\s+/g, ' ').trim();
  return words.length > 240 ? `${words.slice(0, 237)}…` : words;
}

export function explanationMarkdown(explanation: Explanation, cited?: string): string {
  // A part's label or an edition may be the letter's own words (a section the catalogue does not know).
  const lines = [`**${markdownText(explanation.guideline)}**${explanation.edition ? ` — ${markdownText(explanation.edition)}` : ''}`, ''];
  for (const p of explanation.parts) {
    const covers = p.covers ? `: ${markdownText(p.covers)}` : '';
    lines.push(`- **${markdownText(p.label)}**${covers}${p.covers ? unverified(p) : ''}`);
  }
  if (cited) lines.push('', `The letter cites: "${markdownText(cited)}"`);
  if (explanation.notes.length) lines.push('', ...explanation.notes.map((n) => `_${markdownText(n)}_`));
  lines.push('', `Source: ${sourceLine(explanation)}`);
  return lines.join('\n');
}

/** Each document the parts come from, once, with the pages or chapters cited in it; the citation's own document when no part has one. */
function sourceLine(explanation: Explanation): string {
  const at = new Map<string, string[]>();
  for (const p of explanation.parts) {
    const places = at.get(p.source) ?? [];
    if (p.at && !places.includes(p.at)) places.push(p.at);
    at.set(p.source, places);
  }
  if (at.size === 0) at.set(explanation.source, []);
  return [...at].map(([source, places]) => [source, ...places].join(', ')).join('; ');
}
