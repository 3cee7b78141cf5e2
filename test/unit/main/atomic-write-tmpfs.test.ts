// The write path on a real small disk: a 3 MB tmpfs that fills up, then the same disk read-only. Mounting needs root
// (CI containers run as root); elsewhere these tests are skipped and the fake file system covers the same cases.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileWriteError, writeFileAtomically } from '../../../main/files/atomic-write';
import { AutosaveStore } from '../../../main/files/autosave-store';
import { RecentFiles } from '../../../main/files/recent-files';
import { UserDataHealth } from '../../../main/files/storage-status';
import { prepareUserDataFolders } from '../../../main/files/user-data-folder';

function tryMount(folder: string): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', folder], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const base = mkdtempSync(path.join(tmpdir(), 'sspr-tmpfs-'));
const disk = path.join(base, 'disk');
let mounted = false;

beforeAll(() => {
  mkdirSync(disk);
  mounted = tryMount(disk);
});

afterAll(() => {
  // Unmount first, so removing the folder never reaches into a mounted disk.
  if (mounted) execFileSync('umount', [disk]);
  rmSync(base, { recursive: true, force: true });
});

/** A scenario-sized JSON text of exactly `size` bytes. */
function jsonOfSize(size: number): string {
  const head = '{"name":"';
  const tail = '"}\n';
  return head + 'x'.repeat(size - head.length - tail.length) + tail;
}

describe('on a 3 MB tmpfs', () => {
  it('a save that does not fit fails as "disk full" and leaves the old file and no temp file', async (context) => {
    if (!mounted) context.skip();
    const target = path.join(disk, 'scenario.json');
    const old = jsonOfSize(600_000);
    writeFileSync(target, old);
    writeFileSync(path.join(disk, 'filler.bin'), Buffer.alloc(1_800_000));
    const error = await writeFileAtomically(target, jsonOfSize(1_052_988)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FileWriteError);
    expect((error as FileWriteError).reason).toBe('diskFull');
    expect(readFileSync(target, 'utf8')).toBe(old);
    expect(readdirSync(disk).sort()).toEqual(['filler.bin', 'scenario.json']);
  });

  it('the same save succeeds, byte for byte, once there is room', async (context) => {
    if (!mounted) context.skip();
    const target = path.join(disk, 'scenario.json');
    rmSync(path.join(disk, 'filler.bin'));
    const text = jsonOfSize(1_052_988);
    await writeFileAtomically(target, text);
    expect(readFileSync(target, 'utf8')).toBe(text);
  });

  it('the app starts on a read-only user-data folder: reads what is there, writes nothing, reports why', async (context) => {
    if (!mounted) context.skip();
    const recentStore = path.join(disk, 'recent-files.json');
    writeFileSync(recentStore, JSON.stringify(['/docs/earlier.json']));
    execFileSync('mount', ['-o', 'remount,ro', disk]);
    try {
      const folders = prepareUserDataFolders(disk);
      expect((folders.problem as NodeJS.ErrnoException).code).toBe('EROFS');
      expect(folders.storesDir).toBe(disk);
      expect(folders.profileDir).not.toBe(disk);
      folders.cleanUp();
      const health = new UserDataHealth();
      const autosave = new AutosaveStore(disk, undefined, health);
      await expect(autosave.begin()).resolves.toEqual({ previousRunCrashed: false });
      const recent = new RecentFiles(recentStore, health);
      await expect(recent.add('/docs/opened-now.json')).resolves.toEqual([
        '/docs/opened-now.json',
        '/docs/earlier.json',
      ]);
      await expect(autosave.write({} as never, null)).resolves.toBeUndefined();
      expect(health.status()).toEqual({
        persistent: false,
        reason: 'readOnly',
        stores: ['sessionMarker', 'recentFiles', 'autosave'],
      });
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', disk]);
    }
  });

  it('a read-only disk fails as "read-only" and keeps the file', async (context) => {
    if (!mounted) context.skip();
    const target = path.join(disk, 'scenario.json');
    const before = readFileSync(target, 'utf8');
    execFileSync('mount', ['-o', 'remount,ro', disk]);
    try {
      const error = await writeFileAtomically(target, '{"name":"never"}').catch((caught: unknown) => caught);
      expect((error as FileWriteError).reason).toBe('readOnly');
      expect(readFileSync(target, 'utf8')).toBe(before);
      expect(readdirSync(disk).sort()).toEqual(['recent-files.json', 'scenario.json']);
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', disk]);
    }
  });
});
