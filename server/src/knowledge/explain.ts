// explainCitation: what guideline and edition a citation names, and what each cited page,
// section or chapter covers. Edition-aware for CPMTG page numbers; an edition the citation does not
// name is read from the date of the request's review (else the letter's) and the hover says so.

import { compareDates, longDate } from '../base/calendar';
import { addsToName, matchKey, type Explanation, type ExplanationPart, type GuidelineReference, type PageRange } from './types';
import { CPMTG_2009_LAST_PAGE, CPMTG_2009_TITLE, CPMTG_2016_PAGES, cpmtg2009Pages, cpmtg2009Topic, lookupPages } from './cpmtg2009';
import { CPMTG_2016_TITLE, findSection, cpmtg2016Section } from './cpmtg2016';
import { OPIOIDS_2016_TITLE, opioidSection } from './opioids2016';
import { GENERAL_APPROACHES_SECTIONS, MTUS_PARTS, POSTSURGICAL_SECTIONS, TOPIC_SECTIONS, type MtusPart } from './mtus';
import { acoemChapter } from './acoem';
import { cpmtgEditionAt, milestone } from './dates';
import { pageLabel, supersededNote, unchecked, type ExplainContext } from './explain-notes';
import { explainAcoem, explainNonMtus, explainOdg } from './explain-other';
import { CPMTG_2009_DOC, CPMTG_2016_DOC, EVIDENCE_SEQUENCE, MTUS_CCR, OPIOIDS_2016_DOC, pages } from './sources';

export { pageLabel, type ExplainContext } from './explain-notes';

const UNVERIFIED =
  'Parts marked unverified have not been checked against the published guideline text: treat what they say as a pointer, not a quotation.';
const MISSING = 'Some cited parts are not in the catalogue: nothing is said about what they cover.';
const NAMED =
  'Parts without a description are named in the guideline as cited; the catalogue holds their names only, not what the guideline says there.';

export function explainCitation(reference: GuidelineReference, ctx: ExplainContext): Explanation {
  const e = explainBy(reference, ctx);
  // A description that only repeats the cited name says nothing: the part is named, not explained.
  for (const p of e.parts) {
    if (p.covers && !addsToName(p.label, p.covers)) {
      delete p.covers;
      p.named = true;
    }
  }
  if (e.parts.some((p) => p.covers && !p.verified)) e.notes.push(UNVERIFIED);
  if (e.parts.some((p) => !p.covers && !p.named)) e.notes.push(MISSING);
  if (e.parts.some((p) => p.named)) e.notes.push(NAMED);
  return e;
}

function explainBy(reference: GuidelineReference, ctx: ExplainContext): Explanation {
  switch (reference.guideline) {
    case 'cpmtg':
      return cpmtg(reference, ctx);
    case 'opioids2016':
      return opioids(reference, ctx);
    case 'mtus-topic':
      return mtusTopic(reference, ctx);
    case 'acoem':
    case 'acoem-post2017':
      return explainAcoem(reference, ctx);
    case 'odg':
      return explainOdg(reference);
    case 'no-evidence':
      return {
        guideline: 'No medical evidence cited',
        parts: [],
        notes: ['The line states that no medical evidence was cited for the decision; compare with what the rationale relies on.'],
        source: EVIDENCE_SEQUENCE,
      };
    case 'non-mtus':
      return explainNonMtus(reference);
    default:
      return {
        guideline: 'MTUS (8 CCR §§ 9792.20–9792.26)',
        parts: [],
        notes: ['The citation names the MTUS without a part the catalogue recognises.'],
        source: MTUS_CCR,
      };
  }
}

function partOf(reference: GuidelineReference): MtusPart | undefined {
  const key = matchKey(reference.name);
  return MTUS_PARTS.find((p) => p.names.some((n) => key.startsWith(matchKey(n))));
}

/** The CPMTG edition a citation is read in, with a note saying how when it does not name one. */
function cpmtgEdition(reference: GuidelineReference, ctx: ExplainContext, notes: string[]): 2009 | 2016 | undefined {
  if (reference.edition === 2009 || reference.edition === 2016) return reference.edition;
  const when = ctx.request ?? (ctx.date ? { date: ctx.date, of: 'this letter' } : undefined);
  const edition = when ? cpmtgEditionAt(when.date) : undefined;
  if (when && edition) {
    notes.push(
      `Edition not named in the citation: read as CPMTG ${edition}, the edition in force on the date of ${when.of} (${longDate(when.date)}; 2009 before July 29, 2016, 2016 from then).`,
    );
    return edition;
  }
  if (reference.pages.length > 0) {
    notes.push('Edition not named and no date in the letter to read it by: page numbers read as CPMTG 2009, the page-cited edition.');
    return 2009;
  }
  return undefined;
}

