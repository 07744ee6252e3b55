// An edit that arrives while the server works on a request (it lets messages in between rules)
// changes the open document in place: the answer must still be of the text it read, its positions
// counted there; and a fix worked out on it is refused, since a client may apply its edits to the
// text it has now.

import { strict as assert } from 'node:assert';
import {
  CodeActionRequest,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  LSPErrorCodes,
  type FullDocumentDiagnosticReport,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixture } from '../support/fixtures';
import { LspClient } from './harness';

// A letter long enough for its rules to take many slices of work, with damaged characters the
// fix-all repairs all through it.
const LETTER = (() => {
  const seed = fixture('seeds/003_fc99783cdfd818d2.txt');
  const lines = Array.from({ length: 3000 }, (_, i) => `${i + 1}. DURAGESICÂ® patch, as the treating physician noted at the visit.`);
  return `${seed}\nPrior medications:\n${lines.join('\n')}\n`;
})();
const URI = 'file:///tmp/edited-while-working.imr';
const NOTE = 'Note.\n';

describe('protocol: a letter edited while a request works on it', () => {
  let client: LspClient;
  beforeEach(async () => {
    client = await LspClient.start({ pull: true, versionedEdits: true });
    await client.open(URI, LETTER);
    // Parsed and its settings known: the request below goes straight to its rules.
    await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } });
  });
  afterEach(() => client.stop());

  /** Sends a request, then an edit before the first line, both read by the server at once. */
  async function withEditDuring<T>(request: () => Promise<T>): Promise<T> {
    client.pause();
    const answer = request();
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: NOTE }],
    });
    client.resume();
    return answer;
  }

  const fixAll = () =>
    client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.imr'] },
    });

  it('refuses a fix-all worked out on a text edited since (ContentModified), and gives it for the version it read otherwise', async () => {
    const refused = await withEditDuring(fixAll).then(
      () => undefined,
      (e: { code: number }) => e.code,
    );
    assert.equal(refused, LSPErrorCodes.ContentModified);
    const actions = await fixAll();
    const [change] = (actions![0] as { edit: { documentChanges: (TextDocumentEdit & { edits: TextEdit[] })[] } }).edit.documentChanges;
    assert.deepEqual(change.textDocument, { uri: URI, version: 2 });
    const text = NOTE + LETTER;
    const fixed = TextDocument.applyEdits(TextDocument.create(URI, 'imr', 2, text), change.edits);
    assert.equal(fixed, text.replaceAll('DURAGESICÂ®', 'DURAGESIC®'));
  });

  it('refuses a quick fix of findings already known when the edit is read only as the answer is about to go', async () => {
    await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI } });
    // Line 1 of the added lines: its damaged character, and its fix, are known before the request.
    const line = LETTER.split('\n').findIndex((l) => l.startsWith('1. DURAGESIC'));
    const quickFix = () =>
      client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: URI },
        range: { start: { line, character: 0 }, end: { line, character: 20 } },
        context: { diagnostics: [] },
      });
    assert.ok(((await quickFix()) ?? []).some((a) => a.title.startsWith('Replace')));
    const refused = await withEditDuring(quickFix).then(
      () => undefined,
      (e: { code: number }) => e.code,
    );
    assert.equal(refused, LSPErrorCodes.ContentModified);
  });

  it('gives pulled diagnostics whose ranges are in the text it read', async () => {
    const report = (await withEditDuring(() =>
      client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI } }),
    )) as FullDocumentDiagnosticReport;
    const read = TextDocument.create(URI, 'imr', 1, LETTER);
    const damaged = report.items.filter((d) => d.code === 'encoding-damage' && !/more finding/.test(d.message as string));
    assert.equal(damaged.length, 100);
    for (const d of damaged) assert.equal(read.getText(d.range), 'Â®');
  });
});
