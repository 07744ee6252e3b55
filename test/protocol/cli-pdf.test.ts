// The bundled imr-lint on PDFs: a letter's PDF as a file, in a folder and on the standard input,
// checked like its text version; PDFs without text to give named on stderr with their reason.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PDF_BUDGET, PDF_PROBLEMS } from '../../server/src/base/pdf';
import { FIXTURES } from '../support/fixtures';
import { expandingPdf, imageOnlyPdf, passwordPdf, slowPdf } from '../support/pdfs';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
// More than one batch (16 letters), so that --jobs 2 checks them on worker threads.
const LETTERS = fs
  .readdirSync(path.join(FIXTURES, 'real-pdf'))
  .sort()
  .slice(0, 20)
  .map((f) => f.replace(/\.pdf$/, ''));
// pypdf split three words of one text version with a stray space (test/unit/pdf-corpus.test.ts).
const NO_SPLIT_WORDS = ['--rule', 'split-word=off'];

function lint(args: string[], input?: Buffer) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface Record {
  file: string;
  caseNumber?: string;
  items: { title: string; decision: string }[];
  findings: { rule: string; severity: string }[];
}

/** A letter's record without where things are: lines differ between extractions. */
const content = (r: Record) => ({
  caseNumber: r.caseNumber,
  items: r.items.map((i) => [i.title.replace(/\s+/g, ''), i.decision]),
  findings: r.findings.map((f) => `${f.rule} ${f.severity}`).sort(),
});

