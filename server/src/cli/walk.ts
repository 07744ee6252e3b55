// The files to check, in a fixed order: the paths as given, each folder's letters (*.txt, *.imr, *.pdf)
// sorted by name, depth first. Lazy, so a folder of any size costs one listing at a time.
// Links to folders are not followed (no loops); a link named like a letter is read, and reading
// says what it points to.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { nameNotUtf8 } from '../base/small-file';
import { failure } from './read';

const LETTER_NAME = /\.(?:txt|imr|pdf)$/i;

/** The letters of `paths`; a folder found inside a given one is passed by when `skip` says so (.imr.json's "skip"). */
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
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problem(dir, `folder not read: ${nameNotUtf8(dir, e) ?? failure(e)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const child = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!skip(child)) yield* walkFolder(child, problem, skip);
    } else if (LETTER_NAME.test(e.name)) yield child;
  }
}
