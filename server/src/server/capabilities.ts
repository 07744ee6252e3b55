// What the client can do (read once, at initialize) and what this server offers in return.

import { CHECK_FOLDER_COMMAND, LIST_REVIEWED, MARK_REVIEWED, UNMARK_REVIEWED } from './protocol';
import { CodeActionKind, TextDocumentSyncKind, type ClientCapabilities, type InitializeResult } from 'vscode-languageserver/node';

/** The kind of the code action that applies every certain fix at once. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.imr`;

/** The client's abilities this server adapts to. */
export interface ClientSupport {
  /** Pulls diagnostics (textDocument/diagnostic); otherwise they are pushed. */
  pullDiagnostics: boolean;
  /** Takes completion snippets with tab stops. */
  snippets: boolean;
  /** Takes workspace/diagnostic/refresh, to pull again after a change of settings. */
  diagnosticRefresh: boolean;
  /** Answers workspace/configuration, per document. */
  configuration: boolean;
  /** Lets the server register file watchers (workspace/didChangeWatchedFiles). */
  watchFiles: boolean;
  /** Takes workspace/codeLens/refresh, to ask for code lenses again after a date of mailing changed. */
  codeLensRefresh: boolean;
  /** Takes edits for a version of a document (documentChanges), applied only to that version. */
  versionedEdits: boolean;
}

export const NO_CLIENT_SUPPORT: ClientSupport = {
  pullDiagnostics: false,
  snippets: false,
  diagnosticRefresh: false,
  configuration: false,
  watchFiles: false,
  codeLensRefresh: false,
  versionedEdits: false,
};

export function clientSupport(caps: ClientCapabilities): ClientSupport {
  return {
    pullDiagnostics: !!caps.textDocument?.diagnostic,
    snippets: !!caps.textDocument?.completion?.completionItem?.snippetSupport,
    diagnosticRefresh: !!caps.workspace?.diagnostics?.refreshSupport,
    configuration: !!caps.workspace?.configuration,
    watchFiles: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    codeLensRefresh: !!caps.workspace?.codeLens?.refreshSupport,
    versionedEdits: !!caps.workspace?.workspaceEdit?.documentChanges,
  };
}

export function initializeResult(client: ClientSupport): InitializeResult {
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: 'IMR letter' },
      foldingRangeProvider: true,
      hoverProvider: true,
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      completionProvider: { triggerCharacters: [':'] },
      executeCommandProvider: { commands: [MARK_REVIEWED, UNMARK_REVIEWED, LIST_REVIEWED, CHECK_FOLDER_COMMAND] },
      diagnosticProvider: client.pullDiagnostics ? { interFileDependencies: false, workspaceDiagnostics: false } : undefined,
    },
    serverInfo: { name: 'imr-language-server', version: '0.1.0' },
  };
}
