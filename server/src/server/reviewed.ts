// Reviewed findings in the editor: each folder's .imr-reviewed.json read once while a letter of it
// is open, or once in a folder check (again when the client says it changed), the findings it
// records hidden from the diagnostics, a "Mark as
// reviewed" code action per finding, and the commands that write the sidecar. The letter itself is
// never edited. A sidecar with problems is named (file and line) in a message once, applies nothing
// and is not written over.

import * as path from 'node:path';
import { fileOf } from './uris';
import {
  CodeActionKind,
  MessageType,
  ShowMessageNotification,
  type CodeAction,
  type Connection,
  type Range,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isoDate, today } from '../base/calendar';
import { NotRead, readSmallFile } from '../base/small-file';
import { updateFile } from '../base/update-file';
import {
  fingerprint,
  letterKey,
  mergeSidecar,
  sidecarOf,
  unreadSidecar,
  reviewedKeys,
  reviewedPartition,
  MAX_SIDECAR_BYTES,
  REVIEWED_FILE,
  type CheckedFinding,
  type Letter,
} from '../service';
import { toDiagnostic, toRange } from './conversions';
import { MARK_REVIEWED, type ReviewedFinding } from './protocol';

export interface FolderSidecar {
  file: string;
  keys: Set<string>;
  entries: { letter: string; rule: string; fingerprint: string }[];
  /** Its problems, each with its file and line; empty when there are none. */
  problems: string;
}

/** The folder of a document's file (a PDF's for its letter view), or undefined for other schemes (untitled documents have no folder). */
export function folderOf(uri: string): string | undefined {
  const file = fileOf(uri);
  return file === undefined ? undefined : path.dirname(file);
}

/** The name a letter without a case number is known by: its file's (its PDF's for a letter view). */
const fileNameOf = (uri: string): string => {
  const file = fileOf(uri);
  return file === undefined ? decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)) : path.basename(file);
};

