// Checking every letter under a folder, open or not (imr/checkFolder, or the command
// imr.checkFolder.server for editors that only run commands): read one file at a time, with
// progress on the work-done token and a stop at cancellation between files, and checked in small
// groups (the letters read when it stops are checked and counted); the diagnostics of letters not
// open are pushed, those of open letters stay with the open document's own diagnostics. Answers
// counts only, never letter text.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CancellationToken, Connection, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { decode } from '../base/decode';
import { PDF_BUDGET, PDF_PROBLEMS } from '../base/pdf';
import { readPdfIsolated } from '../base/pdf-isolated';
import { listFolder, nameNotUtf8, NOT_UTF8_NAME, NotRead, passedBy, readRegularFile, type Listed } from '../base/small-file';
import { today } from '../base/calendar';
import {
  BATCH,
  beginsGroup,
  capPerRule,
  checkEachInStages,
  findingsPerRule,
  NOT_CHECKED,
  parse,
  type CheckedFinding,
  type Letter,
  type Settings,
} from '../service';
import { toDiagnostic } from './conversions';
import { MAX_FINDINGS_PER_RULE } from './diagnostics';
import { letMessagesIn, pacer } from './pacing';
import { folderOf, type FolderSidecar, type ReviewedFindings } from './reviewed';
import type { CheckFolderResult } from './protocol';
import { sameFile } from './uris';
import type { Workspace } from './workspace';

// The files read as letters, as imr-lint reads them. A PDF's findings are pushed for the PDF's
// file: URI, their positions in its text as the PDF reader gives it (imr/pdfText): a client shows
// them on its view of that text (the VS Code client: on the PDF's imr-pdf: letter view).
const PDF_NAME = /\.pdf$/i;
const LETTER_FILES = [/\.txt$/i, /\.imr$/i, PDF_NAME];

/**
 * Every file named like a letter under `folder`, sorted, depth first; links to folders, hidden
 * folders, node_modules and the folders an .imr.json lists to skip passed by.
 */
async function lettersUnder(folder: string, notRead: CheckFolderResult['notRead'], skips: (folder: string) => boolean): Promise<string[]> {
  let entries: Listed[];
  try {
    entries = await listFolder(folder);
  } catch (e) {
    const notUtf8 = nameNotUtf8(folder, e);
    const reason = notUtf8 ? `folder not read: ${notUtf8}` : `folder not read (${(e as NodeJS.ErrnoException).code ?? 'error'})`;
    notRead.push({ uri: pathToFileURL(folder).href, reason });
    return [];
  }
  const files: string[] = [];
  for (const { entry, name, garbled } of entries) {
    const full = path.join(folder, name);
    const isFolder = entry.isDirectory() && !passedBy(name) && !skips(full);
    // A link named like a letter is read as imr-lint reads it: what it points to, when that is a file.
    if (!isFolder && !(!entry.isDirectory() && LETTER_FILES.some((re) => re.test(name)))) continue;
    if (garbled) notRead.push({ uri: pathToFileURL(full).href, reason: isFolder ? `folder not read: ${NOT_UTF8_NAME}` : NOT_UTF8_NAME });
    else if (isFolder) files.push(...(await lettersUnder(full, notRead, skips)));
    else files.push(full);
  }
  return files;
}

/**
 * A file's text, decoded as imr-lint decodes it (UTF-8 with or without a BOM, UTF-16 with a BOM,
 * a PDF's text), or why it is not read; its size is looked at before it is read.
 */
