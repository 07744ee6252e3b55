// A PDF read on a worker thread of its own (dist/pdf-reader.js), watched from the thread that asks:
// pdf.js reads in one go, so a PDF built to be slow (thirty thousand nested graphics states in 3 KB)
// or to expand (2 MB of compressed stream that inflates to gigabytes) would hold the thread that
// reads it for minutes, deaf to its time limit, to the editor and to Ctrl-C, or fill the memory.
// Here the asking thread stays free: past the time budget, or once the process has grown by more
// than a letter could need, the reader is stopped and the PDF named as not read.

import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PDF_BUDGET, PDF_PROBLEMS, type PdfBudget, type PdfText } from './pdf';

/** Memory the process may grow by while one PDF is read; a letter's PDF takes some tens of MB. */
export const PDF_MEMORY_MB = 256;

// The reader's own heap: pdf.js's objects for a letter take a few MB (see cli/pool.ts).
const READER_HEAP = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 192 };
const WATCH_MS = 50;
/** Growth after which a reader is replaced: far above a letter's PDF. */
const RECYCLE_MB = 64;

let reader: Worker | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** The bundle beside this one: dist/pdf-reader.js. */
const READER_FILE = path.join(__dirname, 'pdf-reader.js');

/** The text of a PDF's bytes, or why it has none, read on the reader thread. Never throws. */
export function readPdfIsolated(bytes: Uint8Array, budget: PdfBudget = PDF_BUDGET): Promise<PdfText> {
  if (bytes.length > budget.maxBytes) return Promise.resolve({ problem: PDF_PROBLEMS.tooLarge(bytes.length, budget.maxBytes) });
  const read = queue.then(() => readOne(bytes, budget));
  queue = read;
  return read;
}

/** A new reader; an error in it (out of its heap) ends it, and its 'exit' says so to the read waiting. */
function started(): Worker {
  const worker = new Worker(READER_FILE, { resourceLimits: READER_HEAP });
  worker.on('error', () => undefined);
  return worker;
}

function readOne(bytes: Uint8Array, budget: PdfBudget): Promise<PdfText> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = reader ??= started();
    } catch {
      resolve({ problem: PDF_PROBLEMS.noReader });
      return;
    }
    const startRss = process.memoryUsage.rss();
    const done = (result: PdfText, stop: boolean): void => {
      clearTimeout(timer);
      clearInterval(watch);
      worker.off('message', answered);
      worker.off('exit', ended);
      if (stop) {
        reader = undefined;
        void worker.terminate();
      } else worker.unref();
      resolve(result);
    };
    // A read that left the process much larger (its garbage not yet collected) is the reader's last:
    // a new one starts from its own small heap, so that the next read is measured from there.
    const answered = (result: PdfText): void => done(result, process.memoryUsage.rss() - startRss > RECYCLE_MB * 1024 * 1024);
    // Out of its heap, or ended otherwise: the PDF is not read, and the next one gets a new reader.
    const ended = (): void => {
      reader = undefined;
      done({ problem: PDF_PROBLEMS.tooBig }, false);
    };
    const timer = setTimeout(() => done({ problem: PDF_PROBLEMS.slow(budget.maxMilliseconds) }, true), budget.maxMilliseconds);
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() - startRss > PDF_MEMORY_MB * 1024 * 1024) done({ problem: PDF_PROBLEMS.tooBig }, true);
    }, WATCH_MS);
    worker.on('message', answered);
    worker.on('exit', ended);
    worker.ref();
    const copy = new Uint8Array(bytes); // its buffer is handed over, not copied again
    worker.postMessage({ bytes: copy, budget }, [copy.buffer]);
  });
}
