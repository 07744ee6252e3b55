// Reading a letter file: regular files only, their size checked before a byte is read, the text
// decoded from UTF-8 (with or without a BOM) or UTF-16 with a BOM, or a PDF's bytes kept for the
// PDF reader. A file that cannot be a letter gets a short reason naming what the file is, never
// what it holds.

import { setMaxListeners } from 'node:events';
import * as fs from 'node:fs';
import { decode, type Decoded, type ReadResult } from '../base/decode';
import { looksLikePdf, PDF_BUDGET, PDF_PROBLEMS } from '../base/pdf';
import { readPdfIsolated } from '../base/pdf-isolated';
import { nameNotUtf8 } from '../base/small-file';

/** The letter in `file` (a text or a PDF), or on the standard input when `file` is `-`. */
export async function readLetterText(file: string, maxChars: number, limitFrom = DEFAULT_LIMIT): Promise<ReadResult> {
  const read = readLetter(file, maxChars, limitFrom);
  return 'pdf' in read ? readPdfIsolated(read.pdf, PDF_BUDGET, stopped.signal) : read;
}

// Ctrl-C: the PDFs being read in this thread, or waiting for the reader, are not read (a PDF may
// take the reader's whole time budget). Each read listens while it waits: as many at once as
// batches are checked in this thread.
let stopped = listened(new AbortController());

function listened(controller: AbortController): AbortController {
  setMaxListeners(0, controller.signal);
  return controller;
}

/** Stops the PDF reads of this thread, now and to come (until readingAgain): each such PDF is named as not read. */
export function stopReading(): void {
  stopped.abort();
}

/** A new run reads PDFs again. */
export function readingAgain(): void {
  if (stopped.signal.aborted) stopped = listened(new AbortController());
}

const PDF_NAME = /\.pdf$/i;

/** Whether a file's name says it is a PDF. */
export const isPdfName = (file: string): boolean => PDF_NAME.test(file);

/** The letter in `file`, or on the standard input when `file` is `-`. */
export function readLetter(file: string, maxChars: number, limitFrom = DEFAULT_LIMIT): Decoded {
  if (file === '-') return readStdin(maxChars, limitFrom);
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { problem: `not a regular file (${linkTo(file)}${kind(stat)})` };
    if (stat.size === 0) return { problem: 'empty file' };
    // A file named .pdf larger than a PDF or a letter may be (a text letter may be so named), in the
    // PDF reader's words: the server says the same.
    const pdf = PDF_NAME.test(file);
    if (pdf && stat.size > Math.max(PDF_BUDGET.maxBytes, maxBytes(maxChars)))
      return { problem: PDF_PROBLEMS.tooLarge(stat.size, PDF_BUDGET.maxBytes) };
    if (!pdf && stat.size > maxBytes(maxChars)) return { problem: tooLarge(stat.size.toLocaleString('en-US'), maxChars, limitFrom) };
    bytes = readRegular(file, stat.size);
  } catch (e) {
    return { problem: nameNotUtf8(file, e) ?? failure(e) };
  }
  return decode(bytes);
}

// No text of maxChars UTF-16 code units takes more than 3 bytes each (UTF-8), plus a BOM.
const maxBytes = (maxChars: number): number => 3 * maxChars + 3;

/** Where the limit of a letter's size comes from, in the words of the message: the option unless told otherwise. */
const DEFAULT_LIMIT = '--max-file-size';

const tooLarge = (bytes: string, maxChars: number, limitFrom: string): string =>
  `${bytes} bytes, too large to be a letter of at most ${maxChars.toLocaleString('en-US')} characters (${limitFrom}); not read`;

/**
 * The standard input to its end, read no further than a letter of maxChars could take. Left
 * non-blocking by the process that gave it (a parent's pipe may be), it is waited for: opened
 * again, which gives a pipe a blocking description of its own, or else read again after a pause.
 */
function readStdin(maxChars: number, limitFrom: string): Decoded {
  let limit = maxBytes(maxChars);
  const chunks: Buffer[] = [];
  let total = 0;
  let fd = 0;
  let reopenTried = false;
  try {
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      let got: number;
      try {
        got = fs.readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
        if (reopenTried) Atomics.wait(PAUSE, 0, 0, 10);
        else [reopenTried, fd] = [true, reopened()];
        continue;
      }
      if (!got) break;
      chunks.push(chunk.subarray(0, got));
      if (!total && looksLikePdf(chunk.subarray(0, got))) limit = Math.max(limit, PDF_BUDGET.maxBytes);
      total += got;
      if (total > limit) return { problem: tooLarge(`more than ${limit.toLocaleString('en-US')}`, maxChars, limitFrom) };
    }
  } catch (e) {
    return { problem: failure(e) };
  } finally {
    if (fd !== 0) fs.closeSync(fd);
  }
  return total ? decode(Buffer.concat(chunks)) : { problem: 'empty input' };
}
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/** The standard input opened again (blocking), or 0 when it cannot be (a socket). */
function reopened(): number {
  try {
    return fs.openSync('/dev/stdin', fs.constants.O_RDONLY);
  } catch {
    return 0;
  }
}

// One buffer per thread to read letters into, kept for files up to 1 MB: no allocation per
// letter. The text decoded from it is a copy, so the next read may overwrite it.
const KEPT = 1 << 20;
let scratch = Buffer.allocUnsafeSlow(64 * 1024);

/** Up to `size` bytes of a regular file (valid until the next read); opened without blocking and
 * checked again once open, in case the file was replaced by a pipe or a device since it was looked at. */
function readRegular(file: string, size: number): Buffer {
  const { O_RDONLY, O_NONBLOCK, O_NOCTTY } = fs.constants;
  const fd = fs.openSync(file, O_RDONLY | O_NONBLOCK | O_NOCTTY);
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw Object.assign(new Error(), { reason: `not a regular file (${kind(stat)})` });
    if (size > scratch.length && size <= KEPT) scratch = Buffer.allocUnsafeSlow(Math.min(KEPT, Math.max(size, 2 * scratch.length)));
    const bytes = size <= scratch.length ? scratch : Buffer.allocUnsafeSlow(size);
    let n = 0;
    for (let got = 1; got > 0 && n < size; n += got) got = fs.readSync(fd, bytes, n, size - n, null);
    return bytes.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

function kind(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

function linkTo(file: string): string {
  try {
    return fs.lstatSync(file).isSymbolicLink() ? 'a link to ' : '';
  } catch {
    return '';
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file (or a link to nothing)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'a loop of symbolic links',
  ENOTDIR: 'no such file (a part of its path is not a folder)',
  EISDIR: 'a folder',
};

/** Why a file or folder could not be read: the error's reason, without its message. */
export function failure(error: unknown): string {
  const { code, reason } = error as { code?: string; reason?: string };
  return reason ?? REASONS[code ?? ''] ?? `could not be read (${code ?? 'unknown error'})`;
}
