// A small typed LSP client for protocol tests: starts dist/server.js --stdio and speaks JSON-RPC
// through vscode-languageserver's protocol connection. Waits on messages, never on timers.

import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CancellationToken,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER = path.resolve(__dirname, '../../dist/server.js');

export function fixtureUri(name: string): string {
  return pathToFileURL(path.resolve(__dirname, '../fixtures', name)).toString();
}

export interface StartOptions {
  /** Announce pull diagnostics support (as VS Code does) or not (as Neovim 0.7 does). */
  pull: boolean;
  /** Answers to workspace/configuration requests for section "imr"; none: the capability is not announced. */
  settings?: Record<string, unknown>;
  /** Another copy of the server bundle to start. */
  server?: string;
  /** Announce snippet support in completion items (VS Code does; many editors do not). */
  snippets?: boolean;
  /** When workspace/configuration is answered: at once (default), when the test calls answerConfiguration(), or never. */
  configuration?: 'at once' | 'when told' | 'never';
  /** The workspace folder (a path) the client opens; none by default. */
  workspaceFolder?: string;
  /** Announce that the server may register file watchers (workspace/didChangeWatchedFiles), as VS Code does. */
  watchFiles?: boolean;
  /** Variables set in the server's environment, over this process's. */
  env?: Record<string, string>;
  /** Announce that the client takes edits for a version of a document (workspaceEdit.documentChanges), as VS Code does. */
  versionedEdits?: boolean;
  /** Requests of the server this client never answers (client/registerCapability, workspace/codeLens/refresh, which it then announces it takes). */
  neverAnswers?: ('client/registerCapability' | 'workspace/codeLens/refresh')[];
}