function cpmtg(reference: GuidelineReference, ctx: ExplainContext): Explanation {
  const notes: string[] = [];
  if (reference.inText && !/chronic|cpmtg/i.test(reference.name))
    notes.push(
      `The letter names the ${reference.name} without saying which part: the page is read in the Chronic Pain Medical Treatment Guidelines, the MTUS part cited by page (ACOEM's chapters, also in the MTUS, have pages of their own).`,
    );
  const edition = cpmtgEdition(reference, ctx, notes);
  if (edition === 2009 && ctx.date && compareDates(ctx.date, milestone('cpmtg2016-applies')) >= 0) {
    notes.push(`CPMTG 2009 cited in a letter dated ${longDate(ctx.date)}: the 2016 edition applies to requests from July 29, 2016.`);
  }
  notes.push(...supersededNote(ctx, 'the Chronic Pain Medical Treatment Guidelines'));
  const parts: ExplanationPart[] = [];
  for (const p of reference.pages) parts.push(cpmtgPage(p, edition ?? 2009, notes));
  const doc =
    edition === 2016
      ? CPMTG_2016_DOC
      : edition === 2009
        ? CPMTG_2009_DOC
        : 'MTUS Chronic Pain Medical Treatment Guidelines (DWC; 8 CCR § 9792.24.2)';
  for (const s of reference.sections) parts.push(edition === 2009 ? cpmtg2009Part(s.name) : cpmtg2016Part(s.name, edition, doc));
  if (reference.pages.length === 0 && reference.sections.length === 0 && reference.topic) {
    const t = cpmtg2009Topic(reference.topic.name);
    const sec = cpmtg2016Section(reference.topic.name);
    if (edition !== 2016 && t) parts.push(cpmtg2009Part(reference.topic.name));
    else if (sec && edition !== 2009)
      parts.push({ label: reference.topic.name, covers: sec.covers, ...unchecked(sec), source: sec.source });
  }
  if (parts.length === 0 && reference.topic === undefined)
    parts.push({ label: 'Chronic Pain Medical Treatment Guidelines', covers: WHOLE_CPMTG, verified: true, source: doc, whole: true });
  const title =
    edition === 2016 ? CPMTG_2016_TITLE : edition === 2009 ? CPMTG_2009_TITLE : 'MTUS Chronic Pain Medical Treatment Guidelines';
  const editionText =
    edition === 2016
      ? '2016 (in force July 28, 2016; requests from July 29, 2016)'
      : edition === 2009
        ? '2009 (effective July 18, 2009)'
        : undefined;
  return editionText
    ? { guideline: title.replace(/ \(\d{4}\)$/, ''), edition: editionText, parts, notes, source: doc }
    : { guideline: title, parts, notes, source: doc };
}

const WHOLE_CPMTG = 'The MTUS guideline for chronic pain (8 CCR § 9792.24.2); the citation names no page or section of it.';

/** A section of the 2009 edition, by the topics of its page table: "Opioids, criteria for use" -> pp. 76–80. */
function cpmtg2009Part(name: string): ExplanationPart {
  const t = cpmtg2009Topic(name);
  if (!t) return { label: name, verified: false, source: CPMTG_2009_DOC };
  const at = pages(t.from, t.to);
  const covers = matchKey(t.topic) === matchKey(name) ? `In the 2009 edition on ${at}` : `${t.topic} (CPMTG 2009 ${at})`;
  return { label: name, covers, ...unchecked(t), source: t.source, at };
}

/** A section of the 2016 edition (or of an edition not known), from the section table. */
function cpmtg2016Part(name: string, edition: 2016 | undefined, doc: string): ExplanationPart {
  const sec = cpmtg2016Section(name);
  if (!sec) return { label: name, verified: false, source: doc };
  const page = sec.page2016 && edition === 2016 ? `p. ${sec.page2016}` : undefined;
  return {
    label: name,
    covers: page ? `${sec.covers} (CPMTG 2016 ${page})` : sec.covers,
    ...unchecked(sec),
    source: sec.source,
    ...(page ? { at: page } : {}),
  };
}

