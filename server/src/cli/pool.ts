// Checking batches of files, in this process or on worker threads. Either way a batch comes back
// as a promise of its reports, so the caller keeps the order the files were given in.

import * as fs from 'node:fs';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { isPdfName, stopReading } from './read';
import { checkFiles, checkRead, checkTexts, readFiles, type Job, type Read, type Report } from './report';

export type Checker = (batch: string[]) => Promise<Report[]>;

/** The message that asks a worker to stop its PDF reads. */
const STOP_READING = 'stop reading';

/** The message that asks a worker to check its two-byte letters itself. */
const KEEP_WIDE = 'keep wide letters';

// V8 compiles a regular expression once for each width of string it searches (see HEAP_LIMITS). A
// letter with a character beyond Latin-1 (WIDE) is checked on one worker of the pool, the first:
// the others hand it over, read, so that they compile the patterns for one-byte text only and stay
// well within their heap (each of two workers took 1.7x the CPU time a letter before; imr-lint
// checks the corpus letters, 2.7% of them two-byte, ~15% faster). Where more than a share of the
// letters (one in the pool's size plus one) would be handed over, that one worker would be left to
// check too many of them: every worker keeps its own from then on.
const WIDE = /[^\x00-\xff]/;

/** Letters read by one worker, to be checked on another. */
interface Texts {
  texts: { file: string; text: string }[];
}

/** What a worker answers for a file: its report, or the letter it hands over to the pool's first worker. */
type Answer = Report | { handOver: { file: string; text: string } };

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
// vCPUs: imr-lint 11.6 s over 9,000 corpus letters at 32 MB, 8.8 s at 40). Hence the two-byte
// letters on one worker only (WIDE above). A letter of 1 MB built from real items is checked within it; a batch with a text file over WORKER_MAX_BYTES is checked
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
  /** Whether it hands its two-byte letters over (every worker but the one that checks them). */
  handsOver: boolean;
  /** What was sent and not yet answered, oldest first (a worker answers in order), and how to check it here instead. */
  waiting: { redo: () => Report[] | Promise<Report[]>; resolve: (a: Answer[] | Promise<Report[]>) => void }[];
}

/** Up to `size` worker threads running this same bundle, started as batches need them. */
export class Pool {
  private threads: Thread[] = [];
  /** Workers lost (out of memory): once as many as the pool holds, the rest is checked in the main thread. */
  private lost = 0;
  private closed = false;
  /** Whether workers hand their two-byte letters over; the letters answered, and those handed over. */
  private handingOver = true;
  private answered = 0;
  private handedOver = 0;

  constructor(
    private readonly size: number,
    private readonly job: Job,
  ) {}

  readonly check: Checker = async (batch) => {
    // A worker that runs out of memory on what every worker reads (a folder's sidecar of tens of
    // thousands of findings) would be replaced, and lost again, for every batch.
    if (this.lost >= this.size || batch.some(tooLargeForWorker)) return checkFiles(batch, this.job);
    const idle = this.threads.find((t) => !t.waiting.length);
    const thread =
      idle ??
      (this.threads.length < this.size ? this.start() : this.threads.reduce((a, b) => (b.waiting.length < a.waiting.length ? b : a)));
    return this.handedOverChecked(await this.ask(thread, batch, () => checkFiles(batch, this.job)));
  };

  /** The answers with the letters handed over checked by the worker that checks them (or here, when there is none). */
  private async handedOverChecked(answers: Answer[]): Promise<Report[]> {
    const texts = answers.flatMap((a) => ('handOver' in a ? [a.handOver] : []));
    this.answered += answers.length;
    this.handedOver += texts.length;
    if (this.handingOver && this.handedOver * (this.size + 1) > Math.max(this.answered, 100)) this.keepWide();
    if (!texts.length) return answers as Report[];
    const redo = (): Report[] => checkTexts(texts, this.job);
    const wide = this.threads.find((t) => !t.handsOver);
    const checked = (wide ? await this.ask(wide, { texts }, redo) : redo()) as Report[];
    let next = 0;
    return answers.map((a) => ('handOver' in a ? checked[next++] : a));
  }

  /** What `thread` answers to `message`; if the worker is lost first, what `redo` gives. */
  private ask(thread: Thread, message: string[] | Texts, redo: () => Report[] | Promise<Report[]>): Promise<Answer[]> {
    return new Promise((resolve) => {
      thread.waiting.push({ redo, resolve });
      thread.worker.postMessage(message);
    });
  }

  /** Every worker checks its two-byte letters from now on. */
  private keepWide(): void {
    this.handingOver = false;
    for (const t of this.threads) {
      t.handsOver = false;
      t.worker.postMessage(KEEP_WIDE);
    }
  }

  /** Ctrl-C: each worker stops its PDF reads (the batches in hand are answered, their PDFs named as not read). */
  stopReading(): void {
    for (const t of this.threads) t.worker.postMessage(STOP_READING);
  }

  close(): void {
    this.closed = true;
    for (const t of this.threads.splice(0)) void t.worker.terminate();
  }

  private start(): Thread {
    const handsOver = this.handingOver && this.threads.some((t) => !t.handsOver);
    const worker = new Worker(__filename, { workerData: { imrLintJob: this.job, handsOver }, resourceLimits: HEAP_LIMITS });
    const thread: Thread = { worker, handsOver, waiting: [] };
    worker.on('message', (answers: Answer[]) => thread.waiting.shift()?.resolve(answers));
    const lost = (): void => {
      if (!this.closed && this.threads.includes(thread)) this.lost++;
      this.threads = this.threads.filter((t) => t !== thread);
      for (const w of thread.waiting.splice(0)) w.resolve(Promise.resolve(w.redo()));
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    this.threads.push(thread);
    return thread;
  }
}

/** In a worker thread started by a Pool: answers each batch of files with their reports. */
export function serveIfWorker(): boolean {
  const data = workerData as { imrLintJob?: Job; handsOver?: boolean } | null;
  const job = data?.imrLintJob;
  if (!parentPort || !job) return false;
  const port = parentPort;
  let handsOver = data?.handsOver === true;
  // Answered in the order asked: a batch is begun when the one before it is done.
  let answered = Promise.resolve();
  port.on('message', (message: string[] | Texts | typeof STOP_READING | typeof KEEP_WIDE) => {
    if (message === STOP_READING) stopReading();
    else if (message === KEEP_WIDE) handsOver = false;
    else
      answered = answered.then(async () =>
        port.postMessage('texts' in message ? checkTexts(message.texts, job) : await answer(message, job, handsOver)),
      );
  });
  return true;
}

/** A worker's answers to a batch of files: each one's report, or its text handed over when it is wide and `handsOver`. */
async function answer(batch: string[], job: Job, handsOver: boolean): Promise<Answer[]> {
  const read = await readFiles(batch, job);
  const wide = (file: Read): file is Extract<Read, { text: string }> => handsOver && 'text' in file && WIDE.test(file.text);
  const reports = checkRead(
    read.filter((file) => !wide(file)),
    job,
  );
  let next = 0;
  return read.map((file) => (wide(file) ? { handOver: { file: file.file, text: file.text } } : reports[next++]));
}