export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  /** The capabilities the server registered, by method, with their options. */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** The messages the server showed the user (window/showMessage). */
  readonly shown: { type: number; message: string }[] = [];
  private shownWaiters: ((m: { type: number; message: string }) => void)[] = [];
  /** The messages the server logged (window/logMessage), in order. */
  readonly logged: string[] = [];
  private logWaiters: { pattern: RegExp; resolve: (message: string) => void }[] = [];
  /** How many workspace/configuration requests the server sent. */
  configurationRequests = 0;
  /** The methods of the requests the server sent and then cancelled, unanswered (see `neverAnswers`), in order. */
  readonly cancelled: string[] = [];
  private cancelledWaiters: { method: string; resolve: () => void }[] = [];
  private waiters: { uri: string; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  private versions = new Map<string, number>();
  private heldConfiguration: (() => void)[] = [];
  private configurationWaiters: (() => void)[] = [];
  initializeResult!: InitializeResult;

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcess,
    readonly settings: Record<string, unknown> | undefined,
  ) {}

  private onConfiguration(params: { items: unknown[] }, when: StartOptions['configuration']): Promise<unknown[]> {
    this.configurationRequests++;
    const answer = () => params.items.map(() => this.settings ?? {});
    const waiters = this.configurationWaiters;
    this.configurationWaiters = [];
    for (const w of waiters) w();
    if (when === 'never') return new Promise(() => undefined);
    if (when !== 'when told') return Promise.resolve(answer());
    return new Promise((resolve) => this.heldConfiguration.push(() => resolve(answer())));
  }

  static async start(options: StartOptions): Promise<LspClient> {
    const child = spawn(process.execPath, [options.server ?? SERVER, '--stdio'], {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, ...options.env },
    });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(connection, child, options.settings);
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => client.onPublish(p));
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      client.onConfiguration(params, options.configuration),
    );
    // A request never answered stays open until the server cancels it.
    const unanswered = (method: string, token: CancellationToken): Promise<never> => {
      token.onCancellationRequested(() => {
        client.cancelled.push(method);
        for (const w of client.cancelledWaiters.filter((x) => x.method === method)) w.resolve();
        client.cancelledWaiters = client.cancelledWaiters.filter((x) => x.method !== method);
      });
      return new Promise(() => undefined);
    };
    const silent = new Set(options.neverAnswers);
    connection.onRequest(
      'client/registerCapability',
      (params: { registrations: { method: string; registerOptions?: unknown }[] }, token: CancellationToken) => {
        client.registrations.push(...params.registrations);
        return silent.has('client/registerCapability') ? unanswered('client/registerCapability', token) : null;
      },
    );
    connection.onNotification('window/showMessage', (m: { type: number; message: string }) => {
      client.shown.push(m);
      for (const w of client.shownWaiters.splice(0)) w(m);
    });
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.onRequest('workspace/codeLens/refresh', (token: CancellationToken) =>
      silent.has('workspace/codeLens/refresh') ? unanswered('workspace/codeLens/refresh', token) : null,
    );
    connection.onNotification('window/logMessage', ({ message }: { message: string }) => client.onLog(message));
    connection.listen();
    const capabilities: ClientCapabilities = {
      textDocument: {
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        completion: { completionItem: { snippetSupport: !!options.snippets } },
      },
      workspace: {
        ...(options.settings ? { configuration: true } : {}),
        ...(options.watchFiles ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {}),
        ...(silent.has('workspace/codeLens/refresh') ? { codeLens: { refreshSupport: true } } : {}),
        ...(options.versionedEdits ? { workspaceEdit: { documentChanges: true } } : {}),
      },
    };
    const folder = options.workspaceFolder ? pathToFileURL(options.workspaceFolder).toString() : null;
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folder,
      capabilities,
      workspaceFolders: folder ? [{ uri: folder, name: path.basename(options.workspaceFolder!) }] : null,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private onPublish(p: PublishDiagnosticsParams): void {
    this.published.push(p);
    const ready = this.waiters.filter((w) => w.uri === p.uri);
    this.waiters = this.waiters.filter((w) => w.uri !== p.uri);
    for (const w of ready) w.resolve(p);
  }

  private onLog(message: string): void {
    this.logged.push(message);
    const ready = this.logWaiters.filter((w) => w.pattern.test(message));
    this.logWaiters = this.logWaiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve(message);
  }

  /** Stops the server process until resume(): what is sent meanwhile waits in its input, to be read at once. */
  pause(): void {
    this.child.kill('SIGSTOP');
  }

  resume(): void {
    this.child.kill('SIGCONT');
  }

  /** Writes `message` to the server as it is, framed: for messages the protocol library would not send. */
  sendRaw(message: unknown): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  /** The server process's peak resident memory so far, in MB (Linux: /proc; undefined elsewhere). */
  peakRssMb(): number | undefined {
    try {
      const kb = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8'))?.[1];
      return kb === undefined ? undefined : Number(kb) / 1024;
    } catch {
      return undefined;
    }
  }

  /** Once the server has cancelled `count` requests of `method` it sent (see `neverAnswers`). */
  async requestCancelled(method: string, count = 1): Promise<void> {
    while (this.cancelled.filter((m) => m === method).length < count)
      await new Promise<void>((resolve) => this.cancelledWaiters.push({ method, resolve }));
  }

  /** The first message the server logs that matches `pattern`, logged already or to come. */
  loggedMessage(pattern: RegExp): Promise<string> {
    const found = this.logged.find((m) => pattern.test(m));
    return found !== undefined ? Promise.resolve(found) : new Promise((resolve) => this.logWaiters.push({ pattern, resolve }));
  }

  /** The next diagnostics the server pushes for `uri`. Register before the change that causes them. */
  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.waiters.push({ uri, resolve }));
  }

  async open(uri: string, text: string, languageId = 'imr'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  async replaceAll(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** The next message the server shows the user. Register before what causes it. */
  nextShownMessage(): Promise<{ type: number; message: string }> {
    return new Promise((resolve) => this.shownWaiters.push(resolve));
  }

  /** The next workspace/configuration request the server sends. Register before what causes it. */
  nextConfigurationRequest(): Promise<void> {
    return new Promise((resolve) => this.configurationWaiters.push(resolve));
  }

  /** Opens a document and resolves once the server has asked for its settings. */
  async openUntilConfigurationRequest(uri: string, text: string): Promise<void> {
    const asked = this.nextConfigurationRequest();
    await this.open(uri, text);
    await asked;
  }

  /** Answers the workspace/configuration requests held so far (configuration: 'when told'). */
  answerConfiguration(): void {
    const held = this.heldConfiguration;
    this.heldConfiguration = [];
    for (const answer of held) answer();
  }

  /** The server process's resident memory in bytes (from /proc), or undefined where there is no /proc. */
  residentMemory(): number | undefined {
    const status = `/proc/${this.child.pid}/status`;
    if (!fs.existsSync(status)) return undefined;
    const kb = /^VmRSS:\s*(\d+) kB/m.exec(fs.readFileSync(status, 'utf8'));
    return kb ? Number(kb[1]) * 1024 : undefined;
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    await exited;
    this.connection.dispose();
  }
}
