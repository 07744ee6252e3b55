// A bug in the server is logged and outlived: the log names the kind of error and where it was
// thrown, never its message, which may quote what was being read (a letter, a settings file).

import type { Connection } from 'vscode-languageserver/node';

/** The kind of an error and the first place in the server's code it was thrown at: "TypeError at server.js:1:2345". */
export function errorName(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const stack = error.stack ?? '';
  const at = /^server\.js:\d+:\d+/.exec(stack.slice(Math.max(0, stack.indexOf('server.js:'))))?.[0];
  return at ? `${error.name} at ${at}` : error.name;
}

/** A promise rejected with nobody to handle it is logged rather than ending the server (Node.js's default). */
export function outliveFailures(connection: Connection): void {
  process.on('unhandledRejection', (e) => connection.console.error(`IMR Letters: an internal error was ignored (${errorName(e)})`));
}
