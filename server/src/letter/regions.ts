// Body regions as facts, per item: the regions the item is for (from its title), the regions of
// the guideline chapters its lines cite, and the rationale's phrases that speak of a region's
// study or criteria ("would warrant a cervical MRI", "specific nerve compromise on the neurologic
// examination", "patients with chronic refractory patellar tendinopathy").

import { acoem3rdByTitle, acoemChapter, acoemChapterByTitle, acoemPost2017ByTitle } from '../knowledge/acoem';
import { odgChapters } from '../knowledge/odg';
import {
  CRITERIA,
  REGION_STARTS,
  chapterRegions,
  regionNames,
  regionWordAt,
  regionsIn,
  type Criterion,
  type Region,
  type RegionWord,
} from '../knowledge/regions';
import { sentenceAt } from './rationale';
import type { Span } from '../base/span';
import type { Citation, Item, Letter } from './types';
import { coverage } from '../base/sorted';
import { foldSpaces } from '../base/text';
import { citationsByItem } from './text';

export interface RegionFact {
  regions: Region[];
  span: Span;
  /** As written, white space folded. */
  text: string;
}

export interface CitedChapter extends RegionFact {
  citation: Citation;
  /** The chapter in plain words: "MTUS Low Back Complaints (ACOEM 2004, Chapter 12)". */
  label: string;
}

export interface RationaleRegion extends RegionFact {
  /** 'imaging': a study of a region ("a cervical MRI"); 'criterion': a region's guideline criterion. */
  kind: 'imaging' | 'criterion';
  /** What the phrase is, in plain words. */
  what: string;
}

export interface ItemRegions {
  item: Item;
  /** The regions the item's title names; empty for an item of no region. */
  regions: Region[];
  claimsAdministrator: CitedChapter[];
  maximus: CitedChapter[];
  rationale: RationaleRegion[];
  /** Every word of the rationale that names a region; `inRequest` in its "the request for ..." phrases. */
  named: (RegionFact & { inRequest: boolean })[];
}

/** The item's body regions, its cited chapters' regions and the rationale's region phrases. */
export function itemRegions(letter: Letter, item: Item): ItemRegions {
  const claimsAdministrator: CitedChapter[] = [];
  const maximus: CitedChapter[] = [];
  for (const c of citationsByItem(letter).get(item.index) ?? []) {
    const line = c.source === 'claimsAdministrator' ? claimsAdministrator : c.source === 'maximus' ? maximus : undefined;
    const chapter = line && citedChapter(letter.text, c);
    if (chapter) line!.push(chapter);
  }
  const part = item.parts.find((p) => p.kind === 'rationale');
  const words = part && rationaleWords(letter.text, part.contentSpan);
  return {
    item,
    regions: titleRegions(item.title),
    claimsAdministrator,
    maximus,
    rationale: words ? rationaleRegions(letter.text, item, words) : [],
    named: words ? namedRegions(item, words) : [],
  };
}

const fold = (text: string): string => foldSpaces(text).trim();

/** The chapter a citation names, with its regions: only chapters of a body region. */
function citedChapter(text: string, citation: Citation): CitedChapter | undefined {
  const found = chapterOf(citation);
  if (!found) return undefined;
  const regions = new Set<Region>();
  for (const f of found) for (const r of regionsOfChapter(f.title)) regions.add(r);
  if (!regions.size) return undefined;
  return {
    citation,
    regions: [...regions],
    span: citation.span,
    text: fold(text.slice(citation.span.start, citation.span.end)),
    label: found.map((f) => f.label).join(', '),
  };
}

/** `read` with its last few hundred answers remembered: item titles and chapter names recur, and a letter is checked at every keystroke. */
function remembered<T>(read: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined || memo.has(text)) return known!;
    const found = read(text);
    if (memo.size >= 500) memo.delete(memo.keys().next().value!);
    memo.set(text, found);
    return found;
  };
}

const titleRegions = remembered(regionsIn);
const regionsOfChapter = remembered(chapterRegions);
const chapterByTitle = remembered(acoemChapterByTitle);
const post2017ByTitle = remembered(acoemPost2017ByTitle);
const thirdByTitle = remembered(acoem3rdByTitle);
const odgChaptersIn = remembered(odgChapters);

function chapterOf(citation: Citation): { title: string; label: string }[] | undefined {
  const topic = citation.topic?.name ?? '';
  switch (citation.guideline) {
    case 'mtus-topic': {
      if (/^Post-?surgical/i.test(citation.name))
        return citation.sections.map((s) => ({ title: s.name, label: `MTUS Postsurgical Treatment, ${s.name}` }));
      const ch = chapterByTitle(citation.name);
      if (!ch) return undefined;
      const year = /\b2007\b/.test(citation.name) || citation.edition === 2007 ? 'ACOEM 2007' : `ACOEM 2004, Chapter ${ch.chapter}`;
      return [{ title: ch.title, label: `MTUS ${ch.title} (${year})` }];
    }
    case 'odg':
      return odgChaptersIn(`${citation.name}, ${topic}`).map((ch) => ({ title: ch.name, label: `ODG ${ch.name}` }));
    case 'acoem':
    case 'acoem-post2017': {
      const numbered = citation.chapter && acoemChapter(citation.chapter.number);
      if (numbered) return [{ title: numbered.title, label: `ACOEM ${numbered.title} (Chapter ${numbered.chapter})` }];
      const title = chapterByTitle(topic)?.title ?? post2017ByTitle(`${citation.name}, ${topic}`)?.title ?? thirdByTitle(topic)?.title;
      return title ? [{ title, label: `ACOEM ${title}` }] : undefined;
    }
    default:
      return undefined;
  }
}

