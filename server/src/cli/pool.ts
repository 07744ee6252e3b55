// Checking batches of files, in this process or on worker threads. Either way a batch comes back
// as a promise of its reports, so the caller keeps the order the files were given in.

import * as fs from 'node:fs';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { isPdfName, stopReading } from './read';
import { checkFiles, type Job, type Report } from './report';

export type Checker = (batch: string[]) => Promise<Report[]>;

/** The message that asks a worker to stop its PDF reads. */
const STOP_READING = 'stop reading';

/** Checks in this thread, one batch per turn of the event loop (so a closed output is noticed). */
export function inProcess(job: Job): Checker {
  return (batch) => new Promise((resolve) => setImmediate(() => resolve(checkFiles(batch, job))));
}

// A worker's heap: its live data is ~7 MB besides the patterns' compiled code. V8 compiles a
// pattern once for each width of string it searches, and a letter with one character beyond
// Latin-1 (a curly quote) is two bytes a character, all its slices too: the code is ~6 MB for
// one-byte letters alone, ~12 MB once a worker has checked a two-byte one. Small limits make V8
// collect garbage sooner rather than grow the heap: with an old generation of 32 MB two workers
// and the main thread peak near 149 MB over 10,000 letters (at 40 MB, near 160 MB; at 64 MB, 167
// MB; without limits, 210-250 MB). The price is CPU time: at 32 MB the ~20 MB live leave V8
// little room, and it recompiles optimised functions about twice as often: a worker takes 1.7x
// the CPU time a letter that it takes at 48 MB, or with one-byte letters only (2026-12-03, two
// vCPUs: imr-lint 11.6 s over 9,000 corpus letters at 32 MB, 8.8 s at 40). A letter of 1 MB built
// from real items is checked within it; a batch with a text file over WORKER_MAX_BYTES is checked
// in the main thread, which has no limit (a 2 MB letter of 50,000 items needs ~200 MB). A worker that
// runs out of memory all the same is replaced, and its batches are checked in the main thread:
// Node.js ends a worker at its limit, though an allocation of some shapes can end the process
// (nodejs/node#47224), hence the size. Once as many workers as the pool holds are lost, the rest is
// checked in the main thread. A young generation of 12 MB costs 10 MB more and saves no
// measurable CPU time.
const HEAP_LIMITS = { maxYoungGenerationSizeMb: 6, maxOldGenerationSizeMb: 32 };
// PDFs are read on a thread of their own with a heap sized for pdf.js (base/pdf-isolated.ts): a
// worker that reads them only hands the bytes over.

/** A text letter larger than this (in bytes) is checked in the main thread, not on a worker. */
const WORKER_MAX_BYTES = 512 * 1024;

/** Whether `file` is a text letter too large for a worker's heap (PDFs are read on workers with heaps of their own). */
function tooLargeForWorker(file: string): boolean {
  if (isPdfName(file)) return false;
  try {
    return fs.statSync(file).size > WORKER_MAX_BYTES;
  } catch {
    return false; // not readable: its report says so, wherever it is made
  }
}

interface Thread {
  worker: Worker;
  /** The batches sent and not yet answered, oldest first: a worker answers in order. */
  waiting: { batch: string[]; resolve: (r: Report[] | Promise<Report[]>) => void }[];
}

/** Up to `size` worker threads running this same bundle, started as batches need them. */
export class Pool {
  private threads: Thread[] = [];
  /** Workers lost (out of memory): once as many as the pool holds, the rest is checked in the main thread. */
  private lost = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly job: Job,
  ) {}

  readonly check: Checker = (batch) => {
    // A worker that runs out of memory on what every worker reads (a folder's sidecar of tens of
    // thousands of findings) would be replaced, and lost again, for every batch.
    if (this.lost >= this.size || batch.some(tooLargeForWorker)) return checkFiles(batch, this.job);
    const idle = this.threads.find((t) => !t.waiting.length);
    const thread =
      idle ??
      (this.threads.length < this.size ? this.start() : this.threads.reduce((a, b) => (b.waiting.length < a.waiting.length ? b : a)));
    return new Promise((resolve) => {
      thread.waiting.push({ batch, resolve });
      thread.worker.postMessage(batch);
    });
  };

  /** Ctrl-C: each worker stops its PDF reads (the batches in hand are answered, their PDFs named as not read). */
  stopReading(): void {
    for (const t of this.threads) t.worker.postMessage(STOP_READING);
  }

  close(): void {
    this.closed = true;
    for (const t of this.threads.splice(0)) void t.worker.terminate();
  }

  private start(): Thread {
    const worker = new Worker(__filename, { workerData: { imrLintJob: this.job }, resourceLimits: HEAP_LIMITS });
    const thread: Thread = { worker, waiting: [] };
    worker.on('message', (reports: Report[]) => thread.waiting.shift()?.resolve(reports));
    const lost = (): void => {
      if (!this.closed && this.threads.includes(thread)) this.lost++;
      this.threads = this.threads.filter((t) => t !== thread);
      for (const w of thread.waiting.splice(0)) w.resolve(checkFiles(w.batch, this.job));
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    this.threads.push(thread);
    return thread;
  }
}

/** In a worker thread started by a Pool: answers each batch of files with their reports. */
export function serveIfWorker(): boolean {
  const job = (workerData as { imrLintJob?: Job } | null)?.imrLintJob;
  if (!parentPort || !job) return false;
  const port = parentPort;
  // Answered in the order asked: a batch is begun when the one before it is done.
  let answered = Promise.resolve();
  port.on('message', (batch: string[] | typeof STOP_READING) => {
    if (batch === STOP_READING) stopReading();
    else answered = answered.then(async () => port.postMessage(await checkFiles(batch, job)));
  });
  return true;
}
