// The LSP adapter: capabilities, settings and handlers. Each handler converts positions and calls
// the service or a feature; nothing here knows about letters. Letter text is never logged: traces
// carry methods, versions, sizes and times only.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  CodeActionKind,
  CompletionItemKind,
  ConfigurationRequest,
  InsertTextFormat,
  createConnection,
  DiagnosticRefreshRequest,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  FoldingRangeKind,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  SymbolKind,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { completions, type CompletionKind } from './features/completion';
import { folding } from './features/folding';
import { hover } from './features/hover';
import { outline, type OutlineKind, type OutlineNode } from './features/outline';
import { LETTER_SUMMARY, type LetterSummary } from './protocol';
import type { Letter, Span } from './letter';
import { LAYOUTS } from './letter/layouts';
import type { Severity } from './rules';
import { checkInStages, DEFAULT_SETTINGS, LetterCache, normalizeSettings, warmUp, type CheckedFinding, type Settings } from './service';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const SYMBOL_KIND: Record<OutlineKind, SymbolKind> = {
  section: SymbolKind.Namespace,
  field: SymbolKind.Field,
  item: SymbolKind.Event,
  part: SymbolKind.String,
};

const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  heading: CompletionItemKind.Module,
  label: CompletionItemKind.Property,
  decision: CompletionItemKind.EnumMember,
  guideline: CompletionItemKind.Reference,
  section: CompletionItemKind.Field,
  snippet: CompletionItemKind.Snippet,
};

