// explainCitation: what guideline and edition a citation names, and what each cited page,
// section or chapter covers. Edition-aware for CPMTG page numbers.

import { compareDates, longDate, type CalendarDate } from '../base/calendar';
import { normKey, type Explanation, type ExplanationPart, type GuidelineReference, type PageRange } from './types';
import { CPMTG_2009_LAST_PAGE, CPMTG_2009_TITLE, CPMTG_2016_PAGES, cpmtg2009Pages, cpmtg2009Topic, lookupPages } from './cpmtg2009';
import { CPMTG_2016_TITLE, findSection, cpmtg2016Section } from './cpmtg2016';
import { OPIOIDS_2016_TITLE, opioidSection } from './opioids2016';
import { GENERAL_APPROACHES_SECTIONS, MTUS_PARTS, POSTSURGICAL_SECTIONS, TOPIC_SECTIONS, type MtusPart } from './mtus';
import { acoem3rdByTitle, acoemChapter, acoemChapterByTitle, acoemPost2017ByTitle, type AcoemGuideline } from './acoem';
import { ODG_TITLE, odgChapters } from './odg';
import { cpmtgEditionAt, isAcoemMtusEra, milestone } from './dates';
import { ACOEM_2ND_DOC, ACOEM_3RD_DOC, CPMTG_2009_DOC, CPMTG_2016_DOC, EVIDENCE_SEQUENCE, MTUS_CCR, ODG_DOC, OPIOIDS_2016_DOC, pages } from './sources';

export interface ExplainContext {
  /** The letter's date (decision date, else the nearest header date). */
  date?: CalendarDate;
}

const UNVERIFIED = 'Parts marked unverified have not been checked against the published guideline text: treat what they say as a pointer, not a quotation.';
const MISSING = 'Some cited parts are not in the catalogue: nothing is said about what they cover.';
const ACOEM_TITLE = 'ACOEM Occupational Medicine Practice Guidelines';

/** "p. 78" or "pp. 74–95". */
export const pageLabel = (p: PageRange): string => pages(p.from, p.to);

export function explainCitation(c: GuidelineReference, ctx: ExplainContext): Explanation {
  const e = explainBy(c, ctx);
  if (e.parts.some((p) => p.covers && !p.verified)) e.notes.push(UNVERIFIED);
  if (e.parts.some((p) => !p.covers)) e.notes.push(MISSING);
  return e;
}

function explainBy(c: GuidelineReference, ctx: ExplainContext): Explanation {
  switch (c.guideline) {
    case 'cpmtg':
      return cpmtg(c, ctx);
    case 'opioids2016':
      return opioids(c, ctx);
    case 'mtus-topic':
      return mtusTopic(c, ctx);
    case 'acoem':
    case 'acoem-post2017':
      return acoem(c, ctx);
    case 'odg':
      return odg(c);
    case 'no-evidence':
      return { guideline: 'No medical evidence cited', parts: [], notes: ['The line states that no medical evidence was cited for the decision; compare with what the rationale relies on.'], source: EVIDENCE_SEQUENCE };
    case 'non-mtus':
      return { guideline: 'Non-MTUS citation', parts: [], notes: ['A citation outside the MTUS (free text); it is labelled as such and not explained further. Reviewers turn to it where the MTUS is silent or rebutted.'], source: EVIDENCE_SEQUENCE };
    default:
      return { guideline: 'MTUS (8 CCR §§ 9792.20–9792.26)', parts: [], notes: ['The citation names the MTUS without a part the catalogue recognises.'], source: MTUS_CCR };
  }
}

function partOf(c: GuidelineReference): MtusPart | undefined {
  const key = normKey(c.name);
  return MTUS_PARTS.find((p) => p.names.some((n) => key.startsWith(normKey(n))));
}

function supersededNote(ctx: ExplainContext, what: string): string[] {
  if (!ctx.date || !isAcoemMtusEra(ctx.date)) return [];
  return [`The letter is dated ${longDate(ctx.date)}, after the MTUS began incorporating ACOEM's guidelines on ${longDate(milestone('mtus-acoem'))}; check that ${what} still applied.`];
}

