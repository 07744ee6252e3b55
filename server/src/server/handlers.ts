// The answers to the editor's requests: each finds the open letter, asks the service and converts
// the plain answer to LSP's terms. Letter text never leaves them but in what the editor asked for.

import {
  CodeActionKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type CompletionItem,
  type CompletionParams,
  type DocumentSymbol,
  type DocumentSymbolParams,
  type FoldingRange,
  type FoldingRangeParams,
  type Hover,
  type HoverParams,
} from 'vscode-languageserver/node';
import { completions, decisionMarks, folding, hoverWithAppeal, letterSummary, outline } from '../service';
import { optionsFor } from './appeal';
import { FIX_ALL_KIND } from './capabilities';
import { toCompletionItem, toDecisionRange, toDiagnostic, toFoldingRange, toHover, toSymbol, toWorkspaceEdit } from './conversions';
import { unreviewedFindings } from './diagnostics';
import { cancellable } from './pacing';
import { notCancelled } from './params';
import type { DecisionRange, LetterSummary } from './protocol';
import type { ReviewedFindings } from './reviewed';
import type { Workspace } from './workspace';

export async function documentSymbols(
  workspace: Workspace,
  params: DocumentSymbolParams,
  token: CancellationToken,
): Promise<DocumentSymbol[]> {
  const found = await workspace.letterOf(params.textDocument.uri, cancellable(token));
  if (!found) return [];
  return outline(found.letter).map((node) => toSymbol(found.doc, node));
}

export async function foldingRanges(workspace: Workspace, params: FoldingRangeParams, token: CancellationToken): Promise<FoldingRange[]> {
  const found = await workspace.letterOf(params.textDocument.uri, cancellable(token));
  if (!found) return [];
  return folding(found.letter)
    .map((fold) => toFoldingRange(found.doc, fold))
    .filter((f) => f.endLine > f.startLine);
}

export async function completionItems(workspace: Workspace, params: CompletionParams, token: CancellationToken): Promise<CompletionItem[]> {
  const found = await workspace.letterOf(params.textDocument.uri, cancellable(token));
  if (!found) return [];
  const offered = completions(found.letter, found.doc.offsetAt(params.position));
  return offered.map((c, rank) => toCompletionItem(found.doc, c, rank, workspace.client.snippets));
}

export async function hoverAt(workspace: Workspace, params: HoverParams, token: CancellationToken): Promise<Hover | null> {
  const found = await workspace.letterOf(params.textDocument.uri, cancellable(token));
  if (!found) return null;
  // On the determination's date, its appeal deadline too (with the user's date of mailing).
  const answer = hoverWithAppeal(found.letter, found.doc.offsetAt(params.position), optionsFor(workspace, params.textDocument.uri));
  return answer ? toHover(found.doc, answer) : null;
}

/** Quick fixes for the findings in the range, and "Mark as reviewed" for each; for source.fixAll.imr, one action with every certain fix. */
export async function codeActions(
  workspace: Workspace,
  params: CodeActionParams,
  token: CancellationToken,
  reviewed?: ReviewedFindings,
): Promise<CodeAction[]> {
  const checkpoint = cancellable(token);
  const found = await workspace.letterOf(params.textDocument.uri, checkpoint);
  // None for a document not open, unless the request was cancelled meanwhile (a query refuses then).
  if (!found) return notCancelled([], token);
  const { doc } = found;
  const versioned = workspace.client.versionedEdits;
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (only?.some((k) => FIX_ALL_KIND.startsWith(k) || k.startsWith(FIX_ALL_KIND))) {
    // Every certain fix of the findings not reviewed, past the cap on those shown too.
    const fixable = await unreviewedFindings(found, checkpoint, reviewed, undefined, (f) => !!f.fixes?.some((x) => x.safe));
    await stillCurrent(workspace, doc, token);
    const safe = fixable.flatMap((f) => f.fixes!.filter((x) => x.safe).flatMap((x) => x.edits));
    if (safe.length)
      actions.push({ title: 'Fix all certain IMR problems', kind: FIX_ALL_KIND, edit: toWorkspaceEdit(doc, safe, versioned) });
    return actions;
  }
  const start = doc.offsetAt(params.range.start);
  const end = doc.offsetAt(params.range.end);
  const all = await unreviewedFindings(found, checkpoint, reviewed, undefined, (f) => f.span.end >= start && f.span.start <= end);
  await stillCurrent(workspace, doc, token);
  for (const f of all) {
    if (!f.fixes?.length) continue;
    for (const fix of f.fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        isPreferred: fix.preferred,
        diagnostics: [toDiagnostic(doc, f)],
        edit: toWorkspaceEdit(doc, fix.edits, versioned),
      });
    }
  }
  if (reviewed && (!only || only.some((k) => CodeActionKind.QuickFix.startsWith(k))))
    actions.push(...reviewed.actions(doc, found.letter, all, params.range));
  return actions;
}

/**
 * Refuses (ContentModified) fixes worked out on a text edited since: a client may apply a fix's
 * edits to the text it has now, whatever version they name (vscode-languageclient drops it). The
 * messages that came meanwhile are let in first (notCancelled), and nothing is let in after: the
 * answer is sent before any later edit is read (the handler is registered as ANSWERED for that).
 */
async function stillCurrent(workspace: Workspace, parsed: { uri: string; version: number }, token: CancellationToken): Promise<void> {
  await notCancelled(undefined, token);
  const open = workspace.documents.get(parsed.uri);
  if (open && open.version !== parsed.version)
    throw new ResponseError(LSPErrorCodes.ContentModified, 'the letter changed while its fixes were worked out');
}

/** imr/letterSummary, for the client's language status item: counts only, never letter text. */
export async function summaryOf(workspace: Workspace, params: { uri: string }, token: CancellationToken): Promise<LetterSummary | null> {
  const found = await workspace.letterOf(params.uri, cancellable(token));
  return found ? letterSummary(found.letter) : null;
}

/** imr/decisions: where each item's decision is written, for the client's colours. */
export async function decisionRanges(
  workspace: Workspace,
  params: { uri: string },
  token: CancellationToken,
): Promise<DecisionRange[] | null> {
  const found = await workspace.letterOf(params.uri, cancellable(token));
  return found ? decisionMarks(found.letter).map((mark) => toDecisionRange(found.doc, mark)) : null;
}
