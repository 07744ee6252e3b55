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

/** Page numbers and ranges in [a, b): "74-95, page 124", "23; pages 100-102". */
function pagesIn(n: FoldedText, a: number, b: number, re = /(\d+)(?: ?[-–—] ?(\d+))?/g): PageRef[] {
  const out: PageRef[] = [];
  const text = n.text.slice(0, b);
  re.lastIndex = a;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const from = Number(m[1]);
    const to = m[2] !== undefined ? Number(m[2]) : from;
    const numAt = m.index + m[0].indexOf(m[1]);
    out.push({ from, to, span: spanOf(n, numAt, m.index + m[0].length) });
  }
  return out;
}

/** Top-level (outside brackets) comma or semicolon positions in [a, b). */
function topLevelCommas(s: string, a: number, b: number): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = a; i < b; i++) {
    const ch = s[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if ((ch === ',' || ch === ';') && depth === 0) out.push(i);
  }
  return out;
}

const MULTI_KEYS = new Set(MULTI_PART_SECTION_NAMES.map(matchKey));

/** "Section(s): A, B, C" -> names, keeping "Forearm, Wrist, & Hand" and "TENS, chronic pain (…)" whole. */
function sectionsIn(n: FoldedText, a: number, b: number, numbered: boolean): NamedRef[] {
  const cuts = topLevelCommas(n.text, a, b);
  const pieces: [number, number][] = [];
  let from = a;
  for (const c of [...cuts, b]) {
    pieces.push([from, c]);
    from = c + 1;
  }
  const text = (p: [number, number]): string => n.text.slice(p[0], p[1]).trim();
  const merged: [number, number][] = [];
  for (let i = 0; i < pieces.length; ) {
    let j = i;
    if (numbered) {
      while (j + 1 < pieces.length && !/^\d+(?: ?\. ?\d+)*\.? /.test(text(pieces[j + 1]))) j++;
    } else {
      for (let k = Math.min(pieces.length - 1, i + 3); k > i; k--) {
        if (MULTI_KEYS.has(matchKey(n.text.slice(pieces[i][0], pieces[k][1])))) {
          j = k;
          break;
        }
      }
      while (j + 1 < pieces.length && /^[a-z&(]/.test(text(pieces[j + 1]))) j++;
    }
    merged.push([pieces[i][0], pieces[j][1]]);
    i = j + 1;
  }
  return merged.map(([x, y]) => namedRef(n, x, y, ' ', ' .')).filter((r): r is NamedRef => r !== undefined);
}

/** Chapter, pages, edition year and topic of an ACOEM reference ("Chapter 7, page 127, Independent …"). */
export function acoemParts(n: FoldedText, a: number, b: number): CitationParts {
  const text = n.text.slice(0, b);
  const parts: CitationParts = { sections: [], pages: pagesIn(n, a, b, /(?<![A-Za-z])(?:pages?|pgs?\.?|pp?\.?) ?(\d+)(?: ?[-–] ?(\d+))?/gi) };
  const ch = /(?:Chapter|Ch\.) ?(\d+)/gi;
  ch.lastIndex = a;
  const m = ch.exec(text);
  if (m) parts.chapter = { number: Number(m[1]), span: spanOf(n, m.index, m.index + m[0].length) };
  const yr = /\(((?:19|20)\d\d)\)/g;
  yr.lastIndex = a;
  const y = yr.exec(text);
  if (y) parts.edition = Number(y[1]);
  // "2nd edition", "Third Edition": the editions of 2004 and 2011.
  const ord = /\b(2nd|second|3rd|third) ?ed(?:ition|\.)?/i.exec(n.text.slice(Math.max(0, a - 40), b));
  if (ord && !y) parts.edition = /^(?:2|s)/i.test(ord[1]) ? 2004 : 2011;
  const junk = /^(?:(?:Chapter|Ch\.) ?\d+|(?:pages?|pgs?\.?|pp?\.?) ?\d+(?: ?[-–] ?\d+)?|\d+(?:st|nd|rd|th) ed(?:ition|\.)?(?: ?\(\d{4}\))?|\(?\d{4}\)?|(?:Occupational Medicine )?Practice Guidelines|Guidelines)?\.?$/i;
  let best: [number, number] | undefined;
  let run: [number, number] | undefined;
  let from = a;
  for (const c of [...topLevelCommas(n.text, a, b), b]) {
    const [x, y2] = trim(n, from, c);
    if (junk.test(n.text.slice(x, y2))) run = undefined;
    else {
      run = run ? [run[0], y2] : [x, y2];
      if (!best || run[1] - run[0] > best[1] - best[0]) best = [run[0], run[1]];
    }
    from = c + 1;
  }
  if (best) parts.topic = namedRef(n, best[0], best[1]);
  return parts;
}

/** Parts of one MTUS citation after its name: "Section(s): …", "<Topic> Page(s): …", or ACOEM parts. */
export function mtusTail(n: FoldedText, part: MtusPart | undefined, a: number, b: number): CitationParts {
  if (part?.guideline === 'acoem') return acoemParts(n, a, b);
  const tail = n.text.slice(a, b);
  const sec = SECTIONS_LABEL.exec(tail);
  const pag = PAGES_LABEL.exec(tail);
  const parts: CitationParts = { sections: [], pages: [] };
  const secAt = sec ? a + sec.index : b;
  const pagAt = pag ? a + pag.index : b;
  const topic = namedRef(n, a, Math.min(secAt, pagAt));
  if (topic) parts.topic = topic;
  if (sec) parts.sections = sectionsIn(n, secAt + sec[0].length, pagAt > secAt ? pagAt : b, part?.guideline === 'opioids2016' && /^ ?\d/.test(n.text.slice(secAt + sec[0].length, b)));
  if (pag) parts.pages = pagesIn(n, pagAt + pag[0].length, secAt > pagAt ? secAt : b);
  return parts;
}
