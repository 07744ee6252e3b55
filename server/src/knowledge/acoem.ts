// ACOEM Occupational Medicine Practice Guidelines: the 2nd edition's chapters (and which the MTUS
// adopted in 2007–2017), 3rd edition mentions, and the ACOEM guidelines the MTUS incorporates by
// reference from December 1, 2017. From the project's notes (reference/domain.md §2.2, §2.3).

import type { CalendarDate } from '../base/calendar';
import { matchKey, type Sourced } from './types';
import { ACOEM_2ND_DOC, ACOEM_3RD_DOC, ACOEM_MTUS_2017, pages } from './sources';

export type MtusAdoption = 'yes' | 'no' | 'replaced';

export interface AcoemPageAnchor extends Sourced {
  from: number;
  to: number;
  covers: string;
  /** The table on these pages ("9-6"), when the anchor is a table. */
  table?: string;
  /** The document these pages are in when it is not the chapter's own: the chapter that replaced it in the MTUS. */
  replacement?: string;
}

export interface AcoemChapter extends Sourced {
  chapter: number;
  title: string;
  /** yes: an MTUS part 2007–2017; no: cited as Non-MTUS; replaced: superseded inside the MTUS. */
  inMtus: MtusAdoption;
  note?: string;
  pages: AcoemPageAnchor[];
}

function ch(
  chapter: number,
  title: string,
  inMtus: MtusAdoption,
  extra: { note?: string; pages?: AcoemPageAnchor[]; verified?: boolean; unchecked?: string } = {},
): AcoemChapter {
  const c: AcoemChapter = {
    chapter,
    title,
    inMtus,
    pages: extra.pages ?? [],
    source: `${ACOEM_2ND_DOC}, chapter ${chapter}`,
    verified: extra.verified ?? true,
  };
  if (extra.note) c.note = extra.note;
  if (extra.unchecked) c.unchecked = extra.unchecked;
  return c;
}
/** A page anchor: verified when letters cite the page for that subject, else not checked. */
function pg(chapter: number, from: number, to: number, covers: string, verified = true): AcoemPageAnchor {
  const a: AcoemPageAnchor = { from, to, covers, source: `${ACOEM_2ND_DOC}, chapter ${chapter}, ${pages(from, to)}`, verified };
  const table = /^Table (\d+-\d+)/.exec(covers)?.[1];
  if (table) a.table = table;
  return a;
}

export const ACOEM_2ND_CHAPTERS: readonly AcoemChapter[] = [
  ch(1, 'Prevention', 'yes', { note: 'MTUS General Approaches' }),
  ch(2, 'General Approach to Initial Assessment and Documentation', 'yes', { note: 'MTUS General Approaches' }),
  ch(3, 'Initial Approaches to Treatment', 'yes', {
    note: 'MTUS General Approaches',
    pages: [pg(3, 48, 48, 'physical methods'), pg(3, 49, 49, 'Table 3-1 (NSAIDs)')],
  }),
  ch(4, 'Work-Relatedness', 'no'),
  ch(5, 'Cornerstones of Disability Prevention and Management', 'yes', { note: 'MTUS General Approaches' }),
  ch(6, 'Pain, Suffering, and the Restoration of Function', 'replaced', {
    note: 'replaced by the CPMTG 2009 for chronic pain',
    verified: false,
    unchecked: 'the replacement is not checked against the regulation',
  }),
  ch(7, 'Independent Medical Examinations and Consultations', 'no', {
    note: 'not adopted in the MTUS: cited as Non-MTUS',
    pages: [pg(7, 127, 127, 'referral and consultation'), pg(7, 137, 138, 'functional capacity evaluation', false)],
  }),
  ch(8, 'Neck and Upper Back Complaints', 'yes', { pages: [pg(8, 181, 182, 'Table 8-8')] }),
  ch(9, 'Shoulder Complaints', 'yes', { pages: [pg(9, 213, 214, 'Table 9-6')] }),
  ch(10, 'Elbow Complaints', 'replaced', {
    note: 'replaced by ACOEM\'s 2007 revised Elbow chapter (own pagination; "Table 2, p. 13" is cited)',
    pages: [
      {
        from: 13,
        to: 13,
        covers: "Table 2 of ACOEM's revised Elbow chapter (2007), which has its own page numbers",
        table: '2',
        replacement: "ACOEM's revised Elbow chapter (2007)",
        source: "ACOEM's revised Elbow chapter (2007), p. 13",
        verified: true,
      },
    ],
  }),
  ch(11, 'Forearm, Wrist, and Hand Complaints', 'yes', {
    pages: [pg(11, 261, 261, 'electrodiagnostic studies'), pg(11, 269, 269, 'Table 11-6')],
  }),
  ch(12, 'Low Back Complaints', 'yes', { pages: [pg(12, 300, 300, 'initial care'), pg(12, 309, 309, 'Table 12-8 (summary)')] }),
  ch(13, 'Knee Complaints', 'yes', { pages: [pg(13, 335, 336, 'Table 13-2 (MRI)'), pg(13, 338, 338, 'Table 13-3')] }),
  ch(14, 'Ankle and Foot Complaints', 'yes'),
  ch(15, 'Stress-Related Conditions', 'yes'),
  ch(16, 'Eye', 'yes'),
];

