// imr-lint's run: the files walked in order, checked in batches (on worker threads unless
// --jobs 1), each letter's output written as soon as its turn comes. Memory holds the batches in
// flight and the counts, whatever the number of letters.

import { once } from 'node:events';
import { normalizeSettings } from '../service';
import { parseArgs } from './args';
import { painter } from './colors';
import { Output } from './output';
import { inProcess, Pool, type Checker } from './pool';
import type { Report } from './report';
import { walk } from './walk';

const BATCH = 16;

export async function main(argv: string[]): Promise<number> {
  const opts = parseArgs(argv);
  if (!('paths' in opts)) {
    (opts.code ? process.stderr : process.stdout).write(`${opts.text}\n`);
    return opts.code;
  }
  // A reader that stops early (`imr-lint folder | head`) ends the run, quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.stderr.write(`imr-lint: cannot write the output (${e.code ?? e.message})\n`);
    process.exit(e.code === 'EPIPE' ? 0 : 2);
  });
  // Colour as https://no-color.org asks: NO_COLOR (not empty) turns it off, an option overrides it.
  const color = opts.format === 'stylish' && (opts.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR));
  const job = { settings: normalizeSettings({ rules: opts.rules, maxFileSize: opts.maxFileSize }), format: opts.format, color };
  const output = new Output(opts.format, process.stdout, process.stderr, painter(color));
  const walked = walk(opts.paths, output.problem);
  const first = take(walked, BATCH);
  // A run of one batch is checked in this thread: starting a worker would take longer.
  const pool = opts.jobs > 1 && first.length === BATCH ? new Pool(opts.jobs, job) : undefined;
  const files = (function* () {
    yield* first;
    yield* walked;
  })();
  try {
    for await (const report of inOrder(files, pool ? pool.check : inProcess(job), 2 * opts.jobs)) {
      if (!output.add(report)) await once(process.stdout, 'drain');
    }
  } catch (e) {
    process.stderr.write(`imr-lint: ${(e as Error).message}\n`);
    return 2;
  } finally {
    pool?.close();
  }
  output.end();
  return output.exitCode(opts.exitZero);
}

/** Every file's report in the order of `files`, with at most `window` batches in flight. */
async function* inOrder(files: Iterator<string>, check: Checker, window: number): AsyncGenerator<Report> {
  const inFlight: Promise<Report[]>[] = [];
  for (;;) {
    while (inFlight.length < window) {
      const batch = take(files, BATCH);
      if (!batch.length) break;
      inFlight.push(check(batch));
    }
    const next = inFlight.shift();
    if (!next) return;
    yield* await next;
  }
}

function take(files: Iterator<string>, n: number): string[] {
  const batch: string[] = [];
  while (batch.length < n) {
    const f = files.next();
    if (f.done) break;
    batch.push(f.value);
  }
  return batch;
}
