// The files to check, in a fixed order: the paths as given, each folder's letters (*.txt, *.imr, *.pdf)
// sorted by name, depth first. Lazy, so a folder of any size costs one listing at a time.
// Links to folders are not followed (no loops); a link named like a letter is read, and reading
// says what it points to. Hidden folders and node_modules found inside are passed by.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { listFolderSync, nameNotUtf8, NOT_UTF8_NAME, passedBy, type Listed } from '../base/small-file';
import { failure } from './read';

const LETTER_NAME = /\.(?:txt|imr|pdf)$/i;

/** The letters of `paths`; a folder found inside a given one is passed by when hidden, node_modules, or `skip` says so (.imr.json's "skip"). */
export function* walk(
  paths: string[],
  problem: (file: string, reason: string) => void,
  skip: (folder: string) => boolean = () => false,
): Generator<string> {
  for (const p of paths) {
    if (p === '-') {
      yield p; // the standard input, never a folder named -
      continue;
    }
    let folder = false;
    try {
      folder = fs.statSync(p).isDirectory();
    } catch {
      // not found or not reachable: reading it says why
    }
    if (folder) yield* walkFolder(p, problem, skip);
    else yield p;
  }
}

function* walkFolder(dir: string, problem: (file: string, reason: string) => void, skip: (folder: string) => boolean): Generator<string> {
  let entries: Listed[];
  try {
    entries = listFolderSync(dir);
  } catch (e) {
    problem(dir, `folder not read: ${nameNotUtf8(dir, e) ?? failure(e)}`);
    return;
  }
  for (const { entry, name, garbled } of entries) {
    const child = path.join(dir, name);
    const folder = entry.isDirectory();
    if (folder ? passedBy(name) || skip(child) : !LETTER_NAME.test(name)) continue;
    if (garbled) problem(child, folder ? `folder not read: ${NOT_UTF8_NAME}` : NOT_UTF8_NAME);
    else if (folder) yield* walkFolder(child, problem, skip);
    else yield child;
  }
}
