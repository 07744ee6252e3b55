// The LSP adapter: on one connection, the client's capabilities and settings, the open documents'
// diagnostics and each request's handler. Nothing here knows about letters: the handlers ask the
// service and convert. Letter text is never logged: traces carry methods, versions, sizes and
// times only.

import type { CancellationToken, Connection, DocumentDiagnosticParams } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME, REVIEWED_FILE } from '../service';
import { appealLenses, refreshLenses, setMailing, timelineOf, worksheetOf } from './appeal';
import { clientSupport, initializeResult } from './capabilities';
import { Diagnostics } from './diagnostics';
import { everyNewDay } from './new-day';
import { markWork } from './pacing';
import { codeActions, completionItems, decisionRanges, documentSymbols, foldingRanges, hoverAt, summaryOf } from './handlers';
import {
  ANSWERED,
  AT_POSITION,
  checked,
  COMMAND,
  DOCUMENT,
  IN_RANGE,
  MAILING,
  markShutDown,
  notCancelled,
  OWN,
  servedBeforeShutdown,
  type Shape,
} from './params';
import { pdfTextOf } from './pdf-text';
import { APPEAL_WORKSHEET, CHECK_FOLDER, DECISIONS, LETTER_SUMMARY, PDF_TEXT, SET_MAILING, TIMELINE, type MailingParams } from './protocol';
import { ReviewedFindings } from './reviewed';
import { executeCommand, checkFolderRequest, type CommandContext } from './reviewed-commands';
import { FolderCheck } from './check-folder';
import { rehearse } from './rehearsal';
import { warmUpWhenQuiet } from './warm-up';
import { Workspace } from './workspace';

/** How long after the last of a burst of settings changes the letters are checked again. */
const SETTINGS_SETTLE_MS = 50;

/** Serves one editor on `connection`; `warmUp` false for the warm-up's own rehearsal (./rehearsal.ts), which neither warms up nor follows the days. */
export function startServer(connection: Connection, { warmUp = true } = {}): void {
  const workspace = new Workspace(connection);
  const reviewed = new ReviewedFindings(connection, () => workspace.documents.all().map((d) => d.uri));
  const diagnostics = new Diagnostics(connection, workspace, reviewed);
  const folderCheck = new FolderCheck(connection, workspace, reviewed);
  const { documents } = workspace;

  connection.onInitialize((params) => {
    workspace.client = clientSupport(params.capabilities);
    workspace.globalSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    workspace.configs.initialize(params);
    return initializeResult(workspace.client);
  });
  connection.onInitialized(() => {
    connection.console.info(`IMR language server ready (${workspace.client.pullDiagnostics ? 'pull' : 'push'} diagnostics)`);
    markWork();
    if (warmUp)
      void warmUpWhenQuiet(connection.console, (letters, quiet) =>
        rehearse(letters, (rehearsal) => startServer(rehearsal, { warmUp: false }), quiet),
      );
    if (warmUp) followTheDays(connection, workspace, diagnostics);
    // Settings files, and reviewed findings written by another window, imr-lint --baseline or by
    // hand: read again when they change, where the client lets the server watch files.
    if (workspace.client.watchFiles) for (const name of [CONFIG_FILE_NAME, REVIEWED_FILE]) workspace.watchFiles(`**/${name}`);
  });
  documents.onDidOpen(({ document }) => {
    // Its folder's reviewed findings are read while its settings are asked and its rules run.
    reviewed.prefetch(document.uri);
    folderCheck.opened(document.uri);
  });

  documents.onDidChangeContent(({ document }) => {
    markWork();
    diagnostics.changed(document);
  });
  documents.onDidClose(({ document }) => {
    workspace.closed(document.uri);
    diagnostics.closed(document.uri);
    reviewed.closed(document.uri);
  });
  // A burst of settings changes (a settings file saved over and over, an extension writing them)
  // forgets the settings at each, and checks the letters again once the burst is over: one
  // workspace/configuration request per letter and one refresh, not one per change.
  let settling: NodeJS.Timeout | undefined;
  connection.onDidChangeConfiguration((change) => {
    workspace.settingsChanged((change.settings as { imr?: unknown } | undefined)?.imr);
    clearTimeout(settling);
    settling = setTimeout(() => diagnostics.settingsChanged(), SETTINGS_SETTLE_MS);
  });
  connection.onShutdown(() => {
    clearTimeout(settling); // a burst's check is not begun after shutdown
    markShutDown();
  });
  // An .imr.json changed: every letter's settings are read again, and its diagnostics with them.
  // An .imr-reviewed.json changed: read again, and the diagnostics shown anew.
  connection.onDidChangeWatchedFiles(({ changes }) => {
    const uris = changes.map((c) => c.uri);
    const sidecars = uris.filter((uri) => uri.endsWith(`/${REVIEWED_FILE}`));
    for (const uri of sidecars) reviewed.changed(uri);
    if (workspace.configs.changed(uris)) {
      workspace.settingsChanged(undefined);
      diagnostics.settingsChanged();
    } else if (sidecars.length) diagnostics.refreshAll();
  });
  answerRequests(connection, { workspace, reviewed, diagnostics, folderCheck });

  documents.listen(connection);
  connection.listen();
}

