// The write path on unlucky disks: short writes are continued, a full or lying disk never replaces the old file,
// every failure names its reason, and no temp file is left behind.
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  FileWriteError,
  TEMP_FILE_PATTERN,
  tempPathFor,
  writeFileAtomically,
  type FileWriteReason,
} from '../../../main/files/atomic-write';
import { fakeWriteFs } from './fake-write-fs';
import { tempDirs } from './temp-dirs';

const makeTempDir = tempDirs();
const OLD = 'the file as it was before\n';
const NEW = Buffer.from('{"device": "new content"}\n'.repeat(40_000));

let dir: string;
let target: string;
beforeEach(() => {
  dir = makeTempDir('sspr-atomic-');
  target = path.join(dir, 'scenario.json');
  writeFileSync(target, OLD);
});

async function failure(promise: Promise<unknown>): Promise<FileWriteError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FileWriteError);
  return error as FileWriteError;
}

function expectUntouched(): void {
  expect(readFileSync(target, 'utf8')).toBe(OLD);
  expect(readdirSync(dir)).toEqual(['scenario.json']);
}

describe('writing every byte', () => {
  it('continues short writes until every byte is stored', async () => {
    const fs = fakeWriteFs({ maxBytesPerWrite: 4096 });
    await writeFileAtomically(target, NEW, { fs });
    expect(readFileSync(target).equals(NEW)).toBe(true);
    expect(fs.writeSizes.length).toBe(Math.ceil(NEW.length / 4096));
    expect(readdirSync(dir)).toEqual(['scenario.json']);
  });

  it('flushes the data before it renames, and reads it back in between', async () => {
    const fs = fakeWriteFs();
    await writeFileAtomically(target, 'small', { fs });
    const order = fs.calls.filter((call) => ['write', 'sync', 'close', 'rename'].includes(call));
    expect(order.slice(0, 4)).toEqual(['write', 'sync', 'close', 'rename']);
  });

  it('stops with "incomplete" when a write stores nothing, instead of looping or renaming', async () => {
    const error = await failure(writeFileAtomically(target, NEW, { fs: fakeWriteFs({ writesStoreNothing: true }) }));
    expect(error.reason).toBe<FileWriteReason>('incomplete');
    expect(error.message).toBe(`scenario.json: the disk did not store every byte (0 of ${NEW.length} bytes stored)`);
    expectUntouched();
  });

  it('keeps the old file when the disk fills up part-way (ENOSPC after a short write)', async () => {
    const fs = fakeWriteFs({ maxBytesPerWrite: 65536, diskFullAfter: 204_800 });
    const error = await failure(writeFileAtomically(target, NEW, { fs }));
    expect(error.reason).toBe<FileWriteReason>('diskFull');
    expect(error.code).toBe('ENOSPC');
    expect(fs.calls).not.toContain('rename');
    expect(fs.calls).toContain('unlink');
    expectUntouched();
  });

  it('notices a disk that claims bytes it never stored (read back before the rename)', async () => {
    const fs = fakeWriteFs({ silentlyDropAfter: 204_800 });
    const error = await failure(writeFileAtomically(target, NEW, { fs }));
    expect(error.reason).toBe<FileWriteReason>('incomplete');
    expect(error.message).toContain(`204800 of ${NEW.length} bytes stored`);
    expectUntouched();
  });
});

describe('reasons a person can act on', () => {
  it.each([
    ['EROFS', 'readOnly', 'the drive or folder is read-only'],
    ['EACCES', 'noPermission', 'you do not have permission to write there (or the file is read-only)'],
    ['EPERM', 'noPermission', 'you do not have permission to write there (or the file is read-only)'],
    ['ENOSPC', 'diskFull', 'the disk is full'],
    ['EDQUOT', 'diskFull', 'the disk is full'],
    ['EBUSY', 'locked', 'another program has the file open'],
    ['EIO', 'other', 'the file could not be written'],
  ])('%s on open → %s', async (code, reason, text) => {
    const error = await failure(writeFileAtomically(target, NEW, { fs: fakeWriteFs({ openFails: code }) }));
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(new RegExp(`^scenario\\.json: ${text.replace(/[()]/g, '\\$&')} \\(`));
    expectUntouched();
  });

  it('a failed rename removes the temp file and keeps the old file', async () => {
    const error = await failure(writeFileAtomically(target, NEW, { fs: fakeWriteFs({ renameFails: 'EXDEV' }) }));
    expect(error.reason).toBe<FileWriteReason>('other');
    expectUntouched();
  });

  it('refuses a folder as the target (EISDIR) before writing anything', async () => {
    const folder = path.join(dir, 'a-folder.json');
    mkdirSync(folder);
    const error = await failure(writeFileAtomically(folder, NEW));
    expect(error.reason).toBe<FileWriteReason>('isFolder');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('names a missing folder', async () => {
    const error = await failure(writeFileAtomically(path.join(dir, 'gone', 'x.json'), NEW));
    expect(error.reason).toBe<FileWriteReason>('folderMissing');
  });

  it('refuses more than maxBytes before touching the disk', async () => {
    const fs = fakeWriteFs();
    const error = await failure(writeFileAtomically(target, NEW, { maxBytes: NEW.length - 1, fs }));
    expect(error.reason).toBe<FileWriteReason>('tooLarge');
    expect(fs.calls).toEqual([]);
    expectUntouched();
  });

  it('a failure in the temp-file hook still removes the temp file', async () => {
    let temp = '';
    const error = await failure(
      writeFileAtomically(target, NEW, {
        tmpfileCreated: (file) => {
          temp = file;
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        },
      }),
    );
    expect(error.reason).toBe<FileWriteReason>('diskFull');
    expect(path.basename(temp)).toMatch(TEMP_FILE_PATTERN);
    expectUntouched();
  });
});

describe('what the file keeps', () => {
  it('writes through a symlink to the real file, keeping the link', async () => {
    const link = path.join(dir, 'link.json');
    symlinkSync(target, link);
    await writeFileAtomically(link, 'via the link');
    expect(readFileSync(target, 'utf8')).toBe('via the link');
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'scenario.json']);
  });

  it.skipIf(process.platform === 'win32')('keeps an existing file’s mode, and applies an explicit one', async () => {
    chmodSync(target, 0o640);
    await writeFileAtomically(target, 'same mode');
    expect(statSync(target).mode & 0o777).toBe(0o640);
    const secret = path.join(dir, 'token-cache.bin');
    await writeFileAtomically(secret, Buffer.from([1, 2, 3]), { mode: 0o600 });
    expect(statSync(secret).mode & 0o777).toBe(0o600);
  });

  it('names temp files so that start-up cleaning recognises only this app’s own', () => {
    const temp = path.basename(tempPathFor(target));
    expect(temp).toMatch(TEMP_FILE_PATTERN);
    expect(temp.startsWith('.scenario.json.sspr-preview-')).toBe(true);
    for (const foreign of [
      'scenario.json.1234567890',
      '.scenario.json.tmp',
      'scenario.json~',
      '.~lock.scenario.json#',
    ]) {
      expect(foreign).not.toMatch(TEMP_FILE_PATTERN);
    }
  });
});
