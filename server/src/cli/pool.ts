// Checking batches of files, in this process or on worker threads. Either way a batch comes back
// as a promise of its reports, so the caller keeps the order the files were given in.

import * as fs from 'node:fs';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { isPdfName, stopReading } from './read';
import { checkFiles, checkRead, readFiles, type Job, type Read, type Report } from './report';

export type Checker = (batch: string[]) => Promise<Report[]>;

/** The message that asks a worker to stop its PDF reads. */
const STOP_READING = 'stop reading';

// V8 compiles a regular expression once for each width of string it searches (see HEAP_LIMITS). A
// letter with a character beyond Latin-1 (WIDE) is checked on one worker of the pool: the others
// hand it over, read, so that they compile the patterns for one-byte text only and stay well within
// their heap (each of two workers took 1.7x the CPU time a letter before; imr-lint checks the
// corpus letters, 2.7% of them two-byte, ~15% faster). Where more than a share of the letters (one
// in the pool's size plus one, counted from the first hundred) would be handed over, that one
// worker would be left to check too many of them: the batches sent from then on keep their own,
// and what is handed over from those sent before goes back to the worker that read it. A long
// letter (over HAND_OVER_MAX characters) is not handed over: a few would fill a heap.
const WIDE = /[^\x00-\xff]/;
const HAND_OVER_MAX = 64 * 1024;

/** A file read: its letter's text and settings. */
type ReadText = Extract<Read, { text: string }>;

/**
 * What the pool asks of a worker: to read and check files (handing over its two-byte letters, if
 * `handOver`), to check letters read on another worker, or to stop its PDF reads.
 */
type Request = { files: string[]; handOver: boolean } | { texts: ReadText[] } | typeof STOP_READING;

/** What a worker answers for a file: its report, or its letter read, handed over to be checked on another worker. */
type Answer = Report | { handedOver: ReadText };

/** The reports of answers that hand nothing over. */
function reportsOf(answers: Answer[]): Report[] {
  return answers.map((a) => {
    if ('handedOver' in a) throw new Error('imr-lint: a worker handed over a letter it was asked to check');
    return a;
  });
}

/** What `work` gives, after a turn of the event loop. */
function afterTurn<T>(work: () => T | Promise<T>): Promise<T> {
  return new Promise<void>((resolve) => setImmediate(resolve)).then(work);
}

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
// letters on one worker only (WIDE above). A letter of 1 MB built from real items is checked
// within these limits; a batch with a text file over WORKER_MAX_BYTES is checked in the main
// thread, which has no limit (a 2 MB letter of 50,000 items needs ~200 MB). A worker that runs out
// of memory all the same is replaced, and its batches are checked in the main thread: Node.js ends
// a worker at its limit, though an allocation of some shapes can end the process
// (nodejs/node#47224), hence the size. Once as many workers as the pool holds are lost, the rest
// is checked in the main thread. A young generation of 12 MB costs 10 MB more and saves no
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
  /** What was asked and not yet answered, oldest first (a worker answers in order), and how to do it here instead. */
  waiting: { redo: () => Answer[] | Promise<Answer[]>; resolve: (answers: Answer[] | Promise<Answer[]>) => void }[];
}

/** Up to `size` worker threads running this same bundle, started as batches need them. */
export class Pool {
  private threads: Thread[] = [];
  /** Workers lost (out of memory): once as many as the pool holds, the rest is checked in the main thread. */
  private lost = 0;
  private closed = false;
  /** The worker that checks the two-byte letters (see WIDE): the first started, or one still running after it is lost. */
  private wide?: Thread;
  /** Whether the batches sent hand their two-byte letters over; the letters answered, and those handed over. */
  private handingOver = true;
  private answered = 0;
  private handedOver = 0;

  constructor(
    private readonly size: number,
    private readonly job: Job,
  ) {}

