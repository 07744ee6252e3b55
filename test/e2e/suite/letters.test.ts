// The extension in a real VS Code (Electron, or code-server's workbench): what its API reports
// for seed and real letters. Waits on events, never on timers; every wait has a timeout.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension,
  codeOf,
  diagnosticsWhen,
  documentAs,
  fixturesRoot,
  fixtureUri,
  hoverText,
  open,
  positionOf,
  serverReady,
} from './util';

const SEED_000 = 'seeds/000_6475ff4f10510ca5.txt';
const SEED_002 = 'seeds/002_f4a3e060fe32e57b.txt';
const REAL = 'real/CM16-0213037.txt';

const ISSUES = 'IMR ISSUES, DECISIONS AND RATIONALES';

async function symbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  const result = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
  assert.ok(Array.isArray(result), 'the document symbol provider answered');
  return result;
}

/** The seeds and every corpus letter in both extractions, as workspace paths. */
const corpus = () =>
  ['seeds', 'real', 'real-pdftotext'].flatMap((dir) =>
    fs
      .readdirSync(path.join(fixturesRoot(), dir))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => `${dir}/${f}`),
  );

const itemsOf = (syms: vscode.DocumentSymbol[]) => syms.find((s) => s.name === ISSUES)?.children.map((c) => [c.name, c.detail]);

