// Body regions as facts, per item: the regions the item is for (from its title), the regions of
// the guideline chapters its lines cite, and the rationale's phrases that speak of a region's
// study or criteria ("would warrant a cervical MRI", "specific nerve compromise on the neurologic
// examination", "patients with chronic refractory patellar tendinopathy").

import { acoem3rdByTitle, acoemChapter, acoemChapterByTitle, acoemPost2017ByTitle } from '../knowledge/acoem';
import { odgChapters } from '../knowledge/odg';
import { CRITERIA, chapterRegions, regionNames, regionWords, regionsIn, type Region } from '../knowledge/regions';
import { sentenceAt } from './rationale';
import type { Citation, Item, Letter, Span } from './types';

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

const cache = new WeakMap<Letter, ItemRegions[]>();

/** Each item's body regions, its cited chapters' regions and the rationale's region phrases. */
export function itemRegions(letter: Letter): ItemRegions[] {
  let found = cache.get(letter);
  if (!found) cache.set(letter, (found = letter.items.map((item) => read(letter, item))));
  return found;
}

function read(letter: Letter, item: Item): ItemRegions {
  const cited = (source: Citation['source']): CitedChapter[] =>
    letter.citations.filter((c) => c.item === item.index && c.source === source).flatMap((c) => citedChapter(letter.text, c) ?? []);
  return {
    item,
    regions: regionsIn(item.title),
    claimsAdministrator: cited('claimsAdministrator'),
    maximus: cited('maximus'),
    rationale: rationaleRegions(letter.text, item),
    named: namedRegions(letter.text, item),
  };
}

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The chapter a citation names, with its regions: only chapters of a body region. */
function citedChapter(text: string, c: Citation): CitedChapter | undefined {
  const found = chapterOf(c);
  if (!found) return undefined;
  const regions = found.flatMap((f) => chapterRegions(f.title));
  if (!regions.length) return undefined;
  return { citation: c, regions: [...new Set(regions)], span: c.span, text: fold(text.slice(c.span.start, c.span.end)), label: found.map((f) => f.label).join(', ') };
}

function chapterOf(c: Citation): { title: string; label: string }[] | undefined {
  const topic = c.topic?.name ?? '';
  switch (c.guideline) {
    case 'mtus-topic': {
      if (/^Post-?surgical/i.test(c.name)) return c.sections.map((s) => ({ title: s.name, label: `MTUS Postsurgical Treatment, ${s.name}` }));
      const ch = acoemChapterByTitle(c.name);
      if (!ch) return undefined;
      const year = /\b2007\b/.test(c.name) || c.edition === 2007 ? 'ACOEM 2007' : `ACOEM 2004, Chapter ${ch.chapter}`;
      return [{ title: ch.title, label: `MTUS ${ch.title} (${year})` }];
    }
    case 'odg':
      return odgChapters(`${c.name}, ${topic}`).map((ch) => ({ title: ch.name, label: `ODG ${ch.name}` }));
    case 'acoem':
    case 'acoem-post2017': {
      const numbered = c.chapter && acoemChapter(c.chapter.number);
      if (numbered) return [{ title: numbered.title, label: `ACOEM ${numbered.title} (Chapter ${numbered.chapter})` }];
      const title = acoemChapterByTitle(topic)?.title ?? acoemPost2017ByTitle(`${c.name}, ${topic}`)?.title ?? acoem3rdByTitle(topic)?.title;
      return title ? [{ title, label: `ACOEM ${title}` }] : undefined;
    }
    default:
      return undefined;
  }
}

// "a cervical MRI", "a lumbar spine x-ray", "an MRI of the thoracic spine": a study with its region.
const STUDY = String.raw`(?:MRI|CT|x-?rays?|radiographs?|imaging)\b(?:\s+(?:scan|study))?`;
const IMAGING_RE = new RegExp(String.raw`\ban?\s+((?:[\w-]+\s+){0,3}?)${STUDY}((?:\s+(?:of|for|to)\s+(?:the\s+)?[\w-]+(?:\s+(?:spine|region|joint))?)?)`, 'gi');
// A study done, not one to be decided on: "an MRI of the lumbar spine dated 6/1/16 revealed ...".
const PAST = /\b(?:dated|revealed|showed|shows|demonstrat\w*|performed|obtained|underwent|undergone|prior|previous(?:ly)?|had|received|results?|reviewed|was\s+(?:done|taken))\b/i;
// A sentence about the worker, not a guideline's words: "the injured worker's working diagnoses are ...".
const ABOUT_WORKER = /\b(?:the|this)\s+(?:patient|claimant|injured\s+worker|worker|employee|applicant|individual)\b(?!s)|\b(?:he|she|his|her|him)\b|\bdiagnos[ie]s\b/i;
const GATE = /MRI|CT|x-?ray|radiograph|imaging|nerve|patell|menisc|cruciate|rotator|epicondyl|elbow|quervain|finger|plantar|achilles/i;

function rationaleRegions(text: string, item: Item): RationaleRegion[] {
  const part = item.parts.find((p) => p.kind === 'rationale');
  if (!part) return [];
  const range = part.contentSpan;
  const body = text.slice(range.start, range.end);
  if (!GATE.test(body)) return [];
  const out: RationaleRegion[] = [];
  const sentence = (at: number): string => {
    const s = sentenceAt(text, range, range.start + at);
    return text.slice(s.start, s.end);
  };
  for (const m of body.matchAll(IMAGING_RE)) {
    // "a cervical MRI of the spine": the word before the study names the region.
    const regions = regionsIn(m[1]).length ? regionsIn(m[1]) : regionsIn(m[2]);
    const at = range.start + m.index;
    if (!regions.length || inRequest(item, at + m[0].length - 1) || PAST.test(sentence(m.index))) continue;
    out.push({ kind: 'imaging', regions, span: { start: at, end: at + m[0].length }, text: fold(m[0]), what: `a study of the ${regionNames(regions)}` });
  }
  for (const c of CRITERIA) {
    for (const m of body.matchAll(c.re)) {
      if (ABOUT_WORKER.test(sentence(m.index))) continue;
      const at = range.start + m.index;
      out.push({ kind: 'criterion', regions: c.regions, span: { start: at, end: at + m[0].length }, text: fold(m[0]), what: c.what });
      break;
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function namedRegions(text: string, item: Item): ItemRegions['named'] {
  const part = item.parts.find((p) => p.kind === 'rationale');
  if (!part) return [];
  const at = part.contentSpan.start;
  return regionWords(text.slice(at, part.contentSpan.end)).map((w) => ({
    regions: w.regions,
    span: { start: at + w.index, end: at + w.index + w.text.length },
    text: fold(w.text),
    inRequest: inRequest(item, at + w.index),
  }));
}

// The rationale's "the request for an MRI of the shoulder" restates the item: laterality-mismatch compares it.
const inRequest = (item: Item, at: number): boolean => item.rationaleRequests.some((r) => r.span.start <= at && at < r.span.end);
