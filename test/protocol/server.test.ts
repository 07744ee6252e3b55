// The bundled server over stdio: symbols, push and pull diagnostics, hover, folding, settings,
// edits and a quick fix, as an LSP client sees them.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionRequest,
  CompletionRequest,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  SymbolKind,
  type Diagnostic,
  type DocumentSymbol,
  type FullDocumentDiagnosticReport,
  type MarkupContent,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixture } from '../support/fixtures';
import { fixtureUri, LspClient, SERVER } from './harness';

const SEED_000 = 'seeds/000_6475ff4f10510ca5.txt';
const SEED_002 = 'seeds/002_f4a3e060fe32e57b.txt';
const REAL = 'real/CM16-0213037.txt';

function positionOf(text: string, needle: string, delta = 0) {
  return TextDocument.create('x', 'imr', 1, text).positionAt(text.indexOf(needle) + delta);
}

function assertSeed000Conflict(diagnostics: Diagnostic[], uri: string): void {
  const conflicts = diagnostics.filter((d) => d.code === 'injury-date-conflict');
  assert.equal(conflicts.length, 1);
  const [d] = conflicts;
  const text = fixture(SEED_000);
  assert.equal(d.severity, 1);
  assert.equal(d.source, 'imr');
  assert.deepEqual(d.range.start, positionOf(text, '2005 date of injury'));
  assert.deepEqual(
    d.relatedInformation?.map((r) => [r.location.uri, r.location.range.start]),
    [[uri, positionOf(text, '2/8/98')]],
  );
  const doc = fileURLToPath(d.codeDescription!.href);
  assert.ok(doc.endsWith('docs/rules/injury-date-conflict.md'));
  assert.ok(fs.existsSync(doc), `${doc} exists`);
}

describe('protocol: push diagnostics (clients without pull support)', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ pull: false });
  });
  after(() => client.stop());

  it('declares no pull provider and pushes seed 000 injury-date conflict with its related location', async () => {
    assert.equal(client.initializeResult.capabilities.diagnosticProvider, undefined);
    const uri = fixtureUri(SEED_000);
    const published = client.nextDiagnostics(uri);
    await client.open(uri, fixture(SEED_000));
    const p = await published;
    assert.equal(p.version, 1);
    assertSeed000Conflict(p.diagnostics, uri);
  });

  it('pushes new diagnostics after an edit', async () => {
    const uri = fixtureUri(SEED_000);
    const published = client.nextDiagnostics(uri);
    await client.replaceAll(uri, fixture(SEED_000).replace('has a 2005 date of injury', 'has a 1998 date of injury'));
    const p = await published;
    assert.equal(p.version, 2);
    assert.deepEqual(
      p.diagnostics.filter((d) => d.code === 'injury-date-conflict'),
      [],
    );
  });

  it('gives a binary file one information note and nothing else', async () => {
    const uri = 'file:///tmp/not-a-letter.imr';
    const published = client.nextDiagnostics(uri);
    await client.open(uri, '\u0000\u0001PK\u0003\u0004\ufffd\ufffd binary');
    const p = await published;
    assert.deepEqual(
      p.diagnostics.map((d) => [d.code, d.severity]),
      [['not-a-letter', 3]],
    );
  });

  it('answers for an empty file and a large file', async () => {
    const empty = 'file:///tmp/empty.imr';
    let published = client.nextDiagnostics(empty);
    await client.open(empty, '');
    assert.deepEqual(
      (await published).diagnostics.map((d) => d.code),
      ['not-a-letter'],
    );

    const big = 'file:///tmp/big.imr';
    published = client.nextDiagnostics(big);
    await client.open(big, fixture(REAL).repeat(Math.ceil(20_000_000 / fixture(REAL).length)));
    assert.deepEqual(
      (await published).diagnostics.map((d) => d.code),
      ['too-large'],
    );
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: big } });
    assert.deepEqual(symbols, []);
  });
});

