// Parses the content of a "Claims Administrator guideline:" / "MAXIMUS guideline:" line into one
// Citation per guideline cited. Works on a copy of the content with whitespace runs collapsed to
// one space (so wrapped lines and blank lines vanish) and maps every span back to the original
// text. Keywords are matched allowing a stray space inside words ("Chr onic", "200 7", "Non- MTUS").
// Never throws: unknown text yields [] or a generic citation. A citation's sections, pages, chapter
// and topic are read by ./citation-parts.ts.

import type { Span } from '../base/span';
import { matchKey, type GuidelineId } from '../knowledge/types';
import type { Citation, CitationSource, NamedRef } from './types';
import { MTUS_PARTS, type MtusPart } from '../knowledge/mtus';
import { acoemChapterByTitle, acoemPost2017ByTitle } from '../knowledge/acoem';
import { odgChapterAtStart } from '../knowledge/odg';
import { normalize, phrasePattern, namedRef, spanOf, trim, type FoldedText } from './folded';
import { acoemParts, mtusTail, type CitationParts } from './citation-parts';

interface Ctx {
  folded: FoldedText;
  source: CitationSource;
  item?: number;
  out: Citation[];
}

const ACTOR = 'The (?:[A-Za-z]+ ){1,4}?';
const MTUS = `${phrasePattern('MTUS')}(?: ?${phrasePattern('Guidelines')}| ?${phrasePattern('Guideline')})?`;
const MARKERS = new RegExp(
  [
    `(?<noEvidence>${ACTOR}${phrasePattern('did not cite any medical evidence')}(?: ?${phrasePattern('for its decision')})?)`,
    `(?<outside>${ACTOR}(?:${phrasePattern('based their decision on recommendation')}(?:\\( ?s ?\\)|s)? ?${phrasePattern('outside of the')} ?${MTUS}|${phrasePattern('did not base their decision on the')} ?${MTUS}))`,
    `(?<based>${ACTOR}${phrasePattern('based their decision on the')} ?${MTUS})`,
    `(?<basedOnNonMtus>${phrasePattern('Decision based on Non')} ?-? ?${phrasePattern('MTUS')}(?: ?${phrasePattern('Citation')}s?)? ?:?)`,
    `(?<basedOnMtus>${phrasePattern('Decision based on')} ?(?:the )?${MTUS})`,
    `(?<basedOn>${phrasePattern('Decision based on')})`,
  ].join('|'),
  'gi',
);

const PART_NAMES: { part: MtusPart; re: RegExp }[] = MTUS_PARTS.flatMap((part) => part.names.map((name) => ({ part, name })))
  .sort((a, b) => b.name.length - a.name.length)
  .map(({ part, name }) => ({ part, re: new RegExp(`${phrasePattern(name)}(?![A-Za-z])(?! ?Disorders)`, 'iy') }));

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
// The edition after a guideline's name: "2009", ", July 28, 2016", "(2009)", "(Effective July 18, 2009)".
const YEAR_DATE = `(?:${MONTH} ?\\d{1,2} ?, ?)?((?:19|20) ?\\d ?\\d)(?![0-9])`;
const YEAR_AT = new RegExp(`,? ?(?:\\( ?(?:${phrasePattern('Effective')} ?)?${YEAR_DATE} ?\\)|${YEAR_DATE})`, 'iy');
const AND_SEP = /,? ?\band (?:the )?(?:MTUS )?/gi;
const GENERIC_WITH_YEAR = /[A-Z][A-Za-z,&\- ]{2,60}? (?:19|20)\d\d(?![0-9])/y;
const ODG_MARK = /Official ?Disability ?Guidelines(?: ?\( ?ODG ?\))?|\bODG\b(?: ?Guidelines)?/i;
const ACOEM_MARK =
  /American College of Occupational and Environmental Medicine(?: ?\( ?ACOEM ?\))?|\bACOEM\b(?: ?(?:Occupational Medicine )?Practice Guidelines| ?Guidelines)?/i;
const FREE_SPLIT =
  /(?:[.;]|,? and) (?:the )?(?=Official Disability Guidelines|ODG\b|ACOEM\b|American College of Occupational|Other Medical Treatment Guidelines)/gi;
