// Explanations of the citations outside the CPMTG and the MTUS's own parts: ACOEM chapters (2nd
// and 3rd editions, and the guidelines the MTUS incorporates from December 1, 2017), ODG chapters
// and topics, and free-text Non-MTUS citations. Nothing is said that the tables do not hold: an
// edition the citation does not name is said to be read, not stated as fact.

import { longDate } from '../base/calendar';
import type { Explanation, ExplanationPart, GuidelineReference } from './types';
import {
  acoem3rdByTitle,
  acoemChapter,
  acoemChapterByTitle,
  acoemPost2017ByTitle,
  type AcoemChapter,
  type AcoemGuideline,
  type AcoemPageAnchor,
} from './acoem';
import { cpmtg2016Section } from './cpmtg2016';
import { citedWork } from './cited-works';
import { ODG_TITLE, odgChapterAtStart, odgChapters } from './odg';
import { isAcoemMtusEra } from './dates';
import { pageLabel, supersededNote, unchecked, type ExplainContext } from './explain-notes';
import { ACOEM_2ND_DOC, ACOEM_3RD_DOC, CPMTG_2016_DOC, EVIDENCE_SEQUENCE, ODG_DOC, pages } from './sources';

const ACOEM_TITLE = 'ACOEM Occupational Medicine Practice Guidelines';
const NON_MTUS =
  'Non-MTUS citation: outside the MTUS, a reviewer turns to other evidence where the MTUS is silent on the treatment or its presumption of correctness is rebutted (8 CCR § 9792.21.1).';

export function explainAcoem(reference: GuidelineReference, ctx: ExplainContext): Explanation {
  const topic = reference.topic?.name ?? '';
  const post = reference.guideline === 'acoem-post2017' ? acoemPost2017ByTitle(`${reference.name} ${topic}`) : undefined;
  if (post) return acoemPost(post, ctx);
  const notes: string[] = [];
  const parts: ExplanationPart[] = [];
  const third =
    acoem3rdByTitle(topic) ??
    (reference.edition === 2011 || /\b(?:3rd|third)\b/i.test(`${reference.name} ${topic}`)
      ? { edition: '3rd ed. (2011)', title: topic || 'a chapter not named', source: ACOEM_3RD_DOC, verified: true }
      : undefined);
  if (third) {
    parts.push({
      label: third.title,
      covers: `A chapter of the ACOEM Practice Guidelines ${third.edition}; outside the MTUS (Non-MTUS).`,
      ...unchecked(third),
      source: third.source,
    });
    for (const p of reference.pages) parts.push({ label: pageLabel(p), verified: false, source: third.source });
    return { guideline: ACOEM_TITLE, edition: third.edition, parts, notes, source: ACOEM_3RD_DOC };
  }
  const chapter = reference.chapter ? acoemChapter(reference.chapter.number) : acoemChapterByTitle(topic);
  if (chapter) parts.push(...chapterParts(reference, chapter, notes));
  else {
    if (reference.chapter) parts.push({ label: `Chapter ${reference.chapter.number}`, verified: false, source: ACOEM_2ND_DOC });
    notes.push('Edition and chapter not identified.');
  }
  if (!reference.nonMtus) notes.push(...supersededNote(ctx, 'the ACOEM 2nd edition chapter'));
  const guideline = reference.nonMtus ? `${ACOEM_TITLE} (Non-MTUS)` : ACOEM_TITLE;
  if (!chapter) return { guideline, parts, notes, source: `${ACOEM_TITLE} (edition not identified)` };
  const replacement = replacementCited(reference, chapter);
  if (replacement)
    return {
      guideline,
      edition: `${replacement}, which the MTUS adopted in place of chapter ${chapter.chapter} of the 2nd edition (2004)`,
      parts,
      notes,
      source: chapter.source,
    };
  const named = secondEditionNamed(reference);
  if (named) return { guideline, edition: named, parts, notes, source: chapter.source };
  notes.unshift(
    `Edition not named in the citation: chapter ${chapter.chapter} is read in the 2nd edition (2004), the edition whose chapters the MTUS adopted; another edition's chapter may differ.`,
  );
  return { guideline, edition: 'edition not named', parts, notes, source: chapter.source, editionFrom: 'read as the 2nd edition (2004)' };
}

