// The LSP adapter: on one connection, the client's capabilities and settings, the open documents'
// diagnostics and each request's handler. Nothing here knows about letters: the handlers ask the
// service and convert. Letter text is never logged: traces carry methods, versions, sizes and
// times only.

import {
  ErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type DocumentDiagnosticParams,
} from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME, REVIEWED_FILE } from '../service';
import { appealLenses, refreshLenses, setMailing, timelineOf, worksheetOf } from './appeal';
import { clientSupport, initializeResult } from './capabilities';
import { Diagnostics } from './diagnostics';
import { everyNewDay } from './new-day';
import { markWork } from './pacing';
import { codeActions, completionItems, decisionRanges, documentSymbols, foldingRanges, hoverAt, summaryOf } from './handlers';
import { pdfTextOf } from './pdf-text';
import { APPEAL_WORKSHEET, CHECK_FOLDER, DECISIONS, LETTER_SUMMARY, PDF_TEXT, SET_MAILING, TIMELINE, type MailingParams } from './protocol';
import { ReviewedFindings } from './reviewed';
import { executeCommand, checkFolderRequest, type CommandContext } from './reviewed-commands';
import { FolderCheck } from './check-folder';
import { rehearse } from './rehearsal';
import { warmUpWhenQuiet } from './warm-up';
import { Workspace } from './workspace';

/** Serves one editor on `connection`; `warmUp` false for the warm-up's own rehearsal (./rehearsal.ts), which neither warms up nor follows the days. */
export function startServer(connection: Connection, { warmUp = true } = {}): void {
  const workspace = new Workspace(connection);
  const reviewed = new ReviewedFindings(connection);
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
  });
  connection.onDidChangeConfiguration((change) => {
    workspace.settingsChanged((change.settings as { imr?: unknown } | undefined)?.imr);
    diagnostics.settingsChanged();
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
  connection.onCompletion(checked('textDocument/completion', AT, (params, token) => completionItems(workspace, params, token)));
  connection.onHover(checked('textDocument/hover', AT, (params, token) => hoverAt(workspace, params, token)));
  connection.onCodeLens(checked('textDocument/codeLens', DOCUMENT, (params, token) => appealLenses(workspace, params, token)));
  connection.onCodeAction(checked('textDocument/codeAction', IN_RANGE, (params, token) => codeActions(workspace, params, token, reviewed)));
  connection.onExecuteCommand((params, token, progress) => {
    if (!COMMAND(params))
      throw new ResponseError(ErrorCodes.InvalidParams, 'workspace/executeCommand: its parameters are not what the protocol says');
    return executeCommand(context, params, token, progress);
  });
  connection.onRequest(CHECK_FOLDER, (params, token) => checkFolderRequest(connection, folderCheck, params, token));
  // The server's own requests (./protocol.ts), each checked as the LSP ones are.
  const own = <P>(method: string, shape: Shape, handler: (params: P, token: CancellationToken) => unknown) =>
    connection.onRequest(method, checked(method, shape, handler));
  own(LETTER_SUMMARY, OWN, (params: { uri: string }, token) => summaryOf(workspace, params, token));
  own(DECISIONS, OWN, (params: { uri: string }, token) => decisionRanges(workspace, params, token));
  own(SET_MAILING, MAILING, (params: MailingParams, token) => setMailing(connection, workspace, params, token));
  own(APPEAL_WORKSHEET, OWN, (params: { uri: string }, token) => worksheetOf(workspace, params, token));
  own(TIMELINE, OWN, (params: { uri: string }, token) => timelineOf(workspace, params, token));
  connection.onRequest(PDF_TEXT, (params: { uri?: unknown }) => pdfTextOf(params));
}

// What a request's parameters must hold, checked before it is served: a client that sends less is
// answered InvalidParams, rather than with a failure of the handler.
type Shape = (params: unknown) => boolean;
const isPosition = (position: unknown): boolean =>
  typeof (position as { line?: unknown })?.line === 'number' && typeof (position as { character?: unknown })?.character === 'number';
const DOCUMENT: Shape = (params) => typeof (params as { textDocument?: { uri?: unknown } } | null)?.textDocument?.uri === 'string';
const AT: Shape = (params) => DOCUMENT(params) && isPosition((params as { position?: unknown }).position);
const IN_RANGE: Shape = (params) => {
  const { range, context } = params as { range?: { start?: unknown; end?: unknown }; context?: { only?: unknown } | null };
  const only = context?.only;
  return (
    DOCUMENT(params) &&
    isPosition(range?.start) &&
    isPosition(range?.end) &&
    typeof context === 'object' &&
    context !== null &&
    (only === undefined || (Array.isArray(only) && only.every((kind) => typeof kind === 'string')))
  );
};
/** The server's own requests about a letter: `{ uri }`; for imr/setMailing, with a date of mailing or null. */
const OWN: Shape = (params) => typeof (params as { uri?: unknown } | null)?.uri === 'string';
const MAILING: Shape = (params) => OWN(params) && ['string', 'object'].includes(typeof (params as { mailed?: unknown }).mailed);
const COMMAND: Shape = (params) => {
  const { command, arguments: args } = (params ?? {}) as { command?: unknown; arguments?: unknown };
  return typeof command === 'string' && (args === undefined || Array.isArray(args));
};

function checked<P, R>(method: string, shape: Shape, handler: (params: P, token: CancellationToken) => R) {
  return (params: P, token: CancellationToken): R => {
    if (!shape(params)) throw new ResponseError(ErrorCodes.InvalidParams, `${method}: its parameters are not what the protocol says`);
    return handler(params, token);
  };
}

/** Today's date is in some findings ("in the future (today is …)") and in the days left to appeal: shown again each new day. */
function followTheDays(connection: Connection, workspace: Workspace, diagnostics: Diagnostics): void {
  everyNewDay(() => {
    diagnostics.refreshAll();
    refreshLenses(connection, workspace);
  });
}