describe('protocol: pull diagnostics, symbols, hover, folding, settings', () => {
  let client: LspClient;
  const settings: Record<string, unknown> = { rules: { 'missing-section': 'off' } };
  before(async () => {
    client = await LspClient.start({ pull: true, settings });
  });
  after(() => client.stop());

  it('declares pull diagnostics and answers textDocument/diagnostic with the user settings applied', async () => {
    assert.deepEqual(client.initializeResult.capabilities.diagnosticProvider, {
      interFileDependencies: false,
      workspaceDiagnostics: false,
    });
    const uri = fixtureUri(SEED_000);
    await client.open(uri, fixture(SEED_000));
    const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri },
    })) as FullDocumentDiagnosticReport;
    assert.equal(report.kind, 'full');
    assertSeed000Conflict(report.items, uri);
    assert.deepEqual(
      report.items.filter((d) => d.code === 'missing-section'),
      [],
      'missing-section is off in the settings',
    );
  });

  it('outlines sections and items with their decisions', async () => {
    const uri = fixtureUri(SEED_002);
    await client.open(uri, fixture(SEED_002));
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES'],
    );
    assert.deepEqual(
      symbols[2].children!.map((c) => [c.name, c.detail, c.kind]),
      [
        ['Upheld · Norco 5/325mg #20', undefined, SymbolKind.Event],
        ['Upheld · Consultation and treatment', undefined, SymbolKind.Event],
        ['Overturned · Psychotherapy 12 sessions', undefined, SymbolKind.EnumMember],
      ],
    );
    assert.deepEqual(symbols[2].children![2].selectionRange.start, positionOf(fixture(SEED_002), 'Psychotherapy 12 sessions'));
  });

  it('hovers a guideline citation', async () => {
    const uri = fixtureUri(SEED_002);
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionOf(fixture(SEED_002), '74-95, page 124', 1),
    });
    const value = (hover!.contents as MarkupContent).value;
    assert.equal((hover!.contents as MarkupContent).kind, 'markdown');
    assert.match(value, /Chronic Pain Medical Treatment Guidelines/);
    assert.match(value, /[Ww]eaning/);
  });

  it('folds sections and items on their lines', async () => {
    const uri = fixtureUri(REAL);
    await client.open(uri, fixture(REAL));
    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    const text = fixture(REAL);
    const line = (needle: string) => positionOf(text, needle).line;
    const starts = folds!.map((f) => f.startLine);
    for (const needle of [
      'HOW THE IMR',
      'CLINICAL CASE SUMMARY',
      'IMR ISSUES',
      'MRI of the right shoulder without contrast:',
      'MRI of the cervical spine without contrast:',
    ]) {
      assert.ok(starts.includes(line(needle)), needle);
    }
    assert.ok(folds!.every((f) => f.endLine > f.startLine));
  });

  it('offers the header date for a conflicting date of injury, and the fix resolves it', async () => {
    const uri = 'file:///tmp/conflict.imr';
    const text = fixture(REAL).replace('industrial injury on 10-13-16', 'industrial injury on 10-13-15');
    await client.open(uri, text);
    const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri },
    })) as FullDocumentDiagnosticReport;
    const conflict = report.items.find((d) => d.code === 'injury-date-conflict')!;
    const offered = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: conflict.range,
      context: { diagnostics: [conflict] },
    });
    const actions = offered!.filter((a) => 'edit' in a); // the others mark findings reviewed (reviewed.test.ts)
    assert.equal(actions.length, 1);
    const action = actions[0] as { title: string; isPreferred?: boolean; edit: { changes: Record<string, TextEdit[]> } };
    assert.equal(action.title, "Change to the header's date of injury (10/13/2016)");
    assert.notEqual(action.isPreferred, true);
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'imr', 1, text), action.edit.changes[uri]);
    assert.equal(fixed, text.replace('injury on 10-13-15', 'injury on 10/13/2016'));
    await client.replaceAll(uri, fixed);
    const after = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri },
    })) as FullDocumentDiagnosticReport;
    assert.deepEqual(
      after.items.filter((d) => d.code === 'injury-date-conflict'),
      [],
    );
  });
});

