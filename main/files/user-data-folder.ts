// The user-data folder may be read-only (a locked-down profile, a write-protected roaming share) or full. The app
// must still start: Chromium's profile and the single-instance lock then live in a temporary folder for this run,
// while the app's own stores keep reading from the real folder (so Open Recent and crash recovery still show what
// is there) and report their failed writes for the banner.
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface UserDataFolders {
  /** Where recent files, the autosave and the crash marker are read and written. */
  storesDir: string;
  /** Where Chromium keeps its profile this run: the real folder, or a temporary one when that cannot be written. */
  profileDir: string;
  /** Why the real folder cannot be written (null when it can). */
  problem: unknown;
  /** Removes the temporary profile folder, if one was made. */
  cleanUp(): void;
}

/** Writes and removes a tiny probe file: proves the folder exists (or can be made) and accepts a new file. */
export function probeWritable(folder: string): unknown {
  const probe = path.join(folder, `.sspr-preview-write-probe-${process.pid}`);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(probe, 'probe', { flag: 'wx' });
    unlinkSync(probe);
    return null;
  } catch (error) {
    try {
      unlinkSync(probe);
    } catch {
      // Never created.
    }
    return error;
  }
}

export function prepareUserDataFolders(
  userData: string,
  makeTemporary: () => string = () => mkdtempSync(path.join(tmpdir(), 'sspr-preview-profile-')),
): UserDataFolders {
  const problem = probeWritable(userData);
  if (!problem) return { storesDir: userData, profileDir: userData, problem: null, cleanUp: () => undefined };
  let profileDir = userData;
  try {
    profileDir = makeTemporary();
  } catch {
    // The temporary folder cannot be made either (a full disk): Chromium keeps the real folder and runs without.
  }
  return {
    storesDir: userData,
    profileDir,
    problem,
    cleanUp: () => {
      if (profileDir === userData) return;
      try {
        rmSync(profileDir, { recursive: true, force: true });
      } catch {
        // Still held open by Chromium (Windows): the system's temp cleaning removes it later.
      }
    },
  };
}
