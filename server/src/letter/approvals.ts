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
  const studies = letter.items
    .filter((i) => !i.partial)
    .map((item) => ({ item, studies: studiesIn(item.title), regions: regionsIn(item.title) }))
    .filter((s) => s.studies.length && s.regions.length);
  const out: DisputedApproval[] = [];
  if (!studies.length) return out;
  for (const section of letter.sections) {
    if (section.id !== 'summary') continue;
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
      const match = studies.find(
        (s) =>
          s.studies.some((x) => saidStudies.includes(x)) &&
          s.regions.some((r: Region) => saidRegions.includes(r)) &&
          sidesAgree(s.item.title, said),
      );
      let end = m.index + m[0].length + after.length;
      while (/[\s.]/.test(text[end - 1])) end--;
      if (match) out.push({ span: { start: clause.start, end }, item: match.item, denials: denials(letter, section.span, match.item) });
    }
  }
  return out;
});

const DENIED = /\bnon-?\s?certif\w*|\bdenied\b|\bfailed\s+to\s+approve\b|\bnot\s+certif\w*/gi;

/** The sentences of a summary that say the review denied the item's study. */
function denials(letter: Letter, range: Span, item: Item): Span[] {
  const { text } = letter;
  const want = studiesIn(item.title);
  const regions = regionsIn(item.title);
  const out: Span[] = [];
  const body = text.slice(0, range.end);
  DENIED.lastIndex = range.start;
  for (let m = DENIED.exec(body); m; m = DENIED.exec(body)) {
    const sentence = sentenceAt(text, range, m.index);
    const words = text.slice(sentence.start, sentence.end);
    if (studiesIn(words).some((x) => want.includes(x)) && regionsIn(words).some((r) => regions.includes(r))) out.push(sentence);
    DENIED.lastIndex = Math.max(DENIED.lastIndex, sentence.end);
  }
  return out;
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
