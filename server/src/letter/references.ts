// Guideline references in the letter's prose: the pages and tables a summary or rationale cites
// ("pages 89-90 under Home health care services", "ACOEM Chapter 9, Table 9-6, page 214", "page 82
// of the MTUS"). Each becomes a Citation of source 'text', read against the guideline named nearest
// before it in the same stretch of prose (or right after it: "of the MTUS"), with the edition the
// words there give. A page with no guideline named near it is not a reference. Each stretch of prose
// is read once per letter, when a hover first asks for it.

import { firstNotBefore } from '../base/sorted';
import { spanContains, type Span } from '../base/span';
import type { GuidelineId } from '../knowledge/types';
import { normalize, namedRef, spanOf, type FoldedText } from './folded';
import { itemAt, oncePerLetter } from './text';
import type { Citation, Letter, NamedRef, PageRef, SectionId } from './types';

/** Sections whose prose may cite guideline pages (the guideline lines themselves are parsed apart). */
const PROSE: ReadonlySet<SectionId> = new Set<SectionId>(['summary', 'decisions', 'guidelines', 'rationale', 'items', 'issue']);

const PAGE = /\b(?:pages?|pgs?\.?|pp\.?|p\.)\s?(\d{1,3})(?:\s?(?:-|–|to)\s?(\d{1,3}))?(?![\d/])(?!\s?of\s?\d)/gi;
const TABLE = /\bTable\s?(\d{1,2})(?:\s?-\s?(\d{1,2}))?(?![\d])/gi;
const CHAPTER = /\b(?:Chapter|Ch\.)\s?(\d{1,2})\b/gi;

interface Mark {
  guideline: GuidelineId;
  start: number;
  end: number;
}

// The guideline a stretch of prose names, most particular first; a bare "MTUS" or "Guidelines" is generic.
const MARKS: [GuidelineId, RegExp][] = [
  ['acoem', /\b(?:(?:3rd|Third|2nd|Second) Edition )?ACOEM\b|American College of Occupational and Environmental Medicine/gi],
  ['cpmtg', /\bChronic Pain (?:Medical )?Treatment Guidelines?\b|\bCPMTG\b|\bChronic Pain Medical Treatment\b/gi],
  ['opioids2016', /\bOpioids? Treatment Guidelines?\b/gi],
  ['odg', /\bOfficial Disability Guidelines\b|\bODG\b/gi],
  ['mtus', /\bMTUS\b|\bMedical Treatment Utilization Schedule\b/gi],
];

/** How far back a page may be from the guideline it refers to, in characters of folded text. */
const REACH = 400;