function cpmtg(c: GuidelineReference, ctx: ExplainContext): Explanation {
  const notes: string[] = [];
  let edition: 2009 | 2016 | undefined = c.edition === 2009 || c.edition === 2016 ? c.edition : undefined;
  if (!edition && ctx.date) {
    edition = cpmtgEditionAt(ctx.date);
    if (edition) notes.push(`Edition not named in the citation: read as CPMTG ${edition}, the edition in force on ${longDate(ctx.date)} (2009 before July 29, 2016; 2016 from then).`);
  }
  if (!edition && c.pages.length > 0) {
    edition = 2009;
    notes.push('Edition not named and no letter date: page numbers read as CPMTG 2009, the page-cited edition.');
  }
  if (edition === 2009 && ctx.date && compareDates(ctx.date, milestone('cpmtg2016-applies')) >= 0) {
    notes.push(`CPMTG 2009 cited in a letter dated ${longDate(ctx.date)}: the 2016 edition applies to requests from July 29, 2016.`);
  }
  notes.push(...supersededNote(ctx, 'the Chronic Pain Medical Treatment Guidelines'));
  const parts: ExplanationPart[] = [];
  for (const p of c.pages) parts.push(cpmtgPage(p, edition ?? 2009, notes));
  const doc = edition === 2016 ? CPMTG_2016_DOC : edition === 2009 ? CPMTG_2009_DOC : 'MTUS Chronic Pain Medical Treatment Guidelines (DWC; 8 CCR § 9792.24.2)';
  for (const s of c.sections) {
    const sec = cpmtg2016Section(s.name);
    if (!sec) {
      parts.push({ label: s.name, verified: false, source: doc });
      continue;
    }
    const page = sec.page2016 && edition === 2016 ? `p. ${sec.page2016}` : undefined;
    parts.push({ label: s.name, covers: page ? `${sec.covers} (CPMTG 2016 ${page})` : sec.covers, ...unchecked(sec), source: sec.source, ...(page ? { at: page } : {}) });
  }
  if (c.pages.length === 0 && c.sections.length === 0 && c.topic) {
    const t = cpmtg2009Topic(c.topic.name);
    const sec = cpmtg2016Section(c.topic.name);
    if (edition !== 2016 && t) parts.push({ label: c.topic.name, covers: `${t.topic} (CPMTG 2009 ${pages(t.from, t.to)})`, ...unchecked(t), source: t.source, at: pages(t.from, t.to) });
    else if (sec) parts.push({ label: c.topic.name, covers: sec.covers, ...unchecked(sec), source: sec.source });
  }
  const title = edition === 2016 ? CPMTG_2016_TITLE : edition === 2009 ? CPMTG_2009_TITLE : 'MTUS Chronic Pain Medical Treatment Guidelines';
  const editionText = edition === 2016 ? '2016 (in force July 28, 2016; requests from July 29, 2016)' : edition === 2009 ? '2009 (effective July 18, 2009)' : undefined;
  return editionText ? { guideline: title.replace(/ \(\d{4}\)$/, ''), edition: editionText, parts, notes, source: doc } : { guideline: title, parts, notes, source: doc };
}

/** A fact's verified flag, with what was not checked when it says. */
function unchecked(f: { verified: boolean; unchecked?: string }): { verified: boolean; unchecked?: string } {
  return f.unchecked ? { verified: f.verified, unchecked: f.unchecked } : { verified: f.verified };
}

function cpmtgPage(p: PageRange, edition: 2009 | 2016, notes: string[]): ExplanationPart {
  const label = pageLabel(p);
  if (edition === 2016) {
    const hit = lookupPages(CPMTG_2016_PAGES, p.from, p.to);
    if (hit.covers) return { label, covers: hit.covers, verified: hit.verified, source: CPMTG_2016_DOC, at: rowPages(hit.rows) };
    notes.push("The CPMTG 2016's page numbers differ from the 2009 edition's.");
    return { label, verified: false, source: CPMTG_2016_DOC };
  }
  if (Math.max(p.from, p.to) > CPMTG_2009_LAST_PAGE) {
    notes.push(`${label} is outside the CPMTG 2009 guideline text (about ${CPMTG_2009_LAST_PAGE} pages; a reference appendix follows).`);
  }
  const hit = cpmtg2009Pages(p.from, p.to);
  if (hit.covers) return { label, covers: hit.covers, verified: hit.verified, source: CPMTG_2009_DOC, at: rowPages(hit.rows) };
  return { label, verified: false, source: CPMTG_2009_DOC };
}