/** The 2nd edition when the citation says so: by its words or year, or by citing ACOEM as the MTUS (which adopted the 2nd edition's chapters). */
function secondEditionNamed(reference: GuidelineReference): string | undefined {
  if (reference.edition === 2004 || /\b(?:2nd|second)\b/i.test(`${reference.name} ${reference.topic?.name ?? ''}`))
    return '2nd edition (2004)';
  if (!reference.nonMtus) return '2nd edition (2004), the chapters the MTUS adopted';
  return undefined;
}

function chapterParts(reference: GuidelineReference, chapter: AcoemChapter, notes: string[]): ExplanationPart[] {
  const adoption =
    chapter.inMtus === 'yes'
      ? 'adopted in the MTUS (2007–2017)'
      : chapter.inMtus === 'no'
        ? 'not adopted in the MTUS: cited as Non-MTUS'
        : 'replaced within the MTUS';
  const note = chapter.note && chapter.inMtus !== 'no' ? ` (${chapter.note})` : '';
  const parts: ExplanationPart[] = [
    {
      label: `Chapter ${chapter.chapter}`,
      covers: `${chapter.title} — ${adoption}${note}.`,
      ...unchecked(chapter),
      source: chapter.source,
    },
  ];
  if (chapter.inMtus === 'no' && !reference.nonMtus && !reference.inText)
    notes.push(`Chapter ${chapter.chapter} was not adopted in the MTUS, yet the citation does not say Non-MTUS.`);
  const where = `in chapter ${chapter.chapter} (${chapter.title})`;
  const shown = new Set<number>();
  for (const t of reference.tables ?? []) {
    const anchor = chapter.pages.find((a) => a.table === t.name);
    // The pages cited on the table's own pages are said with it: "Table 9-6, p. 214".
    const on = anchor ? reference.pages.filter((p) => anchor.from <= p.from && anchor.to >= p.to) : [];
    on.forEach((p) => shown.add(reference.pages.indexOf(p)));
    const label = [`Table ${t.name}`, ...on.map(pageLabel)].join(', ');
    if (anchor?.replacement) parts.push(inReplacement(label, anchor));
    else
      parts.push({
        label,
        covers: `A table ${where}${anchor ? ` (on ${pages(anchor.from, anchor.to)})` : ''}.`,
        ...(anchor ? unchecked(anchor) : { verified: true }),
        source: chapter.source,
        ...(anchor ? { at: pages(anchor.from, anchor.to) } : {}),
      });
  }
  reference.pages.forEach((p, i) => {
    if (shown.has(i)) return;
    const anchor = chapter.pages.find((a) => a.from <= p.from && a.to >= p.to);
    if (anchor?.replacement) parts.push(inReplacement(pageLabel(p), anchor));
    else
      parts.push(
        anchor
          ? {
              label: pageLabel(p),
              covers: `${anchor.covers}, ${where}`,
              ...unchecked(anchor),
              source: chapter.source,
              at: pages(anchor.from, anchor.to),
            }
          : { label: pageLabel(p), verified: false, source: chapter.source },
      );
  });
  return parts;
}

/** A page or table of the chapter that replaced a 2nd edition chapter in the MTUS: its own document and page numbers, not the 2nd edition's. */
function inReplacement(label: string, anchor: AcoemPageAnchor): ExplanationPart {
  return { label, covers: `${anchor.covers}.`, ...unchecked(anchor), source: anchor.source };
}

/** The chapter that replaced a 2nd edition chapter, when every page and table the citation names is in it. */
function replacementCited(reference: GuidelineReference, chapter: AcoemChapter): string | undefined {
  const anchors = [
    ...(reference.tables ?? []).map((t) => chapter.pages.find((a) => a.table === t.name)),
    ...reference.pages.map((p) => chapter.pages.find((a) => a.from <= p.from && a.to >= p.to)),
  ];
  const first = anchors[0]?.replacement;
  return first && anchors.every((a) => a?.replacement === first) ? first : undefined;
}

