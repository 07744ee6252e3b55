// Shared shapes of the guideline knowledge tables. Pure data: no I/O, no LSP.

/** The guideline a citation names, as the catalogue tells them apart. */
export type GuidelineId = 'cpmtg' | 'opioids2016' | 'mtus-topic' | 'acoem' | 'acoem-post2017' | 'odg' | 'mtus' | 'no-evidence' | 'non-mtus';

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
  /** ACOEM tables cited ("9-6"). */
  tables?: { name: string }[];
  /** A reference in the letter's prose (a rationale or the summary), not on a guideline line. */
  inText?: boolean;
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
  /** What that part of the guideline covers, when known (more than its name: see `addsToName`). */
  covers?: string;
  /** The guideline has a part of this name, but the catalogue holds nothing more about it. */
  named?: boolean;
  /** The part stands for the whole guideline: the citation names no page, section or chapter of it. */
  whole?: boolean;
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
  /** How the edition was decided when the citation does not name it (the date it was read at). */
  editionFrom?: string;
}

/** Lower-case letters and digits only: "Chr onic Pain" and "chronic-pain" share a key. */
export function matchKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

// Words that say nothing of a part's content beyond its name.
const FILLER = new Set([
  'the',
  'a',
  'an',
  'of',
  'for',
  'and',
  'or',
  'in',
  'on',
  'to',
  'by',
  'with',
  'its',
  'as',
  'used',
  'use',
  'chapter',
  'section',
  'sections',
  'odg',
  'mtus',
  'guideline',
  'guidelines',
]);
const stem = (word: string): string => word.slice(0, 5);
// Numbers count: a page or an edition is something the name did not say.
const wordsOf = (text: string): string[] => text.toLowerCase().match(/[a-z]{2,}|\d+/g) ?? [];

/** Whether a description says more than the name it describes: at least two words of content the name lacks. */
export function addsToName(name: string, covers: string): boolean {
  const named = new Set(wordsOf(name).map(stem));
  return wordsOf(covers).filter((w) => !FILLER.has(w) && !named.has(stem(w))).length >= 2;
}
