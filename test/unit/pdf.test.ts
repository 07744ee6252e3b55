// Reading a PDF's text (server/src/base/pdf.ts): lines and paragraphs as the PDF has them, and one
// message for each way a PDF has no text to give.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { looksLikePdf, PDF_BUDGET, PDF_PROBLEMS, readPdf } from '../../server/src/base/pdf';
import { FIXTURES } from '../support/fixtures';
import { imageOnlyPdf, passwordPdf, textPdf } from '../support/pdfs';

const CORPUS_PDF = path.join(FIXTURES, 'real-pdf/CM16-0213037.pdf');

describe('reading a PDF', function () {
  this.timeout(30_000);

  it('gives each line of each page, the pages apart by a blank line', async () => {
    const read = await readPdf(textPdf([['Case Number: CM16-0000001', 'Date of Injury: 01/02/2015'], ['Second page (with parentheses)']]));
    assert.deepEqual(read, { text: 'Case Number: CM16-0000001\nDate of Injury: 01/02/2015\n\nSecond page (with parentheses)\n' });
  });

  it('reads a DWC letter in reading order, header rows and paragraphs kept', async () => {
    const read = await readPdf(fs.readFileSync(CORPUS_PDF));
    assert.ok('text' in read, 'problem' in read ? read.problem : '');
    const lines = read.text.split('\n');
    assert.equal(lines[0], 'Case Number: CM16-0213037');
    assert.ok(lines.includes('Date Assigned: 11/09/2016 Date of Injury: 10/13/2016'), lines.slice(0, 4).join('|'));
    const heading = lines.indexOf('HOW THE IMR FINAL DETERMINATION WAS MADE');
    assert.ok(heading > 0 && lines[heading - 1] === '' && lines[heading + 1] === '', 'the heading stands between blank lines');
    assert.ok(lines.includes('MRI of the right shoulder without contrast: Upheld'));
    assert.ok(!/[ \t]$/m.test(read.text), 'no line ends in white space');
  });

  it('says a password-protected PDF is not read', async () => {
    assert.deepEqual(await readPdf(passwordPdf()), { problem: PDF_PROBLEMS.encrypted });
  });

  it('says a PDF of images only has no text', async () => {
    assert.deepEqual(await readPdf(imageOnlyPdf(2)), { problem: PDF_PROBLEMS.noText });
  });

  it('says a damaged PDF is damaged: garbage, a cut file, nothing after the signature', async () => {
    const whole = fs.readFileSync(CORPUS_PDF);
    for (const bytes of [Buffer.from('%PDF-1.7\n\x00\x01\x02 not a pdf at all'), Buffer.from('%PDF-'), whole.subarray(0, 300)]) {
      assert.deepEqual(await readPdf(bytes), { problem: PDF_PROBLEMS.damaged }, JSON.stringify(bytes.subarray(0, 20).toString('latin1')));
    }
  });

  it('keeps to its budget: bytes, pages and time', async () => {
    const bytes = fs.readFileSync(CORPUS_PDF);
    assert.deepEqual(await readPdf(bytes, { ...PDF_BUDGET, maxBytes: 1000 }), { problem: PDF_PROBLEMS.tooLarge(bytes.length, 1000) });
    assert.deepEqual(await readPdf(textPdf([['a'], ['b'], ['c']]), { ...PDF_BUDGET, maxPages: 2 }), {
      problem: PDF_PROBLEMS.tooManyPages(3, 2),
    });
    assert.deepEqual(await readPdf(bytes, { ...PDF_BUDGET, maxMilliseconds: 1 }), { problem: PDF_PROBLEMS.slow(1) });
    assert.match(PDF_PROBLEMS.tooLarge(25 * 1024 * 1024, PDF_BUDGET.maxBytes), /^PDF of 25\.0 MB, larger than 20\.0 MB; not read$/);
  });

  it('reads a PDF after a damaged one and after one it gave up on (the reader is shared by the PDFs it reads)', async () => {
    const bytes = fs.readFileSync(CORPUS_PDF);
    const good = await readPdf(bytes);
    assert.ok('text' in good);
    assert.deepEqual(await readPdf(bytes.subarray(0, 300)), { problem: PDF_PROBLEMS.damaged });
    assert.deepEqual(await readPdf(bytes), good);
    assert.deepEqual(await readPdf(bytes, { ...PDF_BUDGET, maxMilliseconds: 1 }), { problem: PDF_PROBLEMS.slow(1) });
    assert.deepEqual(await readPdf(passwordPdf()), { problem: PDF_PROBLEMS.encrypted });
    const [again, other] = await Promise.all([readPdf(bytes), readPdf(textPdf([['Case Number: CM16-0000002']]))]);
    assert.deepEqual(again, good);
    assert.deepEqual(other, { text: 'Case Number: CM16-0000002\n' });
  });

  it('leaves the bytes it was given as they were', async () => {
    const bytes = fs.readFileSync(CORPUS_PDF);
    const copy = Buffer.from(bytes);
    await readPdf(bytes);
    assert.ok(bytes.equals(copy));
  });

  it('recognises a PDF by its signature in the first 1024 bytes', () => {
    assert.ok(looksLikePdf(Buffer.from('%PDF-1.4\n')));
    assert.ok(looksLikePdf(Buffer.concat([Buffer.alloc(500, 32), Buffer.from('%PDF-1.7')])));
    assert.ok(!looksLikePdf(Buffer.concat([Buffer.alloc(1030, 32), Buffer.from('%PDF-1.7')])));
    assert.ok(!looksLikePdf(Buffer.from('Case Number: CM16-0213037')));
    // The whole signature within the first 1024 bytes: from byte 1019 it is, from 1020 it is not.
    assert.ok(looksLikePdf(Buffer.concat([Buffer.alloc(1019, 32), Buffer.from('%PDF-1.7')])));
    assert.ok(!looksLikePdf(Buffer.concat([Buffer.alloc(1020, 32), Buffer.from('%PDF-1.7')])));
    assert.ok(!looksLikePdf(Buffer.from('%PDF')));
    // A view into a larger buffer is read from its own start, not the buffer's.
    const pool = Buffer.concat([Buffer.from('%PDF-1.7'), Buffer.alloc(2000, 32), Buffer.from('%PDF-1.7')]);
    assert.ok(!looksLikePdf(pool.subarray(8, 1500)));
    assert.ok(looksLikePdf(pool.subarray(1500)));
    assert.ok(looksLikePdf(new Uint8Array(pool.buffer, pool.byteOffset + 2008 - 3, 11)));
  });

  it('leaves the built-in objects as they were (the legacy build replaces Array.prototype.push on Node 20)', async () => {
    await readPdf(textPdf([['x']]));
    assert.match(Function.prototype.toString.call(Array.prototype.push), /\[native code\]/);
    assert.equal(Object.getOwnPropertyDescriptor(Array.prototype, 'push')?.value, [].push);
  });
});
