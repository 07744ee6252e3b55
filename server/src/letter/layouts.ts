// The four known layouts as data: how each opens, and its headings in order.
// Sources: shared reference "domain.md" §1 (the DWC-posted letters, the seeds and a public crawler).

import type { Layout, SectionId } from './types';

export interface HeadingDef {
  id: SectionId;
  /** The heading as printed. Matching tolerates wrapped lines and split words. */
  text: string;
  required: boolean;
  /** The heading may be followed by content on its own line (label-style headings ending in ':'). */
  inline?: boolean;
}

export interface LayoutDef {
  id: Exclude<Layout, 'unknown'>;
  name: string;
  /** Phrases any one of which marks the layout (searched in order of the table). */
  signatures: string[];
  /** Headings in their printed order. */
  headings: HeadingDef[];
}

export const LAYOUTS: LayoutDef[] = [
  {
    id: 'L0',
    name: 'Notice of IMR Determination (2013)',
    signatures: ['Notice of Independent Medical Review Determination'],
    headings: [
      { id: 'decisions', text: 'INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE', required: true },
      { id: 'qualifications', text: 'Medical Qualifications of the Expert Reviewer:', required: true, inline: true },
      { id: 'summary', text: 'Expert Reviewer Case Summary:', required: true, inline: true },
      { id: 'documents', text: 'Documents Reviewed for Determination:', required: false, inline: true },
    ],
  },
  {
    id: 'L3',
    name: 'Medical Professional Review (2013)',
    signatures: ['MEDICAL PROFESSIONAL REVIEW', 'ISSUE AT DISPUTE:'],
    headings: [
      { id: 'issue', text: 'ISSUE AT DISPUTE:', required: true, inline: true },
      { id: 'summary', text: 'CASE SUMMARY:', required: true, inline: true },
      { id: 'documents', text: 'DOCUMENTS REVIEWED FOR DETERMINATION:', required: true, inline: true },
      {
        id: 'guidelines',
        text: 'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:',
        required: true,
        inline: true,
      },
      {
        id: 'rationale',
        text: 'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:',
        required: true,
        inline: true,
      },
      { id: 'qualifications', text: 'MEDICAL REVIEWER QUALIFICATIONS:', required: true, inline: true },
    ],
  },
  {
    id: 'L2',
    name: 'MAXIMUS Independent Medical Review (transitional)',
    signatures: ['IMR DECISION(S) AND RATIONALE(S)', 'DOCUMENTS REVIEWED'],
    headings: [
      { id: 'how', text: 'HOW THE IMR FINAL DETERMINATION WAS MADE', required: true },
      { id: 'documents', text: 'DOCUMENTS REVIEWED', required: true },
      { id: 'summary', text: 'CLINICAL CASE SUMMARY', required: true },
      { id: 'decisions', text: 'IMR DECISION(S) AND RATIONALE(S)', required: true },
    ],
  },
  {
    id: 'L1',
    name: 'IMR Final Determination (Case Number header)',
    signatures: ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'IMR ISSUES, DECISIONS AND RATIONALES', 'Case Number:'],
    headings: [
      { id: 'how', text: 'HOW THE IMR FINAL DETERMINATION WAS MADE', required: true },
      { id: 'summary', text: 'CLINICAL CASE SUMMARY', required: true },
      { id: 'decisions', text: 'IMR ISSUES, DECISIONS AND RATIONALES', required: true },
    ],
  },
];

/** Section titles for parts that have no printed heading of their own. */
export const IMPLICIT_TITLES: Partial<Record<SectionId, string>> = {
  header: 'Header',
  title: 'Notice',
  determinations: 'Determinations',
  credentials: 'Expert Reviewer credentials',
  items: 'Decisions by item',
};
