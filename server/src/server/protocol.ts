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
 * `imr/setMailing` `{ uri, mailed, address }` -> the letter's appeal deadline with that date of
 * mailing, or null for an unknown document or a date that cannot be read. `mailed` is the date as
 * the user typed it ("12/12/2016" or "2016-12-12"), null to take the letter's date again. A date
 * before the determination's own is refused: an InvalidParams error whose message says why. Kept by
 * the server while the document is open, never written anywhere.
 */
export const SET_MAILING = 'imr/setMailing';

/** Where the party served by mail has its address (8 CCR § 10605(a): 5, 10 or 20 days more). */
export type MailingAddress = 'california' | 'other-state' | 'outside-us';

export interface MailingParams {
  uri: string;
  mailed: string | null;
  address?: MailingAddress;
}

export interface AppealInfo {
  /** ISO 8601 day: "2016-12-27". */
  appealBy: string;
  /** "Appeal by 12/27/2016 (26 days left)". */
  title: string;
  /** The date of mailing taken, ISO 8601, and whether the user gave it. */
  mailed: string;
  mailedGiven: boolean;
}

/**
 * `imr/appealWorksheet` `{ uri }` -> `{ markdown }`: the letter's appeal worksheet (caption, deadline,
 * findings that may be factual errors under Labor Code § 4610.6(h)(5)); null for an unknown document.
 */
export const APPEAL_WORKSHEET = 'imr/appealWorksheet';

/** `imr/timeline` `{ uri }` -> every dated fact of the letter for the timeline view; null for an unknown document. */
export const TIMELINE = 'imr/timeline';

export interface TimelineMark {
  /** ISO 8601 day drawn (the first of a month or year the text gives alone). */
  date: string;
  precision: 'day' | 'month' | 'year';
  /** What it is a date of: "injury", "ur", "visit", ... (see `kinds`). */
  kind: string;
  /** The date as written. */
  text: string;
  /** LSP positions of the date in the letter. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  header: boolean;
  /** What the findings that touch this date say; empty when none does. */
  conflicts: string[];
}

export interface TimelineView {
  marks: TimelineMark[];
  /** The kinds present, in drawing order, with their names for people. */
  kinds: { kind: string; label: string }[];
  /** Dates of birth, left off the axis. */
  birthDates: number;
}

/**
 * Reviewed findings (.imr-reviewed.json beside the letters). The server offers a code action
 * "Mark as reviewed" on each diagnostic whose command is `imr.markReviewed` with one
 * `ReviewedFinding`; the server executes it (workspace/executeCommand), records the finding in the
 * sidecar and shows the letter's diagnostics again without it. `imr.unmarkReviewed` takes the same
 * argument and takes it out again; `imr.listReviewed` `{ uri }` answers the letter's reviewed
 * findings that are still in it (to choose one to unmark).
 */
export const MARK_REVIEWED = 'imr.markReviewed';
export const UNMARK_REVIEWED = 'imr.unmarkReviewed';
export const LIST_REVIEWED = 'imr.listReviewed';

export interface ReviewedFinding {
  /** The letter's document URI (a file: URI; the sidecar is in its folder). */
  uri: string;
  rule: string;
  fingerprint: string;
  /** What the finding says, for a list to choose from; never written to the sidecar. */
  message?: string;
  /** Its LSP range, for a list to point at. */
  range?: DecisionRange['range'];
}

/**
 * `imr/checkFolder` `{ uri, workDoneToken? }` -> CheckFolderResult: checks every letter under a
 * folder (file: URI), open or not, and pushes the diagnostics of those not open
 * (textDocument/publishDiagnostics); reports `$/progress` on the work-done token and stops at
 * $/cancelRequest, answering what it had checked by then. Editors without this request run the
 * same as `workspace/executeCommand` `imr.checkFolder.server` with arguments `[folder URI]`. A
 * PDF's diagnostics are pushed for its file: URI, counted in the text `imr/pdfText` answers.
 */
export const CHECK_FOLDER = 'imr/checkFolder';
export const CHECK_FOLDER_COMMAND = 'imr.checkFolder.server';

export interface CheckFolderParams {
  uri: string;
  workDoneToken?: string | number;
}

export interface CheckFolderResult {
  folder: string;
  /** Letters checked. */
  letters: number;
  /** Files named like letters whose text is not an IMR letter (not checked further). */
  notLetters: number;
  /** Files that could not be read, with the reason (no content). */
  notRead: { uri: string; reason: string }[];
  /** Findings shown, by rule id, and in all. */
  byRule: Record<string, number>;
  findings: number;
  /** Findings hidden because they were marked reviewed. */
  hidden: number;
  /** Letters with at least one error-level finding. */
  lettersWithErrors: number;
  /** The run was cancelled before every letter was checked. */
  cancelled: boolean;
}

/**
 * `imr/pdfText` `{ uri }` (the file: URI of a PDF on this machine) -> the letter's text as the PDF
 * gives it, for the client's read-only view of the PDF as a letter; or why it has none. The text is
 * neither kept nor written anywhere by the server.
 */
export const PDF_TEXT = 'imr/pdfText';

export type PdfTextResult = { text: string } | { problem: string };
