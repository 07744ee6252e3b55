// PDFs as letters: "Open as IMR Letter" on a PDF shows its text as a read-only document of its own
// URI scheme (imr-pdf:), language imr, so the language server gives it an outline, findings and
// hovers as any letter. The server reads the PDF (imr/pdfText); the text is held in memory while
// the document is open and never written anywhere; the PDF is only read. When a PDF whose first
// lines read like a letter becomes the active tab, opening it so is offered (once per PDF).

import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient, Middleware } from 'vscode-languageclient/node';
import { PDF_TEXT, type PdfTextResult } from '../../server/src/server/protocol';
import { firstLinesWithText, letterOpenings } from './detect';

export const PDF_SCHEME = 'imr-pdf';
const COMMAND = 'imr.openPdfAsLetter';
const OPEN = 'Open as IMR Letter';

/** The read-only letter view of a PDF: its path with `.imr` added, so VS Code gives it language imr. */
export const letterUriOf = (pdf: vscode.Uri): vscode.Uri => pdf.with({ scheme: PDF_SCHEME, path: `${pdf.path}.imr` });
const pdfUriOf = (letter: vscode.Uri): vscode.Uri => letter.with({ scheme: 'file', path: letter.path.replace(/\.imr$/, '') });
const isPdf = (uri: vscode.Uri | undefined): uri is vscode.Uri => !!uri && uri.scheme === 'file' && /\.pdf$/i.test(uri.path);

/**
 * Diagnostics the server pushes for a PDF's file (a folder check's) go to the PDF's letter view,
 * whose text their lines and columns count, so that Problems opens them there, and so do their
 * related places in the PDF. The server pushes none while the view is open, and clears them when
 * it opens (the view has its own).
 */
export const pdfDiagnostics: Middleware['handleDiagnostics'] = (uri, diagnostics, next) => {
  if (!isPdf(uri)) return next(uri, diagnostics);
  const letter = letterUriOf(uri);
  for (const d of diagnostics)
    for (const related of d.relatedInformation ?? []) if (related.location.uri.toString() === uri.toString()) related.location.uri = letter;
  next(letter, diagnostics);
};

export function registerPdfLetters(context: vscode.ExtensionContext, client: LanguageClient): void {
  const texts = new Map<string, string>(); // the open views' texts, in memory only
  const changed = new vscode.EventEmitter<vscode.Uri>();

  async function textOf(pdf: vscode.Uri): Promise<PdfTextResult> {
    try {
      await client.start(); // started already, or starting: the same promise
      return await client.sendRequest<PdfTextResult>(PDF_TEXT, { uri: pdf.toString() });
    } catch (e) {
      return { problem: `the IMR language server did not answer (${e instanceof Error ? e.message : String(e)})` };
    }
  }

  async function open(pdf: vscode.Uri): Promise<void> {
    const read = await textOf(pdf);
    if ('problem' in read) {
      void vscode.window.showErrorMessage(`${path.basename(pdf.fsPath)}: ${read.problem}`);
      return;
    }
    const letter = letterUriOf(pdf);
    texts.set(letter.toString(), read.text);
    changed.fire(letter);
    let doc = await vscode.workspace.openTextDocument(letter);
    if (doc.languageId !== 'imr') doc = await vscode.languages.setTextDocumentLanguage(doc, 'imr');
    await vscode.window.showTextDocument(doc, { preview: false });
  }

  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    async provideTextDocumentContent(letter) {
      const kept = texts.get(letter.toString());
      if (kept !== undefined) return kept;
      const read = await textOf(pdfUriOf(letter)); // a view restored with the window, or opened by its URI
      if ('problem' in read) return `This PDF is not shown as a letter: ${read.problem}.\n`;
      texts.set(letter.toString(), read.text);
      return read.text;
    },
  };

  const offered = new Set<string>();
  const patterns = letterOpenings(context.extension.packageJSON);
  async function offer(): Promise<void> {
    const pdf = activeTabUri();
    if (!isPdf(pdf) || offered.has(pdf.toString())) return;
    offered.add(pdf.toString());
    const read = await textOf(pdf);
    if ('problem' in read) return;
    const head = read.text.split('\n', 60);
    const lines = firstLinesWithText((i) => head[i], head.length);
    if (!lines.some((line) => patterns.some((p) => p.test(line)))) return;
    const answer = await vscode.window.showInformationMessage(
      `${path.basename(pdf.fsPath)} reads like an IMR determination letter. Open it as a letter to see its outline, findings and hovers?`,
      OPEN,
    );
    if (answer === OPEN) await open(pdf);
  }

  context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(PDF_SCHEME, provider),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      if (doc.uri.scheme === PDF_SCHEME) texts.delete(doc.uri.toString());
    }),
    vscode.commands.registerCommand(COMMAND, async (uri?: vscode.Uri) => {
      const pdf = isPdf(uri) ? uri : isPdf(activeTabUri()) ? activeTabUri() : await pickPdf();
      if (pdf) await open(pdf);
    }),
    vscode.window.tabGroups.onDidChangeTabs(() => void offer()),
  );
  void offer();
}

/** The file shown in the active tab: a text editor's, a custom editor's (a PDF viewer) or the binary placeholder's. */
function activeTabUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined;
}

async function pickPdf(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { PDF: ['pdf', 'PDF'] }, openLabel: OPEN });
  return picked?.[0];
}
