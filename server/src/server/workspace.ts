// The open documents, each with its settings (asked of the client once while it is open) and its
// letter, parsed from its current text and kept while the text stays the same.

import {
  CancellationTokenSource,
  ConfigurationRequest,
  DidChangeWatchedFilesNotification,
  RegistrationRequest,
  TextDocuments,
  type CancellationToken,
  type Connection,
} from 'vscode-languageserver/node';
import { randomUUID } from 'node:crypto';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { CalendarDate } from '../base/calendar';
import { withDeadline } from '../base/deadline';
import { DEFAULT_SETTINGS, LetterCache, normalizeSettings, type Letter, type MailAddress, type Settings } from '../service';
import { NO_CLIENT_SUPPORT, type ClientSupport } from './capabilities';
import { ConfigFiles } from './config-files';
import { letMessagesIn, markWork, SLICE_MS, type Checkpoint } from './pacing';

/** How long the server waits for the client to answer one of its requests before it goes on without. */
export const CLIENT_REQUEST_TIMEOUT = 2000;

/**
 * The document as its letter was parsed: the open document while it is unchanged, else a copy of
 * the text parsed. An edit let in while a request works (between rules) changes the open document
 * in place, and the request's positions must still be counted in the text it read.
 */
function asParsed(doc: TextDocument, version: number, text: string): TextDocument {
  let copy: TextDocument | undefined;
  const parsed = (): TextDocument =>
    doc.version === version ? doc : (copy ??= TextDocument.create(doc.uri, doc.languageId, version, text));
  return {
    uri: doc.uri,
    languageId: doc.languageId,
    version,
    get lineCount() {
      return parsed().lineCount;
    },
    getText: (range) => parsed().getText(range),
    positionAt: (offset) => parsed().positionAt(offset),
    offsetAt: (position) => parsed().offsetAt(position),
    getLineRange: (line) => parsed().getLineRange(line),
    getEOLCharacters: (line) => parsed().getEOLCharacters(line),
  };
}

/** An open document with its settings and its letter. */
export interface OpenLetter {
  /** The document as the letter was parsed from it (its version then, its positions in that text). */
  doc: TextDocument;
  settings: Settings;
  letter: Letter;
  /** Milliseconds its parse took (for whichever request parsed it). */
  parseMs: number;
}

export class Workspace {
  // A didOpen whose text is no string (a client's bug) opens an empty document, not one whose
  // every reader throws.
  readonly documents = new TextDocuments({
    create: (uri: string, languageId: string, version: number, text: unknown) =>
      TextDocument.create(String(uri), String(languageId), Number(version) || 0, typeof text === 'string' ? text : ''),
    update: updateWithin,
  });
  /** What the client can do; set at initialize. */
  client: ClientSupport = NO_CLIENT_SUPPORT;
  /** The user's settings of every document (only what was set) when the client answers no workspace/configuration. */
  globalSettings: unknown = undefined;
  /** Each document's .imr.json. */
  readonly configs: ConfigFiles;
  /** The date of mailing and address a user gave for a document's appeal deadline: in memory while it is open. */
  readonly mailing = new Map<string, { mailed?: CalendarDate; address?: MailAddress }>();
  private readonly letters = new LetterCache();
  // How long each letter's parse took, held weakly: what a check of it costs (./diagnostics.ts).
  private readonly parseTimes = new WeakMap<Letter, number>();
  private readonly settingsByUri = new Map<string, Promise<Settings>>();

  constructor(private readonly connection: Connection) {
    this.configs = new ConfigFiles(connection);
  }

  /** Asks the client; after CLIENT_REQUEST_TIMEOUT ms (or an error) the answer is undefined and the request cancelled. */
  askClient<R>(send: (token: CancellationToken) => Promise<R>): Promise<R | undefined> {
    const source = new CancellationTokenSource();
    return withDeadline(
      send(source.token).catch(() => undefined),
      CLIENT_REQUEST_TIMEOUT,
      () => {
        source.cancel();
        return undefined;
      },
    );
  }

  /** Asks the client to tell of every change to the files `globPattern` matches (where it lets the server register watchers). */
  watchFiles(globPattern: string): void {
    const registration = {
      id: randomUUID(),
      method: DidChangeWatchedFilesNotification.method,
      registerOptions: { watchers: [{ globPattern }] },
    };
    void this.askClient((token) => this.connection.sendRequest(RegistrationRequest.type, { registrations: [registration] }, token));
  }

