// The parts of the MTUS (8 CCR §§ 9792.20–9792.26, 2007 – Nov 2017 structure) as letters name
// them, with their regulation section, source document and the ACOEM 2nd ed. chapter behind
// each clinical topic. The citation parser reads the `names` to find where one cited guideline
// ends and the next begins.

import type { GuidelineId, Sourced } from './types';
import { CPMTG_2016_SECTIONS, type GuidelineSection } from './cpmtg2016';
import { ACOEM_2ND_DOC, ACUPUNCTURE_DOC, CPMTG_2009_DOC, CPMTG_2016_DOC, MTUS_CCR, OPIOIDS_2016_DOC, POSTSURGICAL_DOC } from './sources';

export type MtusPartKey =
  | 'cpmtg'
  | 'opioids2016'
  | 'general'
  | 'neck'
  | 'shoulder'
  | 'elbow'
  | 'forearm'
  | 'lowback'
  | 'knee'
  | 'ankle'
  | 'stress'
  | 'eye'
  | 'acupuncture'
  | 'postsurgical'
  | 'acoem';

export interface MtusPart extends Sourced {
  key: MtusPartKey;
  guideline: GuidelineId;
  /** The full title, for a hover. */
  title: string;
  /** Names as letters write them (longest first is not required; the parser sorts). */
  names: string[];
  /** The year Era-B citations append, when fixed. */
  year?: number;
  /** 8 CCR section. */
  ccr?: string;
  /** ACOEM Practice Guidelines 2nd ed. (2004) chapters the part adopts. */
  acoemChapters?: number[];
  /** What the part is, in a sentence. */
  covers: string;
}

/** An MTUS clinical topic: its 8 CCR section and the ACOEM 2nd ed. chapter it adopts. */
const topicSource = (ccr: string, chapter: number): string => `8 CCR § ${ccr}; ${ACOEM_2ND_DOC}, chapter ${chapter}`;

function topic(key: MtusPartKey, name: string, ccr: string, chapter: number, alias?: string): MtusPart {
  return {
    key,
    guideline: 'mtus-topic',
    title: `MTUS ${name} (ACOEM Practice Guidelines 2nd ed., ch. ${chapter})`,
    names: alias ? [name, alias] : [name],
    year: 2004,
    ccr,
    acoemChapters: [chapter],
    covers: `MTUS clinical topic adopted from ACOEM Practice Guidelines 2nd ed. (2004) chapter ${chapter}.`,
    source: topicSource(ccr, chapter),
    verified: true,
  };
}

export const MTUS_PARTS: readonly MtusPart[] = [
  {
    key: 'cpmtg',
    guideline: 'cpmtg',
    title: 'MTUS Chronic Pain Medical Treatment Guidelines',
    names: ['Chronic Pain Medical Treatment Guidelines', 'Chronic Pain Medical Treatment', 'Chronic Pain Treatment Guidelines'],
    ccr: '9792.24.2',
    covers: 'Chronic pain guideline: CPMTG 2009 (effective July 18, 2009), replaced by CPMTG 2016 (requests from July 29, 2016).',
    source: `${CPMTG_2009_DOC}; ${CPMTG_2016_DOC}`,
    verified: true,
  },
  {
    key: 'opioids2016',
    guideline: 'opioids2016',
    title: 'MTUS Opioids Treatment Guidelines',
    names: ['Opioids Treatment Guidelines', 'Opioid Treatment Guidelines', 'Opioids Treatment', 'Opioid Treatment'],
    year: 2016,
    ccr: '9792.24.4',
    covers: 'Opioid guideline of July 28, 2016: Part 1 summary, protocols and recommendations; Part 2 supplementary.',
    source: OPIOIDS_2016_DOC,
    verified: true,
  },
  {
    key: 'general',
    guideline: 'mtus-topic',
    title: 'MTUS General Approaches (ACOEM Practice Guidelines 2nd ed., ch. 1, 2, 3, 5)',
    names: ['General Approaches'],
    year: 2004,
    ccr: '9792.22',
    acoemChapters: [1, 2, 3, 5],
    covers: 'General approaches adopted from ACOEM 2nd ed. chapters 1, 2, 3 and 5.',
    source: `8 CCR § 9792.22; ${ACOEM_2ND_DOC}, chapters 1, 2, 3 and 5`,
    verified: true,
  },
  topic('neck', 'Neck and Upper Back Complaints', '9792.23.1', 8),
  topic('shoulder', 'Shoulder Complaints', '9792.23.2', 9),
  {
    key: 'elbow',
    guideline: 'mtus-topic',
    title: "MTUS Elbow Complaints (ACOEM's revised Elbow chapter, 2007)",
    names: ['Elbow Complaints', 'Elbow Disorders'],
    year: 2007,
    ccr: '9792.23.3',
    acoemChapters: [10],
    covers:
      "MTUS clinical topic taken from ACOEM's 2007 revised Elbow chapter (own pagination), which replaced 2nd ed. chapter 10; later titled Elbow Disorders.",
    source: "8 CCR § 9792.23.3; ACOEM's revised Elbow chapter (2007)",
    verified: true,
  },
  topic('forearm', 'Forearm, Wrist, and Hand Complaints', '9792.23.4', 11, 'Forearm, Wrist and Hand Complaints'),
  topic('lowback', 'Low Back Complaints', '9792.23.5', 12),
  topic('knee', 'Knee Complaints', '9792.23.6', 13),
  topic('ankle', 'Ankle and Foot Complaints', '9792.23.7', 14),
  topic('stress', 'Stress-Related Conditions', '9792.23.8', 15, 'Stress Related Conditions'),
  topic('eye', 'Eye', '9792.23.9', 16),
  {
    key: 'acupuncture',
    guideline: 'mtus-topic',
    title: 'MTUS Acupuncture Medical Treatment Guidelines (DWC, 2007)',
    names: ['Acupuncture Medical Treatment Guidelines', 'Acupuncture Treatment'],
    year: 2007,
    ccr: '9792.24.1',
    covers:
      'Acupuncture: functional improvement expected within 3–6 treatments, 1–3 a week, optimum duration 1–2 months; more only with documented functional improvement.',
    source: ACUPUNCTURE_DOC,
    verified: true,
  },
  {
    key: 'postsurgical',
    guideline: 'mtus-topic',
    title: 'MTUS Postsurgical Treatment Guidelines (DWC, 2009)',
    names: ['Postsurgical Treatment Guidelines', 'Postsurgical Treatment', 'Post-surgical Treatment'],
    year: 2009,
    ccr: '9792.24.3',
    covers: 'Postsurgical physical medicine by body region.',
    source: POSTSURGICAL_DOC,
    verified: true,
  },
  {
    key: 'acoem',
    guideline: 'acoem',
    title: 'ACOEM Occupational Medicine Practice Guidelines',
    names: [
      'American College of Occupational and Environmental Medicine (ACOEM)',
      'American College of Occupational and Environmental Medicine',
      'ACOEM Occupational Medicine Practice Guidelines',
      'ACOEM Practice Guidelines',
      'ACOEM Guidelines',
      'ACOEM',
    ],
    covers: 'ACOEM Practice Guidelines; the 2nd ed. (2004) chapters adopted as MTUS parts until Nov 2017.',
    source: `${ACOEM_2ND_DOC}; ${MTUS_CCR}`,
    verified: true,
  },
];