async function textOf(file: string, settings: Settings, cancel: AbortSignal): Promise<{ text: string } | { reason: string }> {
  // No text of maxFileSize characters takes more than 3 bytes a character (UTF-8), plus a BOM; a
  // file named .pdf, a PDF or a text so named, may take the PDF reader's budget, and past both is
  // said to be too large as imr-lint and the PDF view say it.
  const pdf = PDF_NAME.test(file);
  const most = Math.max(3 * settings.maxFileSize + 3, pdf ? PDF_BUDGET.maxBytes : 0);
  const tooLarge = (size: number | undefined) => ({
    reason: pdf && size !== undefined ? PDF_PROBLEMS.tooLarge(size, PDF_BUDGET.maxBytes) : 'too large to be a letter',
  });
  let bytes: Buffer | undefined;
  try {
    bytes = await readRegularFile(file, most);
  } catch (e) {
    const { kind, why, size } = e as NotRead;
    const notUtf8 = nameNotUtf8(file, { code: why });
    if (notUtf8) return { reason: notUtf8 };
    if (kind === 'large') return tooLarge(size);
    return kind === 'irregular' ? { reason: why } : { reason: `not read (${why})` };
  }
  if (!bytes) return { reason: nameNotUtf8(file, { code: 'ENOENT' }) ?? 'not read (ENOENT)' };
  if (bytes.length > most) return tooLarge(bytes.length);
  const decoded = decode(bytes);
  if ('problem' in decoded) return { reason: decoded.problem };
  const read = 'pdf' in decoded ? await readPdfIsolated(decoded.pdf, PDF_BUDGET, cancel) : decoded;
  return 'problem' in read ? { reason: read.problem } : read;
}

/** A file read as a letter, with its settings. */
interface Read {
  uri: string;
  text: string;
  letter: Letter;
  settings: Settings;
}

