// A PDF's text, in reading order with a line break wherever the PDF ends a line and a blank line
// between paragraphs and pages. Knows no letter. pdf.js reads the PDF in this thread, with nothing
// fetched: no fonts, character maps or decoders from anywhere, no system fonts, no scripts, no
// code made from the PDF's contents. A size and a time budget keep a huge or pathological PDF from
// taking the process with it; each way a PDF cannot give its text has one message.

import { withDeadline } from './deadline';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import type { PdfJsModule } from './pdfjs';

export type PdfText = { text: string } | { problem: string };

export interface PdfBudget {
  /** Larger files are not opened. */
  maxBytes: number;
  /** PDFs with more pages are not read. */
  maxPages: number;
  /** Reading stops after this many milliseconds. */
  maxMilliseconds: number;
}

/** A letter is a few pages and some tens of KB; these are far beyond any letter. */
export const PDF_BUDGET: PdfBudget = { maxBytes: 20 * 1024 * 1024, maxPages: 300, maxMilliseconds: 15_000 };

export const PDF_PROBLEMS = {
  encrypted: 'PDF protected by a password; not read (save a copy without the password to check it)',
  noText: 'PDF without text (scanned pages, images only): nothing to check; run text recognition (OCR) on it first',
  damaged: 'damaged PDF, or not a PDF; not read',
  cancelled: 'PDF not read: the reading was cancelled',
  noReader: 'PDF not read: the PDF reader (pdfjs.js and pdf-reader.js beside this program) could not be loaded',
  slow: (ms: number) => `PDF not read within ${ms / 1000} s (too large or too complex)`,
  tooBig:
    'PDF not read: reading it takes far more memory than a letter needs (a part that expands past 32 MB: a file made to expand, or a very large image)',
  tooLarge: (bytes: number, max: number) => `PDF of ${mb(bytes)}, larger than ${mb(max)}; not read`,
  tooManyPages: (pages: number, max: number) => `PDF of ${pages.toLocaleString('en-US')} pages, more than ${max}; not read`,
} as const;

const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

const PDF_SIGNATURE = Buffer.from('%PDF-', 'latin1');
/** How far into a file a PDF's signature may stand, as readers accept it. */
const SIGNATURE_WITHIN = 1024;

/** Whether bytes are a PDF's: its signature within the first 1024 bytes. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  // Buffer's native search: a byte-by-byte loop here cost ~15 µs a letter in imr-lint.
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SIGNATURE_WITHIN)).includes(PDF_SIGNATURE);
}

/** The text of a PDF's bytes, or why it has none. Never throws; the bytes are copied, not kept. */
export async function readPdf(bytes: Uint8Array, budget: PdfBudget = PDF_BUDGET): Promise<PdfText> {
  if (bytes.length > budget.maxBytes) return { problem: PDF_PROBLEMS.tooLarge(bytes.length, budget.maxBytes) };
  let pdfjs: PdfJsModule;
  try {
    pdfjs = await loadPdfJs();
  } catch {
    return { problem: PDF_PROBLEMS.noReader };
  }
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdf.js takes the array it is given
    worker: workerOf(pdfjs),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    enableXfa: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    useWasm: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    stopAtErrors: false,
  });
  try {
    return await withDeadline(textOf(task.promise, budget), budget.maxMilliseconds, () => ({
      problem: PDF_PROBLEMS.slow(budget.maxMilliseconds),
    }));
  } catch (e) {
    return { problem: (e as { name?: string }).name === 'PasswordException' ? PDF_PROBLEMS.encrypted : PDF_PROBLEMS.damaged };
  } finally {
    void task.destroy().catch(() => undefined);
  }
}

/**
 * pdf.js through ./pdfjs, required with the first PDF, not before: the bundles keep it in a file of
 * its own (dist/pdfjs.js, see esbuild.mjs) that a run without PDFs never loads.
 */
function loadPdfJs(): Promise<PdfJsModule> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./pdfjs') as typeof import('./pdfjs')).loadPdfJs();
}

type PdfWorker = InstanceType<PdfJsModule['PDFWorker']>;

let worker: PdfWorker | undefined;

/**
 * pdf.js's "worker" (its parser, run in this thread on Node), one for every PDF this thread reads:
 * without one, pdf.js sets up a new one per document and takes it down after. Each document is
 * still opened and destroyed on its own; a worker destroyed by anything else is replaced.
 */
function workerOf(pdfjs: PdfJsModule): PdfWorker {
  if (!worker || worker.destroyed) worker = new pdfjs.PDFWorker({ verbosity: pdfjs.VerbosityLevel.ERRORS });
  return worker;
}

type Document = Awaited<ReturnType<PdfJsModule['getDocument']>['promise']>;

async function textOf(opening: Promise<Document>, budget: PdfBudget): Promise<PdfText> {
  const doc = await opening;
  if (doc.numPages > budget.maxPages) return { problem: PDF_PROBLEMS.tooManyPages(doc.numPages, budget.maxPages) };
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    page.cleanup();
    const text = pageText(content.items);
    if (text) pages.push(text);
  }
  if (!pages.length) return { problem: PDF_PROBLEMS.noText };
  return { text: `${pages.join('\n\n')}\n` };
}

interface Line {
  text: string;
  /** Baseline and font size of the line's first piece of text. */
  y: number;
  size: number;
}

/** A gap between two baselines wider than this many font sizes is a blank line. */
const PARAGRAPH_GAP = 1.6;

/** A page's text: its pieces in the order the PDF writes them, a line ended where the PDF ends one. */
export function pageText(items: (TextItem | TextMarkedContent)[]): string {
  const lines: Line[] = [];
  let line: Line | undefined;
  for (const item of items) {
    if (!('str' in item)) continue;
    if (!line && item.str.trim()) line = { text: '', y: item.transform[5], size: Math.abs(item.transform[3]) || item.height };
    if (line) line.text += item.str;
    if (item.hasEOL && line) {
      lines.push(line);
      line = undefined;
    }
  }
  if (line) lines.push(line);
  const out: string[] = [];
  lines.forEach((l, i) => {
    const before = lines[i - 1];
    if (before && before.y - l.y > PARAGRAPH_GAP * Math.max(before.size, l.size, 1)) out.push('');
    out.push(l.text.trimEnd());
  });
  return out.join('\n').trim() ? out.join('\n') : '';
}
