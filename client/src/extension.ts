// The VS Code client: starts the IMR language server and knows nothing about letters. What it
// shows about the active letter (the language status item) it asks the server for.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LETTER_SUMMARY, type LetterSummary } from '../../server/src/protocol';
import { firstLinesWithText } from './detect';

/** What activate() returns: for tests and other extensions, the moment the server answers. */
export interface ImrApi {
  /** Resolves once the language server has started (it starts with the first IMR document). */
  serverReady: Promise<void>;
}

const LANGUAGE = 'imr';
let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): ImrApi {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
  };
  const output = vscode.window.createOutputChannel('IMR Letters', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE }],
    synchronize: { configurationSection: 'imr' },
    outputChannel: output,
    traceOutputChannel: traceChannel(output, context),
  };
  const lsp = new LanguageClient('imr', 'IMR Letters', serverOptions, clientOptions);
  client = lsp;
  const status = summaryStatus(context);

  // The extension also activates for Plain Text (see firstLineDetection); the server starts only
  // when the first IMR document is open.
  let resolveReady!: () => void;
  const serverReady = new Promise<void>((resolve) => (resolveReady = resolve));
  let starting: Promise<void> | undefined;
  const startWhenNeeded = () => {
    if (starting || !vscode.workspace.textDocuments.some((d) => d.languageId === LANGUAGE)) return;
    starting = lsp.start().then(
      () => {
        resolveReady();
        status.refresh();
      },
      (error: unknown) => output.error(error instanceof Error ? error : String(error)),
    );
  };

  context.subscriptions.push(
    output,
    ...firstLineDetection(context),
    vscode.workspace.onDidOpenTextDocument(startWhenNeeded),
    vscode.commands.registerCommand('imr.restartServer', async () => {
      if (!starting) return startWhenNeeded();
      await lsp.restart();
      status.refresh();
    }),
    vscode.commands.registerCommand('imr.showOutput', () => output.show(true)),
  );
  startWhenNeeded();
  return { serverReady };
}

export async function deactivate(): Promise<void> {
  if (client?.needsStop()) await client.stop();
  client = undefined;
}

/**
 * VS Code chooses a language by file extension before it reads the first line, so a letter in a
 * `.txt` file opens as Plain Text whatever its first line says; and text extracted from a PDF
 * starts with blank lines. This applies the manifest's own `firstLine` patterns to the first few
 * lines with text of Plain Text documents as they open (and of those open before activation). A
 * document the user turns back to Plain Text stays so for the session.
 */
function firstLineDetection(context: vscode.ExtensionContext): vscode.Disposable[] {
  const languages = (context.extension.packageJSON?.contributes?.languages ?? []) as { id: string; firstLine?: string }[];
  const patterns = languages.filter((l) => l.firstLine).map((l) => ({ id: l.id, re: new RegExp(l.firstLine!) }));
  const switched = new Set<string>();
  const consider = (doc: vscode.TextDocument) => {
    if (doc.languageId !== 'plaintext' || doc.lineCount === 0 || switched.has(doc.uri.toString())) return;
    const lines = firstLinesWithText((i) => doc.lineAt(i).text, doc.lineCount);
    const match = patterns.find((p) => lines.some((line) => p.re.test(line)));
    if (!match) return;
    switched.add(doc.uri.toString());
    void vscode.languages.setTextDocumentLanguage(doc, match.id);
  };
  vscode.workspace.textDocuments.forEach(consider);
  return [vscode.workspace.onDidOpenTextDocument(consider)];
}

/** "3 items · 2 upheld · 1 overturned" for the active letter, from the server's `imr/letterSummary`. */
function summaryStatus(context: vscode.ExtensionContext): { refresh(): void } {
  const item = vscode.languages.createLanguageStatusItem('imr.letterSummary', { language: LANGUAGE });
  item.name = 'IMR letter summary';
  item.text = '$(loading~spin) IMR letter';
  item.command = { title: 'Output', command: 'imr.showOutput', tooltip: 'Show the IMR Letters output' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  async function update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!client?.isRunning() || doc?.languageId !== LANGUAGE) return;
    const ask = ++asked;
    let s: LetterSummary | null = null;
    try {
      s = await client.sendRequest<LetterSummary | null>(LETTER_SUMMARY, { uri: doc.uri.toString() });
    } catch {
      s = null;
    }
    if (ask !== asked) return; // a newer question is on its way
    item.text = s ? summaryText(s) : 'IMR letter';
    item.detail = s ? (s.layoutName ?? 'not a recognised IMR letter') : undefined;
  }
  const refresh = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void update(), 150);
  };
  context.subscriptions.push(
    item,
    { dispose: () => timer && clearTimeout(timer) },
    vscode.window.onDidChangeActiveTextEditor(refresh),
    // A .txt letter turns imr after it is shown: that is a document (re)opened, not an editor change.
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.languageId === LANGUAGE) refresh();
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) refresh();
    }),
  );
  return { refresh };
}

function summaryText(s: LetterSummary): string {
  const items = s.items === 1 ? '1 item' : `${s.items} items`;
  return `${items} · ${s.upheld} upheld · ${s.overturned} overturned`;
}

/**
 * The channel vscode-languageclient traces into. The library traces only when the channel's log
 * level is Trace; here that level follows `imr.trace.server` instead, so the setting works as
 * documented. Only each message's first line is kept (its name, id and timing): parameters and
 * results carry letter text, and output channels are written to VS Code's log folder.
 * `imr.trace.server` as an object (`{ "verbosity": ..., "format": "json" }`) would make the
 * library trace each message as one line of JSON, parameters included: that counts as off, and
 * a JSON trace line is dropped whatever the setting.
 */
function traceChannel(output: vscode.LogOutputChannel, context: vscode.ExtensionContext): vscode.LogOutputChannel {
  const enabled = () => {
    const setting = vscode.workspace.getConfiguration('imr').get<unknown>('trace.server', 'off');
    return typeof setting === 'string' && setting !== 'off';
  };
  const changed = new vscode.EventEmitter<vscode.LogLevel>();
  const level = () => (enabled() ? vscode.LogLevel.Trace : vscode.LogLevel.Info);
  context.subscriptions.push(
    changed,
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('imr.trace.server')) changed.fire(level());
    }),
  );
  const firstLine = (message: string) => message.split('\n', 1)[0];
  return {
    name: output.name,
    get logLevel() {
      return level();
    },
    onDidChangeLogLevel: changed.event,
    trace: (message: string) => {
      if (enabled() && !message.startsWith('{')) output.info(`[trace] ${firstLine(message)}`);
    },
    debug: (message: string) => output.debug(firstLine(message)),
    info: (message: string) => output.info(firstLine(message)),
    warn: (message: string) => output.warn(firstLine(message)),
    error: (error: string | Error) => output.error(typeof error === 'string' ? firstLine(error) : error),
    append: () => undefined,
    appendLine: () => undefined,
    replace: () => undefined,
    clear: () => output.clear(),
    show: (a?: boolean | vscode.ViewColumn, b?: boolean) => (typeof a === 'boolean' ? output.show(a) : output.show(a, b)),
    hide: () => output.hide(),
    dispose: () => undefined,
  };
}