/** The pages of the rows that explain a cited page, as the source line gives them. */
function rowPages(rows: readonly { from: number; to: number }[]): string {
  return [...new Set(rows.map((r) => pages(r.from, r.to)))].join(', ');
}

function opioids(c: GuidelineReference, ctx: ExplainContext): Explanation {
  const notes = supersededNote(ctx, 'the MTUS Opioids Treatment Guidelines');
  if (ctx.date && compareDates(ctx.date, milestone('opioids2016-in-force')) < 0) {
    notes.push(`The letter is dated ${longDate(ctx.date)}, before the Opioids Treatment Guidelines came into force on July 28, 2016.`);
  }
  const parts = c.sections.map((s): ExplanationPart => {
    const sec = opioidSection(s.name);
    return sec ? { label: sec.number, covers: sec.title, ...unchecked(sec), source: sec.source } : { label: s.name, verified: false, source: OPIOIDS_2016_DOC };
  });
  return { guideline: OPIOIDS_2016_TITLE.replace(/ \([^()]*\)$/, ''), edition: 'July 28, 2016 (8 CCR 9792.24.4)', parts, notes, source: OPIOIDS_2016_DOC };
}

function mtusTopic(c: GuidelineReference, ctx: ExplainContext): Explanation {
  const part = partOf(c);
  const notes = supersededNote(ctx, `the MTUS ${c.name.replace(/(?<!\s)\s*\d{4}$/, '')} chapter`);
  const parts: ExplanationPart[] = [];
  if (part) {
    const ch = part.acoemChapters?.map((n) => acoemChapter(n)).filter((x) => x !== undefined) ?? [];
    parts.push({ label: part.names[0], covers: `${part.covers}${part.ccr ? ` 8 CCR § ${part.ccr}.` : ''}${ch.length ? ` ACOEM chapter${ch.length > 1 ? 's' : ''}: ${ch.map((x) => `${x.chapter} ${x.title}`).join('; ')}.` : ''}`, ...unchecked(part), source: part.source });
  }
  const doc = part?.source ?? MTUS_CCR;
  const table = part?.key === 'general' ? GENERAL_APPROACHES_SECTIONS : part?.key === 'postsurgical' ? POSTSURGICAL_SECTIONS : TOPIC_SECTIONS;
  for (const s of c.sections) {
    const own = findSection(table, s.name);
    const sec = own ?? findSection(TOPIC_SECTIONS, s.name);
    // A clinical topic's sections are explained from the part's own chapter.
    if (sec) parts.push({ label: s.name, covers: sec.covers, ...unchecked(sec), source: own && table !== TOPIC_SECTIONS ? sec.source : doc });
    else if (/^\d+$/.test(s.name)) parts.push({ label: s.name, covers: `A number where a section name belongs (perhaps a page of ${part?.title ?? 'the guideline'}).`, verified: false, source: doc });
    else parts.push({ label: s.name, verified: false, source: doc });
  }
  if (c.edition && part?.year && c.edition !== part.year) notes.push(`The MTUS names this part with the year ${part.year}; the citation says ${c.edition}.`);
  return { guideline: part?.title ?? `MTUS ${c.name}`, ...(part?.year ? { edition: String(part.year) } : {}), parts, notes, source: doc };
}

