// MTUS Opioids Treatment Guidelines (8 CCR 9792.24.4, July 28, 2016): the numbered sections
// letters cite. Titles of sections 1–4 are as the DWC-published letters write them (the project's
// notes, reference/domain.md §2.1, list the same numbering); sections 5–9 come from the 2015
// draft's table of contents, their numbering assumed unchanged, so they are unverified.

import type { Sourced } from './types';
import { OPIOIDS_2016_DOC } from './sources';

export interface OpioidSection extends Sourced {
  /** "3.3.9", "2" (no trailing dot). */
  number: string;
  title: string;
}

export const OPIOIDS_2016_TITLE = 'MTUS Opioids Treatment Guidelines (July 28, 2016)';

/** The section title as the letters cite it. */
const SEEN = OPIOIDS_2016_DOC;
/** The number is cited in letters; the title is a summary, not the guideline's exact words. */
const REF = OPIOIDS_2016_DOC;
const DRAFT = "number and title from the DWC's 2015 draft of the guideline, not checked against the adopted 2016 text";

const CHRONIC = 'Opioids for Chronic Pain and Chronic Opioid Treatment';
const SCREENING = 'Screening for Risk of Addiction or Adverse Events, Prior to Chronic Opioid Treatment';

function seen(number: string, title: string): OpioidSection {
  return { number, title, source: SEEN, verified: true };
}
function ref(number: string, title: string): OpioidSection {
  return { number, title, source: REF, verified: true };
}
function draft(number: string, title: string): OpioidSection {
  return { number, title, source: OPIOIDS_2016_DOC, unchecked: DRAFT, verified: false };
}

export const OPIOIDS_2016_SECTIONS: readonly OpioidSection[] = [
  ref('1', 'Opioids for Acute Pain'),
  ref('1.1', 'Opioids for Acute Pain: mild acute injuries'),
  ref('1.2', 'Opioids for Acute Pain: moderate to severe acute soft-tissue injuries'),
  seen('1.3', 'Opioids for Acute Pain: Severe Acute Injuries'),
  seen('1.4', 'Opioids for Acute Pain: Opioids for Post-operative Pain'),
  seen('2', 'Opioids for Subacute Pain (1–3 months)'),
  seen('3', `${CHRONIC}: Overview of Recommendations Regarding Chronic Opioid Treatment`),
  seen('3.1', `${CHRONIC}: Comprehensive Evaluation and Assessment of Patient`),
  seen('3.2', `${CHRONIC}: Consideration of Alternative Treatments for Chronic Pain and Chronic Opioid Treatment`),
  seen('3.3', `${CHRONIC}: Initiating and Monitoring Chronic Opioid Treatment`),
  ref('3.3.1', `${CHRONIC}: ${SCREENING}`),
  seen('3.3.1.1', `${CHRONIC}: ${SCREENING}: Screening for Drug Misuse/Abuse`),
  seen('3.3.1.2', `${CHRONIC}: ${SCREENING}: Screening for Alcohol Misuse/Abuse`),
  seen('3.3.1.3', `${CHRONIC}: ${SCREENING}: Screening for Additional Psychosocial Factors Contributing to Substance Misuse/Abuse`),
  seen('3.3.2', `${CHRONIC}: Patient Treatment Agreement and Informed Consent`),
  seen('3.3.3', `${CHRONIC}: Initiation of Chronic Opioid Treatment`),
  seen('3.3.4', `${CHRONIC}: Use of CURES to Ensure Safe and Effective Opioid Use`),
  seen('3.3.5', `${CHRONIC}: Use of Tools to Monitor Patients on Chronic Opioid Treatment`),
  seen('3.3.6', `${CHRONIC}: Use of Urine Drug Testing (UDT)`),
  ref('3.3.7', `${CHRONIC}: Monitoring Effectiveness of Chronic Opioid Treatment`),
  seen(
    '3.3.7.1',
    `${CHRONIC}: Monitoring Effectiveness of Chronic Opioid Treatment: Tracking Pain and Function to Monitor Effectiveness of Chronic Opioid Treatment`,
  ),
  seen(
    '3.3.7.2',
    `${CHRONIC}: Monitoring Effectiveness of Chronic Opioid Treatment: Clinically Meaningful Improvement of Pain and Function`,
  ),
  seen('3.3.8', `${CHRONIC}: Opioid Titration and Dosing Threshold`),
  seen('3.3.9', `${CHRONIC}: Maintenance of Chronic Opioid Treatment`),
  ref('3.3.10', `${CHRONIC}: breakthrough pain`),
  ref('4', 'Tapering Opioids'),
  seen('4.1', 'Tapering Opioids: Indications for Tapering Opioids'),
  seen('4.2', 'Tapering Opioids: Methods for Tapering Opioids'),
  draft('5', 'Documentation of morphine equivalents'),
  draft('6', 'Consultation with specialists'),
  draft('7', 'Concurrent use of benzodiazepines and other sedative-hypnotics'),
  draft('8', 'Methadone'),
  draft('9', 'Peri-operative pain management in workers on chronic opioid treatment'),
];

/** The number a cited section starts with: "3.3.9 Opioids for ..." -> "3.3.9"; "3. Opioids" -> "3". */
export function opioidSectionNumber(cited: string): string | undefined {
  const m = /^\s*(\d+(?:\s?\.\s?\d+)*)/.exec(cited);
  return m ? m[1].replace(/\s/g, '') : undefined;
}

export function opioidSection(cited: string): OpioidSection | undefined {
  const num = opioidSectionNumber(cited);
  return num ? OPIOIDS_2016_SECTIONS.find((s) => s.number === num) : undefined;
}
