// After the decision, in a real VS Code: the appeal deadline's code lens on the Decision Date, and
// IMR: Appeal Worksheet opening an untitled Markdown document (never saved by the extension).

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension, open, positionOf, waitFor } from './util';

const REAL = 'real/CM16-0213037.txt';

describe('IMR Letters after the decision', function () {
  before(async () => {
    await activateExtension();
  });

  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('puts "Appeal by 1/13/2017" on the Decision Date, a lens that asks for another date of mailing', async () => {
    const editor = await open(REAL);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].range.start.line, positionOf(editor.document, 'Decision Date: 12/09/2016').line);
    assert.match(lenses[0].command!.title, /^Appeal by 1\/13\/2017 \(/);
    assert.equal(lenses[0].command!.command, 'imr.setMailingDate');
  });

  it('IMR: Appeal Worksheet opens the worksheet as an untitled Markdown document', async () => {
    await open(REAL);
    const opened = waitFor('an untitled Markdown document', [vscode.workspace.onDidOpenTextDocument], () =>
      vscode.workspace.textDocuments.find(
        (d) => d.isUntitled && d.languageId === 'markdown' && d.getText().startsWith('# IMR appeal worksheet'),
      ),
    );
    await vscode.commands.executeCommand('imr.appealWorksheet');
    const sheet = await opened;
    assert.match(sheet.getText(), /^# IMR appeal worksheet: CM16-0213037\n/);
    assert.match(sheet.getText(), /\*\*Appeal by January 13, 2017\*\*/);
    assert.ok(sheet.isUntitled, 'not saved anywhere');
    // Closed without saving, so that no editor asks to save it.
    await vscode.window.showTextDocument(sheet);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
