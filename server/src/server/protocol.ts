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
 * same as `workspace/executeCommand` `imr.checkFolder.server` with arguments `[folder URI]`.
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