describe('imr-lint on PDFs', function () {
  this.timeout(60_000);
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-cli-pdf-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('checks the letters of a folder of PDFs as their text versions, on worker threads and in this thread', () => {
    for (const name of LETTERS) fs.copyFileSync(path.join(FIXTURES, 'real-pdf', `${name}.pdf`), path.join(dir, `${name}.PDF`));
    const texts = (
      JSON.parse(
        lint(['--format', 'json', ...NO_SPLIT_WORDS, ...LETTERS.map((n) => path.join(FIXTURES, 'real', `${n}.txt`))]).out,
      ) as Record[]
    ).map(content);
    for (const jobs of ['1', '2']) {
      const r = lint(['--format', 'json', ...NO_SPLIT_WORDS, '--jobs', jobs, dir]);
      assert.match(r.err, new RegExp(`^imr-lint: ${LETTERS.length} letters, `, 'm'), 'the closing summary counts every PDF as a letter');
      assert.doesNotMatch(r.err, /not read|PDF/, 'no PDF went unread');
      const pdfs = JSON.parse(r.out) as Record[];
      assert.deepEqual(
        pdfs.map((p) => path.basename(p.file)),
        LETTERS.map((n) => `${n}.PDF`),
      );
      assert.deepEqual(pdfs.map(content), texts);
      assert.ok(texts.every((t) => t.items.length > 0));
    }
  });

  it('prints a PDF letter as stylish text: its items, decisions and findings', () => {
    const r = lint([path.join(FIXTURES, 'real-pdf/CM16-0213037.pdf')]);
    assert.equal(r.code, 0);
    assert.match(r.out, /CM16-0213037 · 2 items\n {5}1\. MRI of the right shoulder without contrast {2}→ {2}Upheld\n/);
    assert.match(r.out, /body-part-mismatch/);
  });

  it('reads a PDF from the standard input', () => {
    const r = lint(['--format', 'jsonl', '-'], fs.readFileSync(path.join(FIXTURES, 'real-pdf/CM16-0213037.pdf')));
    const record = JSON.parse(r.out) as Record;
    assert.equal(record.file, '<stdin>');
    assert.equal(record.items.length, 2);
  });

  it('names each PDF without text on stderr with its reason, never its contents, and checks the others', () => {
    fs.copyFileSync(path.join(FIXTURES, 'real-pdf/CM16-0213037.pdf'), path.join(dir, 'a-letter.pdf'));
    fs.writeFileSync(path.join(dir, 'b-locked.pdf'), passwordPdf());
    fs.writeFileSync(path.join(dir, 'c-scan.pdf'), imageOnlyPdf());
    fs.writeFileSync(path.join(dir, 'd-cut.pdf'), fs.readFileSync(path.join(FIXTURES, 'real-pdf/CM16-0213037.pdf')).subarray(0, 400));
    // 25 MB that take no room on disk, past the PDF reader's budget: said as Check Folder and the PDF view say it.
    fs.writeFileSync(path.join(dir, 'e-huge.pdf'), '%PDF-1.7\n');
    fs.truncateSync(path.join(dir, 'e-huge.pdf'), 25 << 20);
    const r = lint([dir]);
    assert.equal(r.code, 2);
    assert.match(r.out, /a-letter\.pdf\n {2}IMR Final Determination/);
    assert.deepEqual(r.err.trim().split('\n'), [
      `imr-lint: ${path.join(dir, 'b-locked.pdf')}: ${PDF_PROBLEMS.encrypted}`,
      `imr-lint: ${path.join(dir, 'c-scan.pdf')}: ${PDF_PROBLEMS.noText}`,
      `imr-lint: ${path.join(dir, 'd-cut.pdf')}: ${PDF_PROBLEMS.damaged}`,
      `imr-lint: ${path.join(dir, 'e-huge.pdf')}: ${PDF_PROBLEMS.tooLarge(25 << 20, PDF_BUDGET.maxBytes)}`,
    ]);
  });

  it('reads a file named .pdf over the PDF budget when the letter size limit allows it: it may be a text so named', () => {
    // 21 MB that take no room on disk, and are no PDF: past the PDF budget, within a limit of 8,000,000 characters.
    fs.writeFileSync(path.join(dir, 'named.pdf'), 'Not a PDF\n');
    fs.truncateSync(path.join(dir, 'named.pdf'), 21 << 20);
    const refused = lint([dir]);
    assert.ok(refused.err.includes(`named.pdf: ${PDF_PROBLEMS.tooLarge(21 << 20, PDF_BUDGET.maxBytes)}`), refused.err);
    const read = lint(['--max-file-size', '8000000', dir]);
    assert.match(read.err, /named\.pdf: binary file, not text/, 'read, and found to be no letter');
  });

  it('stops reading a PDF made to be slow or to expand, names it, and checks the others', function () {
    this.timeout(120_000);
    const made = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-hostile-pdf-'));
    try {
      fs.copyFileSync(path.join(FIXTURES, 'real-pdf/CM16-0213037.pdf'), path.join(made, 'a-letter.pdf'));
      fs.writeFileSync(path.join(made, 'b-slow.pdf'), slowPdf());
      fs.writeFileSync(path.join(made, 'c-bomb.pdf'), expandingPdf(768));
      assert.ok(fs.statSync(path.join(made, 'c-bomb.pdf')).size < 2 << 20, 'a small file');
      const r = lint(['--jobs', '1', made]);
      assert.equal(r.code, 2);
      assert.match(r.out, /a-letter\.pdf\n {2}IMR Final Determination/);
      assert.deepEqual(r.err.trim().split('\n'), [
        `imr-lint: ${path.join(made, 'b-slow.pdf')}: ${PDF_PROBLEMS.slow(15_000)}`,
        `imr-lint: ${path.join(made, 'c-bomb.pdf')}: ${PDF_PROBLEMS.tooBig}`,
      ]);
    } finally {
      fs.rmSync(made, { recursive: true, force: true });
    }
  });

  it('gives back what a stopped reader took: PDFs made to expand, one after another, leave the process no larger each time', function () {
    this.timeout(120_000);
    const made = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-expanding-pdfs-'));
    try {
      for (const name of ['a', 'b', 'c']) fs.writeFileSync(path.join(made, `${name}-bomb.pdf`), expandingPdf(768));
      fs.copyFileSync(path.join(FIXTURES, 'real-pdf/CM16-0213037.pdf'), path.join(made, 'd-letter.pdf'));
      // The process's peak resident memory, written at its exit: /proc's VmHWM, of this program
      // alone (getrusage's would count the memory of the test that started it, before its exec).
      if (!fs.existsSync('/proc/self/status')) this.skip();
      const usage = path.join(made, 'usage.json');
      const preload = path.join(made, 'usage.cjs');
      fs.writeFileSync(
        preload,
        `process.on('exit', () => { const fs = require('node:fs'); fs.writeFileSync(${JSON.stringify(usage)}, /VmHWM:\\s*(\\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]); });`,
      );
      const r = spawnSync(process.execPath, ['-r', preload, CLI, '--jobs', '1', made], { encoding: 'utf8' });
      assert.equal(r.status, 2);
      assert.deepEqual(
        r.stderr.trim().split('\n'),
        ['a', 'b', 'c'].map((name) => `imr-lint: ${path.join(made, `${name}-bomb.pdf`)}: ${PDF_PROBLEMS.tooBig}`),
      );
      assert.match(r.stdout, /d-letter\.pdf\n {2}IMR Final Determination/);
      // A stream is cut at 32 MB: the process stays near its size for text letters (about 160 MB
      // here). When pdf.js inflated on Node's zlib threads, each reader was stopped only once the
      // process had grown by PDF_MEMORY_MB (320 MB on 2 cores), and kept it: three of them, 1 GB.
      const peakMb = Number(fs.readFileSync(usage, 'utf8')) / 1024;
      assert.ok(peakMb < 400, `peak ${peakMb.toFixed(0)} MB`);
    } finally {
      fs.rmSync(made, { recursive: true, force: true });
    }
  });
});
