// parse(text) -> Letter. Never throws, never hangs: any string in, a Letter out.

import { parseGuidelineLine } from './citations';
import { findDates } from './dates';
import { findPatient, findReviewer } from './facts';
import { parseHeader } from './header';
import { readRationale } from './rationale';
import { findItems } from './items';
import { IMPLICIT_TITLES } from './layouts';
import { findNoticeItems, findReviewItems } from './legacy-items';
import { detectLayout, findHeadings, sectionsFrom } from './sections';
import { sameEnds, trimSpan, type Edit } from '../base/text';
import type { Span } from '../base/span';
import type { Citation, DateFact, DateRole, HeaderKey, Item, Letter, Section } from './types';

const OTHER_LINE_END = /\r(?!\n)|[\u2028\u2029]/g;

/**
 * The text as the model reads it: one definition of a line end for every reader. A carriage
 * return alone, U+2028 and U+2029 each become a line feed (CRLF keeps its CR, which the readers
 * pass over); each is one UTF-16 unit, so every offset into the model's text is the same offset
 * into the document, and editors' positions follow from the document.
 */
export function withLineFeeds(text: string): string {
  // Most letters have none: three searches for one character cost less than one pass of the pattern.
  if (!text.includes('\r') && !text.includes('\u2028') && !text.includes('\u2029')) return text;
  OTHER_LINE_END.lastIndex = 0;
  return OTHER_LINE_END.test(text) ? text.replace(OTHER_LINE_END, '\n') : text;
}

/** Texts longer than this are not analysed (about 300 times the longest letter seen). */
export const DEFAULT_MAX_LENGTH = 2_000_000;

export interface ParseOptions {
  maxLength?: number;
  /**
   * The letter as parsed from an earlier version of the same document: what depends only on an
   * item's own words is taken from it for the items that did not change, and the dates found away
   * from the edit (findDates). The letter is the same as a parse without it.
   */
  previous?: Letter;
}

const HEADER_ROLES: Partial<Record<HeaderKey, DateRole>> = {
  dateAssigned: 'assigned',
  dateOfInjury: 'injury',
  decisionDate: 'decision',
  urDenialDate: 'ur',
  applicationReceived: 'application',
  letterDate: 'letter',
};

function emptyLetter(text: string): Letter {
  return { text, layout: 'unknown', excerpt: false, sections: [], items: [], header: {}, patient: {}, dates: [], citations: [] };
}

export function parse(text: string, options: ParseOptions = {}): Letter {
  if (text.length > (options.maxLength ?? DEFAULT_MAX_LENGTH)) return { ...emptyLetter(text), oversize: true };
  const letter = emptyLetter(withLineFeeds(text));
  try {
    fill(letter, options.previous);
  } catch {
    // A bug in one extractor must not take the editor down: keep what was found so far.
  }
  return letter;
}