export class FolderCheck {
  /** Letters whose diagnostics a folder check pushed, while they are not open. */
  readonly pushed = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
    private readonly reviewed: ReviewedFindings,
  ) {}

  async run(folderUri: string, token: CancellationToken, progress: WorkDoneProgressReporter): Promise<CheckFolderResult | null> {
    const folder = folderOf(`${folderUri.replace(/\/$/, '')}/x`);
    if (!folder) return null;
    const result: CheckFolderResult = {
      folder,
      letters: 0,
      notLetters: 0,
      notRead: [],
      byRule: {},
      findings: 0,
      hidden: 0,
      lettersWithErrors: 0,
      cancelled: false,
    };
    // Each letter's own settings: its folder's .imr.json, as when it is open.
    const configs = this.workspace.configs.forRun();
    const settingsOf = await this.workspace.settingsUnder(folderUri, configs);
    progress.begin('IMR: checking letters', 0, 'listing the letters', true);
    // What an earlier check pushed for a letter since deleted, moved, no longer a letter, or that
    // could not be checked goes: the first at once, the others under this folder once it is
    // checked to its end.
    for (const uri of this.pushed) if (!fs.existsSync(fileURLToPath(uri))) this.clear(uri);
    const earlier = new Set([...this.pushed].filter((uri) => fileURLToPath(uri).startsWith(folder + path.sep)));
    const files = await lettersUnder(folder, result.notRead, (dir) => configs.skips(dir));
    // Letters are read and parsed a file at a time into a group of at most BATCH letters and the
    // service's group size (beginsGroup: a long letter alone). A group is checked rule by rule
    // (checkEachInStages: some 20% less time a letter than one after another) when it is full, when
    // the next letter would pass its size (before that letter is parsed), and at the end: only one
    // group's letters are held at once.
    let group: Read[] = [];
    let chars = 0;
    // Each folder's reviewed findings, read once for the run (letters not open do not keep them).
    const sidecars = new Map<string, Promise<FolderSidecar>>();
    // A cancellation also stops a PDF being read (up to its time budget otherwise).
    const cancel = new AbortController();
    const listening = token.onCancellationRequested(() => cancel.abort());
    const flush = async (): Promise<void> => {
      await this.checkGroup(group, result, earlier, sidecars);
      [group, chars] = [[], 0];
    };
    for (const [i, file] of files.entries()) {
      if (token.isCancellationRequested) {
        result.cancelled = true;
        break;
      }
      progress.report(Math.round((100 * i) / files.length), `${i + 1} of ${files.length}: ${path.basename(file)}`);
      const uri = pathToFileURL(file).href;
      const settings = settingsOf(uri);
      const read = await textOf(file, settings, cancel.signal);
      // A PDF whose reading a cancellation stopped is not counted: the check ends here.
      if ('reason' in read && read.reason === PDF_PROBLEMS.cancelled) {
        result.cancelled = true;
        break;
      }
      if ('reason' in read) result.notRead.push({ uri, reason: read.reason });
      else {
        if (beginsGroup(group.length, chars, read.text.length)) await flush();
        const letter = parse(read.text, { maxLength: settings.maxFileSize });
        if (letter.layout === 'unknown' && !/\.imr(?:\.txt)?$/i.test(file)) result.notLetters++;
        else {
          group.push({ uri, text: read.text, letter, settings });
          chars += read.text.length;
          // Full, or past the size (a long letter alone): checked now.
          if (group.length === BATCH || beginsGroup(group.length, chars, 0)) await flush();
        }
      }
      await letMessagesIn();
    }
    // The letters read when a cancellation came are checked too: the answer counts every letter read.
    await flush();
    if (!result.cancelled) for (const uri of earlier) if (this.pushed.has(uri)) this.clear(uri);
    listening.dispose();
    progress.done();
    return result;
  }

  /**
   * Checks a group of letters, letting messages in every few milliseconds between rules (pacer),
   * and reports each; a letter whose diagnostics are pushed (or that is open) leaves `earlier`.
   */
  private async checkGroup(
    group: Read[],
    result: CheckFolderResult,
    earlier: Set<string>,
    sidecars: Map<string, Promise<FolderSidecar>>,
  ): Promise<void> {
    const context = { today: today() };
    const stages = checkEachInStages(group.map(({ letter, settings }) => ({ letter, settings, context })));
    const pause = pacer(0);
    let stage = stages.next();
    for (; !stage.done; stage = stages.next()) await pause();
    const open = this.openFiles();
    for (const [k, read] of group.entries()) {
      const kept = await this.report(read, stage.value[k], result, sidecars, open);
      if (kept) earlier.delete(kept);
    }
  }

  /** Clears the diagnostics a folder check pushed for a letter that is not open. */
  private clear(uri: string): void {
    this.pushed.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Counts a checked letter's findings and pushes them; its uri when they were pushed (or it is open), else undefined. */
  private async report(
    { uri, text, letter, settings }: Read,
    all: CheckedFinding[] | undefined,
    result: CheckFolderResult,
    sidecars: Map<string, Promise<FolderSidecar>>,
    open: ReadonlySet<string>,
  ): Promise<string | undefined> {
    if (!all) {
      result.notRead.push({ uri, reason: NOT_CHECKED });
      return undefined;
    }
    result.letters++;
    const { kept, hidden } = await this.reviewed.shown(uri, letter, all, sidecars);
    result.hidden += hidden;
    result.findings += kept.length;
    if (kept.some((f) => f.severity === 'error')) result.lettersWithErrors++;
    for (const f of kept) result.byRule[f.rule] = (result.byRule[f.rule] ?? 0) + 1;
    if (open.has(uri)) return uri; // an open letter keeps its own diagnostics
    const doc = TextDocument.create(uri, 'imr', 0, text);
    // As an open letter's: each rule's first findings and one that counts the rest.
    const shown = capPerRule(kept, findingsPerRule(settings, MAX_FINDINGS_PER_RULE));
    void this.connection.sendDiagnostics({ uri, diagnostics: shown.map((f) => toDiagnostic(doc, f)) });
    this.pushed.add(uri);
    return uri;
  }

  /**
   * A letter opened: for a client that pulls, the diagnostics a folder check pushed are cleared,
   * or it would show both; a push client has them replaced by the open document's.
   */
  opened(uri: string): void {
    if (this.pushed.delete(uri) && this.workspace.client.pullDiagnostics) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    // A URI the client spells otherwise ("c%3A", "%28"), or a PDF's letter view: what was pushed for
    // the file goes, whatever the client (it has a URI of its own).
    const file = sameFile(uri);
    if (file && file !== uri && this.pushed.delete(file)) void this.connection.sendDiagnostics({ uri: file, diagnostics: [] });
  }

  /** The letters open, by their files' URIs as a folder check spells them (however the client spells them); for a PDF's letter view, the PDF's. */
  private openFiles(): Set<string> {
    return new Set(this.workspace.documents.keys().flatMap((open) => sameFile(open) ?? []));
  }
}
