// A save interrupted by a crash or power loss leaves its temp file behind (the target itself is never damaged).
// At start-up these are removed: only files named by this app's write path, only regular files, and only when older
// than a few minutes, so a save still running in another window is never disturbed.
import { lstat, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { TEMP_FILE_PATTERN } from './atomic-write';

export const ORPHAN_MIN_AGE_MS = 5 * 60 * 1000;

export interface OrphanCleanup {
  removed: string[];
  /** Folders that could not be listed and files that could not be removed (read-only media, permissions). */
  failed: number;
}

export async function removeOrphanedTempFiles(
  folders: readonly string[],
  now: () => number = Date.now,
  minAgeMs = ORPHAN_MIN_AGE_MS,
): Promise<OrphanCleanup> {
  const result: OrphanCleanup = { removed: [], failed: 0 };
  for (const folder of new Set(folders)) {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') result.failed += 1;
      continue;
    }
    for (const name of names.filter((entry) => TEMP_FILE_PATTERN.test(entry))) {
      const file = path.join(folder, name);
      try {
        const info = await lstat(file);
        if (!info.isFile() || now() - info.mtimeMs < minAgeMs) continue;
        await unlink(file);
        result.removed.push(file);
      } catch {
        result.failed += 1;
      }
    }
  }
  return result;
}
