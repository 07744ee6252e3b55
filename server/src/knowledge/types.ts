// Shared shapes of the guideline knowledge tables. Pure data: no I/O, no LSP.

/** Where a fact comes from and whether it was checked against a source. */
export interface Sourced {
  /** E.g. "domain reference §3.1; MTUS Chronic Pain Medical Treatment Guidelines (2009)". */
  source: string;
  /** False for facts the domain reference marks R (recalled, not re-read). */
  verified: boolean;
}

/** One cited page, section or chapter, explained. */
export interface ExplanationPart {
  /** What the letter cites, e.g. "p. 78", "3.3.9", "Special Studies", "Chapter 7". */
  label: string;
  /** What that part of the guideline covers, when known. */
  covers?: string;
  verified: boolean;
  source: string;
}

export interface Explanation {
  /** The guideline's full title, e.g. "MTUS Chronic Pain Medical Treatment Guidelines". */
  guideline: string;
  /** The edition the parts were read in, e.g. "2009 (effective July 18, 2009)". */
  edition?: string;
  parts: ExplanationPart[];
  /** Inferred editions, out-of-range pages, unverified facts, superseded guidelines. */
  notes: string[];
}

/** Lower-case letters and digits only: "Chr onic Pain" and "chronic-pain" share a key. */
export function normKey(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}
