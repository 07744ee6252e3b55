// The four known layouts as data: how each opens, and its headings in order.
// Sources: shared reference "domain.md" §1 (the DWC-posted letters, the seeds and a public crawler).

import { flexible } from '../base/text';
import type { Layout, PartKind, SectionId } from './types';

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
  /** The labels of an item's three parts, as printed (L3 has none: its parts are sections). */
  parts?: Record<PartKind, string>;
}

const L1_PARTS: Record<PartKind, string> = {
  claimsAdministrator: 'Claims Administrator guideline:',
  maximus: 'MAXIMUS guideline:',
  rationale: 'Decision rationale:',
};

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
    parts: {
      claimsAdministrator: 'Medical Treatment Guideline(s) relied upon by the Claims Administrator:',
      maximus: 'Medical Treatment Guideline(s) relied upon by the Expert Reviewer:',
      rationale: 'Rationale for the Decision:',
    },
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
    parts: L1_PARTS,
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
    parts: L1_PARTS,
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

/** The part labels of a layout, without their colons ("MAXIMUS guideline"); L1's for the others. */
export function partNames(layout: Layout): Record<PartKind, string> {
  const parts = LAYOUTS.find((l) => l.id === layout)?.parts ?? L1_PARTS;
  return {
    claimsAdministrator: parts.claimsAdministrator.replace(/:$/, ''),
    maximus: parts.maximus.replace(/:$/, ''),
    rationale: parts.rationale.replace(/:$/, ''),
  };
}

/** A pattern for a layout's part labels at the start of a line, one group per part (in PART_ORDER). */
export function partPattern(parts: Record<PartKind, string>, flags: string): RegExp {
  return new RegExp(`^[ \\t\\f]*(?:${PART_ORDER.map((k) => `(${flexible(parts[k])})`).join('|')})`, flags);
}

export const PART_ORDER: PartKind[] = ['claimsAdministrator', 'maximus', 'rationale'];