describe('IMR Letters in VS Code', function () {
  before(async () => {
    await activateExtension();
  });

  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('opens every corpus letter as imr by its first lines with text (seeds, pypdf text that starts blank, pdftotext), and other text as Plain Text', async function () {
    this.timeout(120_000);
    await vscode.workspace.openTextDocument(fixtureUri(SEED_000));
    assert.equal((await documentAs(fixtureUri(SEED_000), 'imr')).languageId, 'imr');
    const pypdf = await vscode.workspace.openTextDocument(fixtureUri(REAL));
    assert.equal(pypdf.lineAt(0).text.trim(), '', 'the pypdf extraction starts with a blank line');
    assert.equal((await documentAs(fixtureUri(REAL), 'imr')).languageId, 'imr');
    const letters = corpus();
    assert.equal(letters.length, 305, 'the 5 seeds and the 150 corpus letters in two extractions are in the workspace');
    for (const rel of letters) {
      await vscode.workspace.openTextDocument(fixtureUri(rel));
      assert.equal((await documentAs(fixtureUri(rel), 'imr')).languageId, 'imr', rel);
    }
    // A text that only mentions a heading's words further down stays Plain Text; opening a letter
    // after it shows that detection has run.
    const notes = await vscode.workspace.openTextDocument(fixtureUri('plain/notes.txt'));
    await vscode.workspace.openTextDocument(fixtureUri(SEED_000));
    await documentAs(fixtureUri(SEED_000), 'imr');
    assert.equal(vscode.workspace.textDocuments.find((d) => d.uri.toString() === notes.uri.toString())?.languageId, 'plaintext');
  });

  it('leaves a letter the user sets back to Plain Text as Plain Text', async () => {
    const uri = fixtureUri('seeds/004_16bb5bdf60135266.txt');
    await vscode.workspace.openTextDocument(uri);
    const letter = await documentAs(uri, 'imr');
    try {
      const plain = await vscode.languages.setTextDocumentLanguage(letter, 'plaintext');
      assert.equal(plain.languageId, 'plaintext', 'set to Plain Text');
      // A letter opened after it turns imr: detection has seen both by then.
      const next = await vscode.workspace.openTextDocument({ language: 'plaintext', content: letter.getText() });
      await documentAs(next.uri, 'imr');
      assert.equal(
        vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId,
        'plaintext',
        'still Plain Text',
      );
    } finally {
      await vscode.languages.setTextDocumentLanguage(letter, 'imr');
    }
  });

  it('outlines every corpus letter with each item named by its decision first, as people read it, and its icon', async function () {
    this.timeout(300_000);
    const expected: Record<string, { title: string; decision: string }[]> = JSON.parse(
      fs.readFileSync(path.join(fixturesRoot(), 'expected/items.json'), 'utf8'),
    );
    const squash = (s: string) => s.replace(/\s+/g, '');
    const icon: Record<string, vscode.SymbolKind> = { Upheld: vscode.SymbolKind.Event, Overturned: vscode.SymbolKind.EnumMember };
    let items = 0;
    for (const rel of corpus()) {
      await vscode.workspace.openTextDocument(fixtureUri(rel));
      const document = await documentAs(fixtureUri(rel), 'imr');
      const got = (await symbols(document.uri)).find((s) => s.name === ISSUES)?.children ?? [];
      const want = expected[path.basename(rel, '.txt')];
      assert.ok(want, `${rel} has items read by people`);
      assert.equal(got.length, want.length, `${rel}: ${got.map((g) => g.name).join(' | ')}`);
      got.forEach((g, i) => {
        const m = /^(Upheld|Overturned)( \(partial\))? · (.*)$/.exec(g.name);
        assert.ok(m, `${rel}: "${g.name}" starts with its decision`);
        assert.equal(m[1], want[i].decision, `${rel}: ${g.name}`);
        assert.equal(squash(m[3]), squash(want[i].title), rel);
        assert.equal(g.kind, m[2] ? vscode.SymbolKind.Struct : icon[m[1]], `${rel}: the icon of "${g.name}"`);
        items++;
      });
    }
    assert.ok(items >= 300, `${items} items`);
  });

  it('outlines the items of seed 002, each name starting with its decision, an icon per decision', async () => {
    const { document } = await open(SEED_002);
    const syms = await symbols(document.uri);
    assert.deepEqual(
      syms.map((s) => s.name),
      ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', ISSUES],
    );
    assert.deepEqual(itemsOf(syms), [
      ['Upheld · Norco 5/325mg #20', ''],
      ['Upheld · Consultation and treatment', ''],
      ['Overturned · Psychotherapy 12 sessions', ''],
    ]);
    assert.deepEqual(
      syms[2].children.map((c) => c.kind),
      [vscode.SymbolKind.Event, vscode.SymbolKind.Event, vscode.SymbolKind.EnumMember],
    );
    const psychotherapy = syms[2].children[2];
    assert.deepEqual(psychotherapy.selectionRange.start, positionOf(document, 'Psychotherapy 12 sessions: Overturned'));
  });

  it('outlines a full letter, once set to language imr: header fields and items', async () => {
    const plain = await vscode.workspace.openTextDocument(fixtureUri(REAL));
    const document = await vscode.languages.setTextDocumentLanguage(plain, 'imr');
    assert.equal(document.languageId, 'imr');
    await serverReady();
    await vscode.window.showTextDocument(document);
    const syms = await symbols(document.uri);
    const header = syms.find((s) => s.name === 'Header');
    assert.ok(header, 'a Header section');
    assert.deepEqual(
      header.children.filter((c) => c.name === 'Case Number' || c.name === 'Date of Injury').map((c) => [c.name, c.detail]),
      [
        ['Case Number', 'CM16-0213037'],
        ['Date of Injury', '10/13/2016'],
      ],
    );
    assert.deepEqual(itemsOf(syms), [
      ['Upheld · MRI of the right shoulder without contrast', ''],
      ['Upheld · MRI of the cervical spine without contrast', ''],
    ]);
  });

  it('shows the injury-date conflict of seed 000 as an error, with the other date as related information', async () => {
    const { document } = await open(SEED_000);
    const diagnostics = await diagnosticsWhen(document.uri, 'an injury-date-conflict', (ds) =>
      ds.some((d) => codeOf(d) === 'injury-date-conflict'),
    );
    const conflicts = diagnostics.filter((d) => codeOf(d) === 'injury-date-conflict');
    assert.equal(conflicts.length, 1);
    const [d] = conflicts;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d.source, 'imr');
    assert.deepEqual(d.range.start, positionOf(document, '2005 date of injury'));
    assert.equal(document.getText(d.range), '2005');
    assert.match(d.message, /2005/);
    const target = typeof d.code === 'object' ? d.code.target : undefined;
    assert.ok(target?.path.endsWith('/docs/rules/injury-date-conflict.md'), `rule doc link: ${target}`);
    assert.equal(d.relatedInformation?.length, 1);
    const [related] = d.relatedInformation!;
    assert.equal(related.location.uri.toString(), document.uri.toString());
    assert.deepEqual(related.location.range.start, positionOf(document, '2/8/98'));
  });

  it('hovers the page citation "Page(s): 74-95, page 124" with the CPMTG opioid and weaning pages', async () => {
    const { document } = await open(SEED_002);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      positionOf(document, '74-95, page 124', 1),
    );
    const text = hoverText(hovers);
    assert.match(text, /Chronic Pain Medical Treatment Guidelines/);
    assert.match(text, /[Oo]pioid/);
    assert.match(text, /[Ww]eaning/);
    const none = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      new vscode.Position(2, 10),
    );
    assert.equal(hoverText(none), '', 'no hover on plain prose');
  });

  it('folds the sections and items of seed 002 on their heading lines', async () => {
    const { document } = await open(SEED_002);
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
    const starts = folds.map((f) => f.start);
    for (const needle of [
      'CLINICAL CASE SUMMARY',
      ISSUES,
      'Norco 5/325mg #20:',
      'Consultation and treatment:',
      'Psychotherapy 12 sessions:',
    ]) {
      assert.ok(starts.includes(positionOf(document, needle).line), `a fold starts at "${needle}"`);
    }
    assert.ok(folds.every((f) => f.end > f.start));
    const regions = folds.filter((f) => f.kind === vscode.FoldingRangeKind.Region).map((f) => f.start);
    assert.ok(regions.includes(positionOf(document, ISSUES).line), 'sections fold as regions');
  });

  it('updates the diagnostics as the letter is edited, both ways', async () => {
    const editor = await open(SEED_000);
    const { document } = editor;
    await diagnosticsWhen(document.uri, 'an injury-date-conflict', (ds) => ds.some((d) => codeOf(d) === 'injury-date-conflict'));
    const year = new vscode.Range(positionOf(document, '2005 date of injury'), positionOf(document, '2005 date of injury', 4));
    try {
      assert.ok(await editor.edit((e) => e.replace(year, '1998')));
      const fixed = await diagnosticsWhen(
        document.uri,
        'the conflict gone after the edit',
        (ds) => !ds.some((d) => codeOf(d) === 'injury-date-conflict'),
      );
      assert.ok(fixed.every((d) => codeOf(d) !== 'injury-date-conflict'));
      assert.ok(await editor.edit((e) => e.replace(year, '2005')));
      const back = await diagnosticsWhen(document.uri, 'the conflict back after undoing the edit', (ds) =>
        ds.some((d) => codeOf(d) === 'injury-date-conflict'),
      );
      assert.equal(back.filter((d) => codeOf(d) === 'injury-date-conflict').length, 1);
    } finally {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.equal(document.isDirty, false);
  });

  it('offers its commands, and answers again after IMR: Restart Language Server', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('imr.restartServer') && commands.includes('imr.showOutput'));
    await vscode.commands.executeCommand('imr.restartServer');
    const { document } = await open(SEED_002);
    assert.deepEqual(
      itemsOf(await symbols(document.uri))?.map(([name]) => name.split(' · ')[0]),
      ['Upheld', 'Upheld', 'Overturned'],
    );
  });
});