function acoem(c: GuidelineReference, ctx: ExplainContext): Explanation {
  const topic = c.topic?.name ?? '';
  const post = c.guideline === 'acoem-post2017' ? acoemPost2017ByTitle(`${c.name} ${topic}`) : undefined;
  if (post) return acoemPost(post, ctx);
  const notes: string[] = [];
  const parts: ExplanationPart[] = [];
  const third = acoem3rdByTitle(topic) ?? (/\b3rd\b/i.test(topic) ? { edition: '3rd ed. (2011)', title: topic, source: ACOEM_3RD_DOC, verified: true } : undefined);
  if (third) {
    parts.push({ label: third.title, covers: `ACOEM Practice Guidelines ${third.edition} chapter; outside the MTUS (Non-MTUS).`, ...unchecked(third), source: third.source });
    for (const p of c.pages) parts.push({ label: pageLabel(p), verified: false, source: third.source });
    return { guideline: ACOEM_TITLE, edition: third.edition, parts, notes, source: ACOEM_3RD_DOC };
  }
  const chapter = c.chapter ? acoemChapter(c.chapter.number) : acoemChapterByTitle(topic);
  if (chapter) {
    const adoption = chapter.inMtus === 'yes' ? 'adopted in the MTUS (2007–2017)' : chapter.inMtus === 'no' ? 'not adopted in the MTUS: cited as Non-MTUS' : 'replaced within the MTUS';
    const note = chapter.note && chapter.inMtus !== 'no' ? ` (${chapter.note})` : '';
    parts.push({ label: `Chapter ${chapter.chapter}`, covers: `${chapter.title} — ${adoption}${note}.`, ...unchecked(chapter), source: chapter.source });
    if (chapter.inMtus === 'no' && !c.nonMtus) notes.push(`Chapter ${chapter.chapter} was not adopted in the MTUS, yet the citation does not say Non-MTUS.`);
    for (const p of c.pages) {
      const anchor = chapter.pages.find((a) => a.from <= p.from && a.to >= p.to);
      parts.push(anchor ? { label: pageLabel(p), covers: anchor.covers, ...unchecked(anchor), source: chapter.source, at: pages(anchor.from, anchor.to) } : { label: pageLabel(p), verified: false, source: chapter.source });
    }
  } else {
    if (c.chapter) parts.push({ label: `Chapter ${c.chapter.number}`, verified: false, source: ACOEM_2ND_DOC });
    notes.push('Edition and chapter not identified.');
  }
  if (!c.nonMtus) notes.push(...supersededNote(ctx, 'the ACOEM 2nd edition chapter'));
  const guideline = c.nonMtus ? `${ACOEM_TITLE} (Non-MTUS)` : ACOEM_TITLE;
  return chapter ? { guideline, edition: '2nd edition (2004)', parts, notes, source: chapter.source } : { guideline, parts, notes, source: `${ACOEM_TITLE} (edition not identified)` };
}

function acoemPost(post: AcoemGuideline, ctx: ExplainContext): Explanation {
  const later = post.later ? `; ${post.later}` : '';
  const parts: ExplanationPart[] = [{ label: post.title, covers: `ACOEM guideline dated ${longDate(post.acoemDate)}, incorporated in the MTUS from December 1, 2017${later}.`, verified: post.verified, source: post.source }];
  const notes = ['Post-2017 ACOEM guidelines have no stable page numbers.'];
  if (ctx.date && !isAcoemMtusEra(ctx.date)) notes.push(`The letter is dated ${longDate(ctx.date)}, before ACOEM guidelines became part of the MTUS on December 1, 2017.`);
  return { guideline: `ACOEM ${post.title} (MTUS by reference)`, edition: longDate(post.acoemDate), parts, notes, source: post.source };
}

function odg(c: GuidelineReference): Explanation {
  const text = `${c.name} ${c.topic?.name ?? ''}`;
  const parts = odgChapters(text).map((ch): ExplanationPart => ({ label: ch.name, covers: `ODG chapter "${ch.name}"`, ...unchecked(ch), source: ODG_DOC, at: `chapter "${ch.name}"` }));
  const notes = ['ODG was published online and versioned by date; it has no page numbers.'];
  if (c.nonMtus) notes.unshift('Non-MTUS citation: ODG is outside the MTUS, used when the MTUS is silent or rebutted (8 CCR § 9792.21.1).');
  return { guideline: ODG_TITLE, parts, notes, source: ODG_DOC };
}
