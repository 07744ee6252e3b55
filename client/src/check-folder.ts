// "IMR: Check Folder…": asks the server to check every letter under a folder (imr/checkFolder),
// with VS Code's progress notification (cancellable) fed by the server's work-done progress; the
// server pushes the diagnostics of letters not open, so the Problems view lists them. A summary of
// the run (letters, findings per rule) opens as an untitled Markdown document on request; the
// extension never saves it.
//
// Why a request of our own rather than LSP's workspace pull diagnostics (workspace/diagnostic):
// vscode-languageclient pulls workspace diagnostics on its own schedule, for the whole workspace,
// with no progress shown to the user, no way for the user to cancel it and no folder to choose;
// a request the command sends carries a work-done token and a cancellation token, and the pushed
// diagnostics of closed files land in the same Problems view.

import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import { CHECK_FOLDER, type CheckFolderParams, type CheckFolderResult } from '../../server/src/server/protocol';

/** The command's answer, for tests and other extensions: the run's counts, or undefined when no folder was chosen. */
export type CheckFolderOutcome = CheckFolderResult | undefined;

export function registerCheckFolder(context: vscode.ExtensionContext, started: () => Promise<LanguageClient>): void {
  let last: CheckFolderResult | undefined;
  const openSummary = async (): Promise<vscode.TextDocument | undefined> => {
    if (!last) return undefined;
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: summaryMarkdown(last) });
    await vscode.window.showTextDocument(doc, { preview: false });
    return doc;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('imr.checkFolder', async (folder?: vscode.Uri): Promise<CheckFolderOutcome> => {
      const uri = folder ?? (await chooseFolder());
      if (!uri) return undefined;
      const client = await started();
      last = await runWithProgress(client, uri);
      if (last) void offerSummary(last, openSummary);
      return last;
    }),
    vscode.commands.registerCommand('imr.openCheckFolderSummary', openSummary),
  );
}

async function chooseFolder(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    canSelectMany: false,
    openLabel: 'Check Letters',
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  });
  return picked?.[0];
}

async function runWithProgress(client: LanguageClient, folder: vscode.Uri): Promise<CheckFolderResult | undefined> {
  return vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: `IMR: checking the letters in ${vscode.workspace.asRelativePath(folder, true)}`,
      cancellable: true,
    },
    async (progress, token) => {
      const workDoneToken = `imr-check-folder-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      let done = 0;
      const listening = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind === 'end') return;
        const percentage = value.percentage ?? done;
        progress.report({ message: value.message, increment: percentage - done });
        done = percentage;
      });
      try {
        const params: CheckFolderParams = { uri: folder.toString(), workDoneToken };
        return (await client.sendRequest<CheckFolderResult | null>(CHECK_FOLDER, params, token)) ?? undefined;
      } catch {
        return undefined; // cancelled before the server answered, or the server stopped
      } finally {
        listening.dispose();
      }
    },
  );
}

async function offerSummary(result: CheckFolderResult, open: () => Promise<unknown>): Promise<void> {
  const hidden = result.hidden ? `, ${result.hidden} reviewed hidden` : '';
  const how = result.cancelled ? 'Cancelled after' : 'Checked';
  const answer = await vscode.window.showInformationMessage(
    `IMR: ${how} ${plural(result.letters, 'letter')}: ${plural(result.findings, 'finding')}${hidden}.`,
    'Open Summary',
  );
  if (answer) await open();
}

const plural = (count: number, word: string): string => `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;

/** The run in Markdown: counts and rule ids only, never letter text. */
export function summaryMarkdown(result: CheckFolderResult): string {
  const rules = Object.entries(result.byRule).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const lines = [
    `# IMR letters checked in ${result.folder}`,
    '',
    result.cancelled ? '*The run was cancelled: the counts cover the letters checked until then.*\n' : '',
    `- Letters checked: ${result.letters}`,
    `- Letters with an error: ${result.lettersWithErrors}`,
    `- Findings shown: ${result.findings}`,
    `- Reviewed findings hidden: ${result.hidden}`,
    `- Files not letters: ${result.notLetters}`,
    `- Files not read: ${result.notRead.length}`,
    '',
    '## Findings per rule',
    '',
    '| Rule | Findings |',
    '| --- | ---: |',
    ...rules.map(([rule, n]) => `| \`${rule}\` | ${n} |`),
    '',
    ...(result.notRead.length
      ? ['## Files not read', '', ...result.notRead.map((f) => `- ${vscode.Uri.parse(f.uri).fsPath}: ${f.reason}`), '']
      : []),
    `${plural(result.letters, 'letter')}, ${plural(result.findings, 'finding')}.`,
  ];
  return lines.filter((l, i) => l !== '' || lines[i - 1] !== '').join('\n');
}
