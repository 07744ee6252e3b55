// The LSP adapter: capabilities, settings and handlers. Each handler converts positions and calls
// the service or a feature; nothing here knows about letters. Letter text is never logged.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  CompletionItemKind,
  InsertTextFormat,
  createConnection,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  FoldingRangeKind,
  ProposedFeatures,
  SymbolKind,
  TextDocuments,
  TextDocumentSyncKind,
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
import type { Span } from './letter';
import type { Severity } from './rules';
import { check, DEFAULT_SETTINGS, LetterCache, normalizeSettings, type CheckedFinding, type Settings } from './service';

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
  });

  function settingsFor(uri: string): Promise<Settings> {
    if (!configurationPull) return Promise.resolve(globalSettings);
    let s = settingsByUri.get(uri);
    if (!s) {
      s = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'imr' })
        .then(normalizeSettings, () => globalSettings);
      settingsByUri.set(uri, s);
    }
    return s;
  }

  async function letterOf(uri: string) {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const settings = await settingsFor(uri);
    // imr.enable off: no outline, folding, hovers, completion or actions either.
    if (!settings.enable) return undefined;
    return { doc, settings, letter: letters.get(uri, doc.version, doc.getText(), settings.maxFileSize) };
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

  async function diagnosticsOf(uri: string): Promise<Diagnostic[]> {
    const found = await letterOf(uri);
    if (!found) return [];
    return check(found.letter, found.settings).map((f) => toDiagnostic(found.doc, f));
  }

  async function publish(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const diagnostics = await diagnosticsOf(uri);
    if (documents.get(uri)?.version === version) connection.sendDiagnostics({ uri, version, diagnostics });
  }

  documents.onDidChangeContent((e) => {
    if (!pullDiagnostics) void publish(e.document.uri);
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
      if (refreshSupport) connection.languages.diagnostics.refresh().catch(() => undefined);
    } else for (const doc of documents.all()) void publish(doc.uri);
  });

  connection.languages.diagnostics.on(async (params) => ({
    kind: DocumentDiagnosticReportKind.Full,
    items: await diagnosticsOf(params.textDocument.uri),
  }));

  connection.onDocumentSymbol(async (params) => {
    const found = await letterOf(params.textDocument.uri);
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

  connection.onFoldingRanges(async (params) => {
    const found = await letterOf(params.textDocument.uri);
    if (!found) return [];
    return folding(found.letter)
      .map((f) => ({ startLine: found.doc.positionAt(f.span.start).line, endLine: found.doc.positionAt(f.span.end).line, kind: f.kind === 'section' ? FoldingRangeKind.Region : undefined }))
      .filter((f) => f.endLine > f.startLine);
  });

  connection.onCompletion(async (params) => {
    const found = await letterOf(params.textDocument.uri);
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

  connection.onHover(async (params) => {
    const found = await letterOf(params.textDocument.uri);
    if (!found) return null;
    const h = hover(found.letter, found.doc.offsetAt(params.position));
    return h ? { contents: { kind: 'markdown', value: h.markdown }, range: range(found.doc, h.span) } : null;
  });

  connection.onCodeAction(async (params) => {
    const found = await letterOf(params.textDocument.uri);
    if (!found) return [];
    const { doc } = found;
    const findings = check(found.letter, found.settings).filter((f) => f.fixes?.length);
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
  connection.onRequest(LETTER_SUMMARY, async (params: { uri: string }): Promise<LetterSummary | null> => {
    const found = await letterOf(params.uri);
    if (!found || !found.settings.enable) return null;
    const { items, layout } = found.letter;
    const count = (outcome: string) => items.filter((item) => item.decision?.outcome === outcome).length;
    return { items: items.length, upheld: count('upheld'), overturned: count('overturned'), layout };
  });

  documents.listen(connection);
  connection.listen();
}

// Started directly (dist/server.js --stdio, or --node-ipc by VS Code).
if (require.main === module) startServer(createConnection(ProposedFeatures.all));
