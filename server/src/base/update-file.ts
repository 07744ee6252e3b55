// A small file changed by read-modify-write without losing a concurrent writer's change: an
// inter-process lock (proper-lockfile: a `<file>.lock` folder, made atomically, with stale locks
// taken over), then the new text written to a temporary file in the same folder and renamed over
// the old one, so that a reader sees the old text or the new, never half of it. The one place below
// the adapters that writes a file; the adapters (server/, cli/) call it for the sidecar of reviewed
// findings and for nothing holding letter text.

import { randomBytes } from 'node:crypto';
import { lstat, realpath, rename, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { lock } from 'proper-lockfile';
import { readSmallFile } from './small-file';

/**
 * Replaces `file` with `update(what is in it now)` (undefined when there is no file yet), under the
 * lock. `update` may throw to leave the file as it is.
 */
export async function updateFile(link: string, maxBytes: number, update: (onDisk: string | undefined) => string): Promise<void> {
  // A link (a sidecar shared by several folders) is written through: the file it points to is
  // replaced, not the link.
  const file = await realpath(link).catch(() => link);
  await noStrayLock(`${file}.lock`);
  const release = await lock(file, {
    realpath: false,
    stale: 10_000,
    retries: { retries: 200, minTimeout: 5, maxTimeout: 100, randomize: true },
  });
  try {
    // A file that is no regular file, or too large, is not written over (NotRead).
    const onDisk = await readSmallFile(file, maxBytes);
    const text = update(onDisk);
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await writeFile(temporary, text, { flag: 'wx' });
      await rename(temporary, file);
    } catch (e) {
      await rm(temporary, { force: true });
      throw e;
    }
  } finally {
    await release();
  }
}

/** A lock is a folder; a file of that name (left by hand or by another program) would be taken for a lock for good. */
async function noStrayLock(lockPath: string): Promise<void> {
  const found = await lstat(lockPath).catch(() => undefined);
  if (found && !found.isDirectory()) throw new Error(`${lockPath} is in the way of the lock of the same name (a folder); remove it`);
}