/** A snippet as plain text, for clients without snippet support: defaults and first choices kept. */
function plainSnippet(s: string): string {
  return s.replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{?\d+\}?/g, '');
}

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.imr`;

/** Findings per rule and letter sent to the editor; one more finding counts the rest. */
export const MAX_FINDINGS_PER_RULE = 100;

/** How long the server waits for the client to answer one of its requests before it goes on without. */
export const CLIENT_REQUEST_TIMEOUT = 2000;

/** A check between stages of work: throws once the work is no longer wanted. */
type Checkpoint = () => void;

/** The checkpoint of a request: a cancelled request is answered with the LSP RequestCancelled error. */
function cancellable(token: CancellationToken): Checkpoint {
  return () => {
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
  };
}

// The sample letters (samples/*.imr.txt) the server warms up on, put in the bundle by esbuild.mjs;
// none when the server runs from source.
declare const IMR_WARM_UP_LETTERS: readonly string[] | undefined;
const WARM_UP_LETTERS = typeof IMR_WARM_UP_LETTERS === 'undefined' ? [] : IMR_WARM_UP_LETTERS;

/** Times the engine runs over the sample letters after initialize: enough for a new letter to take milliseconds. */
const WARM_UP_PASSES = 4;

/** Milliseconds without work for the editor before the warm-up takes its next stage. */
const QUIET = 50;

/** When the server last worked for the editor: the warm-up gives way to that work. */
let lastWork = -Infinity;

const sleep = (ms: number) => (ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

/**
 * Lets the messages that arrived during synchronous work (a newer edit, a cancellation, a hover)
 * be handled before the next stage: an immediate queued now may run before the next poll for
 * input, one queued from it runs after the messages that poll read.
 */
async function letMessagesIn(): Promise<void> {
  lastWork = performance.now();
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
}

/** The rule docs travel with the server: dist/server.js -> docs/rules/<id>.md. */
function ruleDocHref(id: string): string {
  return pathToFileURL(path.join(__dirname, '..', 'docs', 'rules', `${id}.md`)).toString();
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const letters = new LetterCache();
  const settingsByUri = new Map<string, Promise<Settings>>();
  let pullDiagnostics = false;
  let snippetSupport = false;
  let refreshSupport = false;
  let configurationPull = false;
  let globalSettings: Settings = DEFAULT_SETTINGS;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    pullDiagnostics = !!caps.textDocument?.diagnostic;
    snippetSupport = !!caps.textDocument?.completion?.completionItem?.snippetSupport;
    refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
    configurationPull = !!caps.workspace?.configuration;
    globalSettings = normalizeSettings((params.initializationOptions as { settings?: unknown } | undefined)?.settings);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: 'IMR letter' },
        foldingRangeProvider: true,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        completionProvider: { triggerCharacters: [':'] },
        diagnosticProvider: pullDiagnostics ? { interFileDependencies: false, workspaceDiagnostics: false } : undefined,
      },
      serverInfo: { name: 'imr-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    connection.console.info(`IMR language server ready (${pullDiagnostics ? 'pull' : 'push'} diagnostics)`);
    lastWork = performance.now();
    void warmUpWhenQuiet();
  });

  /**
   * The engine's first run costs a hundred times a warm one (code compiled and optimised, patterns
   * built), so it runs on the sample letters after initialize rather than on the first letter the
   * user opens: one stage at a time, each only after QUIET ms without work for the editor, so that
   * a letter opened meanwhile is checked first.
   */
  async function warmUpWhenQuiet(): Promise<void> {
    if (!WARM_UP_LETTERS.length) return;
    const started = performance.now();
    let working = 0;
    const stages = warmUp(WARM_UP_LETTERS, WARM_UP_PASSES, (letter) => {
      outline(letter);
      folding(letter);
    });
    for (;;) {
      for (let quiet = performance.now() - lastWork; quiet < QUIET; quiet = performance.now() - lastWork) await sleep(QUIET - quiet);
      const t0 = performance.now();
      if (stages.next().done) break;
      working += performance.now() - t0;
      await new Promise((resolve) => setImmediate(resolve));
    }
    connection.console.log(`warm-up done in ${Math.round(performance.now() - started)} ms (${Math.round(working)} ms of work)`);
  }

  /** Asks the client; after CLIENT_REQUEST_TIMEOUT ms (or an error) the answer is undefined and the request cancelled. */
  function askClient<R>(send: (token: CancellationToken) => Promise<R>): Promise<R | undefined> {
    const source = new CancellationTokenSource();
    return new Promise<R | undefined>((resolve) => {
      const timer = setTimeout(() => {
        source.cancel();
        resolve(undefined);
      }, CLIENT_REQUEST_TIMEOUT);
      send(source.token)
        .then(resolve, () => resolve(undefined))
        .finally(() => clearTimeout(timer));
    });
  }

  /** A document's settings, asked once while it is open; the defaults when the client does not answer. */
  function settingsFor(uri: string): Promise<Settings> {
    if (!configurationPull) return Promise.resolve(globalSettings);
    let s = settingsByUri.get(uri);
    if (!s) {
      const items = [{ scopeUri: uri, section: 'imr' }];
      s = askClient((token) => connection.sendRequest(ConfigurationRequest.type, { items }, token)).then((answer) =>
        answer ? normalizeSettings(answer[0]) : globalSettings,
      );
      settingsByUri.set(uri, s);
    }
    return s;
  }

  /**
   * The open document, its settings and its letter parsed from its current text (cached by text).
   * Nothing is parsed or cached for a document closed while its settings were on their way.
   */
  async function letterOf(uri: string, checkpoint: Checkpoint) {
    lastWork = performance.now();
    if (!documents.get(uri)) return undefined;
    const settings = await settingsFor(uri);
    checkpoint();
    const doc = documents.get(uri);
    // imr.enable off: no outline, folding, hovers, completion or actions either.
    if (!doc || !settings.enable) return undefined;
    return { doc, settings, letter: letters.get(uri, doc.getText(), settings.maxFileSize) };
  }

  const range = (doc: TextDocument, s: Span) => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) });

  function toDiagnostic(doc: TextDocument, f: CheckedFinding): Diagnostic {
    return {
      range: range(doc, f.span),
      severity: SEVERITY[f.severity],
      code: f.rule,
      codeDescription: { href: ruleDocHref(f.rule) },
      source: 'imr',
      message: f.message,
      relatedInformation: f.related?.map((r) => ({ location: { uri: doc.uri, range: range(doc, r.span) }, message: r.message })),
    };
  }

  /** The findings the editor is shown, rule by rule, with other messages let in and a checkpoint between rules. */
  async function findingsOf(found: { letter: Letter; settings: Settings }, checkpoint: Checkpoint): Promise<CheckedFinding[]> {
    const stages = checkInStages(found.letter, found.settings, undefined, MAX_FINDINGS_PER_RULE);
    for (let stage = stages.next(); ; stage = stages.next()) {
      if (stage.done) return stage.value;
      await letMessagesIn();
      checkpoint();
    }
  }

  /** Diagnostics in stages (settings, parse, each rule), with a checkpoint and a chance for other messages between them. */
  async function diagnosticsOf(uri: string, checkpoint: Checkpoint): Promise<Diagnostic[]> {
    const start = performance.now();
    const found = await letterOf(uri, checkpoint);
    if (!found) return [];
    const parsed = performance.now();
    await letMessagesIn();
    checkpoint();
    const diagnostics = (await findingsOf(found, checkpoint)).map((f) => toDiagnostic(found.doc, f));
    connection.tracer.log(
      `diagnostics: version ${found.doc.version}, ${found.doc.getText().length} characters, ${diagnostics.length} diagnostics; ` +
        `settings and parse ${Math.round(parsed - start)} ms, rules ${Math.round(performance.now() - parsed)} ms`,
    );
    return diagnostics;
  }

  // When each document was last edited; its opening is no edit. Diagnostics wait for a pause in
  // typing (imr.diagnosticsDelay); held weakly, so nothing outlives its document.
  const editedAt = new WeakMap<TextDocument, number>();
  const typingPause = (doc: TextDocument, settings: Settings) => sleep((editedAt.get(doc) ?? -Infinity) + settings.diagnosticsDelay - performance.now());

  const SUPERSEDED = new Error('superseded');

  /** Pushes a document's diagnostics once typing pauses; work for a version already superseded is dropped. */
  async function publish(doc: TextDocument): Promise<void> {
    const { uri, version } = doc;
    const checkpoint = () => {
      if (documents.get(uri) !== doc || doc.version !== version) throw SUPERSEDED;
    };
    try {
      await typingPause(doc, await settingsFor(uri));
      checkpoint();
      const diagnostics = await diagnosticsOf(uri, checkpoint);
      connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (e) {
      if (e !== SUPERSEDED) throw e;
    }
  }

  documents.onDidChangeContent(({ document }) => {
    lastWork = performance.now();
    editedAt.set(document, editedAt.has(document) ? performance.now() : -Infinity);
    if (!pullDiagnostics) void publish(document);
  });

  documents.onDidClose((e) => {
    letters.delete(e.document.uri);
    settingsByUri.delete(e.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((change) => {
    settingsByUri.clear();
    const s = (change.settings as { imr?: unknown } | undefined)?.imr;
    if (s !== undefined) globalSettings = normalizeSettings(s);
    // A pull client is asked to pull again (if it takes the request); push clients get new pushes.
    if (pullDiagnostics) {
      if (refreshSupport) void askClient((token) => connection.sendRequest(DiagnosticRefreshRequest.type, token));
    } else for (const doc of documents.all()) void publish(doc);
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const { uri } = params.textDocument;
    const doc = documents.get(uri);
    if (doc) await typingPause(doc, await settingsFor(uri));
    return { kind: DocumentDiagnosticReportKind.Full, items: await diagnosticsOf(uri, cancellable(token)) };
  });

  connection.onDocumentSymbol(async (params, token) => {
    const found = await letterOf(params.textDocument.uri, cancellable(token));
    if (!found) return [];
    const toSymbol = (n: OutlineNode): DocumentSymbol => ({
      name: n.name,
      detail: n.detail,
      kind: SYMBOL_KIND[n.kind],
      range: range(found.doc, n.span),
      selectionRange: range(found.doc, n.selectionSpan),
      children: n.children.map(toSymbol),
    });
    return outline(found.letter).map(toSymbol);
  });

  connection.onFoldingRanges(async (params, token) => {
    const found = await letterOf(params.textDocument.uri, cancellable(token));
    if (!found) return [];
    return folding(found.letter)
      .map((f) => ({ startLine: found.doc.positionAt(f.span.start).line, endLine: found.doc.positionAt(f.span.end).line, kind: f.kind === 'section' ? FoldingRangeKind.Region : undefined }))
      .filter((f) => f.endLine > f.startLine);
  });

  connection.onCompletion(async (params, token) => {
    const found = await letterOf(params.textDocument.uri, cancellable(token));
    if (!found) return [];
    return completions(found.letter, found.doc.offsetAt(params.position)).map((c, i) => {
      const snippet = !!c.snippet && snippetSupport;
      return {
        label: c.label,
        kind: COMPLETION_KIND[c.kind],
        detail: c.detail,
        sortText: String(i).padStart(4, '0'),
        insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        textEdit: { range: range(found.doc, c.replace), newText: c.snippet && !snippet ? plainSnippet(c.insert) : c.insert },
      };
    });
  });

  connection.onHover(async (params, token) => {
    const found = await letterOf(params.textDocument.uri, cancellable(token));
    if (!found) return null;
    const h = hover(found.letter, found.doc.offsetAt(params.position));
    return h ? { contents: { kind: 'markdown', value: h.markdown }, range: range(found.doc, h.span) } : null;
  });

  connection.onCodeAction(async (params, token) => {
    const checkpoint = cancellable(token);
    const found = await letterOf(params.textDocument.uri, checkpoint);
    if (!found) return [];
    const { doc } = found;
    const findings = (await findingsOf(found, checkpoint)).filter((f) => f.fixes?.length);
    const only = params.context.only;
    const actions: CodeAction[] = [];
    const edit = (edits: { span: Span; newText: string }[]) => ({ changes: { [doc.uri]: edits.map((e) => ({ range: range(doc, e.span), newText: e.newText })) } });
    if (only?.some((k) => FIX_ALL_KIND.startsWith(k) || k.startsWith(FIX_ALL_KIND))) {
      const safe = findings.flatMap((f) => f.fixes!.filter((x) => x.safe).flatMap((x) => x.edits));
      if (safe.length) actions.push({ title: 'Fix all certain IMR problems', kind: FIX_ALL_KIND, edit: edit(safe) });
      return actions;
    }
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    for (const f of findings) {
      if (f.span.end < start || f.span.start > end) continue;
      for (const fix of f.fixes!) {
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, isPreferred: fix.preferred, diagnostics: [toDiagnostic(doc, f)], edit: edit(fix.edits) });
      }
    }
    return actions;
  });

  // Custom request for the client's language status item: counts only, never letter text.
  connection.onRequest(LETTER_SUMMARY, async (params: { uri: string }, token): Promise<LetterSummary | null> => {
    const found = await letterOf(params.uri, cancellable(token));
    if (!found || !found.settings.enable) return null;
    const { items, layout } = found.letter;
    const count = (outcome: string) => items.filter((item) => item.decision?.outcome === outcome).length;
    const layoutName = LAYOUTS.find((l) => l.id === layout)?.name ?? null;
    return { items: items.length, upheld: count('upheld'), overturned: count('overturned'), layout, layoutName };
  });

  documents.listen(connection);
  connection.listen();
}

// Started directly (dist/server.js --stdio, or --node-ipc by VS Code).
if (require.main === module) startServer(createConnection(ProposedFeatures.all));
