// Fuzz over LSP: a real letter edited by random incremental didChange notifications (insertions,
// deletions and replacements anywhere, line breaks and non-ASCII among them, several changes in
// one notification) gets the same diagnostics and outline for its final version as a fresh server
// given the final text at once. Waits on publishDiagnostics for the final version, never on timers.
// Sizes and replay: test/support/fuzz.ts.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  DidChangeTextDocumentNotification,
  DocumentSymbolRequest,
  type Position,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { fixture } from '../support/fixtures';
import { fuzzParams, fuzzTimeout, insertion, withLineEnds } from '../support/fuzz';
import { LspClient } from './harness';

/** Letters with findings and items throughout, one of another layout, one with CRLF and one with every line end. */
const LETTERS = [
  ...[
    'real/CM17-0010362.txt',
    'seeds/003_fc99783cdfd818d2.txt',
    'real/CM16-0249536.txt',
    'layouts/L3-professional-review.txt',
    'seeds-crlf/000_6475ff4f10510ca5.txt',
  ].map(fixture),
  withLineEnds(fixture('seeds/000_6475ff4f10510ca5.txt'), [0, 1, 2, 3, 4, 2, 2, 0]),
];

/** An LSP position of an offset, computed here (not by the library the server uses): LSP lines end at LF, CRLF or CR. */
function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (const m of text.slice(0, offset).matchAll(/\r\n|\r|\n/g)) {
    line++;
    lineStart = m.index + m[0].length;
  }
  return { line, character: offset - lineStart };
}

/** An offset an LSP position can name: never between the CR and the LF of a CRLF. */
const addressable = (text: string, offset: number): number => (text[offset - 1] === '\r' && text[offset] === '\n' ? offset - 1 : offset);

interface Edit {
  at: number;
  /** Where the edit starts: at `at`, or at the start or end of the line `at` falls in (where CR and LF meet). */
  snap: 'none' | 'line start' | 'line end';
  /** How many characters the insertion replaces; 'overtype': as many as it has (a date corrected in place). */
  length: number | 'overtype';
  insert: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  snap: fc.constantFrom('none', 'line start', 'line end'),
  length: fc.oneof(fc.constant(0), fc.nat({ max: 20 }), fc.nat({ max: 400 }), fc.constant('overtype' as const)),
  insert: fc.oneof(fc.constant(''), insertion),
});

/** The offset an edit starts at in `text`. */
function startOf(text: string, e: Edit): number {
  let offset = e.at % (text.length + 1);
  if (e.snap === 'line start') while (offset > 0 && !'\r\n'.includes(text[offset - 1])) offset--;
  if (e.snap === 'line end') while (offset < text.length && !'\r\n'.includes(text[offset])) offset++;
  return addressable(text, offset);
}

/** The change that makes `edit` on `text`, and the text after it. */
function change(text: string, e: Edit): { change: TextDocumentContentChangeEvent; text: string } {
  const start = startOf(text, e);
  const end = addressable(text, Math.min(start + (e.length === 'overtype' ? e.insert.length : e.length), text.length));
  return {
    change: { range: { start: positionAt(text, start), end: positionAt(text, end) }, text: e.insert },
    text: text.slice(0, start) + e.insert + text.slice(end),
  };
}

/** The diagnostics `client` publishes for this version of `uri` (earlier ones, for versions since superseded, are passed over). */
async function diagnosticsOf(client: LspClient, uri: string, version: number) {
  for (;;) {
    const found = client.published.find((p) => p.uri === uri && p.version === version);
    if (found) return found.diagnostics;
    await client.nextDiagnostics(uri);
  }
}

/** What an editor shows for a document: its diagnostics for this version and its outline. */
async function shown(client: LspClient, uri: string, version: number) {
  const diagnostics = await diagnosticsOf(client, uri, version);
  const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  return { diagnostics, symbols };
}

describe('fuzz: incremental edits over LSP', function () {
  this.timeout(fuzzTimeout(30_000));
  let edited: LspClient;
  let fresh: LspClient;
  before(async () => {
    // A short typing pause keeps the debounce and the dropping of superseded versions in play.
    [edited, fresh] = await Promise.all([
      LspClient.start({ pull: false, settings: { diagnosticsDelay: 5 } }),
      LspClient.start({ pull: false }),
    ]);
  });
  after(() => Promise.all([edited?.stop(), fresh?.stop()]));

  it('leave the diagnostics and outline of the final version as a fresh parse of its text', async () => {
    let run = 0;
    // Each notification carries 1-3 changes; after it the editor types on, asks for the outline
    // (answered from the latest parse at once), or pauses until that version's diagnostics arrive.
    const notification = fc.record({
      edits: fc.array(edit, { minLength: 1, maxLength: 3 }),
      then: fc.constantFrom('type on', 'outline', 'pause'),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: LETTERS.length - 1 }),
        fc.array(notification, { minLength: 1, maxLength: 12 }),
        async (which, notifications) => {
          const uri = `file:///fuzz/edits-${++run}.imr`;
          let text = LETTERS[which];
          await edited.open(uri, text);
          let version = 1;
          for (const { edits, then } of notifications) {
            const contentChanges = edits.map((e) => {
              const made = change(text, e);
              text = made.text;
              return made.change;
            });
            await edited.connection.sendNotification(DidChangeTextDocumentNotification.type, {
              textDocument: { uri, version: ++version },
              contentChanges,
            });
            if (then === 'outline') await edited.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
            if (then === 'pause') await diagnosticsOf(edited, uri, version);
          }
          const afterEdits = await shown(edited, uri, version);
          await fresh.open(uri, text);
          const fromScratch = await shown(fresh, uri, 1);
          await Promise.all([edited.close(uri), fresh.close(uri)]);
          edited.published.length = fresh.published.length = 0;
          assert.deepEqual(afterEdits, fromScratch);
        },
      ),
      fuzzParams(40),
    );
  });

  it('computes positions as the server does (a check of the test itself)', () => {
    const text = 'ab\r\ncd\ref\ngh';
    assert.deepEqual(positionAt(text, text.indexOf('d')), { line: 1, character: 1 });
    assert.deepEqual(positionAt(text, text.indexOf('h')), { line: 3, character: 1 });
    assert.equal(addressable(text, 3), 2);
    assert.equal(startOf(text, { at: 5, snap: 'line start', length: 0, insert: '' }), 4);
    assert.equal(startOf(text, { at: 5, snap: 'line end', length: 0, insert: '' }), 6);
    assert.deepEqual(change(text, { at: 3, snap: 'none', length: 2, insert: 'X' }), {
      change: { range: { start: { line: 0, character: 2 }, end: { line: 1, character: 0 } }, text: 'X' },
      text: 'abXcd\ref\ngh',
    });
  });
});
