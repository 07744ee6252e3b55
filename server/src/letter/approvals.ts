// The case summary's statements that a disputed study was approved: "A follow-up exam on
// 12-09-2016 noted that magnetic resonance imaging was approved for both the right shoulder and
// cervical spine", while the same summary says the review non-certified that MRI and the letter
// decides it as a disputed item. A study is one event: once approved, it is not in dispute, so one
// of the two statements is wrong.

import { regionsIn, type Region } from '../knowledge/regions';
import type { Span } from '../base/span';
import { sentenceAt } from './rationale';
import { studiesIn } from './studies';
import { oncePerLetter } from './text';
import type { Item, Letter } from './types';

export interface DisputedApproval {
  /** The clause that says the study was approved. */
  span: Span;
  item: Item;
  /** The summary's sentences that say the review denied that study. */
  denials: Span[];
}

// "was approved", "had been authorized", "were certified"; in a clause of its own.
const APPROVED = /\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:approved|authori[sz]ed|certified)\b/gi;
// Words that make it another approval than of the request reviewed: a part of it, one to come, one
// refused, or an earlier study already done ("was previously approved and performed").
const NOT_THIS =
  /\b(?:not|never|partially|partly|modified|previously|prior|already|earlier|pending|awaiting|if|once|until|unless|whether|would|will|should|to\s+be|performed|done|completed|showed|shows|revealed|results?|therapy|sessions?|visits?)\b/i;
const CLAUSE_START = /[;:]|\b(?:but|however|although|though|while|whereas|and\s+(?=the\b))\b/gi;

/** Approvals in the case summary of a study that a disputed item requests, for the same region. */
export const disputedApprovals: (letter: Letter) => DisputedApproval[] = oncePerLetter((letter: Letter) => {
  const { text } = letter;
  // The items' studies are read at the first approval of a study (a letter of thousands of items
  // whose summary approves none reads no title).
  let itemStudies: { item: Item; studies: ReturnType<typeof studiesIn>; regions: Region[] }[] | undefined;
  const studiesOfItems = () =>
    (itemStudies ??= letter.items
      .filter((i) => !i.partial)
      .map((item) => ({ item, studies: studiesIn(item.title), regions: regionsIn(item.title) }))
      .filter((s) => s.studies.length && s.regions.length));
  const out: DisputedApproval[] = [];
  for (const section of letter.sections) {
    if (section.id !== 'summary') continue;
    // The summary's denials are read once, at the first approval of a disputed study, and each
    // item's picked from them once: a summary of thousands of approvals and denials is read in
    // linear time, not once per approval.
    let denied: ReturnType<typeof deniedSentences> | undefined;
    const deniedOf = new Map<Item, Span[]>();
    const denialsOf = (item: Item): Span[] => {
      let mine = deniedOf.get(item);
      if (!mine) deniedOf.set(item, (mine = denials((denied ??= deniedSentences(letter, section.span)), item)));
      return mine;
    };
    const body = text.slice(0, section.span.end);
    APPROVED.lastIndex = section.span.start;
    for (let m = APPROVED.exec(body); m; m = APPROVED.exec(body)) {
      const sentence = sentenceAt(text, section.span, m.index);
      const clause = clauseBefore(text, sentence.start, m.index);
      const after = text.slice(m.index + m[0].length, sentence.end).split(/[;,]|\b(?:but|however)\b/i)[0];
      if (NOT_THIS.test(text.slice(clause.start, m.index + m[0].length)) || NOT_THIS.test(after)) continue;
      const said = text.slice(clause.start, m.index) + ' ' + after;
      const saidStudies = studiesIn(text.slice(clause.start, m.index));
      const saidRegions = regionsIn(said);
      if (!saidStudies.length || !saidRegions.length) continue;
      const match = studiesOfItems().find(
        (s) =>
          s.studies.some((x) => saidStudies.includes(x)) &&
          s.regions.some((r: Region) => saidRegions.includes(r)) &&
          sidesAgree(s.item.title, said),
      );
      let end = m.index + m[0].length + after.length;
      while (/[\s.]/.test(text[end - 1])) end--;
      if (match) out.push({ span: { start: clause.start, end }, item: match.item, denials: denialsOf(match.item) });
    }
  }
  return out;
});

const DENIED = /\bnon-?\s?certif\w*|\bdenied\b|\bfailed\s+to\s+approve\b|\bnot\s+certif\w*/gi;

/** A summary's sentence that says something was denied, with the studies and regions it names. */
interface DeniedSentence {
  span: Span;
  studies: ReturnType<typeof studiesIn>;
  regions: Region[];
}

/** The sentences of a summary that say something was denied, in text order. */
function deniedSentences(letter: Letter, range: Span): DeniedSentence[] {
  const { text } = letter;
  const out: DeniedSentence[] = [];
  const body = text.slice(0, range.end);
  DENIED.lastIndex = range.start;
  for (let m = DENIED.exec(body); m; m = DENIED.exec(body)) {
    const sentence = sentenceAt(text, range, m.index);
    const words = text.slice(sentence.start, sentence.end);
    const studies = studiesIn(words);
    if (studies.length) out.push({ span: sentence, studies, regions: regionsIn(words) });
    DENIED.lastIndex = Math.max(DENIED.lastIndex, sentence.end);
  }
  return out;
}

/** The sentences of a summary that say the review denied the item's study. */
function denials(denied: DeniedSentence[], item: Item): Span[] {
  const want = studiesIn(item.title);
  const regions = regionsIn(item.title);
  return denied.filter((d) => d.studies.some((x) => want.includes(x)) && d.regions.some((r) => regions.includes(r))).map((d) => d.span);
}

/** The clause of a sentence that ends at `end`: from the last clause break before it. */
function clauseBefore(text: string, start: number, end: number): Span {
  const words = text.slice(start, end);
  let from = 0;
  CLAUSE_START.lastIndex = 0;
  for (let m = CLAUSE_START.exec(words); m; m = CLAUSE_START.exec(words)) from = m.index + m[0].length;
  while (from < words.length && /\s/.test(words[from])) from++;
  return { start: start + from, end };
}

const SIDE = /\b(left|right)\b/gi;
/** One side in each and not the same: another study. */
function sidesAgree(first: string, second: string): boolean {
  const sides = (text: string): Set<string> => new Set([...text.matchAll(SIDE)].map((m) => m[1].toLowerCase()));
  const x = sides(first);
  const y = sides(second);
  return !x.size || !y.size || [...x].some((s) => y.has(s));
}