function fill(letter: Letter, previous: Letter | undefined): void {
  const { text } = letter;
  // What the edit from the earlier version left as it was, read once for the dates and the items.
  const edit = previous && sameEnds(previous.text, text);
  const earlierDates = previous && edit && { dates: previous.dates, edit };
  const layout = detectLayout(text);
  if (!layout) {
    letter.dates = findDates(text, earlierDates);
    return;
  }
  const headings = findHeadings(text, layout);
  // "Case Number:" or "DOCUMENTS REVIEWED" alone do not make a letter: one of the layout's
  // headings must be there too (L0's signature is its title, which is enough).
  if (headings.length === 0 && layout.def.id !== 'L0') {
    letter.dates = findDates(text, earlierDates);
    return;
  }
  letter.layout = layout.def.id;
  const sections = sectionsFrom(text, headings, text.length);
  const firstHeading = headings.length ? headings[0].span.start : text.length;

  // The header (and in L0 the title block and its numbered determinations) precede the first heading.
  const lead = trimSpan(text, { start: 0, end: firstHeading });
  if (lead.end > lead.start) {
    letter.header = parseHeader(text, lead);
    const id = layout.def.id === 'L0' ? 'title' : Object.keys(letter.header).length ? 'header' : undefined;
    if (id) sections.unshift({ id, title: IMPLICIT_TITLES[id] ?? id, span: lead, headingSpan: { start: lead.start, end: lead.start } });
  }
  letter.sections = sections;
  letter.excerpt = layout.def.id === 'L1' && !letter.header.caseNumber && headings[0]?.def.id === 'how' && lead.end <= lead.start;

  letter.items = findLetterItems(text, layout.def.id, sections, previous?.items, edit);
  if (layout.def.id === 'L0') splitItemBlocks(letter);
  for (const item of letter.items) {
    const rationale = item.parts.find((p) => p.kind === 'rationale');
    if (!rationale) continue;
    const read = readRationale(text, rationale.contentSpan);
    item.conclusion = read.conclusion;
    item.rationaleRequests = read.requests;
  }
  letter.citations = findCitations(text, letter.items);
  const summary = sections.find((s) => s.id === 'summary');
  letter.patient = findPatient(text, summary ? summary.span : { start: 0, end: text.length });
  const credentialsIn = sections.find((s) => s.id === 'how' || s.id === 'qualifications');
  letter.reviewer = findReviewer(text, credentialsIn ? credentialsIn.span : { start: 0, end: text.length });
  letter.dates = placeDates(findDates(text, earlierDates), letter);
}

function findLetterItems(
  text: string,
  layout: Letter['layout'],
  sections: Section[],
  previous: Item[] | undefined,
  edit: Edit | undefined,
): Item[] {
  if (layout === 'L0') return findNoticeItems(text, sections);
  if (layout === 'L3') return findReviewItems(text, sections);
  const section = sections.find((s) => s.id === 'decisions');
  if (!section) return [];
  return findItems(text, section.span, section.headingSpan.end, previous, edit);
}

/** L0's item blocks follow its last heading: they get a section of their own. */
function splitItemBlocks(letter: Letter): void {
  const last = letter.sections[letter.sections.length - 1];
  const first = letter.items
    .map((i) => i.span.start)
    .filter((s) => last && s > last.headingSpan.end)
    .sort((a, b) => a - b)[0];
  if (!last || first === undefined) return;
  const end = last.span.end;
  last.span = trimSpan(letter.text, { start: last.span.start, end: first });
  letter.sections.push({
    id: 'items',
    title: IMPLICIT_TITLES.items ?? 'Items',
    span: { start: first, end },
    headingSpan: { start: first, end: first },
  });
}

function findCitations(text: string, items: Item[]): Citation[] {
  const out: Citation[] = [];
  for (const item of items) {
    for (const part of item.parts) {
      if (part.kind === 'rationale') continue;
      out.push(...parseGuidelineLine(text, part.contentSpan, part.kind, item.index));
    }
  }
  return out;
}

function within(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}

/** Marks each date with its section and item, and header values with their field's role. */
function placeDates(dates: DateFact[], letter: Letter): DateFact[] {
  const headerFields = Object.values(letter.header);
  // Dates, sections and items all run in text order: one sweep places them.
  let s = 0;
  let i = 0;
  for (const d of dates) {
    const field = headerFields.find((f) => f && f.date && within(d.span, f.valueSpan));
    if (field) {
      d.header = true;
      d.role = HEADER_ROLES[field.key] ?? d.role;
    }
    while (s + 1 < letter.sections.length && letter.sections[s + 1].span.start <= d.span.start) s++;
    const section = letter.sections[s];
    if (section && within(d.span, section.span)) d.section = section.id;
    while (i < letter.items.length && letter.items[i].span.end < d.span.end) i++;
    const item = letter.items[i];
    if (item && within(d.span, item.span)) d.item = item.index;
  }
  return dates;
}
