// .imr.json in a real VS Code: the workspace's config/.imr.json (test/fixtures/config) turns
// missing-strength-quantity off and lowers injury-date-conflict to a warning, as in imr-lint, the
// server over stdio and Neovim; a rule the user sets in the settings applies on top of the file;
// an edit of the file on disk reaches the open letter. Waits on diagnostics events.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activateExtension, codeOf, diagnosticsWhen, fixtureUri, open } from './util';

const LETTER = 'config/letters/seed-000.imr.txt';

const ofRule = (ds: vscode.Diagnostic[], rule: string) => ds.filter((d) => codeOf(d) === rule);
const severityOf = (ds: vscode.Diagnostic[], rule: string) =>
  ofRule(ds, rule).map((d) => `${d.range.start.line}:${d.range.start.character} ${vscode.DiagnosticSeverity[d.severity]}`);

describe('.imr.json in VS Code', function () {
  this.timeout(60_000);
  before(() => activateExtension());
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('turns a rule off and changes a severity as the letter’s .imr.json says', async () => {
    const { document } = await open(LETTER);
    const ds = await diagnosticsWhen(document.uri, 'injury-date-conflict reported', (d) => ofRule(d, 'injury-date-conflict').length > 0);
    assert.deepEqual(severityOf(ds, 'injury-date-conflict'), ['78:14 Warning']);
    assert.deepEqual(severityOf(ds, 'missing-strength-quantity'), []);
    assert.ok(ofRule(ds, 'no-evidence-cited').length > 0, 'the other rules still run');
  });

  it('applies a rule the user set in the settings on top of the file, and the file again once it is unset', async () => {
    const uri = fixtureUri(LETTER);
    const settings = vscode.workspace.getConfiguration('imr', uri);
    try {
      await settings.update('rules', { 'injury-date-conflict': 'hint' }, vscode.ConfigurationTarget.Workspace);
      const ds = await diagnosticsWhen(
        uri,
        'injury-date-conflict as a hint',
        (d) => severityOf(d, 'injury-date-conflict').join() === '78:14 Hint',
      );
      assert.deepEqual(severityOf(ds, 'missing-strength-quantity'), [], 'the file’s other rule still applies');
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhen(
      uri,
      'injury-date-conflict as a warning again',
      (d) => severityOf(d, 'injury-date-conflict').join() === '78:14 Warning',
    );
  });

  it('checks the open letter again when .imr.json changes on disk', async () => {
    const uri = fixtureUri(LETTER);
    const file = fixtureUri('config/.imr.json').fsPath;
    const before = fs.readFileSync(file, 'utf8');
    try {
      fs.writeFileSync(file, '{ "rules": { "injury-date-conflict": "off", "missing-strength-quantity": "error" } }\n');
      const ds = await diagnosticsWhen(
        uri,
        'the edited .imr.json applied',
        (d) => ofRule(d, 'injury-date-conflict').length === 0 && ofRule(d, 'missing-strength-quantity').length > 0,
      );
      assert.deepEqual(severityOf(ds, 'missing-strength-quantity'), ['54:0 Error']);
    } finally {
      fs.writeFileSync(file, before);
    }
    await diagnosticsWhen(uri, 'the .imr.json restored', (d) => severityOf(d, 'injury-date-conflict').join() === '78:14 Warning');
  });
});