describe('protocol: fix all', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ pull: true });
  });
  after(() => client.stop());

  it('applies only the certain fixes (encoding, split words) for source.fixAll.imr', async () => {
    const uri = 'file:///tmp/fix-all.imr';
    const text = fixture('seeds/003_fc99783cdfd818d2.txt')
      .replace('The patient is a 47-year-old', 'The patient is a(n) 47-year-old')
      .replace('recommended with caution', 'recommended wi th caution');
    await client.open(uri, text);
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.imr'] },
    });
    assert.equal(actions!.length, 1);
    const action = actions![0] as { kind: string; edit: { changes: Record<string, TextEdit[]> } };
    assert.equal(action.kind, 'source.fixAll.imr');
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'imr', 1, text), action.edit.changes[uri]);
    assert.equal(
      fixed,
      text.replace('DURAGESICÂ®', 'DURAGESIC®').replace('wi th caution', 'with caution'),
      'a(n) is offered as a quick fix, not applied by fix all',
    );
  });

  it('fixes every certain problem, past the 100 findings of a rule the editor is shown', async () => {
    const uri = 'file:///tmp/fix-all-many.imr';
    const seed = fixture('seeds/003_fc99783cdfd818d2.txt');
    const text = `${seed}\nPrior medications:\n${Array.from({ length: 150 }, (_, i) => `${i + 1}. DURAGESICÂ® patch`).join('\n')}\n`;
    await client.open(uri, text);
    const shown = (
      (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport
    ).items;
    assert.equal(shown.filter((d) => d.code === 'encoding-damage').length, 101, 'the first 100, and one that counts the rest');
    const [action] = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.imr'] },
    })) as { edit: { changes: Record<string, TextEdit[]> } }[];
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'imr', 1, text), action.edit.changes[uri]);
    assert.equal((fixed.match(/Â®/g) ?? []).length, 0);
  });
});

describe('protocol: completion', () => {
  it('offers the letter skeleton as a snippet to clients that take snippets, as plain text to others', async () => {
    for (const snippets of [true, false]) {
      const client = await LspClient.start({ pull: false, snippets });
      const uri = `file:///tmp/new-${snippets}.imr`;
      await client.open(uri, '');
      const list = (await client.connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri },
        position: { line: 0, character: 0 },
      })) as { label: string; insertTextFormat?: number; textEdit?: { newText: string } }[];
      assert.deepEqual(
        list.map((c) => [c.label, c.insertTextFormat]),
        [['IMR letter (Case Number header)', snippets ? 2 : 1]],
      );
      const text = list[0].textEdit!.newText;
      assert.equal(/\$\{\d/.test(text), snippets);
      if (!snippets) assert.match(text, /^Case Number: CM17-0000000\n/);
      await client.stop();
    }
  });

  it("offers Upheld and Overturned after an item line's colon", async () => {
    const client = await LspClient.start({ pull: false });
    const uri = 'file:///tmp/decision.imr';
    const text = fixture(SEED_002).replace('Consultation and treatment: Upheld', 'Consultation and treatment: ');
    await client.open(uri, text);
    const list = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: positionOf(text, 'Consultation and treatment: ', 'Consultation and treatment: '.length),
    })) as { label: string }[];
    assert.deepEqual(
      list.map((c) => c.label),
      ['Upheld', 'Overturned'],
    );
    await client.stop();
  });
});

describe('protocol: the server bundle stands alone', () => {
  it('runs from a folder with no node_modules anywhere above it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-standalone-'));
    try {
      fs.copyFileSync(SERVER, path.join(dir, 'server.js'));
      const client = await LspClient.start({ pull: false, server: path.join(dir, 'server.js') });
      const uri = fixtureUri(SEED_002);
      const published = client.nextDiagnostics(uri);
      await client.open(uri, fixture(SEED_002));
      assert.deepEqual(
        (await published).diagnostics.map((d) => d.code),
        ['missing-section'],
      );
      const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
      assert.equal(symbols[2].children!.length, 3);
      await client.stop();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
