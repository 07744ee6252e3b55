// The language server's entry point: dist/server.js --stdio (or --node-ipc, as VS Code starts it).

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { outliveFailures } from './failures';
import { startServer } from './start';

if (require.main === module) {
  const connection = createConnection(ProposedFeatures.all);
  outliveFailures(connection);
  startServer(connection);
}
