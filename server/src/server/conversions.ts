// The service's plain data in LSP's terms: offsets become positions (by the document's own
// positionAt), kinds become LSP kinds. Nothing else here knows about LSP's shapes.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CompletionItemKind,
  DiagnosticSeverity,
  FoldingRangeKind,
  InsertTextFormat,
  SymbolKind,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../base/span';
import type {
  CheckedFinding,
  Completion,
  CompletionKind,
  DecisionMark,
  Edit,
  Fold,
  HoverResult,
  OutlineDecision,
  OutlineKind,
  OutlineNode,
  Severity,
} from '../service';
import type { DecisionRange } from './protocol';

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

/** An icon per decision, their default colours orange and blue (never red or green). */
const ITEM_KIND: Record<OutlineDecision, SymbolKind> = {
  upheld: SymbolKind.Event,
  overturned: SymbolKind.EnumMember,
  partial: SymbolKind.Struct,
  none: SymbolKind.Null,
};

const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  heading: CompletionItemKind.Module,
  label: CompletionItemKind.Property,
  decision: CompletionItemKind.EnumMember,
  guideline: CompletionItemKind.Reference,
  section: CompletionItemKind.Field,
  snippet: CompletionItemKind.Snippet,
};

export const toRange = (doc: TextDocument, span: Span): Range => ({ start: doc.positionAt(span.start), end: doc.positionAt(span.end) });

/** The rule docs travel with the server: dist/server.js -> docs/rules/<id>.md. */
function ruleDocHref(id: string): string {
  return pathToFileURL(path.join(__dirname, '..', 'docs', 'rules', `${id}.md`)).toString();
}

export function toDiagnostic(doc: TextDocument, finding: CheckedFinding): Diagnostic {
  return {
    range: toRange(doc, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    codeDescription: { href: ruleDocHref(finding.rule) },
    source: 'imr',
    message: finding.message,
    relatedInformation: finding.related?.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r.span) }, message: r.message })),
  };
}

export function toSymbol(doc: TextDocument, node: OutlineNode): DocumentSymbol {
  return {
    name: node.name,
    detail: node.detail,
    kind: node.decision ? ITEM_KIND[node.decision] : SYMBOL_KIND[node.kind],
    range: toRange(doc, node.span),
    selectionRange: toRange(doc, node.selectionSpan),
    children: node.children.map((child) => toSymbol(doc, child)),
  };
}

export function toFoldingRange(doc: TextDocument, fold: Fold): FoldingRange {
  return {
    startLine: doc.positionAt(fold.span.start).line,
    endLine: doc.positionAt(fold.span.end).line,
    kind: fold.kind === 'section' ? FoldingRangeKind.Region : undefined,
  };
}

/** A snippet as plain text, for clients without snippet support: defaults and first choices kept. */
function plainSnippet(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|}]*)(?:[,|][^$}]*)?\|\}/g, '$1')
    .replace(/\$\{\d+:([^$}]*)\}/g, '$1')
    .replace(/\$\{?\d+\}?/g, '');
}

/** A completion in the order given (`rank`), as a snippet only for a client that takes snippets. */
export function toCompletionItem(doc: TextDocument, completion: Completion, rank: number, snippetSupport: boolean): CompletionItem {
  const snippet = !!completion.snippet && snippetSupport;
  return {
    label: completion.label,
    kind: COMPLETION_KIND[completion.kind],
    detail: completion.detail,
    sortText: String(rank).padStart(4, '0'),
    insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: {
      range: toRange(doc, completion.replace),
      newText: completion.snippet && !snippet ? plainSnippet(completion.insert) : completion.insert,
    },
  };
}

export function toHover(doc: TextDocument, hover: HoverResult): Hover {
  return { contents: { kind: 'markdown', value: hover.markdown }, range: toRange(doc, hover.span) };
}

/**
 * The edits of a fix, for the version of the document they were worked out on when the client
 * takes versioned edits: it then applies them to that text only, not to one edited since.
 */
export function toWorkspaceEdit(doc: TextDocument, edits: Edit[], versioned = false): WorkspaceEdit {
  const textEdits = edits.map((e) => ({ range: toRange(doc, e.span), newText: e.newText }));
  if (versioned) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: textEdits }] };
  return { changes: { [doc.uri]: textEdits } };
}

export function toDecisionRange(doc: TextDocument, mark: DecisionMark): DecisionRange {
  return { range: toRange(doc, mark.span), outcome: mark.outcome, partial: mark.partial };
}
