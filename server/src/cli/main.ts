// imr-lint's run: the files walked in order, checked in batches (on worker threads unless
// --jobs 1), each letter's output written as soon as its turn comes. Memory holds the batches in
// flight and the counts, whatever the number of letters.

import { once } from 'node:events';
import { today } from '../base/calendar';
import { plural } from '../base/format';
import { BATCH, normalizeSettings, REVIEWED_FILE } from '../service';
import { parseArgs } from './args';
import { painter } from './colors';
import { LetterConfigs, printedConfig } from './config';
import { Output } from './output';
import { inProcess, Pool, type Checker } from './pool';
import { readingAgain, stopReading } from './read';
import { escapeLine, type Report } from './report';
import { writeBaseline } from './reviewed';
import { walk } from './walk';

export async function main(argv: string[]): Promise<number> {
  // A reader that stops early (`imr-lint folder | head`) ends the run, quietly; a full disk, with a
  // word on stderr. As much for the usage and the version as for the letters. A --baseline run
  // ended so records nothing (it would record only the letters read so far), and says so.
  let baseline = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.stderr.write(`imr-lint: cannot write the output (${e.code ?? e.message})\n`);
    else if (baseline) process.stderr.write(`imr-lint: the output was closed before the run ended; no finding recorded as reviewed\n`);
    process.exit(e.code === 'EPIPE' && !baseline ? 0 : 2);
  });
  // Messages that cannot be written (stderr closed: `2>&1 >/dev/null | head -1`) are lost; the run goes on.
  process.stderr.on('error', () => undefined);
  const opts = parseArgs(argv);
  baseline = 'paths' in opts && !!opts.baseline;
  if (!('paths' in opts)) {
    (opts.code ? process.stderr : process.stdout).write(`${opts.text}\n`);
    return opts.code;
  }
  // Colour as https://no-color.org asks: NO_COLOR (not empty) turns it off, an option overrides it.
  const color = opts.format === 'stylish' && (opts.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR));
  const flags = { rules: opts.rules, maxFileSize: opts.maxFileSize };
  const job = {
    settings: normalizeSettings(flags),
    flags,
    config: opts.config,
    format: opts.format,
    color,
    worksheet: opts.worksheet,
    includeReviewed: opts.includeReviewed,
    baseline: opts.baseline,
    // One day for the whole run, so that a run across midnight checks its last letters as its first.
    today: opts.today ?? today(),
  };
  // Worksheets are printed one after another as they are, like JSON lines: no envelope, no summary.
  const output = new Output(opts.worksheet ? 'jsonl' : opts.format, process.stdout, process.stderr, painter(color), !opts.worksheet);
  const configs = new LetterConfigs(job, output.warn);
  const unusable = configs.unusable();
  if (unusable) {
    process.stderr.write(`${unusable}\n`);
    return 2;
  }
  if (opts.printConfig) {
    process.stdout.write(printedConfig(opts.printConfig, configs, job));
    return 0;
  }
  const walked = lookingUp(walk(opts.paths, output.problem, configs.skips), configs.look);
  const first = take(walked, BATCH);
  // A run of one batch is checked in this thread: starting a worker would take longer.
  const pool = opts.jobs > 1 && first.length === BATCH ? new Pool(opts.jobs, job) : undefined;
  readingAgain();
  const stop = interruption(() => {
    stopReading();
    pool?.stopReading();
  });
  const { files, cut } = untilStopped([first, walked], stop);
  try {
    for await (const reports of inOrder(files, pool ? pool.check : inProcess(job), pool ? 2 * opts.jobs : 1, 8 * opts.jobs)) {
      if (!output.add(reports)) await once(process.stdout, 'drain');
    }
  } catch (e) {
    process.stderr.write(`imr-lint: ${(e as Error).message}\n`);
    return 2;
  } finally {
    pool?.close();
    stop.dispose();
  }
  output.end(stop.asked);
  if (stop.asked) {
    // Some files left unchecked, or only the PDFs being read (each named above): a baseline would not be of the whole run.
    const others = cut() ? '; the others were not checked' : '';
    const recorded = opts.baseline ? '; no finding recorded as reviewed' : '';
    process.stderr.write(`imr-lint: interrupted after ${plural(output.run.letters, 'letter')}${others}${recorded}\n`);
    return INTERRUPTED;
  }
  if (opts.baseline) return recordBaseline(output);
  return output.exitCode(opts.exitZero);
}

