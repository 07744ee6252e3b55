// Files read only when each is a regular file of a sensible size (the .imr.json and .imr-reviewed.json
// beside the letters, a letter in a folder the server checks): a FIFO put in its place must not block
// the reader, nor a link to /dev/zero fill its memory. The file is opened without waiting, then
// looked at, then read.

import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';

/** Why a file that is there was not read: "not a regular file", "larger than 1048576 bytes", "EACCES". */
export class NotRead extends Error {
  constructor(
    readonly why: string,
    /** 'irregular': no regular file; 'large': over the size given; 'error': the system's error code. */
    readonly kind: 'irregular' | 'large' | 'error' = 'error',
    /** The file's size in bytes, when it was looked at. */
    readonly size?: number,
  ) {
    super(why);
  }
}

/**
 * Why a file or folder found in a folder listing is not there to open: a name that is not UTF-8
 * (Latin-1 from an old archive) reaches Node.js with U+FFFD in place of its bytes, and that name
 * names nothing (or, each byte now three, one too long). Undefined for any other name or error.
 */
export function nameNotUtf8(file: string, error: unknown): string | undefined {
  const { code } = (error ?? {}) as NodeJS.ErrnoException;
  if (!file.includes('\uFFFD') || (code !== 'ENOENT' && code !== 'ENAMETOOLONG')) return undefined;
  return NOT_UTF8_NAME;
}

export const NOT_UTF8_NAME = 'its name is not UTF-8 and cannot be opened as written; rename it';

/** A folder's entry, its name read as UTF-8, and whether its name's bytes are not UTF-8 (garbled). */
export interface Listed {
  entry: { isDirectory(): boolean; isFile(): boolean };
  name: string;
  garbled: boolean;
}

// A name that is not UTF-8 reads with U+FFFD for its bytes, maybe as the name of another file of
// the folder (read twice then, and this one never). A folder with a name that holds U+FFFD is
// listed again by bytes to tell them apart; the others are listed once.
const needsBytes = (entries: readonly fs.Dirent[]): boolean => entries.some((e) => e.name.includes('\uFFFD'));

function listed(entries: readonly fs.Dirent[], byBytes: readonly fs.Dirent<Buffer>[] | undefined): Listed[] {
  const out: Listed[] = byBytes
    ? byBytes.map((entry) => {
        const name = entry.name.toString('utf8');
        return { entry, name, garbled: !Buffer.from(name, 'utf8').equals(entry.name) };
      })
    : entries.map((entry) => ({ entry, name: entry.name, garbled: false }));
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Whether a walk over letters passes by a folder it finds, by its name: a hidden one (.git,
 * .vscode) or node_modules, which hold no letters but may hold files named like them. A folder
 * the user names is read all the same.
 */
export const passedBy = (name: string): boolean => name.startsWith('.') || name === 'node_modules';

/** A folder's entries, sorted by name, each told whether its name is garbled (not UTF-8). Throws as readdir does. */
export function listFolderSync(dir: string): Listed[] {
  const entries = fs.readdirSync(dir, { withFileTypes: true });
  return listed(entries, needsBytes(entries) ? fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' }) : undefined);
}

/** As listFolderSync, without blocking the thread. */
export async function listFolder(dir: string): Promise<Listed[]> {
  const entries = await fsp.readdir(dir, { withFileTypes: true });
  return listed(entries, needsBytes(entries) ? await fsp.readdir(dir, { withFileTypes: true, encoding: 'buffer' }) : undefined);
}

// Opening a FIFO to read it waits for a writer, unless told not to wait (POSIX; Windows has no FIFOs to fear).
const FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

const why = (error: unknown): NotRead =>
  error instanceof NotRead ? error : new NotRead((error as NodeJS.ErrnoException).code ?? 'unknown error');

function looked(stat: fs.Stats, maxBytes: number): void {
  if (!stat.isFile()) throw new NotRead('not a regular file', 'irregular');
  if (stat.size > maxBytes) throw new NotRead(`larger than ${maxBytes} bytes`, 'large', stat.size);
}

/** The text of `file` (UTF-8); undefined when there is none; throws NotRead when it is there but not read. */
export function readSmallFileSync(file: string, maxBytes: number): string | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, FLAGS);
    looked(fs.fstatSync(fd), maxBytes);
    return fs.readFileSync(fd, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw why(e);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** As readSmallFileSync, without blocking the thread. */
export async function readSmallFile(file: string, maxBytes: number): Promise<string | undefined> {
  return (await readRegularFile(file, maxBytes))?.toString('utf8');
}

/** The bytes of `file`; undefined when there is none; throws NotRead when it is there but not read. */
export async function readRegularFile(file: string, maxBytes: number): Promise<Buffer | undefined> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(file, FLAGS);
    looked(await handle.stat(), maxBytes);
    return await handle.readFile();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw why(e);
  } finally {
    await handle?.close();
  }
}
