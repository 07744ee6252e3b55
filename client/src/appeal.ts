// IMR: Set Mailing Date: asks for the date the determination was mailed and where the party
// served lives, and hands both to the server (`imr/setMailing`), which keeps them in memory while
// the letter is open and moves the appeal deadline's code lens. IMR: Appeal Worksheet opens the
// server's worksheet (`imr/appealWorksheet`) as an untitled Markdown document beside the letter;
// the extension never saves it. Nothing is written anywhere.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { APPEAL_WORKSHEET, SET_MAILING, type AppealInfo, type MailingAddress, type MailingParams } from '../../server/src/server/protocol';

const DATE = /^\s*(?:\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2})\s*$/;

const ADDRESSES: (vscode.QuickPickItem & { address: MailingAddress })[] = [
  { label: 'California', description: '5 days added for mail service', address: 'california' },
  { label: 'Another state of the United States', description: '10 days added', address: 'other-state' },
  { label: 'Outside the United States', description: '20 days added', address: 'outside-us' },
];

/** The letter the command is for: the lens's document, or the active editor's. */
function letterUri(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  const doc = vscode.window.activeTextEditor?.document;
  return doc?.languageId === 'imr' ? doc.uri.toString() : undefined;
}

export function registerAppeal(context: vscode.ExtensionContext, lsp: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('imr.setMailingDate', async (arg?: unknown) => {
      const uri = letterUri(arg);
      const client = lsp();
      if (!uri || !client?.isRunning()) return void vscode.window.showInformationMessage('Open an IMR letter first.');
      const typed = await vscode.window.showInputBox({
        title: 'Date the determination was mailed',
        prompt: "The postmark or proof-of-service date (m/d/yyyy). Leave empty to take the letter's date.",
        placeHolder: '12/12/2016',
        validateInput: (v) => (v.trim() === '' || DATE.test(v) ? undefined : 'A date as m/d/yyyy or yyyy-mm-dd'),
      });
      if (typed === undefined) return;
      const where = await vscode.window.showQuickPick(ADDRESSES, { title: 'Address of the party served by mail (8 CCR § 10605)' });
      if (!where) return;
      const params: MailingParams = { uri, mailed: typed.trim() || null, address: where.address };
      // A date the server refuses (before the determination's own) comes back as an error saying why.
      const info = await client.sendRequest<AppealInfo | null>(SET_MAILING, params).catch((e: unknown) => {
        void vscode.window.showWarningMessage(e instanceof Error ? e.message : String(e));
        return undefined;
      });
      if (info === undefined) return;
      if (info) void vscode.window.showInformationMessage(info.title);
      else
        void vscode.window.showWarningMessage(
          'No appeal deadline: the date could not be read, or the letter states no determination date.',
        );
    }),
    vscode.commands.registerCommand('imr.appealWorksheet', async () => {
      const uri = letterUri(undefined);
      const client = lsp();
      if (!uri || !client?.isRunning()) return void vscode.window.showInformationMessage('Open an IMR letter first.');
      const sheet = await client.sendRequest<{ markdown: string } | null>(APPEAL_WORKSHEET, { uri });
      if (!sheet) return;
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: sheet.markdown });
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    }),
  );
}