function acoemPost(post: AcoemGuideline, ctx: ExplainContext): Explanation {
  const later = post.later ? `; ${post.later}` : '';
  const parts: ExplanationPart[] = [
    {
      label: post.title,
      covers: `ACOEM guideline dated ${longDate(post.acoemDate)}, incorporated in the MTUS from December 1, 2017${later}.`,
      verified: post.verified,
      source: post.source,
    },
  ];
  const notes = ['Post-2017 ACOEM guidelines have no stable page numbers.'];
  if (ctx.date && !isAcoemMtusEra(ctx.date))
    notes.push(`The letter is dated ${longDate(ctx.date)}, before ACOEM guidelines became part of the MTUS on December 1, 2017.`);
  return { guideline: `ACOEM ${post.title} (MTUS by reference)`, edition: longDate(post.acoemDate), parts, notes, source: post.source };
}

/** The text without the spaces and punctuation it ends with. */
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && ' \t\n,;:.'.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

/** The topic an ODG citation names after its chapter: "Pain, Barbiturate-containing analgesic agents (BCAs)" -> the agents. */
function odgTopic(topic: string): string {
  let rest = topic.replace(/^[\s,;:.\-–/]+/, '');
  const at = odgChapterAtStart(rest);
  if (at) rest = rest.slice(at.length);
  rest = trimEnd(rest.replace(/^[\s,;:.\-–/]*(?:(?:Section|Chapter)\b[\s,;:.\-–/]*)?/i, ''));
  if (/\bTopic$/i.test(rest)) rest = trimEnd(rest.slice(0, -5));
  return rest.trim();
}

const ODG_PAIN = 'Pain (Chronic)';

export function explainOdg(reference: GuidelineReference): Explanation {
  const chapters = odgChapters(`${reference.name} ${reference.topic?.name ?? ''}`);
  const parts = chapters.map((ch): ExplanationPart => ({
    label: ch.name,
    covers: `ODG chapter "${ch.name}"`,
    ...unchecked(ch),
    source: ODG_DOC,
    at: `chapter "${ch.name}"`,
  }));
  const notes = ['ODG was published online and versioned by date; it has no page numbers.'];
  const topic = reference.topic ? odgTopic(reference.topic.name) : '';
  if (topic && chapters.length <= 1) {
    // The CPMTG 2016 is ODG's Pain (Chronic) chapter reformatted: a Pain topic reads in its section.
    const sec = chapters[0]?.name === ODG_PAIN ? cpmtg2016Section(topic) : undefined;
    if (sec)
      parts.push({
        label: topic,
        covers: `${sec.covers} The MTUS Chronic Pain Medical Treatment Guidelines (2016) are a reformatting of this ODG chapter (its April 6, 2015 version): section "${sec.name}".`,
        ...unchecked(sec),
        source: CPMTG_2016_DOC,
      });
    else parts.push({ label: topic, verified: false, source: chapters[0] ? chapters[0].source : ODG_DOC });
  }
  if (reference.nonMtus) notes.unshift(NON_MTUS);
  return { guideline: ODG_TITLE, parts, notes, source: ODG_DOC };
}

export function explainNonMtus(reference: GuidelineReference): Explanation {
  const work = citedWork(reference.name);
  const found = /\bhttps?:\/\/\S+|\bwww\.\S+/i.exec(reference.name)?.[0];
  const url = found && trimEnd(found);
  const source =
    work && work.name !== 'A web page'
      ? work.source
      : url
        ? `the page cited, ${url}`
        : `the work cited, "${reference.name.length > 120 ? `${reference.name.slice(0, 117)}…` : reference.name}"`;
  const parts: ExplanationPart[] = work
    ? [{ label: work.name, covers: work.kind, verified: work.verified, source: `${source}; ${EVIDENCE_SEQUENCE}` }]
    : [];
  const notes = [NON_MTUS, "What the cited work says is not in the catalogue: the letter's rationale says what the reviewer took from it."];
  return { guideline: 'Non-MTUS citation', parts, notes, source: `${source}; ${EVIDENCE_SEQUENCE}` };
}