  /**
   * A document's settings, asked once while it is open: what the user set (the client's answer, or
   * the initialization options) over the document's .imr.json over the defaults. The defaults alone
   * when the client does not answer.
   */
  settingsFor(uri: string): Promise<Settings> {
    let settings = this.settingsByUri.get(uri);
    if (!settings) {
      settings = this.userSettings(uri)
        .then((user) => normalizeSettings(user, this.configs.forDocument(uri)))
        .catch(() => DEFAULT_SETTINGS);
      this.settingsByUri.set(uri, settings);
    }
    return settings;
  }

  /**
   * The settings of each letter under a folder, as it would have them open: what the user set for
   * the folder (asked once) over the .imr.json nearest the letter (as `configs` reads it) over the
   * defaults. Nothing is kept.
   */
  async settingsUnder(folderUri: string, configs = this.configs): Promise<(uri: string) => Settings> {
    const user = await this.userSettings(folderUri).catch(() => undefined);
    return (uri) => normalizeSettings(user, configs.forDocument(uri));
  }

  /** What the user set for `scopeUri`: the client's answer, or the initialization options. */
  private userSettings(scopeUri: string): Promise<unknown> {
    if (!this.client.configuration) return Promise.resolve(this.globalSettings);
    const items = [{ scopeUri, section: 'imr' }];
    return this.askClient((token) => this.connection.sendRequest(ConfigurationRequest.type, { items }, token)).then((answer) =>
      answer ? answer[0] : this.globalSettings,
    );
  }

  /**
   * The open document, its settings and its letter parsed from its current text (cached by text).
   * Nothing is parsed or cached for a document closed while its settings were on their way.
   */
  async letterOf(uri: string, checkpoint: Checkpoint): Promise<OpenLetter | undefined> {
    markWork();
    if (!this.documents.get(uri)) return undefined;
    const settings = await this.settingsFor(uri);
    checkpoint();
    const doc = this.documents.get(uri);
    // imr.enable off: no outline, folding, hovers, completion or actions either.
    if (!doc || !settings.enable) return undefined;
    const started = performance.now();
    const { version } = doc;
    const text = doc.getText();
    const letter = this.letters.get(uri, text, settings.maxFileSize);
    const elapsed = performance.now() - started;
    if (!this.parseTimes.has(letter)) this.parseTimes.set(letter, elapsed);
    const parseMs = this.parseTimes.get(letter)!;
    // After a long parse (a long letter just edited), a cancellation or a newer edit that came
    // meanwhile is let in, and the work dropped if it is no longer wanted. An edit let in, now or
    // while the rules run, changes the document in place: the answer is then given for the text
    // the letter was parsed from, its positions counted in that text (the version it answers for).
    if (elapsed > SLICE_MS) {
      await letMessagesIn();
      checkpoint();
    }
    return { doc: asParsed(doc, version, text), settings, letter, parseMs };
  }

  /** Forgets what was kept for a closed document. */
  closed(uri: string): void {
    this.letters.delete(uri);
    this.settingsByUri.delete(uri);
    this.mailing.delete(uri);
    this.configs.forget();
  }

  /** The client's settings changed: every document's are asked again; `imr` is the new global section, if the notification carries it. */
  settingsChanged(imr: unknown): void {
    this.settingsByUri.clear();
    if (imr !== undefined) this.globalSettings = imr;
  }
}

/**
 * A document's edits applied one after the other, each range first brought within the text as it
 * is then: a range past the end (a client's bug) is an edit at the end. Given as it is, it leaves
 * the library's table of line starts with a gap, and every range sent afterwards past the end.
 */
function updateWithin(doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
  for (const change of changes) {
    if (!('range' in change)) {
      TextDocument.update(doc, [change], version);
      continue;
    }
    const within = (position: { line: number; character: number }) =>
      doc.positionAt(
        doc.offsetAt({
          line: Number.isFinite(position.line) ? position.line : 0,
          character: Number.isFinite(position.character) ? position.character : 0,
        }),
      );
    TextDocument.update(doc, [{ range: { start: within(change.range.start), end: within(change.range.end) }, text: change.text }], version);
  }
  return doc;
}
