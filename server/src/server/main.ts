// The language server's entry point: dist/server.js --stdio (or --node-ipc, as VS Code starts it).

import { createConnection } from 'vscode-languageserver/node';
import { oneLineConsole } from './console';
import { outliveFailures } from './failures';
import { startServer } from './start';

if (require.main === module) {
  const connection = createConnection({ __brand: 'features', console: oneLineConsole });
  outliveFailures(connection);
  startServer(connection);
}
