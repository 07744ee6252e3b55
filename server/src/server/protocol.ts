// What the client and the server say to each other beyond LSP: shared by both, as types and
// names only (the client bundles this file: it imports nothing, and has no letter logic).

/** `imr/letterSummary` `{ uri }` -> counts for the client's status item, or null for an unknown or disabled document. */
export const LETTER_SUMMARY = 'imr/letterSummary';

export interface LetterSummary {
  items: number;
  upheld: number;
  overturned: number;
  layout: string;
  /** The layout in words, for people: "IMR Final Determination (Case Number header)"; null when the text is no letter. */
  layoutName: string | null;
}

/** `imr/decisions` `{ uri }` -> where each item's decision is written, for the client's colours; null for an unknown or disabled document. */
export const DECISIONS = 'imr/decisions';

export interface DecisionRange {
  /** LSP positions: 0-based lines, UTF-16 characters. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  outcome: 'upheld' | 'overturned';
  /** The item decides the rest of a request the claims administrator had partly certified. */
  partial: boolean;
}

/**
 * `imr/pdfText` `{ uri }` (the file: URI of a PDF on this machine) -> the letter's text as the PDF
 * gives it, for the client's read-only view of the PDF as a letter; or why it has none. The text is
 * neither kept nor written anywhere by the server.
 */
export const PDF_TEXT = 'imr/pdfText';

export type PdfTextResult = { text: string } | { problem: string };
