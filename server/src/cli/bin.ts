// imr-lint: checks letters in files, folders and the standard input; prints stylish text, JSON,
// JSON lines or SARIF.
// Exit code: 0 no error-level finding, 1 at least one, 2 bad usage, a file that could not be
// read, or no letter found; 130 stopped by Ctrl-C. The same bundle runs the worker threads (pool.ts).

import { main } from './main';
import { serveIfWorker } from './pool';

if (!serveIfWorker() && require.main === module) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
