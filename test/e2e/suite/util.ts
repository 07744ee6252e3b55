// Helpers for the in-host suite: find fixtures, open letters, wait on events with a timeout.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'imr-letters.imr-letters';

/** The workspace the launcher opened (a temporary copy of test/fixtures), else the repo's own fixtures. */
export function fixturesRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (folder?.scheme === 'file' && fs.existsSync(path.join(folder.fsPath, 'seeds'))) return folder.fsPath;
  return path.resolve(__dirname, '../../../test/fixtures');
}

export function fixtureUri(rel: string): vscode.Uri {
  return vscode.Uri.file(path.join(fixturesRoot(), rel));
}

interface ImrApi {
  serverReady: Promise<void>;
}

let api: ImrApi | undefined;

/** Activates the extension (once) and returns what it exports. */
export async function activateExtension(): Promise<ImrApi> {
  const ext = vscode.extensions.getExtension<ImrApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded`);
  api = await withTimeout(Promise.resolve(ext.activate()), `activation of ${EXTENSION_ID}`);
  return api;
}

/** The open document for `uri` once its language is `languageId` (a .txt letter turns imr on opening). */
export function documentAs(uri: vscode.Uri, languageId: string): Promise<vscode.TextDocument> {
  return waitFor(`${path.basename(uri.fsPath)} as language ${languageId}`, [vscode.workspace.onDidOpenTextDocument], () =>
    vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === languageId),
  );
}

/** Opens a fixture letter in an editor, once it is language imr and the server has started. */
export async function open(rel: string): Promise<vscode.TextEditor> {
  const uri = fixtureUri(rel);
  await vscode.workspace.openTextDocument(uri);
  const doc = await documentAs(uri, 'imr');
  await serverReady();
  return vscode.window.showTextDocument(doc, { preview: false });
}

export async function serverReady(): Promise<void> {
  if (!api) throw new Error('activateExtension() first');
  await withTimeout(api.serverReady, 'the language server to start');
}

export function withTimeout<T>(promise: Promise<T>, what: string, ms = 15_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms)),
  );
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  if (at < 0) throw new Error(`fixture text changed: "${needle}" not found in ${path.basename(doc.uri.fsPath)}`);
  return doc.positionAt(at + delta);
}

/**
 * Resolves with the first value `check` gives (now, or after one of `events`), or rejects after
 * `ms` milliseconds saying what it waited for. The timer and the listener are always cleaned up.
 */
export function waitFor<T>(what: string, events: vscode.Event<unknown>[], check: () => T | undefined, ms = 15_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    const finish = (error: Error | undefined, value?: T) => {
      clearTimeout(timer);
      for (const s of subscriptions) s.dispose();
      if (error) reject(error);
      else resolve(value as T);
    };
    const timer = setTimeout(() => finish(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    const attempt = () => {
      try {
        const value = check();
        if (value !== undefined) finish(undefined, value);
      } catch (e) {
        finish(e as Error);
      }
    };
    for (const event of events) subscriptions.push(event(attempt));
    attempt();
  });
}

/** The document's diagnostics once `accept` takes them: waits on onDidChangeDiagnostics. */
export function diagnosticsWhen(
  uri: vscode.Uri,
  what: string,
  accept: (d: vscode.Diagnostic[]) => boolean,
  ms?: number,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `diagnostics of ${path.basename(uri.fsPath)}: ${what}`,
    [vscode.languages.onDidChangeDiagnostics],
    () => {
      const d = vscode.languages.getDiagnostics(uri);
      return accept(d) ? d : undefined;
    },
    ms,
  );
}

export const codeOf = (d: vscode.Diagnostic): string | undefined =>
  typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}