function cpmtgPage(range: PageRange, edition: 2009 | 2016, notes: string[]): ExplanationPart {
  const label = pageLabel(range);
  if (edition === 2016) {
    const hit = lookupPages(CPMTG_2016_PAGES, range.from, range.to);
    if (hit.covers) return { label, covers: hit.covers, verified: hit.verified, source: CPMTG_2016_DOC, at: rowPages(hit.rows) };
    notes.push("The CPMTG 2016's page numbers differ from the 2009 edition's.");
    return { label, verified: false, source: CPMTG_2016_DOC };
  }
  if (Math.max(range.from, range.to) > CPMTG_2009_LAST_PAGE) {
    notes.push(`${label} is outside the CPMTG 2009 guideline text (about ${CPMTG_2009_LAST_PAGE} pages; a reference appendix follows).`);
  }
  const hit = cpmtg2009Pages(range.from, range.to);
  if (hit.covers) return { label, covers: hit.covers, verified: hit.verified, source: CPMTG_2009_DOC, at: rowPages(hit.rows) };
  return { label, verified: false, source: CPMTG_2009_DOC };
}

/** The pages of the rows that explain a cited page, as the source line gives them. */
function rowPages(rows: readonly { from: number; to: number }[]): string {
  return [...new Set(rows.map((r) => pages(r.from, r.to)))].join(', ');
}

const WHOLE_OPIOIDS =
  'The MTUS guideline for opioids (8 CCR § 9792.24.4): acute, subacute and chronic pain, tapering and related protocols; the citation names no section of it.';

function opioids(reference: GuidelineReference, ctx: ExplainContext): Explanation {
  const notes = supersededNote(ctx, 'the MTUS Opioids Treatment Guidelines');
  if (ctx.date && compareDates(ctx.date, milestone('opioids2016-in-force')) < 0) {
    notes.push(`The letter is dated ${longDate(ctx.date)}, before the Opioids Treatment Guidelines came into force on July 28, 2016.`);
  }
  const parts = reference.sections.map((s): ExplanationPart => {
    const sec = opioidSection(s.name);
    return sec
      ? { label: sec.number, covers: sec.title, ...unchecked(sec), source: sec.source }
      : { label: s.name, verified: false, source: OPIOIDS_2016_DOC };
  });
  if (parts.length === 0)
    parts.push({ label: 'Opioids Treatment Guidelines', covers: WHOLE_OPIOIDS, verified: true, source: OPIOIDS_2016_DOC, whole: true });
  return {
    guideline: OPIOIDS_2016_TITLE.replace(/ \([^()]*\)$/, ''),
    edition: 'July 28, 2016 (8 CCR 9792.24.4)',
    parts,
    notes,
    source: OPIOIDS_2016_DOC,
  };
}

function mtusTopic(reference: GuidelineReference, ctx: ExplainContext): Explanation {
  const part = partOf(reference);
  const notes = supersededNote(ctx, `the MTUS ${reference.name.replace(/(?<!\s)\s*\d{4}$/, '')} chapter`);
  const parts: ExplanationPart[] = [];
  if (part) {
    const ch = part.acoemChapters?.map((n) => acoemChapter(n)).filter((x) => x !== undefined) ?? [];
    parts.push({
      label: part.names[0],
      covers: `${part.covers}${part.ccr ? ` 8 CCR § ${part.ccr}.` : ''}${ch.length ? ` ACOEM chapter${ch.length > 1 ? 's' : ''}: ${ch.map((x) => `${x.chapter} ${x.title}`).join('; ')}.` : ''}`,
      ...unchecked(part),
      source: part.source,
    });
  }
  const doc = part?.source ?? MTUS_CCR;
  const table =
    part?.key === 'general' ? GENERAL_APPROACHES_SECTIONS : part?.key === 'postsurgical' ? POSTSURGICAL_SECTIONS : TOPIC_SECTIONS;
  for (const s of reference.sections) {
    const own = findSection(table, s.name);
    const sec = own ?? findSection(TOPIC_SECTIONS, s.name);
    // A clinical topic's sections are explained from the part's own chapter.
    if (sec)
      parts.push({ label: s.name, covers: sec.covers, ...unchecked(sec), source: own && table !== TOPIC_SECTIONS ? sec.source : doc });
    else if (/^\d+$/.test(s.name))
      parts.push({
        label: s.name,
        covers: `A number where a section name belongs (perhaps a page of ${part?.title ?? 'the guideline'}).`,
        verified: false,
        source: doc,
      });
    else parts.push({ label: s.name, verified: false, source: doc });
  }
  if (reference.edition && part?.year && reference.edition !== part.year)
    notes.push(`The MTUS names this part with the year ${part.year}; the citation says ${reference.edition}.`);
  return {
    guideline: part?.title ?? `MTUS ${reference.name}`,
    ...(part?.year ? { edition: String(part.year) } : {}),
    parts,
    notes,
    source: doc,
  };
}
