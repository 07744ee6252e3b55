// A PDF read on a worker thread of its own (dist/pdf-reader.js), watched from the thread that asks:
// pdf.js reads in one go, so a PDF built to be slow (thirty thousand nested graphics states in 3 KB)
// or to expand (2 MB of compressed stream that inflates to gigabytes) would hold the thread that
// reads it for minutes, deaf to its time limit, to the editor and to Ctrl-C, or fill the memory.
// Here the asking thread stays free: past the time budget, or once the process has grown by more
// than letters could need, the reader is stopped and the PDF named as not read.

import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PDF_BUDGET, PDF_PROBLEMS, type PdfBudget, type PdfText } from './pdf';

/**
 * Memory the process may grow by while one PDF is read: a letter's PDF takes some tens of MB, and
 * the process's memory is all that can be measured, so each other thread that may be reading a PDF
 * at the same time (imr-lint has one per core) is allowed that much more.
 */
export const PDF_MEMORY_MB = 256 + 64 * (os.availableParallelism() - 1);

// The reader's own heap: pdf.js's objects for a letter take a few MB (see cli/pool.ts).
const READER_HEAP = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 192 };
const WATCH_MS = 50;
/** Growth after which a reader is replaced: far above a letter's PDF. */
const RECYCLE_MB = 64;

/** This thread's reader, while it runs; a reader that ends (or is stopped) is replaced at the next PDF. */
let reader: Worker | undefined;
/** Why the reader ended, when it said: out of its heap, or its file not found. */
let lastError: NodeJS.ErrnoException | undefined;
let queue: Promise<unknown> = Promise.resolve();
/** A reader stopped and not yet ended: the next read waits for its memory to be given back. */
let stopping: Promise<unknown> = Promise.resolve();

/** The bundle beside this one: dist/pdf-reader.js. */
const READER_FILE = path.join(__dirname, 'pdf-reader.js');

/**
 * The text of a PDF's bytes, or why it has none, read on the reader thread. Never throws. Once
 * `signal` aborts, the PDF is not read, or its reader is stopped: the problem is then "cancelled".
 */
export function readPdfIsolated(bytes: Uint8Array, budget: PdfBudget = PDF_BUDGET, signal?: AbortSignal): Promise<PdfText> {
  if (bytes.length > budget.maxBytes) return Promise.resolve({ problem: PDF_PROBLEMS.tooLarge(bytes.length, budget.maxBytes) });
  const read = queue
    .then(() => stopping)
    .then(() => (signal?.aborted ? { problem: PDF_PROBLEMS.cancelled } : readOne(bytes, budget, signal)))
    .catch(() => ({ problem: PDF_PROBLEMS.damaged }));
  queue = read;
  // Cancelled while waiting for the reads before it: answered at once (and not read when its turn comes).
  return signal ? untilAborted(read, signal) : read;
}

function untilAborted(read: Promise<PdfText>, signal: AbortSignal): Promise<PdfText> {
  if (signal.aborted) return Promise.resolve({ problem: PDF_PROBLEMS.cancelled });
  return new Promise((resolve) => {
    const cancelled = (): void => resolve({ problem: PDF_PROBLEMS.cancelled });
    signal.addEventListener('abort', cancelled, { once: true });
    void read.then((result) => {
      signal.removeEventListener('abort', cancelled);
      resolve(result);
    });
  });
}

function started(): Worker {
  const worker = new Worker(READER_FILE, { resourceLimits: READER_HEAP });
  lastError = undefined;
  worker.on('error', (e: NodeJS.ErrnoException) => (lastError = e));
  worker.on('exit', () => {
    if (reader === worker) reader = undefined;
  });
  worker.unref();
  return worker;
}

/** What a reader that ended during a read says of the PDF. */
function endedProblem(): string {
  if (lastError?.code === 'ERR_WORKER_OUT_OF_MEMORY') return PDF_PROBLEMS.tooBig;
  if (lastError?.code === 'MODULE_NOT_FOUND' || lastError?.code === 'ERR_MODULE_NOT_FOUND') return PDF_PROBLEMS.noReader;
  return PDF_PROBLEMS.damaged;
}

function readOne(bytes: Uint8Array, budget: PdfBudget, signal: AbortSignal | undefined): Promise<PdfText> {
  return new Promise((resolve) => {
    const worker = (reader ??= started());
    const startRss = process.memoryUsage.rss();
    const done = (result: PdfText, stop: boolean): void => {
      clearTimeout(timer);
      clearInterval(watch);
      signal?.removeEventListener('abort', cancelled);
      worker.off('message', answered);
      worker.off('exit', ended);
      worker.unref();
      if (stop) {
        if (reader === worker) reader = undefined;
        stopping = worker.terminate().catch(() => undefined);
      }
      resolve(result);
    };
    // A read that left the process much larger (its garbage not yet collected) is the reader's last:
    // a new one starts from its own small heap, so that the next read is measured from there.
    const answered = (result: PdfText): void => done(result, process.memoryUsage.rss() - startRss > RECYCLE_MB * 1024 * 1024);
    const ended = (): void => done({ problem: endedProblem() }, false);
    const cancelled = (): void => done({ problem: PDF_PROBLEMS.cancelled }, true);
    signal?.addEventListener('abort', cancelled, { once: true });
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