export class ReviewedFindings {
  private readonly folders = new Map<string, Promise<FolderSidecar>>();
  /** The problems already shown, by sidecar file: each told once until the file changes. */
  private readonly told = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    /** The documents open now. */
    private readonly openUris: () => readonly string[],
  ) {}

  /**
   * The sidecar of a folder, read once until it changes, while a letter of the folder is open;
   * nothing when it is absent or has problems. Read for a letter closed meanwhile, it is not kept
   * (the next letter opened there reads it anew), unless `held` keeps it: a folder check holds
   * what it read for the length of its run.
   */
  private sidecar(folder: string, held?: Map<string, Promise<FolderSidecar>>): Promise<FolderSidecar> {
    const known = this.folders.get(folder) ?? held?.get(folder);
    if (known) return known;
    const found = this.read(folder);
    if (this.openUris().some((uri) => folderOf(uri) === folder)) this.folders.set(folder, found);
    else held?.set(folder, found);
    return found;
  }

  /** A folder's sidecar, for a letter whose findings are shown: its problems, if any, told the user once until they change. */
  private async sidecarInUse(folder: string, held?: Map<string, Promise<FolderSidecar>>): Promise<FolderSidecar> {
    const sidecar = await this.sidecar(folder, held);
    const { file, problems } = sidecar;
    if (problems && this.told.get(file) !== problems) {
      this.told.set(file, problems);
      this.tell(
        MessageType.Warning,
        `${problems}\nNo finding of this folder is hidden as reviewed until the file is fixed, and it is not written over.`,
      );
    }
    if (!problems) this.told.delete(file);
    return sidecar;
  }

  private async read(folder: string): Promise<FolderSidecar> {
    const file = path.join(folder, REVIEWED_FILE);
    const parsed = await readSmallFile(file, MAX_SIDECAR_BYTES).then(sidecarOf, (e: NotRead) => unreadSidecar(e.why));
    const problems = parsed.problems.map((p) => `${file}:${p.line}: ${p.message}`).join('\n');
    return { file, keys: reviewedKeys(parsed.entries), entries: parsed.entries, problems };
  }

  /** A message for the user (window/showMessage: a notification, which needs no answer). */
  private tell(type: MessageType, message: string): void {
    void this.connection.sendNotification(ShowMessageNotification.type, { type, message });
  }

  /** A sidecar changed on disk (workspace/didChangeWatchedFiles): read again when next needed. */
  changed(sidecarUri: string): void {
    const folder = folderOf(sidecarUri);
    if (folder) this.folders.delete(folder);
  }

  /** A letter closed: its folder's sidecar is forgotten once no letter of the folder is open, and read anew when one opens. */
  closed(uri: string): void {
    const folder = folderOf(uri);
    if (folder && !this.openUris().some((other) => other !== uri && folderOf(other) === folder)) this.folders.delete(folder);
  }

  /** Starts reading the sidecar of a letter's folder (once), so that it is ready when the letter's findings are; tells nothing yet. */
  prefetch(uri: string): void {
    const folder = folderOf(uri);
    if (folder) void this.sidecar(folder);
  }

  /** The findings shown (those not reviewed) and how many were hidden; `held`: a folder check's sidecars (see sidecar()). */
  async shown(
    uri: string,
    letter: Letter,
    findings: CheckedFinding[],
    held?: Map<string, Promise<FolderSidecar>>,
  ): Promise<{ kept: CheckedFinding[]; hidden: number }> {
    const folder = folderOf(uri);
    if (!folder) return { kept: findings, hidden: 0 };
    const { keys } = await this.sidecarInUse(folder, held);
    return reviewedPartition(findings, letter.text, letterKey(letter.header.caseNumber?.value, fileNameOf(uri)), keys);
  }

  /** "Mark as reviewed" for each finding in the range: a command the server runs, no edit of the letter. */
  actions(doc: TextDocument, letter: Letter, findings: readonly CheckedFinding[], range: Range): CodeAction[] {
    if (!folderOf(doc.uri)) return [];
    const start = doc.offsetAt(range.start);
    const end = doc.offsetAt(range.end);
    return findings
      .filter((f) => f.more === undefined && f.span.end >= start && f.span.start <= end)
      .map((f) => {
        const argument: ReviewedFinding = {
          uri: doc.uri,
          rule: f.rule,
          fingerprint: fingerprint(letter.text, f),
          message: f.message,
          range: toRange(doc, f.span),
        };
        return {
          title: `Mark as reviewed (hide this ${f.rule} finding)`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [toDiagnostic(doc, f)],
          command: { title: 'Mark as reviewed', command: MARK_REVIEWED, arguments: [argument] },
        };
      });
  }

  /** The reviewed findings recorded for this letter, those still in it with their message and range, for a list to unmark one from. */
  async recorded(doc: TextDocument, letter: Letter, findings: CheckedFinding[]): Promise<ReviewedFinding[]> {
    const folder = folderOf(doc.uri);
    if (!folder) return [];
    const key = letterKey(letter.header.caseNumber?.value, fileNameOf(doc.uri));
    const current = new Map(findings.map((f) => [`${f.rule} ${fingerprint(letter.text, f)}`, f]));
    return (await this.sidecarInUse(folder)).entries
      .filter((e) => e.letter === key)
      .map((e) => {
        const f = current.get(`${e.rule} ${e.fingerprint}`);
        return { uri: doc.uri, rule: e.rule, fingerprint: e.fingerprint, message: f?.message, range: f && toRange(doc, f.span) };
      });
  }

  /** Records (or with `unmark`, removes) a finding in its folder's sidecar; false with a message when it could not be written. */
  async write(finding: ReviewedFinding, letter: Letter, unmark = false): Promise<boolean> {
    const folder = folderOf(finding.uri);
    if (!folder) return false;
    const file = path.join(folder, REVIEWED_FILE);
    const entry = {
      letter: letterKey(letter.header.caseNumber?.value, fileNameOf(finding.uri)),
      rule: finding.rule,
      fingerprint: finding.fingerprint,
    };
    try {
      await updateFile(file, MAX_SIDECAR_BYTES, (onDisk) =>
        unmark ? mergeSidecar(onDisk, [], [entry]) : mergeSidecar(onDisk, [{ ...entry, reviewed: isoDate(today()) }]),
      );
    } catch (e) {
      this.tell(MessageType.Error, `${file} was not written: ${(e as Error).message}`);
      return false;
    } finally {
      this.folders.delete(folder);
    }
    return true;
  }
}
