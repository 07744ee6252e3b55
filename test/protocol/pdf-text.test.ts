// imr/pdfText over stdio: the bundled server reads a PDF a file: URI names and answers its text;
// that text, opened under a URI of the client's own scheme (as the VS Code client's read-only
// view does), gets diagnostics, an outline and hovers as any letter.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DocumentSymbolRequest,
  HoverRequest,
  type DocumentSymbol,
  type Hover,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { PDF_BUDGET, PDF_PROBLEMS } from '../../server/src/base/pdf';
import { PDF_TEXT, type PdfTextResult } from '../../server/src/server/protocol';
import { fixture } from '../support/fixtures';
import { passwordPdf } from '../support/pdfs';
import { fixtureUri, LspClient } from './harness';

describe('protocol: imr/pdfText', function () {
  this.timeout(30_000);
  let client: LspClient;
  let dir: string;
  before(async () => {
    client = await LspClient.start({ pull: false });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-pdf-text-'));
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const pdfText = (uri: unknown) => client.connection.sendRequest<PdfTextResult>(PDF_TEXT, { uri });

  it("answers a corpus PDF's text, which checks as a letter under the client's own URI", async () => {
    const answer = await pdfText(fixtureUri('real-pdf/CM16-0213037.pdf'));
    assert.ok('text' in answer, JSON.stringify(answer));
    assert.match(answer.text, /^Case Number: CM16-0213037\n/);
    const uri = 'imr-pdf:/letters/CM16-0213037.pdf.imr';
    const published = client.nextDiagnostics(uri);
    await client.open(uri, answer.text);
    const diagnostics = (await published).diagnostics;
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['body-part-mismatch'],
    );

    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const names = symbols.flatMap((s) => [s.name, ...(s.children ?? []).map((c) => c.name)]);
    assert.ok(names.includes('Upheld · MRI of the right shoulder without contrast'), names.join(' | '));

    const lines = answer.text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('MRI of the right shoulder without contrast: Upheld'));
    const hover = (await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line, character: lines[line].indexOf('Upheld') + 2 },
    })) as Hover;
    assert.match((hover.contents as MarkupContent).value, /Upheld/);
  });

  it("gives the text version's items for every one of a few letters", async () => {
    for (const name of ['CM16-0230651', 'CM17-0010885', 'CM17-0016761']) {
      const answer = await pdfText(fixtureUri(`real-pdf/${name}.pdf`));
      assert.ok('text' in answer, name);
      const squash = (s: string) => s.replace(/\s+/g, '');
      assert.ok(
        squash(fixture(`real/${name}.txt`)).includes(squash(answer.text.split('\n').find((l) => / (Upheld|Overturned)$/.test(l))!)),
        name,
      );
    }
  });

  it('says why it gives no text: a password, too large, not a PDF, no such file, not a file: URI', async () => {
    const locked = path.join(dir, 'locked.pdf');
    fs.writeFileSync(locked, passwordPdf());
    assert.deepEqual(await pdfText(pathToFileURL(locked).href), { problem: PDF_PROBLEMS.encrypted });
    // 25 MB that take no room on disk: said as imr-lint and Check Folder say it.
    const huge = path.join(dir, 'huge.pdf');
    fs.writeFileSync(huge, '%PDF-1.7\n');
    fs.truncateSync(huge, 25 << 20);
    assert.deepEqual(await pdfText(pathToFileURL(huge).href), { problem: PDF_PROBLEMS.tooLarge(25 << 20, PDF_BUDGET.maxBytes) });
    assert.deepEqual(await pdfText(fixtureUri('real/CM16-0213037.txt')), { problem: 'not a PDF' });
    assert.deepEqual(await pdfText(pathToFileURL(path.join(dir, 'gone.pdf')).href), { problem: 'no such file' });
    assert.deepEqual(await pdfText(pathToFileURL(dir).href), { problem: 'not a file' });
    for (const uri of ['https://example.com/letter.pdf', 'imr-pdf:/letters/a.pdf', 42, undefined]) {
      assert.deepEqual(await pdfText(uri), { problem: 'only a PDF on this machine (a file: URI) is read' }, String(uri));
    }
  });
});