const OTHER_PREFIX = /^Other Medical Treatment Guidelines:? ?/i;

/** A citation found: its guideline, whether it is cited as Non-MTUS, where it runs, the name it cites and its sections and pages. */
interface Found {
  guideline: GuidelineId;
  nonMtus: boolean;
  start: number;
  end: number;
  name: NamedRef;
  parts: CitationParts;
}

function emit(ctx: Ctx, { guideline, nonMtus, start, end, name, parts }: Found): void {
  const [a, b] = trim(ctx.folded, start, end, '', ',;:. ');
  const c: Citation = {
    span: spanOf(ctx.folded, a, Math.max(b, a)),
    source: ctx.source,
    guideline,
    nonMtus,
    name: name.name,
    nameSpan: name.span,
    sections: parts.sections,
    pages: parts.pages,
  };
  if (ctx.item !== undefined) c.item = ctx.item;
  if (parts.edition !== undefined) c.edition = parts.edition;
  if (parts.topic) c.topic = parts.topic;
  if (parts.chapter) c.chapter = parts.chapter;
  ctx.out.push(c);
}

/** An MTUS citation naming a post-2017 ACOEM guideline ("ACOEM Low Back Disorders") is 'acoem-post2017'. */
function mtusGuideline(part: MtusPart | undefined, name: string, parts: CitationParts): GuidelineId {
  if (!part) return startsWithPost2017(name) ? 'acoem-post2017' : 'mtus';
  if (part.guideline !== 'acoem' || parts.chapter || parts.edition) return part.guideline;
  const topic = parts.topic?.name ?? '';
  return startsWithPost2017(topic) && !acoemChapterByTitle(topic) && !/\b(?:2nd|3rd)\b/i.test(topic) ? 'acoem-post2017' : 'acoem';
}

function startsWithPost2017(text: string): boolean {
  const g = acoemPost2017ByTitle(text);
  return g !== undefined && [g.title, ...(g.aliases ?? [])].some((t) => matchKey(text).startsWith(matchKey(t)));
}

// Part names by their first letter, so a position is tried only against names that can start there.
const PART_NAMES_BY_LETTER = new Map<string, typeof PART_NAMES>();
for (const p of PART_NAMES) {
  const key = p.re.source[0].toLowerCase();
  PART_NAMES_BY_LETTER.set(key, [...(PART_NAMES_BY_LETTER.get(key) ?? []), p]);
}

function knownAt(text: string, pos: number): { part: MtusPart; end: number } | undefined {
  for (const { part, re } of PART_NAMES_BY_LETTER.get(text.charAt(pos).toLowerCase()) ?? []) {
    re.lastIndex = pos;
    if (re.test(text)) return { part, end: re.lastIndex };
  }
  return undefined;
}

/** Where the next guideline of a ", and …" list starts after `from`, if one does. */
function nextGuideline(text: string, from: number): { sep: number; start: number } | undefined {
  AND_SEP.lastIndex = from;
  for (let m = AND_SEP.exec(text); m; m = AND_SEP.exec(text)) {
    const start = m.index + m[0].length;
    GENERIC_WITH_YEAR.lastIndex = start;
    if (knownAt(text, start) || GENERIC_WITH_YEAR.test(text)) return { sep: m.index, start };
    AND_SEP.lastIndex = m.index + 1;
  }
  return undefined;
}

