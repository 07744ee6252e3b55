// Terms of the trade that a hover explains, each with its public source. From the project's
// notes (reference/domain.md §2.1: MTUS, definitions; §5: process facts); the DWC forms are named
// in 8 CCR § 9785.

import type { Sourced } from './types';
import {
  ACOEM_2ND_DOC,
  ACOEM_3RD_DOC,
  ACOEM_MTUS_2017,
  CPMTG_2009_DOC,
  CPMTG_2016_DOC,
  EVIDENCE_SEQUENCE,
  IMR_LAW,
  MTUS_CCR,
  ODG_DOC,
} from './sources';

export interface Term extends Sourced {
  /** Matched case-sensitively for abbreviations, case-insensitively for phrases. */
  pattern: RegExp;
  title: string;
  text: string;
}

const PROCESS = IMR_LAW;
const FORMS = 'DWC forms named in 8 CCR § 9785';

export const TERMS: readonly Term[] = [
  {
    pattern: /\bMTUS\b/,
    title: 'MTUS: Medical Treatment Utilization Schedule',
    text: "California's treatment guidelines for workers' compensation (8 CCR §§ 9792.20–9792.26), adopted June 15, 2007. Reviewers apply it first; where it is silent or rebutted, the newest ACOEM or ODG guidance, then other nationally recognised guidelines, then peer-reviewed studies (§ 9792.21.1). From December 1, 2017 it incorporates ACOEM's guidelines by reference.",
    source: `${MTUS_CCR}; ${EVIDENCE_SEQUENCE}; ${ACOEM_MTUS_2017}`,
    verified: true,
  },
  {
    pattern: /\bACOEM\b|American\s+College\s+of\s+Occupational\s+and\s+Environmental\s+Medicine/,
    title: 'ACOEM: American College of Occupational and Environmental Medicine',
    text: "Publisher of the Occupational Medicine Practice Guidelines. Chapters of the 2nd edition (2004) were the MTUS clinical topics from 2007 to November 2017 (ch. 4 and 7 were not adopted and are cited as Non-MTUS); 3rd edition chapters appear as Non-MTUS citations; from December 1, 2017 ACOEM's guidelines are part of the MTUS.",
    source: `${ACOEM_2ND_DOC} (MTUS, 8 CCR §§ 9792.22–9792.23, until November 2017); ${ACOEM_3RD_DOC}; ${ACOEM_MTUS_2017}`,
    verified: true,
  },
  {
    pattern: /\bODG\b|Official\s+Disability\s+Guidelines/,
    title: 'ODG: Official Disability Guidelines',
    text: 'Work Loss Data Institute\'s "Treatment in Workers\' Comp", published online and versioned by date, with no page numbers. Cited as Non-MTUS where the MTUS is silent; the 2016 Chronic Pain guidelines are a reformatted ODG Pain (Chronic) chapter.',
    source: `${ODG_DOC}; ${EVIDENCE_SEQUENCE}; ${CPMTG_2016_DOC}`,
    verified: true,
  },
  {
    pattern: /\bCPMTG\b|Chronic\s+Pain\s+Medical\s+Treatment\s+Guidelines?/i,
    title: 'CPMTG: MTUS Chronic Pain Medical Treatment Guidelines',
    text: 'The MTUS chronic pain guideline (8 CCR § 9792.24.2). The 2009 edition (effective July 18, 2009, about 127 pages) is cited by page; the 2016 edition (in force July 28, 2016, for requests from July 29, 2016) is cited by section, and its page numbers differ from 2009.',
    source: `${CPMTG_2009_DOC}; ${CPMTG_2016_DOC}`,
    verified: true,
  },
  {
    pattern: /\bIMR\b|Independent\s+Medical\s+Review/,
    title: 'IMR: Independent Medical Review',
    text: "Review of a disputed treatment decision by an independent physician (Labor Code §§ 4610.5–4610.6, SB 863), run for the DWC by MAXIMUS Federal Services; the determination is deemed the Administrative Director's. It may be appealed to the WCAB only for the grounds of LC 4610.6(h), among them a plainly erroneous finding of fact that is a matter of ordinary knowledge.",
    source: PROCESS,
    verified: true,
  },
  {
    pattern: /\bUR\b|[Uu]tilization\s+[Rr]eview/,
    title: 'UR: Utilization Review',
    text: "The claims administrator's review of a treatment request. A UR decision that denies, modifies or delays the request makes it eligible for IMR; the worker must apply within 30 days of the UR decision.",
    source: PROCESS,
    verified: true,
  },
  {
    pattern: /\bRFA\b|[Rr]equest\s+for\s+[Aa]uthori[sz]ation/,
    title: 'RFA: Request for Authorization',
    text: "The treating physician's request for a treatment (DWC Form RFA), which starts utilization review.",
    source: FORMS,
    verified: true,
  },
  {
    pattern: /\bPR-?2\b/,
    title: "PR-2: Primary Treating Physician's Progress Report",
    text: "The treating physician's periodic progress report (DWC Form PR-2), often the record a request rests on.",
    source: FORMS,
    verified: true,
  },
  {
    pattern: /\bVAS\b|[Vv]isual\s+[Aa]nalog(?:ue)?\s+[Ss]cale/,
    title: 'VAS: visual analog scale',
    text: 'Pain rated on a scale from 0 (none) to 10 (worst); the MTUS asks for pain scores with and without medication to show that a medication works.',
    source: `${CPMTG_2009_DOC}, p. 78 (opioids, on-going management)`,
    verified: true,
  },
  {
    pattern: /functional\s+improvement/i,
    title: 'Functional improvement (MTUS definition)',
    text: 'A clinically significant gain in activities of daily living or a reduction in work restrictions, measured at history and examination, together with less dependence on continued medical treatment (8 CCR § 9792.20).',
    source: '8 CCR § 9792.20 (MTUS definitions)',
    verified: true,
  },
  {
    pattern: /chronic\s+pain/i,
    title: 'Chronic pain (MTUS definition)',
    text: 'Pain lasting three or more months from its onset (2016 wording of the Chronic Pain Medical Treatment Guidelines).',
    source: `${CPMTG_2016_DOC}, Introduction`,
    verified: true,
  },
];

/** The term whose words cover `offset` in `text`, with where they stand. */
export function termAt(text: string, offset: number): { term: Term; start: number; end: number } | undefined {
  const from = Math.max(0, offset - 60);
  const window = text.slice(from, offset + 60);
  for (const term of TERMS) {
    const re = new RegExp(term.pattern.source, term.pattern.flags.includes('g') ? term.pattern.flags : `${term.pattern.flags}g`);
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const start = from + m.index;
      if (start <= offset && offset <= start + m[0].length) return { term, start, end: start + m[0].length };
    }
  }
  return undefined;
}