/**
 * The files of `parts` in turn until a Ctrl-C is asked; `cut()`: whether it left files unchecked
 * (none when it came after the last batch was handed out: it stopped only the PDFs being read).
 */
function untilStopped(parts: Iterable<string>[], stop: { readonly asked: boolean }): { files: Iterator<string>; cut: () => boolean } {
  let cut = false;
  const files = (function* () {
    for (const part of parts)
      for (const file of part) {
        if (stop.asked) {
          cut = true;
          return;
        }
        yield file;
      }
  })();
  return { files, cut: () => cut };
}

/** The exit code of a run ended by Ctrl-C, as a shell gives a process SIGINT ended (128 + 2). */
export const INTERRUPTED = 130;

/**
 * A run stopped by Ctrl-C ends as SIGINT ends a process, once its output is written: a shell then
 * stops the loop or the script that ran it too (it takes an exit code of 130 for the command's own
 * handling of the Ctrl-C, and goes on), and gives $? as 130 all the same. On Windows, which has no
 * such signal, it exits 130.
 */
export async function endAsInterrupted(): Promise<void> {
  await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((written) => stream.write('', written))));
  endBySigint();
}

/** Ends the process as SIGINT ends one (on Windows, exits 130). */
function endBySigint(): void {
  if (process.platform === 'win32') process.exit(INTERRUPTED);
  process.removeAllListeners('SIGINT');
  process.exitCode = INTERRUPTED; // should the signal not end it
  process.kill(process.pid, 'SIGINT');
}

/**
 * Ctrl-C (SIGINT) during a run: the first asks it to stop, taking no more files and reading no
 * more PDFs (`stopped`; the letters being checked are printed, those PDFs named as not read, and
 * the output closed: JSON and SARIF stay whole); a second ends it at once.
 */
function interruption(stopped: () => void): { readonly asked: boolean; dispose(): void } {
  const state = { asked: false, dispose: () => void process.off('SIGINT', asked) };
  function asked(): void {
    if (state.asked) {
      endBySigint(); // the second ends it at once
      return;
    }
    state.asked = true;
    stopped();
  }
  process.on('SIGINT', asked);
  return state;
}

/** --baseline: every finding of the run recorded as reviewed, each folder's sidecar merged under a lock; 0 unless one could not be written. */
async function recordBaseline(output: Output): Promise<number> {
  const { written, failed } = await writeBaseline(output.baseline);
  for (const line of failed) process.stderr.write(`${escapeLine(line)}\n`);
  const folders = output.baseline.size - failed.length;
  process.stderr.write(
    `imr-lint: ${written} finding${written === 1 ? '' : 's'} recorded as reviewed in ${folders} folder${folders === 1 ? '' : 's'} (${REVIEWED_FILE})\n`,
  );
  return failed.length || output.exitCode(true) === 2 ? 2 : 0;
}

/**
 * Each batch's reports in the order of `files`. A new batch is sent whenever one is done, in any
 * order, so that no thread waits for a slow batch before it: at most `busy` batches being checked,
 * and at most `held` checked or being checked (what the output has not taken yet).
 */
async function* inOrder(files: Iterator<string>, check: Checker, busy: number, held: number): AsyncGenerator<Report[]> {
  const queue: Promise<Report[]>[] = [];
  let checking = 0;
  let failed: { error: unknown } | undefined;
  const done = (): void => {
    checking--;
    fill();
  };
  function fill(): void {
    try {
      while (!failed && checking < busy && queue.length < held) {
        const batch = take(files, BATCH);
        if (!batch.length) return;
        checking++;
        const checked = check(batch);
        checked.then(done, done); // a failure is thrown where the batch is taken
        queue.push(checked);
      }
    } catch (error) {
      failed = { error }; // a walk that failed: thrown where the next batch would be taken
    }
  }
  fill();
  for (let next = queue.shift(); next; next = queue.shift()) {
    yield await next;
    fill();
  }
  if (failed) throw failed.error;
}

/** The files, each looked at by `look` as it is taken. */
function* lookingUp(files: Iterator<string>, look: (file: string) => void): Generator<string> {
  for (let f = files.next(); !f.done; f = files.next()) {
    look(f.value);
    yield f.value;
  }
}

function take(files: Iterator<string>, count: number): string[] {
  const batch: string[] = [];
  while (batch.length < count) {
    const f = files.next();
    if (f.done) break;
    batch.push(f.value);
  }
  return batch;
}