/** "Decision based on MTUS <A> [year][, Section(s): …][, and <B> …]". */
function parseMtusBody(ctx: Ctx, clauseStart: number, bodyStart: number, bodyEnd: number, mtusWord: [number, number]): void {
  const folded = ctx.folded;
  let [pos, b] = trim(folded, bodyStart, bodyEnd, ',;:.', ',;:.');
  while (/(?:^|[ ,])and$/i.test(folded.text.slice(pos, b))) [, b] = trim(folded, pos, b - 3, '', ',;:.');
  const text = folded.text.slice(0, b);
  let first = true;
  let found = false;
  while (pos < b) {
    const known = knownAt(text, pos);
    const part = known?.part;
    let end = known?.end ?? -1;
    if (!known) {
      const g = /[^,.:;]+?(?= ?(?:,|\.|:|Section|Page|(?:19|20) ?\d ?\d(?![0-9])|$))/iy;
      g.lastIndex = pos;
      if (!g.test(text)) break;
      end = g.lastIndex;
    }
    YEAR_AT.lastIndex = end;
    const year = YEAR_AT.exec(text);
    const nameEnd = year ? YEAR_AT.lastIndex : end;
    const next = nextGuideline(text, nameEnd);
    const tailEnd = next ? next.sep : b;
    const name = namedRef(folded, pos, nameEnd, '', ',');
    if (name) {
      const parts = mtusTail(folded, part, nameEnd, tailEnd);
      if (year) parts.edition = Number((year[1] ?? year[2]).replace(/ /g, ''));
      emit(ctx, {
        guideline: mtusGuideline(part, name.name, parts),
        nonMtus: false,
        start: first ? clauseStart : pos,
        end: tailEnd,
        name,
        parts,
      });
      first = false;
      found = true;
    }
    if (!next) break;
    pos = next.start;
  }
  if (!found) {
    const name = namedRef(folded, mtusWord[0], mtusWord[1]);
    if (name) emit(ctx, { guideline: 'mtus', nonMtus: false, start: clauseStart, end: bodyEnd, name, parts: { sections: [], pages: [] } });
  }
}

/** Free text after "Decision based on Non-MTUS Citation": ODG, ACOEM or anything else. */
function parseFreeBody(ctx: Ctx, clauseStart: number, bodyStart: number, bodyEnd: number, nonMtus: boolean): boolean {
  const folded = ctx.folded;
  const [a, b] = trim(folded, bodyStart, bodyEnd, ',;:.', ',;:.');
  if (b <= a) return false;
  const text = folded.text.slice(0, b);
  const cuts: [number, number][] = [];
  let from = a;
  FREE_SPLIT.lastIndex = a;
  for (let m = FREE_SPLIT.exec(text); m; m = FREE_SPLIT.exec(text)) {
    if (m.index > from) cuts.push([from, m.index]);
    from = m.index + m[0].length;
    FREE_SPLIT.lastIndex = from;
  }
  cuts.push([from, b]);
  cuts.forEach(([x0, y0], i) => {
    const [x, y] = trim(folded, x0, y0, ',;:.', ',;:.');
    if (y <= x) return;
    const start = i === 0 ? clauseStart : x;
    const piece = folded.text.slice(x, y);
    const skip = OTHER_PREFIX.exec(piece)?.[0].length ?? 0;
    const body = piece.slice(skip);
    const odg = ODG_MARK.exec(body);
    const acoem = ACOEM_MARK.exec(body);
    if (odg && (!acoem || odg.index <= acoem.index)) {
      const at = x + skip + odg.index;
      const name = namedRef(folded, at, at + odg[0].length) as NamedRef;
      const topic = odg.index === 0 ? namedRef(folded, at + odg[0].length, y) : namedRef(folded, x, y);
      emit(ctx, {
        guideline: 'odg',
        nonMtus: nonMtus,
        start: start,
        end: y,
        name,
        parts: topic ? { sections: [], pages: [], topic } : { sections: [], pages: [] },
      });
    } else if (acoem) {
      const at = x + skip + acoem.index;
      const parts = acoemParts(folded, at + acoem[0].length, y);
      emit(ctx, {
        guideline: 'acoem',
        nonMtus: nonMtus,
        start: start,
        end: y,
        name: namedRef(folded, at, at + acoem[0].length) as NamedRef,
        parts: parts,
      });
    } else {
      const chapter = odgChapterAtStart(body);
      if (chapter) {
        const name = namedRef(folded, x + skip, x + skip + chapter.length) as NamedRef;
        const topic = namedRef(folded, x + skip + chapter.length, y);
        emit(ctx, {
          guideline: 'odg',
          nonMtus: nonMtus,
          start: start,
          end: y,
          name,
          parts: topic ? { sections: [], pages: [], topic } : { sections: [], pages: [] },
        });
      } else {
        emit(ctx, {
          guideline: 'non-mtus',
          nonMtus: nonMtus,
          start: start,
          end: y,
          name: namedRef(folded, x, y, '', '') as NamedRef,
          parts: { sections: [], pages: [] },
        });
      }
    }
  });
  return true;
}

