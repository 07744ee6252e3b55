// The `.imr.json` of each open letter, for the language server: found walking up from the
// letter's folder, no higher than the root of the workspace folder that holds it (or the root of
// the file system for a letter outside every workspace folder); a mistake in one is shown to the
// user once per reading, with its file and line. Files are watched (workspace/didChangeWatchedFiles,
// registered by ./start.ts) where the client can register watchers; a change makes every file be
// read again.

import * as path from 'node:path';
import { MessageType, ShowMessageNotification, type Connection, type InitializeParams } from 'vscode-languageserver/node';
import { fileOf } from './uris';
import { CONFIG_FILE_NAME, ConfigFinder, describeProblem, skipsFolder, type FoundConfig, type ImrConfig } from '../service';

export class ConfigFiles {
  private roots: string[] = [];
  private readonly finder: ConfigFinder;

  constructor(private readonly connection: Connection) {
    this.finder = new ConfigFinder((p) => {
      const text = `IMR Letters: ${describeProblem(p)}`;
      connection.console.warn(text);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: text });
    });
  }

  /** The workspace folders' roots, from initialize. */
  initialize(params: InitializeParams): void {
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.roots = uris.map(fileOf).filter((p): p is string => p !== undefined);
  }

  /**
   * The files as one folder check reads them: each read once for the run (a mistake told once),
   * whatever documents close meanwhile (a close forgets what was read).
   */
  forRun(): ConfigFiles {
    const run = new ConfigFiles(this.connection);
    run.roots = this.roots;
    return run;
  }

  /** The configuration in force for a document; undefined for one that is no file or has none. */
  forDocument(uri: string): ImrConfig | undefined {
    const file = fileOf(uri);
    return file === undefined ? undefined : this.inForce(path.dirname(file))?.config;
  }

  /** Whether a folder check passes by `folder`, found inside the folder checked: the .imr.json in force where it was found lists it to skip. */
  skips(folder: string): boolean {
    return skipsFolder(this.inForce(path.dirname(folder)), folder);
  }

  /** The .imr.json in force in `folder`: the nearest, looked for no higher than the workspace folder that holds it. */
  private inForce(folder: string): FoundConfig | undefined {
    const top = this.roots
      .filter((r) => folder === r || folder.startsWith(r.endsWith(path.sep) ? r : r + path.sep))
      .sort((a, b) => b.length - a.length)[0];
    return this.finder.forFolder(folder, top);
  }

  /**
   * Forgets what was read: after a document closes, so that nothing read for it outlives it, and a
   * file changed meanwhile is read anew when a letter opens (a client may not watch files).
   */
  forget(): void {
    this.finder.forget();
  }

  /** Whether a change of watched files touches a configuration; if so, every file is read again when next asked. */
  changed(uris: string[]): boolean {
    if (!uris.some((u) => u.endsWith(`/${CONFIG_FILE_NAME}`))) return false;
    this.finder.forget();
    return true;
  }
}
