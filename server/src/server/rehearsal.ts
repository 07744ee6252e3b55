// A rehearsal of an editor's session, the warm-up's last stage: a second server, on an in-memory
// connection within this process, is initialised, opens each warm-up letter, publishes its diagnostics, answers its
// outline and folding, and closes it. The first letter a real editor opens then finds the
// protocol's code (messages read and written, documents kept, settings asked, findings turned into
// diagnostics) compiled, as the engine's already is.

import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { withDeadline } from '../base/deadline';
import {
  ConfigurationRequest,
  createConnection,
  createProtocolConnection,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  InitializedNotification,
  InitializeRequest,
  ProposedFeatures,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
} from 'vscode-languageserver/node';

// The letters are files of a folder in the server's own folder, which does not exist, and which is
// the rehearsal's workspace folder: a letter the editor opens from disk has its folder's .imr.json
// and reviewed findings looked for, up to its workspace folder's root, and these reads (here two,
// of files not found: the same code and file-system threads) are then ready too. Nothing is
// written, and no folder above is read.
const REHEARSAL_FOLDER = path.join(__dirname, '.imr-rehearsal');

/** A step of the rehearsal that takes longer than this is given up, and the rehearsal with it. */
const STEP_MS = 10_000;

/** `step`, or a rejection once STEP_MS have passed without its answer. */
const inTime = <T>(step: Promise<T>): Promise<T> =>
  withDeadline(step, STEP_MS, () => {
    throw new Error(`a rehearsal step took more than ${STEP_MS} ms`);
  });

/**
 * Runs `serve` on an in-memory connection and plays an editor that opens each of `letters`, after
 * `quiet` before each, so that a real editor's work goes first. Rejects if a step fails or stalls.
 */
export async function rehearse(
  letters: readonly string[],
  serve: (connection: Connection) => void,
  quiet: () => Promise<void>,
): Promise<void> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  // Message readers, not streams: a stream that ends would make vscode-languageserver end the process.
  const server = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  serve(server);
  const editor = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published = new Map<string, () => void>();
  editor.onNotification(PublishDiagnosticsNotification.type, ({ uri }) => published.get(uri)?.());
  editor.onRequest(ConfigurationRequest.type, ({ items }) => items.map(() => ({})));
  editor.onRequest(RegistrationRequest.type, () => undefined);
  editor.listen();
  await inTime(
    editor.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: pathToFileURL(REHEARSAL_FOLDER).href,
      workspaceFolders: [{ uri: pathToFileURL(REHEARSAL_FOLDER).href, name: 'rehearsal' }],
      capabilities: {
        textDocument: { publishDiagnostics: { relatedInformation: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
        workspace: { configuration: true },
      },
    }),
  );
  await editor.sendNotification(InitializedNotification.type, {});
  for (const [index, text] of letters.entries()) {
    await quiet();
    const uri = pathToFileURL(path.join(REHEARSAL_FOLDER, `imr-rehearsal-${index}.imr`)).href;
    const diagnostics = new Promise<void>((resolve) => published.set(uri, resolve));
    await editor.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'imr', version: 1, text } });
    await inTime(diagnostics);
    await inTime(editor.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }));
    await inTime(editor.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }));
    await editor.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }
  // Once it is over, both ends are closed. A step that failed or stalled throws before this: the
  // second server may still be working, and is left to finish into a stream no one reads rather
  // than made to write to a closed connection; nothing then holds it.
  editor.dispose();
  server.dispose();
  toServer.end();
  toClient.end();
}
