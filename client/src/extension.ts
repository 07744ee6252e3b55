// The VS Code client: starts the IMR language server and knows nothing about letters. What it
// shows about the letters in view (the language status item, the decisions' colours) it asks the
// server for.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LETTER_SUMMARY, type LetterSummary } from '../../server/src/server/protocol';
import { registerAppeal } from './appeal';
import { registerTimeline } from './timeline';
import { registerCheckFolder } from './check-folder';
import { DecisionColours } from './decisions';
import { firstLinesWithText } from './detect';
import { pdfDiagnostics, registerPdfLetters } from './pdf';
import { registerReviewed } from './reviewed';
import { userSettingsOnly } from './settings';

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
    // The server lays what the user set over the letter's .imr.json: it is told nothing else.
    // A folder check's findings for a PDF are shown on the PDF's letter view (./pdf.ts).
    middleware: { workspace: userSettingsOnly(context.extension.packageJSON), handleDiagnostics: pdfDiagnostics },
    outputChannel: output,
    traceOutputChannel: traceChannel(output, context),
  };
  const lsp = new LanguageClient('imr', 'IMR Letters', serverOptions, clientOptions);
  client = lsp;
  registerPdfLetters(context, lsp);
  const detection = firstLineDetection(context);
  const status = summaryStatus(context, detection.switched);
  const colours = new DecisionColours(() => client, LANGUAGE);
  const refresh = whenLettersChange(context, () => {
    void status.update();
    void colours.update();
  });

  // The extension also activates for Plain Text (see firstLineDetection); the server starts only
  // when the first IMR document is open.
  let resolveReady!: () => void;
  const serverReady = new Promise<void>((resolve) => (resolveReady = resolve));
  let starting: Promise<void> | undefined;
  const startNow = (): Promise<void> =>
    (starting ??= lsp.start().then(
      () => {
        resolveReady();
        refresh();
      },
      (error: unknown) => output.error(error instanceof Error ? error : String(error)),
    ));
  const startWhenNeeded = () => {
    if (starting || !vscode.workspace.textDocuments.some((d) => d.languageId === LANGUAGE)) return;
    void startNow();
  };

  context.subscriptions.push(
    output,
    colours,
    ...detection.disposables,
    vscode.workspace.onDidOpenTextDocument(startWhenNeeded),
    vscode.commands.registerCommand('imr.restartServer', async () => {
      if (!starting) return startWhenNeeded();
      await lsp.restart();
      refresh();
    }),
    vscode.commands.registerCommand('imr.showOutput', () => output.show(true)),
  );
  registerAppeal(context, () => client);
  registerTimeline(context, () => client);
  registerCheckFolder(context, () => startNow().then(() => lsp));
  registerReviewed(context, LANGUAGE);
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
 * document the user turns back to Plain Text stays so while it is open: VS Code reports a change
 * of language as the same document closed and opened again, while a document closed for good (by
 * the user, or by VS Code when no editor shows it) opens again as a new one, and is looked at again.
 * `switched` holds the documents it turned, for the status item to say so.
 */
function firstLineDetection(context: vscode.ExtensionContext): {
  disposables: vscode.Disposable[];
  switched: WeakSet<vscode.TextDocument>;
} {
  const languages = (context.extension.packageJSON?.contributes?.languages ?? []) as { id: string; firstLine?: string }[];
  const patterns = languages.filter((l) => l.firstLine).map((l) => ({ id: l.id, re: new RegExp(l.firstLine!) }));
  const switched = new WeakSet<vscode.TextDocument>();
  const consider = (doc: vscode.TextDocument) => {
    if (doc.languageId !== 'plaintext' || doc.lineCount === 0 || switched.has(doc)) return;
    const lines = firstLinesWithText((i) => doc.lineAt(i).text, doc.lineCount);
    const match = patterns.find((p) => lines.some((line) => p.re.test(line)));
    if (!match) return;
    switched.add(doc);
    void vscode.languages.setTextDocumentLanguage(doc, match.id);
  };
  vscode.workspace.textDocuments.forEach(consider);
  return { disposables: [vscode.workspace.onDidOpenTextDocument(consider)], switched };
}

/**
 * Calls `refresh` 150 ms after the letters in view change: another editor, a letter opened (a
 * .txt letter turns imr after it is shown: that is a document reopened, not an editor change), or
 * an edit to a visible letter. Returns a function that schedules it at once.
 */
function whenLettersChange(context: vscode.ExtensionContext, refresh: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(refresh, 150);
  };
  const visible = (doc: vscode.TextDocument) => vscode.window.visibleTextEditors.some((e) => e.document === doc);
  context.subscriptions.push(
    { dispose: () => timer && clearTimeout(timer) },
    vscode.window.onDidChangeActiveTextEditor(schedule),
    vscode.window.onDidChangeVisibleTextEditors(schedule),
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.languageId === LANGUAGE) schedule();
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (visible(e.document)) schedule();
    }),
  );
  return schedule;
}

/**
 * "3 items · 2 upheld · 1 overturned" for the active letter, from the server's `imr/letterSummary`;
 * for a Plain Text document this extension turned into a letter, its detail says so.
 */
function summaryStatus(context: vscode.ExtensionContext, switched: WeakSet<vscode.TextDocument>): { update(): Promise<void> } {
  const item = vscode.languages.createLanguageStatusItem('imr.letterSummary', { language: LANGUAGE });
  item.name = 'IMR letter summary';
  item.text = '$(loading~spin) IMR letter';
  const output: vscode.Command = { title: 'Output', command: 'imr.showOutput', tooltip: 'Show the IMR Letters output' };
  const changeLanguage: vscode.Command = {
    title: 'Change Language',
    command: 'workbench.action.editor.changeLanguageMode',
    tooltip: 'Set this document back to Plain Text, or to another language',
  };
  item.command = output;
  let asked = 0;

  async function update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!client?.isRunning() || doc?.languageId !== LANGUAGE) return;
    const ask = ++asked;
    let summary: LetterSummary | null;
    try {
      summary = await client.sendRequest<LetterSummary | null>(LETTER_SUMMARY, { uri: doc.uri.toString() });
    } catch {
      summary = null;
    }
    if (ask !== asked) return; // a newer question is on its way
    const layout = summary ? (summary.layoutName ?? 'not a recognised IMR letter') : undefined;
    const turned = switched.has(doc);
    item.text = summary ? summaryText(summary) : 'IMR letter';
    item.detail = turned ? [SWITCHED_NOTE, layout].filter(Boolean).join(' · ') : layout;
    item.command = turned ? changeLanguage : output;
  }
  context.subscriptions.push(item);
  return { update };
}

/** What the status item says of a Plain Text document this extension set to IMR Letter. */
const SWITCHED_NOTE = 'Opened as IMR Letter, not Plain Text: its first lines read like one';

function summaryText(summary: LetterSummary): string {
  const items = summary.items === 1 ? '1 item' : `${summary.items} items`;
  return `${items} · ${summary.upheld} upheld · ${summary.overturned} overturned`;
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