/** The editor's requests, each answered by its handler once its parameters are what LSP says. */
function answerRequests(connection: Connection, context: CommandContext): void {
  const { workspace, reviewed, diagnostics, folderCheck } = context;
  connection.languages.diagnostics.on(
    checked('textDocument/diagnostic', DOCUMENT, (params: DocumentDiagnosticParams, token) =>
      diagnostics.pull(params.textDocument.uri, token),
    ),
  );

  connection.onDocumentSymbol(
    checked('textDocument/documentSymbol', DOCUMENT, (params, token) => documentSymbols(workspace, params, token)),
  );
  connection.onFoldingRanges(checked('textDocument/foldingRange', DOCUMENT, (params, token) => foldingRanges(workspace, params, token)));
  connection.onCompletion(checked('textDocument/completion', AT_POSITION, (params, token) => completionItems(workspace, params, token)));
  connection.onHover(checked('textDocument/hover', AT_POSITION, (params, token) => hoverAt(workspace, params, token)));
  connection.onCodeLens(checked('textDocument/codeLens', DOCUMENT, (params, token) => appealLenses(workspace, params, token)));
  // Code actions let the messages in and refuse themselves if cancelled or outdated, then answer at once.
  connection.onCodeAction(
    checked('textDocument/codeAction', IN_RANGE, (params, token) => codeActions(workspace, params, token, reviewed), ANSWERED),
  );
  connection.onExecuteCommand(
    checked('workspace/executeCommand', COMMAND, (params, token, progress) => executeCommand(context, params, token, progress), ANSWERED),
  );
  connection.onRequest(CHECK_FOLDER, (params, token) => {
    servedBeforeShutdown(CHECK_FOLDER);
    return checkFolderRequest(connection, folderCheck, params, token);
  });
  // The server's own requests (./protocol.ts), each checked as the LSP ones are.
  const own = <P>(method: string, shape: Shape, handler: (params: P, token: CancellationToken) => unknown) =>
    connection.onRequest(method, checked(method, shape, handler));
  own(LETTER_SUMMARY, OWN, (params: { uri: string }, token) => summaryOf(workspace, params, token));
  own(DECISIONS, OWN, (params: { uri: string }, token) => decisionRanges(workspace, params, token));
  own(SET_MAILING, MAILING, (params: MailingParams, token) => setMailing(connection, workspace, params, token));
  own(APPEAL_WORKSHEET, OWN, (params: { uri: string }, token) => worksheetOf(workspace, params, token));
  own(TIMELINE, OWN, (params: { uri: string }, token) => timelineOf(workspace, params, token));
  connection.onRequest(PDF_TEXT, async (params: { uri?: unknown }, token) => {
    servedBeforeShutdown(PDF_TEXT);
    return notCancelled(await pdfTextOf(params), token);
  });
}

/** Today's date is in some findings ("in the future (today is …)") and in the days left to appeal: shown again each new day. */
function followTheDays(connection: Connection, workspace: Workspace, diagnostics: Diagnostics): void {
  everyNewDay(() => {
    diagnostics.refreshAll();
    refreshLenses(connection, workspace);
  });
}
