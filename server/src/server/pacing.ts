// Long work in stages: between them a checkpoint stops work no longer wanted, and the messages
// that arrived meanwhile (a newer edit, a cancellation, a hover) are let in.

import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';

/** A check between stages of work: throws once the work is no longer wanted. */
export type Checkpoint = () => void;

/** The checkpoint of a request: a cancelled request is answered with the LSP RequestCancelled error. */
export function cancellable(token: CancellationToken): Checkpoint {
  return () => {
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
  };
}

/** Waits `milliseconds`, or less if `token` is cancelled meanwhile. */
export function sleep(milliseconds: number, token?: CancellationToken): Promise<void> {
  if (!(milliseconds > 0) || token?.isCancellationRequested) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const cancelled = token?.onCancellationRequested(() => {
      clearTimeout(timer);
      resolve();
    });
    const timer = setTimeout(() => {
      cancelled?.dispose();
      resolve();
    }, milliseconds);
  });
}

/**
 * Lets the messages that arrived during synchronous work (a newer edit, a cancellation, a hover)
 * be handled before the next stage: an immediate queued now may run before the next poll for
 * input, one queued from it runs after the messages that poll read.
 */
export async function letMessagesIn(): Promise<void> {
  markWork();
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Milliseconds of work between two chances for other messages: no longer than a keystroke or a
 * hover should wait, and more than a typical letter's whole check, which then runs in one go.
 */
export const SLICE_MS = 5;

/**
 * Characters beyond which a document's check waits for input at each pause: an edit of a long
 * letter arrives in many chunks (2 MB as some thirty reads of the pipe), each read in a turn of the
 * event loop, and must be in before the check it supersedes is done.
 */
export const LONG_DOCUMENT = 100_000;

/**
 * Milliseconds of work between two pauses in a long document's check: its parse and most of its
 * rules take longer each, and a rule of thousands of items pauses every few hundred (some fifty
 * pauses in a check of a 2 MB letter).
 */
const LONG_DOCUMENT_SLICE_MS = 20;

/** How long a long document's check waits for input at each pause. */
const LONG_DOCUMENT_WAIT_MS = 1;

/**
 * A pause for a job in stages on a document of `length` characters: every SLICE_MS of work
 * (LONG_DOCUMENT_SLICE_MS for a long document), lets the messages that arrived meanwhile in
 * (letMessagesIn); sooner, only a microtask. The last pause before an answer (`last`) always lets
 * them in on a long document: an edit half read when the work ends must still supersede it. Each
 * job makes its own.
 */
export function pacer(length: number): (last?: boolean) => Promise<void> {
  const long = length > LONG_DOCUMENT;
  const sliceMs = long ? LONG_DOCUMENT_SLICE_MS : SLICE_MS;
  let since = performance.now();
  return async (last = false) => {
    if (!(last && long) && performance.now() - since < sliceMs) return;
    await letMessagesIn();
    // The pipe holds 64 KB, and the client refills it only when it gets the processor: a wait for
    // a timer blocks for input rather than going straight back to work, and reads what the client
    // writes meanwhile, so that a newer edit of a long letter is more likely in before this check ends.
    if (long) await sleep(LONG_DOCUMENT_WAIT_MS);
    since = performance.now();
  };
}

/** When the server last worked for the editor: the warm-up (./warm-up.ts) gives way to that work. */
let lastWork = -Infinity;

/** Notes that the server is working for the editor now. */
export function markWork(): void {
  lastWork = performance.now();
}

/** Milliseconds since the server last worked for the editor. */
export const quietFor = (): number => performance.now() - lastWork;
