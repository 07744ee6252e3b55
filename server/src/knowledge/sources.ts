// The public documents the knowledge tables cite, named as a reader can find them: regulation
// sections (8 CCR, Labor Code), guideline documents with their edition, and the CDC's opioid
// guidelines. Each table entry's `source` names one of these, with the page, section or chapter
// where known; nothing here names a page or section the tables do not already give.

/** Title 8, California Code of Regulations: the MTUS as a whole. */
export const MTUS_CCR = 'MTUS, 8 CCR §§ 9792.20–9792.26';

/** The MTUS evidence search sequence an IMR reviewer follows. */
export const EVIDENCE_SEQUENCE = '8 CCR § 9792.21.1 (MTUS evidence search sequence)';

export const CPMTG_2009_DOC = 'MTUS Chronic Pain Medical Treatment Guidelines (DWC, 2009; 8 CCR § 9792.24.2)';
export const CPMTG_2016_DOC = 'MTUS Chronic Pain Medical Treatment Guidelines (DWC, 2016; 8 CCR § 9792.24.2)';
export const OPIOIDS_2016_DOC = 'MTUS Opioids Treatment Guidelines (DWC, July 28, 2016; 8 CCR § 9792.24.4)';
export const ACUPUNCTURE_DOC = 'MTUS Acupuncture Medical Treatment Guidelines (DWC, 2007; 8 CCR § 9792.24.1)';
export const POSTSURGICAL_DOC = 'MTUS Postsurgical Treatment Guidelines (DWC, 2009; 8 CCR § 9792.24.3)';

export const ACOEM_2ND_DOC = 'ACOEM Occupational Medicine Practice Guidelines, 2nd edition (2004)';
export const ACOEM_3RD_DOC = 'ACOEM Occupational Medicine Practice Guidelines, 3rd edition (2011)';
/** The MTUS by reference to ACOEM's guidelines, from December 1, 2017. */
export const ACOEM_MTUS_2017 =
  "DWC Administrative Director's order incorporating ACOEM guidelines in the MTUS from December 1, 2017 (Labor Code § 5307.27)";

export const ODG_DOC = "Official Disability Guidelines (ODG), Work Loss Data Institute, Treatment in Workers' Comp";

export const CDC_2016 = 'CDC Guideline for Prescribing Opioids for Chronic Pain (2016)';
export const CDC_FACTORS =
  "CDC opioid MME conversion factors (CDC's 2016-era data file and CDC Clinical Practice Guideline for Prescribing Opioids for Pain, 2022)";

/** IMR and UR in the Labor Code. */
export const IMR_LAW = 'Labor Code §§ 4610.5–4610.6';

/** Said of a fact that has not been checked against the published document. */
export const NOT_CHECKED = 'not checked against the published guideline';

/** "p. 78" or "pp. 74–95". */
export const pages = (from: number, to: number): string => (to !== from ? `pp. ${from}–${to}` : `p. ${from}`);
