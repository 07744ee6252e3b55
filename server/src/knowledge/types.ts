// Shared shapes of the guideline knowledge tables. Pure data: no I/O, no LSP.

/** The guideline a citation names, as the catalogue tells them apart. */
export type GuidelineId =
  | 'cpmtg'
  | 'opioids2016'
  | 'mtus-topic'
  | 'acoem'
  | 'acoem-post2017'
  | 'odg'
  | 'mtus'
  | 'no-evidence'
  | 'non-mtus';

/** Cited pages, from the first to the last. */
export interface PageRange {
  from: number;
  to: number;
}

/** What a guideline citation names, as the catalogue reads it (the letter's Citation adds where each part stands). */
export interface GuidelineReference {
  guideline: GuidelineId;
  /** Whether the citation itself says Non-MTUS. */
  nonMtus: boolean;
  /** Edition year named in the citation ("2009", "2016", "2004"), if any. */
  edition?: number;
  /** The guideline's name as written, whitespace collapsed. */
  name: string;
  /** Topic words given before "Page(s):" in page-cited (Era A) citations. */
  topic?: { name: string };
  sections: { name: string }[];
  pages: PageRange[];
  chapter?: { number: number };
}

/** Where a fact comes from and whether it was checked against a source. */
export interface Sourced {
  /** The public document, e.g. "MTUS Chronic Pain Medical Treatment Guidelines (DWC, 2009; 8 CCR § 9792.24.2)" (see sources.ts). */
  source: string;
  /** False for facts not checked against the published document (the notes' entries marked R). */
  verified: boolean;
  /** For an unverified fact, what was not checked when it is narrower than the whole fact ("2016 page not checked ..."). */
  unchecked?: string;
}

/** One cited page, section or chapter, explained. */
export interface ExplanationPart {
  /** What the letter cites, e.g. "p. 78", "3.3.9", "Special Studies", "Chapter 7". */
  label: string;
  /** What that part of the guideline covers, when known. */
  covers?: string;
  verified: boolean;
  unchecked?: string;
  /** The public document the part is explained from. */
  source: string;
  /** Where in that document: "pp. 74–96", "chapter 12, p. 309", "section 3.3.9". */
  at?: string;
}

export interface Explanation {
  /** The guideline's full title, e.g. "MTUS Chronic Pain Medical Treatment Guidelines". */
  guideline: string;
  /** The edition the parts were read in, e.g. "2009 (effective July 18, 2009)". */
  edition?: string;
  parts: ExplanationPart[];
  /** Inferred editions, out-of-range pages, unverified facts, superseded guidelines. */
  notes: string[];
  /** The public document (or regulation) the citation names: the source when no part has one. */
  source: string;
}

/** Lower-case letters and digits only: "Chr onic Pain" and "chronic-pain" share a key. */
export function normKey(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}