  readonly check: Checker = async (files) => {
    // A worker that runs out of memory on what every worker reads (a folder's sidecar of tens of
    // thousands of findings) would be replaced, and lost again, for every batch. The standard
    // input is read here: a batch redone after its worker is lost could not read it again.
    if (this.closed || this.lost >= this.size || files.some((f) => f === '-' || tooLargeForWorker(f))) return checkFiles(files, this.job);
    const idle = this.threads.find((t) => !t.waiting.length);
    const thread =
      idle ??
      (this.threads.length < this.size ? this.start() : this.threads.reduce((a, b) => (b.waiting.length < a.waiting.length ? b : a)));
    const handOver = this.handingOver && thread !== this.wide;
    const answers = await this.ask(thread, { files, handOver }, () => checkFiles(files, this.job));
    return this.withHandedOver(answers, thread);
  };

  /**
   * The reports of a batch's answers, the letters handed over checked on the two-byte worker; or,
   * once letters are no longer handed over, on the worker that read them (here, if it is lost).
   */
  private async withHandedOver(answers: Answer[], reader: Thread): Promise<Report[]> {
    const texts = answers.flatMap((a) => ('handedOver' in a ? [a.handedOver] : []));
    this.answered += answers.length;
    this.handedOver += texts.length;
    if (this.handedOver * (this.size + 1) > Math.max(this.answered, 100)) this.handingOver = false;
    if (!texts.length) return reportsOf(answers);
    const redo = (): Report[] => checkRead(texts, this.job);
    const to = this.handingOver ? this.wide : reader;
    const checked = to && this.threads.includes(to) ? reportsOf(await this.ask(to, { texts }, redo)) : redo();
    let next = 0;
    return answers.map((a) => ('handedOver' in a ? checked[next++] : a));
  }

  /** What `thread` answers to `request`; if the worker is lost first, what `redo` gives. */
  private ask(thread: Thread, request: Request, redo: () => Answer[] | Promise<Answer[]>): Promise<Answer[]> {
    return new Promise((resolve) => {
      thread.waiting.push({ redo, resolve });
      thread.worker.postMessage(request);
    });
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
    const worker = new Worker(__filename, { workerData: { imrLintJob: this.job }, resourceLimits: HEAP_LIMITS });
    const thread: Thread = { worker, waiting: [] };
    this.wide ??= thread;
    worker.on('message', (answers: Answer[]) => thread.waiting.shift()?.resolve(answers));
    // A message that cannot be read would put every later answer out of step: the worker is ended, its work redone.
    worker.on('messageerror', () => void worker.terminate());
    const lost = (): void => {
      if (!this.closed && this.threads.includes(thread)) this.lost++;
      this.threads = this.threads.filter((t) => t !== thread);
      if (this.wide === thread) this.wide = this.threads[0];
      // After a turn: the work in hand (a batch read again, letters checked here) does not hold up this event.
      for (const w of thread.waiting.splice(0)) w.resolve(afterTurn(w.redo));
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    this.threads.push(thread);
    return thread;
  }
}

/** In a worker thread started by a Pool: answers each request (Request) in turn. */
export function serveIfWorker(): boolean {
  const job = (workerData as { imrLintJob?: Job } | null)?.imrLintJob;
  if (!parentPort || !job) return false;
  const port = parentPort;
  // Answered in the order asked: a request is begun when the one before it is done.
  let answered = Promise.resolve();
  port.on('message', (request: Request) => {
    if (request === STOP_READING) stopReading();
    else
      answered = answered.then(async () =>
        port.postMessage('texts' in request ? checkRead(request.texts, job) : await answer(request.files, job, request.handOver)),
      );
  });
  return true;
}

/** A worker's answers to a batch of files: each one's report, or, when `handOver`, its two-byte letter read. */
async function answer(files: string[], job: Job, handOver: boolean): Promise<Answer[]> {
  const read = await readFiles(files, job);
  const handed = read.map((r) => (handOver && 'text' in r && r.text.length <= HAND_OVER_MAX && WIDE.test(r.text) ? r : undefined));
  const reports = checkRead(
    read.filter((_, i) => !handed[i]),
    job,
  );
  let next = 0;
  return read.map((_, i) => {
    const letter = handed[i];
    return letter ? { handedOver: letter } : reports[next++];
  });
}
