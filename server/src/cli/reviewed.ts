// imr-lint and the sidecar of reviewed findings (.imr-reviewed.json, one per folder of letters):
// read once per folder and thread, to hide what was reviewed; written by --baseline with every
// finding of the run. A sidecar with problems is named on stderr with its lines, applies nothing
// and is never written over.

import * as path from 'node:path';
import { NotRead, readSmallFileSync } from '../base/small-file';
import { updateFile } from '../base/update-file';
import {
  MAX_SIDECAR_BYTES,
  mergeSidecar,
  reviewedKeys,
  REVIEWED_FILE,
  sidecarOf,
  unreadSidecar,
  type ParsedSidecar,
  type ReviewedEntry,
  type SidecarProblem,
} from '../service';

export interface FolderReviewed {
  file: string;
  keys: Set<string>;
  problems: SidecarProblem[];
}

const byFolder = new Map<string, FolderReviewed>();

/** The sidecar of the folder `letterFile` is in, read once per thread; an absent file is an empty one. */
export function reviewedFor(letterFile: string): FolderReviewed {
  const folder = path.dirname(path.resolve(letterFile));
  let found = byFolder.get(folder);
  if (!found) {
    const file = path.join(folder, REVIEWED_FILE);
    let parsed: ParsedSidecar;
    try {
      parsed = sidecarOf(readSmallFileSync(file, MAX_SIDECAR_BYTES));
    } catch (e) {
      parsed = unreadSidecar((e as NotRead).why);
    }
    found = { file, keys: reviewedKeys(parsed.entries), problems: parsed.problems };
    byFolder.set(folder, found);
  }
  return found;
}

/** What to say on stderr of a sidecar with problems: the file and line of each. */
export function sidecarProblemLines(file: string, problems: readonly SidecarProblem[]): string[] {
  return problems.map(
    (p) => `imr-lint: ${file}:${p.line}: ${p.message}; no finding of this folder is hidden as reviewed, and the file is not written`,
  );
}

/** --baseline: the entries added to each folder's sidecar; what could not be written, by file. */
export async function writeBaseline(entries: ReadonlyMap<string, ReviewedEntry[]>): Promise<{ written: number; failed: string[] }> {
  let written = 0;
  const failed: string[] = [];
  for (const [folder, list] of entries) {
    const file = path.join(folder, REVIEWED_FILE);
    try {
      await updateFile(file, MAX_SIDECAR_BYTES, (onDisk) => mergeSidecar(onDisk, list));
      written += list.length;
    } catch (e) {
      failed.push(`imr-lint: ${file}: not written: ${(e as Error).message}`);
    }
  }
  return { written, failed };
}
