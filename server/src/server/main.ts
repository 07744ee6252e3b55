// The language server's entry point: dist/server.js --stdio (or --node-ipc, as VS Code starts it).

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './start';

if (require.main === module) startServer(createConnection(ProposedFeatures.all));