function marksIn(folded: FoldedText): Mark[] {
  const out: Mark[] = [];
  for (const [guideline, re] of MARKS) {
    re.lastIndex = 0;
    for (let m = re.exec(folded.text); m; m = re.exec(folded.text)) out.push({ guideline, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The number of marks that end at or before `at` (marks run in text order and do not overlap much: a binary search on their ends). */
function endingBefore(marks: Mark[], at: number): number {
  return firstNotBefore(marks, (mark) => mark.end <= at);
}

/** The guideline a page or table at `at` refers to: "of the MTUS" right after it, else the nearest before it (a particular one over a bare MTUS in the same sentence). */
function markFor(folded: FoldedText, marks: Mark[], at: number, after: number): Mark | undefined {
  const following = /^,? ?(?:of|in) (?:the )?(?:California )?/i.exec(folded.text.slice(after, after + 20));
  if (following) {
    const next = marks[endingBefore(marks, after + following[0].length)];
    if (next && next.start === after + following[0].length && next.guideline !== 'odg') return next;
  }
  // The marks before `at`, nearest first, within reach; ODG has no pages.
  const before: Mark[] = [];
  for (let i = endingBefore(marks, at) - 1; i >= 0 && at - marks[i].end <= REACH; i--)
    if (marks[i].guideline !== 'odg' && marks[i].end <= at) before.push(marks[i]);
  const nearest = before[0];
  if (!nearest || nearest.guideline !== 'mtus') return nearest;
  // "Chronic Pain Medical Treatment Guidelines MTUS - 8 C.C.R. ...": the particular name a few words before wins.
  const particular = before.find((m) => m.guideline !== 'mtus');
  return particular && nearest.start - particular.end <= 40 ? particular : nearest;
}

/** The edition the words between a guideline's name and its page give ("MTUS 2016, …", "(July 28, 2016)", "Third Edition ACOEM"). */
function editionNear(folded: FoldedText, from: number, to: number): number | undefined {
  const words = folded.text.slice(Math.max(0, from - 40), to);
  const years = [...words.matchAll(/\b(2004|2007|2009|2016)\b(?!\s?-)/g)];
  if (years.length) return Number(years[years.length - 1][1]);
  const ordinal = /\b(2nd|second|3rd|third) ?ed(?:ition|\.)?/i.exec(words);
  return ordinal ? (/^(?:2|s)/i.test(ordinal[1]) ? 2004 : 2011) : undefined;
}

/** What the prose says the page is about: "under Home health care services Section", or the words just before it. */
function topicNear(folded: FoldedText, mark: Mark, at: number, after: number): NamedRef | undefined {
  const tail = folded.text.slice(after, after + 90);
  const under = /^,? ?under (?:the )?([A-Za-z][^,.;"]{2,60}?)(?: [Ss]ection)?(?=[,.;"]| states| says| notes| recommends| indicates|$)/.exec(
    tail,
  );
  if (under) {
    const a = after + under[0].indexOf(under[1]);
    return namedRef(folded, a, a + under[1].length);
  }
  const between = folded.text.slice(mark.end, at).replace(/(?:,? ?(?:Chapter|Ch\.) ?\d+|,? ?Table ?\d+(?: ?- ?\d+)?)+,? ?$/i, '');
  const piece = /(?:and )?([A-Za-z][A-Za-z ()&/-]{3,60}),? ?$/.exec(between);
  if (!piece) return undefined;
  const a = mark.end + piece.index + piece[0].indexOf(piece[1]);
  return namedRef(folded, a, a + piece[1].length);
}

interface Anchor {
  kind: 'page' | 'table' | 'chapter';
  /** Its place among the letter's anchors, in text order. */
  index: number;
  start: number;
  end: number;
  m: RegExpExecArray;
}

function anchorsIn(folded: FoldedText): Anchor[] {
  const out: Anchor[] = [];
  for (const [kind, re] of [
    ['page', PAGE],
    ['table', TABLE],
    ['chapter', CHAPTER],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(folded.text); m; m = re.exec(folded.text))
      out.push({ kind, index: 0, start: m.index, end: m.index + m[0].length, m });
  }
  out.sort((a, b) => a.start - b.start);
  out.forEach((a, i) => (a.index = i));
  return out;
}

/** Runs of chapter, table and page anchors joined by a comma or a space ("Chapter 9, Table 9-6, page 214"): one reference each, ending at a page or a table. */
function runsOf(folded: FoldedText, anchors: Anchor[]): Anchor[][] {
  const runs: Anchor[][] = [];
  let run: Anchor[] = [];
  for (const a of anchors) {
    const last = run[run.length - 1];
    if (last && /^,? ?(?:and )?$/i.test(folded.text.slice(last.end, a.start)) && last.kind !== 'page') run.push(a);
    else {
      if (run.length) runs.push(run);
      run = [a];
    }
  }
  if (run.length) runs.push(run);
  return runs.filter((r) => r.some((a) => a.kind !== 'chapter'));
}

/** The last chapter anchor after `from` and before the anchor `before`: "ACOEM, Chapter 12, Low Back Complaints, Initial Care, Page 300". */
function chapterBetween(anchors: Anchor[], from: number, before: Anchor): Anchor | undefined {
  for (let i = before.index - 1; i >= 0 && anchors[i].start >= from; i--) if (anchors[i].kind === 'chapter') return anchors[i];
  return undefined;
}

function referencesIn(letter: Letter, span: Span, out: Citation[]): void {
  const folded = normalize(letter.text, span.start, span.end);
  const marks = marksIn(folded);
  if (!marks.length) return;
  const anchors = anchorsIn(folded);
  for (const run of runsOf(folded, anchors)) {
    const first = run[0];
    const last = run[run.length - 1];
    const tableOfChapter = run.some((a) => a.kind === 'table' && a.m[2] !== undefined);
    // A chapter's table ("Table 12-7") may stand paragraphs after the ACOEM chapter the rationale named.
    const mark =
      markFor(folded, marks, first.start, last.end) ??
      (tableOfChapter
        ? [...marks].reverse().find((m) => m.end <= first.start && (m.guideline === 'acoem' || m.guideline === 'mtus'))
        : undefined);
    if (!mark) continue;
    const pages: PageRef[] = run
      .filter((a) => a.kind === 'page')
      .map((a) => ({ from: Number(a.m[1]), to: Number(a.m[2] ?? a.m[1]), span: spanOf(folded, a.start, a.end) }));
    const tables = run.filter((a) => a.kind === 'table').map((a) => ({ name: a.m[2] ? `${a.m[1]}-${a.m[2]}` : a.m[1] }));
    const chapterAt = run.find((a) => a.kind === 'chapter') ?? chapterBetween(anchors, mark.end, first);
    const tableChapter = tables.find((t) => t.name.includes('-'))?.name.split('-')[0];
    const chapterNumber = chapterAt ? Number(chapterAt.m[1]) : tableChapter ? Number(tableChapter) : undefined;
    // A table "N-M" is a chapter's table: only ACOEM's chapters number them so in the MTUS.
    // A page of "the MTUS" with no part named is read in the CPMTG, the part cited by page (the hover says so).
    const guideline: GuidelineId =
      mark.guideline !== 'mtus' ? mark.guideline : tables.length && chapterNumber ? 'acoem' : pages.length ? 'cpmtg' : 'mtus';
    // The reference reads from the guideline's name when it stands close before, in the same sentence.
    const gap = folded.text.slice(mark.end, first.start);
    const join = mark.end <= first.start && gap.length <= 80 && !/[.;]\s/.test(gap) ? mark.start : first.start;
    const name = namedRef(folded, mark.start, mark.end, '', '') as NamedRef;
    const c: Citation = {
      span: spanOf(folded, join, last.end),
      source: 'text',
      guideline,
      nonMtus: /Non-? ?MTUS/i.test(folded.text.slice(Math.max(0, mark.start - 12), mark.end)),
      name: name.name,
      nameSpan: name.span,
      sections: [],
      pages,
      inText: true,
    };
    if (tables.length) c.tables = tables;
    if (chapterNumber !== undefined && guideline === 'acoem')
      c.chapter = { number: chapterNumber, span: chapterAt ? spanOf(folded, chapterAt.start, chapterAt.end) : c.span };
    const edition = editionNear(folded, mark.start, first.start);
    if (edition !== undefined) c.edition = edition;
    const topic = topicNear(folded, mark, first.start, last.end);
    if (topic) c.topic = topic;
    const item = itemAt(letter, c.span.start);
    if (item) c.item = item.index;
    out.push(c);
  }
}

/**
 * The stretches of prose a reference is read in, in text order: each prose section, cut at its
 * guideline lines and where each item begins (a page in one item's rationale refers to no
 * guideline named in another item's).
 */
const stretchesOf: (letter: Letter) => Span[] = oncePerLetter((letter: Letter) => {
  const out: Span[] = [];
  for (const s of letter.sections) {
    if (!PROSE.has(s.id)) continue;
    const within = (cut: Span): boolean => cut.start >= s.span.start && cut.end <= s.span.end;
    const cuts = [
      ...letter.citations.map((c) => c.span).filter(within),
      ...letter.items.map((i) => ({ start: i.span.start, end: i.span.start })).filter(within),
    ].sort((a, b) => a.start - b.start);
    let from = s.span.start;
    for (const cut of [...cuts, { start: s.span.end, end: s.span.end }]) {
      if (cut.start > from) out.push({ start: from, end: cut.start });
      from = Math.max(from, cut.end);
    }
  }
  return out;
});

// The references of each stretch, read when first asked for: a hover reads only the stretch it is in.
const readStretches: (letter: Letter) => Map<Span, Citation[]> = oncePerLetter(() => new Map());

function referencesOf(letter: Letter, stretch: Span): Citation[] {
  const known = readStretches(letter);
  let out = known.get(stretch);
  if (!out) {
    out = [];
    referencesIn(letter, stretch, out);
    known.set(stretch, out);
  }
  return out;
}

/** Every page and table reference in the letter's prose, in text order, outside the guideline lines (every stretch read: for the audits and tests). */
export const textReferences = (letter: Letter): Citation[] => stretchesOf(letter).flatMap((s) => referencesOf(letter, s));

/** The page or table reference in the letter's prose at `offset`, if one is there (read in its stretch of prose alone). */
export function textReferenceAt(letter: Letter, offset: number): Citation | undefined {
  const stretches = stretchesOf(letter);
  // Stretches end where the next may begin: the one that holds the offset, or ends at it.
  for (let i = firstNotBefore(stretches, (s) => s.end < offset); i < stretches.length && stretches[i].start <= offset; i++) {
    const found = referencesOf(letter, stretches[i]).find((c) => spanContains(c.span, offset));
    if (found) return found;
  }
  return undefined;
}
