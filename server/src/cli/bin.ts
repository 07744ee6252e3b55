// imr-lint: checks letters in files, folders and the standard input; prints stylish text, JSON,
// JSON lines or SARIF.
// Exit code: 0 no error-level finding, 1 at least one, 2 bad usage, a file that could not be
// read, or no letter found; stopped by Ctrl-C, it ends as SIGINT ends a process (130 in a shell's
// $?). The same bundle runs the worker threads (pool.ts).

import { endAsInterrupted, INTERRUPTED, main } from './main';
import { serveIfWorker } from './pool';

if (!serveIfWorker() && require.main === module) {
  void main(process.argv.slice(2)).then(async (code) => {
    if (code === INTERRUPTED) await endAsInterrupted();
    else process.exitCode = code;
  });
}