export interface AcoemMention extends Sourced {
  edition: string;
  title: string;
  page?: number;
}

/** ACOEM 3rd edition (2011) chapters as Non-MTUS citations name them. */
export const ACOEM_3RD_MENTIONS: readonly AcoemMention[] = [
  { edition: '3rd ed. (2011)', title: 'Low Back Disorders', page: 607, source: `${ACOEM_3RD_DOC}, Low Back Disorders`, verified: true },
  { edition: '3rd ed. (2011)', title: 'Shoulder Disorders', page: 64, source: `${ACOEM_3RD_DOC}, Shoulder Disorders`, verified: true },
  { edition: '3rd ed. (2011)', title: 'Hip and Groin Disorders', source: `${ACOEM_3RD_DOC}, Hip and Groin Disorders`, verified: true },
];

export interface AcoemGuideline extends Sourced {
  title: string;
  aliases?: string[];
  /** ACOEM's own date of the version the MTUS incorporated on Dec 1, 2017. */
  acoemDate: CalendarDate;
  /** Later AD orders that replaced it, as the reference words them. */
  later?: string;
}

function g(title: string, acoemDate: CalendarDate, later?: string, aliases?: string[]): AcoemGuideline {
  const x: AcoemGuideline = { title, acoemDate, source: `ACOEM ${title} guideline; ${ACOEM_MTUS_2017}`, verified: true };
  if (later) x.later = later;
  if (aliases) x.aliases = aliases;
  return x;
}

export const ACOEM_POST_2017: readonly AcoemGuideline[] = [
  g('Initial Approaches to Treatment', { year: 2017, month: 6, day: 30 }),
  g('Cervical and Thoracic Spine Disorders', { year: 2016, month: 5, day: 27 }, 'replaced by AD order effective 4-18-2019'),
  g('Shoulder Disorders', { year: 2016, month: 8, day: 1 }),
  g('Elbow Disorders', { year: 2013, month: 0, day: 0 }, 'replaced by AD order effective 4-18-2019'),
  g('Hand, Wrist, and Forearm Disorders', { year: 2016, month: 6, day: 30 }, 'replaced by AD order effective 4-18-2019'),
  g(
    'Low Back Disorders',
    { year: 2016, month: 2, day: 24 },
    'replaced effective 8-11-2019, and on Nov 23, 2021 by the Feb 13, 2020 version',
  ),
  g('Knee Disorders', { year: 2015, month: 10, day: 28 }, 'replaced by AD order effective 9-21-2020'),
  g('Ankle and Foot Disorders', { year: 2015, month: 9, day: 0 }, 'replaced by AD order effective 4-18-2019'),
  g('Eye Disorders', { year: 2017, month: 4, day: 1 }),
  g('Hip and Groin Disorders', { year: 2011, month: 5, day: 1 }, 'replaced by AD order effective 10-7-2019', ['Hip and Groin']),
  g('Occupational/Work-Related Asthma', { year: 2016, month: 1, day: 4 }, 'replaced by AD order effective 9-21-2020', [
    'Work-Related Asthma',
    'Occupational Asthma',
  ]),
  g('Occupational Interstitial Lung Disease', { year: 2016, month: 1, day: 4 }, 'replaced by AD order effective 9-21-2020'),
  g('Chronic Pain', { year: 2017, month: 5, day: 15 }),
  g('Opioids', { year: 2017, month: 4, day: 20 }),
];

export function acoemChapter(chapter: number): AcoemChapter | undefined {
  return ACOEM_2ND_CHAPTERS.find((c) => c.chapter === chapter);
}

/** A 2nd ed. chapter whose title the text starts with ("Low Back Complaints, page 303"). */
export function acoemChapterByTitle(text: string): AcoemChapter | undefined {
  const key = matchKey(text);
  return ACOEM_2ND_CHAPTERS.find((c) => key.startsWith(matchKey(c.title)));
}

/** A post-2017 ACOEM guideline named anywhere in the text (longest title wins). */
export function acoemPost2017ByTitle(text: string): AcoemGuideline | undefined {
  const key = matchKey(text);
  let best: AcoemGuideline | undefined;
  let bestLen = 0;
  for (const gl of ACOEM_POST_2017) {
    for (const t of [gl.title, ...(gl.aliases ?? [])]) {
      const k = matchKey(t);
      if (k.length > bestLen && key.includes(k)) {
        best = gl;
        bestLen = k.length;
      }
    }
  }
  return best;
}

export function acoem3rdByTitle(text: string): AcoemMention | undefined {
  const key = matchKey(text);
  return ACOEM_3RD_MENTIONS.find((m) => key.includes(matchKey(m.title)));
}
