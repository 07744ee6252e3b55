// Reviewed findings in VS Code. "Mark as reviewed" needs nothing here: the server offers it as a
// code action on each diagnostic and runs its command (vscode-languageclient registers the
// server's commands). This adds "IMR: Unmark a Reviewed Finding…": a list of the active letter's
// reviewed findings, from the server, to show one again.

import * as vscode from 'vscode';
import { LIST_REVIEWED, UNMARK_REVIEWED, type ReviewedFinding } from '../../server/src/server/protocol';

export function registerReviewed(context: vscode.ExtensionContext, language: string): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('imr.unmarkReviewedFinding', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc?.languageId !== language) {
        void vscode.window.showInformationMessage('IMR: open a letter to list its reviewed findings.');
        return;
      }
      const listed =
        (await vscode.commands.executeCommand<ReviewedFinding[] | undefined>(LIST_REVIEWED, { uri: doc.uri.toString() })) ?? [];
      if (!listed.length) {
        void vscode.window.showInformationMessage('IMR: no finding of this letter is marked reviewed.');
        return;
      }
      const picked = await vscode.window.showQuickPick(
        listed.map((f) => ({
          label: f.message ?? '(no longer in the letter)',
          description: f.rule,
          detail: f.range ? `line ${f.range.start.line + 1}` : undefined,
          finding: f,
        })),
        { placeHolder: 'Show this finding again (it is taken out of .imr-reviewed.json)' },
      );
      if (picked) await vscode.commands.executeCommand(UNMARK_REVIEWED, picked.finding);
    }),
  );
}
