// The commands the server runs (workspace/executeCommand): mark a finding reviewed, unmark it,
// list a letter's reviewed findings, and check a folder; and the imr/checkFolder request.

import {
  type CancellationToken,
  type Connection,
  type ExecuteCommandParams,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver/node';
import type { FolderCheck } from './check-folder';
import { findingsOf, type Diagnostics } from './diagnostics';
import { cancellable } from './pacing';
import { invalidParams } from './params';
import {
  CHECK_FOLDER_COMMAND,
  LIST_REVIEWED,
  MARK_REVIEWED,
  UNMARK_REVIEWED,
  type CheckFolderParams,
  type CheckFolderResult,
  type ReviewedFinding,
} from './protocol';
import type { ReviewedFindings } from './reviewed';
import type { Workspace } from './workspace';

export interface CommandContext {
  workspace: Workspace;
  reviewed: ReviewedFindings;
  diagnostics: Diagnostics;
  folderCheck: FolderCheck;
}

export async function executeCommand(
  context: CommandContext,
  params: ExecuteCommandParams,
  token: CancellationToken,
  progress: WorkDoneProgressReporter,
): Promise<unknown> {
  const [argument] = params.arguments ?? [];
  if (params.command === CHECK_FOLDER_COMMAND) {
    if (typeof argument !== 'string') throw invalidParams(`${CHECK_FOLDER_COMMAND} takes a folder's file: URI`);
    return context.folderCheck.run(argument, token, progress);
  }
  const finding = argument as Partial<ReviewedFinding> | undefined;
  if (typeof finding?.uri !== 'string') throw invalidParams(`${params.command} takes an object with the letter's uri`);
  const found = await context.workspace.letterOf(finding.uri, cancellable(token));
  if (!found) return params.command === LIST_REVIEWED ? [] : false;
  if (params.command === LIST_REVIEWED)
    return context.reviewed.recorded(found.doc, found.letter, await findingsOf(found, cancellable(token)));
  if (params.command !== MARK_REVIEWED && params.command !== UNMARK_REVIEWED) throw invalidParams(`unknown command ${params.command}`);
  if (typeof finding.rule !== 'string' || typeof finding.fingerprint !== 'string')
    throw invalidParams(`${params.command} takes the finding's rule and fingerprint`);
  const written = await context.reviewed.write(finding as ReviewedFinding, found.letter, params.command === UNMARK_REVIEWED);
  if (written) context.diagnostics.refreshAll();
  return written;
}

/** imr/checkFolder: the folder check with progress on the work-done token the client gave. */
export function checkFolderRequest(
  connection: Connection,
  folderCheck: FolderCheck,
  params: CheckFolderParams,
  token: CancellationToken,
): Promise<CheckFolderResult | null> {
  if (typeof params?.uri !== 'string') throw invalidParams(`imr/checkFolder takes { uri }`);
  return folderCheck.run(params.uri, token, connection.window.attachWorkDoneProgress(params.workDoneToken));
}