interface Clause {
  kind: 'noEvidence' | 'outside' | 'based' | 'basedOnNonMtus' | 'basedOnMtus' | 'basedOn' | 'lead';
  start: number;
  end: number;
  bodyEnd: number;
}

function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  MARKERS.lastIndex = 0;
  for (let m = MARKERS.exec(text); m; m = MARKERS.exec(text)) {
    if (m[0].length === 0) {
      MARKERS.lastIndex++;
      continue;
    }
    const groups = m.groups ?? {};
    const kind = (Object.keys(groups).find((k) => groups[k] !== undefined) ?? 'basedOn') as Clause['kind'];
    out.push({ kind, start: m.index, end: m.index + m[0].length, bodyEnd: text.length });
  }
  if (out.length === 0 || out[0].start > 0) out.unshift({ kind: 'lead', start: 0, end: 0, bodyEnd: text.length });
  for (let i = 0; i + 1 < out.length; i++) out[i].bodyEnd = out[i + 1].start;
  return out;
}

const MTUS_WORD = new RegExp(MTUS, 'i');

function mtusWordIn(text: string, start: number, end: number): [number, number] {
  const m = MTUS_WORD.exec(text.slice(start, end));
  return m ? [start + m.index, start + m.index + m[0].length] : [start, end];
}

export function parseGuidelineLine(text: string, content: Span, source: CitationSource, item?: number): Citation[] {
  try {
    const from = Math.max(0, Math.min(content.start, text.length));
    const to = Math.max(from, Math.min(content.end, text.length));
    const folded = normalize(text, from, to);
    if (folded.text.length === 0) return [];
    const ctx: Ctx = { folded, source, out: [] };
    if (item !== undefined) ctx.item = item;
    const clauses = clausesOf(folded.text);
    clauses.forEach((c, i) => {
      const next = clauses[i + 1]?.kind;
      if (c.kind === 'noEvidence') {
        emit(ctx, {
          guideline: 'no-evidence',
          nonMtus: false,
          start: c.start,
          end: c.end,
          name: namedRef(folded, c.start, c.end) as NamedRef,
          parts: { sections: [], pages: [] },
        });
      } else if (c.kind === 'outside') {
        if (next === 'basedOnNonMtus' || next === 'basedOn') return;
        if (!parseFreeBody(ctx, c.end, c.end, c.bodyEnd, true))
          emit(ctx, {
            guideline: 'non-mtus',
            nonMtus: true,
            start: c.start,
            end: c.end,
            name: namedRef(folded, c.start, c.end) as NamedRef,
            parts: { sections: [], pages: [] },
          });
      } else if (c.kind === 'basedOnMtus' || c.kind === 'based') {
        parseMtusBody(ctx, c.start, c.end, c.bodyEnd, mtusWordIn(folded.text, c.start, c.end));
      } else if (c.kind === 'basedOnNonMtus' || c.kind === 'basedOn') {
        if (!parseFreeBody(ctx, c.start, c.end, c.bodyEnd, c.kind === 'basedOnNonMtus') && c.kind === 'basedOnNonMtus') {
          emit(ctx, {
            guideline: 'non-mtus',
            nonMtus: true,
            start: c.start,
            end: c.end,
            name: namedRef(folded, c.start, c.end) as NamedRef,
            parts: { sections: [], pages: [] },
          });
        }
      } else {
        const [a, b] = trim(folded, c.start, c.bodyEnd);
        const lead = folded.text.slice(a, b);
        if (knownAt(folded.text, a)) parseMtusBody(ctx, a, a, b, [a, a]);
        else if (/^MTUS\b/i.test(lead)) parseMtusBody(ctx, a, a + 4, b, [a, a + 4]);
        else if (ODG_MARK.test(lead.slice(0, 40)) || ACOEM_MARK.test(lead.slice(0, 40)))
          parseFreeBody(ctx, a, a, b, /Non-? ?MTUS/i.test(lead));
      }
    });
    return ctx.out;
  } catch {
    return [];
  }
}