/** Sections inside an ACOEM-derived clinical topic chapter (the notes, §2.1), plus ones the DWC-published letters cite. */
export const TOPIC_SECTIONS: readonly GuidelineSection[] = [
  // What two sections cover, summarised from the chapters' structure (not their wording).
  {
    name: 'Special Studies',
    covers:
      "The chapter's special studies: when imaging (x-rays, MRI, CT, bone scans) and electrodiagnostic tests are indicated for its complaints.",
    source: ACOEM_2ND_DOC,
    verified: false,
    unchecked: 'summary not checked against the chapter text',
  },
  {
    name: 'Physical Methods',
    covers:
      "The chapter's physical methods: physical therapy and exercise, manipulation, injections, TENS, braces and other modalities for its complaints.",
    source: ACOEM_2ND_DOC,
    verified: false,
    unchecked: 'summary not checked against the chapter text',
  },
  ...[
    'Diagnostic Criteria',
    'Initial Care',
    'Activity Modification',
    'Surgical Considerations',
    'Summary',
    'General Approach',
    'Recommendations',
  ].map((name): GuidelineSection => ({ name, covers: `The chapter's "${name}" section.`, source: ACOEM_2ND_DOC, verified: true })),
  ...['Follow-up Visits', 'Work-Relatedness', 'Radial Head Fracture'].map((name): GuidelineSection => ({
    name,
    covers: `The chapter's "${name}" section.`,
    source: ACOEM_2ND_DOC,
    verified: true,
  })),
];

/** General Approaches sections, one per adopted ACOEM 2nd ed. chapter. */
export const GENERAL_APPROACHES_SECTIONS: readonly GuidelineSection[] = [
  { name: 'Prevention', covers: 'ACOEM 2nd ed. chapter 1, Prevention.', source: `${ACOEM_2ND_DOC}, chapter 1`, verified: true },
  {
    name: 'General Approach to Initial Assessment and Documentation',
    covers: 'ACOEM 2nd ed. chapter 2: initial assessment and documentation.',
    source: `${ACOEM_2ND_DOC}, chapter 2`,
    verified: true,
  },
  {
    name: 'Initial Approaches to Treatment',
    covers: 'ACOEM 2nd ed. chapter 3: initial treatment (physical methods p. 48; NSAIDs, Table 3-1 p. 49).',
    source: `${ACOEM_2ND_DOC}, chapter 3`,
    verified: true,
  },
  {
    name: 'Cornerstones of Disability Prevention and Management',
    covers: 'ACOEM 2nd ed. chapter 5: disability prevention and management.',
    source: `${ACOEM_2ND_DOC}, chapter 5`,
    verified: true,
  },
];

/** Postsurgical Treatment Guidelines 2009 body regions cited as sections. */
export const POSTSURGICAL_SECTIONS: readonly GuidelineSection[] = [
  { name: 'Shoulder', covers: 'Postsurgical physical medicine after shoulder surgery.', source: POSTSURGICAL_DOC, verified: true },
  { name: 'Knee', covers: 'Postsurgical physical medicine after knee surgery.', source: POSTSURGICAL_DOC, verified: true },
  {
    name: 'Forearm, Wrist, & Hand',
    aliases: ['Forearm, Wrist, and Hand'],
    covers: 'Postsurgical physical medicine after forearm, wrist and hand surgery.',
    source: POSTSURGICAL_DOC,
    verified: true,
  },
  {
    name: 'Elbow & Upper Arm',
    covers: 'Postsurgical physical medicine after elbow and upper arm surgery.',
    source: POSTSURGICAL_DOC,
    verified: true,
  },
];

/** Section names that contain ", " and must not be split at their commas. */
export const MULTI_PART_SECTION_NAMES: readonly string[] = [
  ...CPMTG_2016_SECTIONS,
  ...TOPIC_SECTIONS,
  ...GENERAL_APPROACHES_SECTIONS,
  ...POSTSURGICAL_SECTIONS,
]
  .flatMap((s) => [s.name, ...(s.aliases ?? [])])
  .filter((name) => name.includes(','));
