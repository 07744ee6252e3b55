// Diagnostics: pushed once typing pauses to clients that do not pull, answered to those that do.
// The rules run one at a time (a rule of thousands of items a few hundred at a time), with a
// checkpoint between them and other messages let in every few milliseconds of work; the work for a
// version already edited again is dropped.

import {
  DiagnosticRefreshRequest,
  DocumentDiagnosticReportKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { capPerRule, checkInStages, findingsPerRule, type CheckedFinding, type Letter, type Settings } from '../service';
import { toDiagnostic } from './conversions';
import { errorName } from './failures';
import { cancellable, pacer, sleep, type Checkpoint } from './pacing';
import type { ReviewedFindings } from './reviewed';
import type { OpenLetter, Workspace } from './workspace';

/** Findings per rule and letter sent to the editor; one more finding counts the rest. */
export const MAX_FINDINGS_PER_RULE = 100;

/** The longest pause in typing a long letter's check waits for (see Diagnostics.typingPause). */
const MAX_CHECK_PAUSE_MS = 2000;

const SUPERSEDED = new Error('superseded');

// How long each letter's rules took, the stages' own work without the pauses between them, measured
// by whichever request ran them first (a push, a pull, a code action); held weakly.
const rulesTimes = new WeakMap<Letter, number>();

/** Every finding of the letter, rule by rule, with a checkpoint between rules and other messages let in by `pause`. */
export async function findingsOf(
  found: OpenLetter,
  checkpoint: Checkpoint,
  pause = pacer(found.letter.text.length),
): Promise<CheckedFinding[]> {
  const stages = checkInStages(found.letter, found.settings);
  let work = 0;
  for (;;) {
    const started = performance.now();
    const stage = stages.next();
    work += performance.now() - started;
    if (stage.done) {
      if (!rulesTimes.has(found.letter)) rulesTimes.set(found.letter, work);
      return stage.value;
    }
    await pause();
    checkpoint();
  }
}

/** The work of a check of the letter: its parse and its rules, whichever request ran them. */
const checkWork = (found: OpenLetter): number => found.parseMs + (rulesTimes.get(found.letter) ?? 0);

/**
 * The findings not marked as reviewed, past any cap: what the quick fixes and "fix all" work on.
 * With `among`, only those it keeps are looked up in the sidecar (a fingerprint each), so that a
 * cursor's quick fixes cost what is under the cursor, not every finding of the letter.
 */
export async function unreviewedFindings(
  found: OpenLetter,
  checkpoint: Checkpoint,
  reviewed: ReviewedFindings | undefined,
  pause?: () => Promise<void>,
  among?: (finding: CheckedFinding) => boolean,
): Promise<CheckedFinding[]> {
  const all = await findingsOf(found, checkpoint, pause);
  const candidates = among ? all.filter(among) : all;
  return reviewed ? (await reviewed.shown(found.doc.uri, found.letter, candidates)).kept : candidates;
}

/** The findings the editor is shown: those not marked as reviewed, each rule's capped (the cap counts only findings shown). */
async function shownFindings(
  found: OpenLetter,
  checkpoint: Checkpoint,
  reviewed: ReviewedFindings,
  pause: () => Promise<void>,
): Promise<CheckedFinding[]> {
  const kept = await unreviewedFindings(found, checkpoint, reviewed, pause);
  return capPerRule(kept, findingsPerRule(found.settings, MAX_FINDINGS_PER_RULE));
}

export class Diagnostics {
  // When each document was last edited; its opening is no edit. Diagnostics wait for a pause in
  // typing (imr.diagnosticsDelay); held weakly, so nothing outlives its document.
  private readonly editedAt = new WeakMap<TextDocument, number>();
  // The work of each document's last check, its parse and its rules (not the waits between them,
  // where other requests run): a check of a long letter waits for a pause in typing that long.
  private readonly checkMs = new WeakMap<TextDocument, number>();
  // The latest push started for each document: an older one (of the same version, begun before the
  // settings or the reviewed findings changed) is dropped, so that it cannot be shown last.
  private readonly latestPush = new WeakMap<TextDocument, object>();

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
    private readonly reviewed: ReviewedFindings,
  ) {}

  /** A document opened or edited: pushed again once typing pauses. */
  changed(doc: TextDocument): void {
    this.editedAt.set(doc, this.editedAt.has(doc) ? performance.now() : -Infinity);
    if (!this.workspace.client.pullDiagnostics) void this.publish(doc);
  }

  /** A document closed: a push client's diagnostics for it are cleared. */
  closed(uri: string): void {
    if (!this.workspace.client.pullDiagnostics) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** The settings changed: a pull client is asked to pull again (if it takes the request); push clients get new pushes. */
  settingsChanged(): void {
    this.refreshAll();
  }

  /** Every open document's diagnostics again: pulled again by a client that takes the refresh request, pushed again to push clients. */
  refreshAll(): void {
    if (this.workspace.client.pullDiagnostics) {
      if (this.workspace.client.diagnosticRefresh)
        void this.workspace.askClient((token) => this.connection.sendRequest(DiagnosticRefreshRequest.type, token));
    } else for (const doc of this.workspace.documents.all()) void this.publish(doc);
  }

  /** textDocument/diagnostic: once typing pauses, the full report; cancelled at once, even while it waits. */
  async pull(uri: string, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const checkpoint = cancellable(token);
    const doc = this.workspace.documents.get(uri);
    if (doc) await this.typingPause(doc, await this.workspace.settingsFor(uri), token);
    checkpoint();
    return { kind: DocumentDiagnosticReportKind.Full, items: await this.diagnosticsOf(uri, checkpoint) };
  }

  /**
   * Waits for a pause in typing of imr.diagnosticsDelay, or as long as the work of the document's
   * last check if that is longer (up to MAX_CHECK_PAUSE_MS): a letter that takes half a second to
   * check (thousands of items) is not checked in every short pause, where its parse and each rule,
   * which run in one go, would hold up the hover or completion asked for just after.
   */
  private typingPause(doc: TextDocument, settings: Settings, token?: CancellationToken): Promise<void> {
    const pause = Math.max(settings.diagnosticsDelay, Math.min(this.checkMs.get(doc) ?? 0, MAX_CHECK_PAUSE_MS));
    return sleep((this.editedAt.get(doc) ?? -Infinity) + pause - performance.now(), token);
  }

  /** Pushes a document's diagnostics once typing pauses; work for a version already superseded, or by a newer push, is dropped. */
  private async publish(doc: TextDocument): Promise<void> {
    const { uri, version } = doc;
    const push = {};
    this.latestPush.set(doc, push);
    const checkpoint = () => {
      if (this.workspace.documents.get(uri) !== doc || doc.version !== version || this.latestPush.get(doc) !== push) throw SUPERSEDED;
    };
    try {
      await this.typingPause(doc, await this.workspace.settingsFor(uri));
      checkpoint();
      const diagnostics = await this.diagnosticsOf(uri, checkpoint);
      void this.connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (e) {
      // A bug is logged (without the letter's text) and the document keeps its last diagnostics.
      if (e !== SUPERSEDED) this.connection.console.error(`IMR Letters: the diagnostics of a document failed (${errorName(e)})`);
    }
  }

  /**
   * Diagnostics in stages (settings, parse, each rule, and each few hundred items of a rule in
   * steps), with a checkpoint between them and a chance for other messages every few milliseconds
   * of work (a pacer timed from the start).
   */
  private async diagnosticsOf(uri: string, checkpoint: Checkpoint): Promise<Diagnostic[]> {
    const start = performance.now();
    const pause = pacer(this.workspace.documents.get(uri)?.getText().length ?? 0);
    const found = await this.workspace.letterOf(uri, checkpoint);
    const doc = this.workspace.documents.get(uri);
    if (!found) {
      if (doc) this.checkMs.delete(doc);
      return [];
    }
    // Known before the rules run: a check that the next edit overtakes still lengthens the pause.
    if (doc) this.checkMs.set(doc, Math.max(this.checkMs.get(doc) ?? 0, found.parseMs));
    const parsed = performance.now();
    await pause();
    checkpoint();
    const kept = await shownFindings(found, checkpoint, this.reviewed, pause);
    // A last chance for a newer edit, read while this check ran, to supersede it before it is shown.
    await pause(true);
    checkpoint();
    const diagnostics = kept.map((f) => toDiagnostic(found.doc, f));
    if (doc) this.checkMs.set(doc, checkWork(found));
    this.connection.tracer.log(
      `diagnostics: version ${found.doc.version}, ${found.doc.getText().length} characters, ${diagnostics.length} diagnostics; ` +
        `settings and parse ${Math.round(parsed - start)} ms, rules ${Math.round(performance.now() - parsed)} ms`,
    );
    return diagnostics;
  }
}
