// The VS Code client: starts the IMR language server and knows nothing about letters.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
  };
  const output = vscode.window.createOutputChannel('IMR Letters', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'imr' }],
    synchronize: { configurationSection: 'imr' },
    outputChannel: output,
  };
  client = new LanguageClient('imr', 'IMR Letters', serverOptions, clientOptions);
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('imr.restartServer', () => client?.restart()),
    vscode.commands.registerCommand('imr.showOutput', () => output.show(true)),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
