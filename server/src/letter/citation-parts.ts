// The parts of one guideline citation after its name: the sections ("Section(s): A, B, C"), the
// pages ("Page(s): 74-95"), and of an ACOEM reference its chapter, edition and topic. Reads the
// folded copy of the guideline line (./folded.ts) that ./citations.ts cuts into citations.

import { matchKey } from '../knowledge/types';
import type { Citation, NamedRef, PageRef } from './types';
import { MULTI_PART_SECTION_NAMES, type MtusPart } from '../knowledge/mtus';
import { phrasePattern, namedRef, spanOf, trim, type FoldedText } from './folded';

/** What a citation holds besides its guideline and name: sections, pages, and perhaps a topic, chapter and edition. */
export type CitationParts = Pick<Citation, 'sections' | 'pages'> & Partial<Pick<Citation, 'topic' | 'chapter' | 'edition'>>;

const SECTIONS_LABEL = new RegExp(`${phrasePattern('Section')}(?: ?\\( ?s ?\\)| ?s)? ?:`, 'i');
const PAGES_LABEL = new RegExp(`${phrasePattern('Page')}(?: ?\\( ?s ?\\)| ?s)? ?:`, 'i');

/** Page numbers and ranges in [start, end): "74-95, page 124", "23; pages 100-102". */
function pagesIn(folded: FoldedText, start: number, end: number, pattern = /(\d+)(?: ?[-–—] ?(\d+))?/g): PageRef[] {
  const out: PageRef[] = [];
  const text = folded.text.slice(0, end);
  pattern.lastIndex = start;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const from = Number(m[1]);
    const to = m[2] !== undefined ? Number(m[2]) : from;
    const numAt = m.index + m[0].indexOf(m[1]);
    out.push({ from, to, span: spanOf(folded, numAt, m.index + m[0].length) });
  }
  return out;
}

/** Top-level (outside brackets) comma or semicolon positions in [start, end). */
function topLevelCommas(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if ((ch === ',' || ch === ';') && depth === 0) out.push(i);
  }
  return out;
}

const MULTI_KEYS = new Set(MULTI_PART_SECTION_NAMES.map(matchKey));

/** "Section(s): A, B, C" -> names, keeping "Forearm, Wrist, & Hand" and "TENS, chronic pain (…)" whole. */
function sectionsIn(folded: FoldedText, start: number, end: number, numbered: boolean): NamedRef[] {
  const cuts = topLevelCommas(folded.text, start, end);
  const pieces: [number, number][] = [];
  let from = start;
  for (const c of [...cuts, end]) {
    pieces.push([from, c]);
    from = c + 1;
  }
  const text = (piece: [number, number]): string => folded.text.slice(piece[0], piece[1]).trim();
  const merged: [number, number][] = [];
  for (let i = 0; i < pieces.length;) {
    let j = i;
    if (numbered) {
      while (j + 1 < pieces.length && !/^\d+(?: ?\. ?\d+)*\.? /.test(text(pieces[j + 1]))) j++;
    } else {
      for (let k = Math.min(pieces.length - 1, i + 3); k > i; k--) {
        if (MULTI_KEYS.has(matchKey(folded.text.slice(pieces[i][0], pieces[k][1])))) {
          j = k;
          break;
        }
      }
      while (j + 1 < pieces.length && /^[a-z&(]/.test(text(pieces[j + 1]))) j++;
    }
    merged.push([pieces[i][0], pieces[j][1]]);
    i = j + 1;
  }
  return merged.map(([x, y]) => namedRef(folded, x, y, ' ', ' .')).filter((r): r is NamedRef => r !== undefined);
}

/** Chapter, pages, edition year and topic of an ACOEM reference ("Chapter 7, page 127, Independent …"). */
export function acoemParts(folded: FoldedText, start: number, end: number): CitationParts {
  const text = folded.text.slice(0, end);
  const parts: CitationParts = {
    sections: [],
    pages: pagesIn(folded, start, end, /(?<![A-Za-z])(?:pages?|pgs?\.?|pp?\.?) ?(\d+)(?: ?[-–] ?(\d+))?/gi),
  };
  const ch = /(?:Chapter|Ch\.) ?(\d+)/gi;
  ch.lastIndex = start;
  const m = ch.exec(text);
  if (m) parts.chapter = { number: Number(m[1]), span: spanOf(folded, m.index, m.index + m[0].length) };
  const yr = /\(((?:19|20)\d\d)\)/g;
  yr.lastIndex = start;
  const y = yr.exec(text);
  if (y) parts.edition = Number(y[1]);
  // "2nd edition", "Third Edition": the editions of 2004 and 2011.
  const ord = /\b(2nd|second|3rd|third) ?ed(?:ition|\.)?/i.exec(folded.text.slice(Math.max(0, start - 40), end));
  if (ord && !y) parts.edition = /^(?:2|s)/i.test(ord[1]) ? 2004 : 2011;
  const junk =
    /^(?:(?:Chapter|Ch\.) ?\d+|(?:pages?|pgs?\.?|pp?\.?) ?\d+(?: ?[-–] ?\d+)?|\d+(?:st|nd|rd|th) ed(?:ition|\.)?(?: ?\(\d{4}\))?|\(?\d{4}\)?|(?:Occupational Medicine )?Practice Guidelines|Guidelines)?\.?$/i;
  let best: [number, number] | undefined;
  let run: [number, number] | undefined;
  let from = start;
  for (const c of [...topLevelCommas(folded.text, start, end), end]) {
    const [x, y2] = trim(folded, from, c);
    if (junk.test(folded.text.slice(x, y2))) run = undefined;
    else {
      run = run ? [run[0], y2] : [x, y2];
      if (!best || run[1] - run[0] > best[1] - best[0]) best = [run[0], run[1]];
    }
    from = c + 1;
  }
  if (best) parts.topic = namedRef(folded, best[0], best[1]);
  return parts;
}

/** Parts of one MTUS citation after its name: "Section(s): …", "<Topic> Page(s): …", or ACOEM parts. */
export function mtusTail(folded: FoldedText, part: MtusPart | undefined, start: number, end: number): CitationParts {
  if (part?.guideline === 'acoem') return acoemParts(folded, start, end);
  const tail = folded.text.slice(start, end);
  const sec = SECTIONS_LABEL.exec(tail);
  const pag = PAGES_LABEL.exec(tail);
  const parts: CitationParts = { sections: [], pages: [] };
  const secAt = sec ? start + sec.index : end;
  const pagAt = pag ? start + pag.index : end;
  const topic = namedRef(folded, start, Math.min(secAt, pagAt));
  if (topic) parts.topic = topic;
  if (sec)
    parts.sections = sectionsIn(
      folded,
      secAt + sec[0].length,
      pagAt > secAt ? pagAt : end,
      part?.guideline === 'opioids2016' && /^ ?\d/.test(folded.text.slice(secAt + sec[0].length, end)),
    );
  if (pag) parts.pages = pagesIn(folded, pagAt + pag[0].length, secAt > pagAt ? secAt : end);
  return parts;
}