// "a cervical MRI", "a lumbar spine x-ray", "an MRI of the thoracic spine": a study with its region.
const STUDY_WORD = String.raw`(?:MRI|CT|x-?rays?|radiographs?|imaging)\b`;
const STUDY = String.raw`${STUDY_WORD}(?:\s+(?:scan|study))?`;
const IMAGING_RE = new RegExp(
  String.raw`\ban?\s+((?:[\w-]+\s+){0,3}?)${STUDY}((?:\s+(?:of|for|to)\s+(?:the\s+)?[\w-]+(?:\s+(?:spine|region|joint))?)?)`,
  'gi',
);
// A study done, not one to be decided on: "an MRI of the lumbar spine dated 6/1/16 revealed ...".
const PAST =
  /\b(?:dated|revealed|showed|shows|demonstrat\w*|performed|obtained|underwent|undergone|prior|previous(?:ly)?|had|received|results?|reviewed|was\s+(?:done|taken))\b/i;
// A sentence about the worker, not a guideline's words: "the injured worker's working diagnoses are ...".
const ABOUT_WORKER =
  /\b(?:the|this)\s+(?:patient|claimant|injured\s+worker|worker|employee|applicant|individual)\b(?!s)|\b(?:he|she|his|her|him)\b|\bdiagnos[ie]s\b/i;

// One pass over a rationale finds, each at the start of a word, what its readers look for: a study
// (group 1, so that IMAGING_RE runs only where there is one), the keys of each criterion (a group
// each, ahead of the region words that begin alike: "rotator", "patella") and the words a region
// word can start with. A match ends within the word it starts (or the next: "x-ray", "de
// Quervain"), so it hides no other. All begin with a letter: none is tried at a word's end.
const RATIONALE_WORDS = new RegExp(
  String.raw`\b(?=\w)(?:(${STUDY_WORD})|${CRITERIA.map((c) => `(${c.keys})`).join('|')}|${REGION_STARTS})`,
  'gi',
);

interface RationaleWords {
  range: Span;
  body: string;
  /** Whether it names a study. */
  study: boolean;
  /** The criteria whose keys it holds. */
  criteria: Set<Criterion>;
  /** Its words that name a region, at offsets in `body`. */
  regionWords: RegionWord[];
}

function rationaleWords(text: string, range: Span): RationaleWords {
  const body = text.slice(range.start, range.end);
  const found: RationaleWords = { range, body, study: false, criteria: new Set(), regionWords: [] };
  let end = 0;
  RATIONALE_WORDS.lastIndex = 0;
  for (let m = RATIONALE_WORDS.exec(body); m; m = RATIONALE_WORDS.exec(body)) {
    if (m[1]) found.study = true;
    for (let i = 0; i < CRITERIA.length; i++) if (m[i + 2]) found.criteria.add(CRITERIA[i]);
    const word = m.index >= end ? regionWordAt(body, m.index) : undefined;
    if (!word) continue;
    found.regionWords.push(word);
    end = word.index + word.text.length;
  }
  return found;
}

function rationaleRegions(text: string, item: Item, { range, body, study, criteria }: RationaleWords): RationaleRegion[] {
  const out: RationaleRegion[] = [];
  const sentence = (at: number): string => {
    const s = sentenceAt(text, range, range.start + at);
    return text.slice(s.start, s.end);
  };
  for (const m of study ? body.matchAll(IMAGING_RE) : []) {
    // "a cervical MRI of the spine": the word before the study names the region.
    const before = regionsIn(m[1]);
    const regions = before.length ? before : regionsIn(m[2]);
    const at = range.start + m.index;
    if (!regions.length || inRequest(item, at + m[0].length - 1) || PAST.test(sentence(m.index))) continue;
    out.push({
      kind: 'imaging',
      regions,
      span: { start: at, end: at + m[0].length },
      text: fold(m[0]),
      what: `a study of the ${regionNames(regions)}`,
    });
  }
  for (const c of CRITERIA) {
    if (!criteria.has(c)) continue;
    for (const m of body.matchAll(c.re)) {
      if (!c.chapter && ABOUT_WORKER.test(sentence(m.index))) continue;
      const at = range.start + m.index;
      out.push({ kind: 'criterion', regions: c.regions, span: { start: at, end: at + m[0].length }, text: fold(m[0]), what: c.what });
      break;
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function namedRegions(item: Item, { range, regionWords }: RationaleWords): ItemRegions['named'] {
  const at = range.start;
  return regionWords.map((w) => ({
    regions: w.regions,
    span: { start: at + w.index, end: at + w.index + w.text.length },
    text: fold(w.text),
    inRequest: inRequest(item, at + w.index),
  }));
}

// The rationale's "the request for an MRI of the shoulder" restates the item: laterality-mismatch
// compares it. Asked for every region word of a rationale: each item's requests are indexed once.
const requestCoverage = new WeakMap<Item, (at: number) => boolean>();
function inRequest(item: Item, at: number): boolean {
  let covers = requestCoverage.get(item);
  if (!covers) requestCoverage.set(item, (covers = coverage(item.rationaleRequests.map((r) => r.span))));
  return covers(at);
}
