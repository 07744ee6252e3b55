// After the decision, in the editor: the timeline view's data, and the appeal deadline: a code lens on the determination's date (the hover handler
// adds the deadline to that date's hover), and the date of mailing a user gives: kept per open
// document, in memory only, never written anywhere.

import {
  CodeLensRefreshRequest,
  ErrorCodes,
  ResponseError,
  type CancellationToken,
  type CodeLens,
  type CodeLensParams,
  type Connection,
} from 'vscode-languageserver/node';
import { isoDate, today } from '../base/calendar';
import {
  appealDeadline,
  appealLensTitle,
  appealLensTooltip,
  appealWorksheet,
  letterTimeline,
  mailingProblem,
  readFullDate,
  type AppealOptions,
} from '../service';
import { toRange } from './conversions';
import { cancellable } from './pacing';
import type { AppealInfo, MailingParams, TimelineView } from './protocol';
import type { Workspace } from './workspace';

/** The command a lens runs: the client asks for another date of mailing. */
export const SET_MAILING_COMMAND = 'imr.setMailingDate';

const ADDRESSES = ['california', 'other-state', 'outside-us'] as const;

/** The appeal options of a document: the user's date of mailing and address, and today. */
export function optionsFor(workspace: Workspace, uri: string): AppealOptions {
  return { ...workspace.mailing.get(uri), today: today() };
}

export async function appealLenses(workspace: Workspace, params: CodeLensParams, token: CancellationToken): Promise<CodeLens[]> {
  const uri = params.textDocument.uri;
  const found = await workspace.letterOf(uri, cancellable(token));
  const deadline = found && appealDeadline(found.letter, optionsFor(workspace, uri));
  if (!found || !deadline) return [];
  const span = deadline.span ?? { start: 0, end: 0 };
  return [
    {
      range: toRange(found.doc, span),
      command: { title: appealLensTitle(deadline), tooltip: appealLensTooltip(deadline), command: SET_MAILING_COMMAND, arguments: [uri] },
    },
  ];
}

/**
 * imr/setMailing: keeps the user's date of mailing (or forgets it) and answers the new deadline. A
 * date before the determination's own is refused with an InvalidParams error that says so, and the
 * date kept before stays.
 */
export async function setMailing(
  connection: Connection,
  workspace: Workspace,
  params: MailingParams,
  token: CancellationToken,
): Promise<AppealInfo | null> {
  const mailed = params.mailed === null ? undefined : readFullDate(String(params.mailed));
  if (params.mailed !== null && !mailed) return null;
  const address = ADDRESSES.find((a) => a === params.address);
  const found = await workspace.letterOf(params.uri, cancellable(token));
  // Closed while its letter was read: nothing is kept for a document no longer open.
  if (!found || !workspace.documents.get(params.uri)) return null;
  const problem = mailed && mailingProblem(found.letter, mailed);
  if (problem) throw new ResponseError(ErrorCodes.InvalidParams, problem);
  if (mailed || address) workspace.mailing.set(params.uri, { mailed, address });
  else workspace.mailing.delete(params.uri);
  const deadline = appealDeadline(found.letter, optionsFor(workspace, params.uri));
  refreshLenses(connection, workspace);
  if (!deadline) return null;
  return {
    appealBy: isoDate(deadline.appealBy),
    title: appealLensTitle(deadline),
    mailed: isoDate(deadline.mailed),
    mailedGiven: deadline.mailedGiven,
  };
}

/** imr/appealWorksheet: the worksheet's Markdown, with the document's settings and date of mailing. */
export async function worksheetOf(
  workspace: Workspace,
  params: { uri: string },
  token: CancellationToken,
): Promise<{ markdown: string } | null> {
  const found = await workspace.letterOf(params.uri, cancellable(token));
  return found ? { markdown: appealWorksheet(found.letter, found.settings, optionsFor(workspace, params.uri)) } : null;
}

/** imr/timeline: the letter's dated facts, with LSP ranges, for the client's timeline view. */
export async function timelineOf(workspace: Workspace, params: { uri: string }, token: CancellationToken): Promise<TimelineView | null> {
  const found = await workspace.letterOf(params.uri, cancellable(token));
  if (!found) return null;
  const data = letterTimeline(found.letter, found.settings);
  const { facts, ...rest } = data;
  return { ...rest, marks: facts.map(({ span, ...f }) => ({ ...f, range: toRange(found.doc, span) })) };
}

/** Asks the client for the appeal lenses again, where it takes the request (cancelled if not answered in time, as every request to the client). */
export function refreshLenses(connection: Connection, workspace: Workspace): void {
  if (workspace.client.codeLensRefresh) void workspace.askClient((token) => connection.sendRequest(CodeLensRefreshRequest.type, token));
}
