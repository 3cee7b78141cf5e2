// A file system for the write path that misbehaves like real disks do: short writes, a disk that fills up part-way,
// a write that stores nothing, a disk that claims to have stored bytes it dropped, and errors on open or rename.
// Everything else passes through to the real node:fs/promises, so the results can be checked on disk.
import * as fs from 'node:fs/promises';
import type { WriteFileSystem } from '../../../main/files/atomic-write';

export interface Misbehaviour {
  /** Store at most this many bytes per write call (a short write). */
  maxBytesPerWrite?: number;
  /** After this many bytes in total, every write fails with ENOSPC (a disk that fills up). */
  diskFullAfter?: number;
  /** Every write reports 0 bytes written and stores nothing. */
  writesStoreNothing?: boolean;
  /** Writes report every byte written but only this many reach the file (a lying disk). */
  silentlyDropAfter?: number;
  /** open() fails with this error code. */
  openFails?: string;
  /** rename() fails with this error code. */
  renameFails?: string;
}

export interface FakeWriteFs extends WriteFileSystem {
  calls: string[];
  writeSizes: number[];
}

function errnoError(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated, ${syscall}`), { code, syscall });
}

export function fakeWriteFs(misbehaviour: Misbehaviour = {}): FakeWriteFs {
  const calls: string[] = [];
  const writeSizes: number[] = [];
  let total = 0;
  const open = (async (file: string, flags?: string, mode?: number) => {
    calls.push(`open ${flags}`);
    if (misbehaviour.openFails && flags === 'wx') throw errnoError(misbehaviour.openFails, 'open');
    const handle = await fs.open(file, flags, mode);
    const write = async (buffer: Buffer, offset: number, length: number, position: number) => {
      calls.push('write');
      if (misbehaviour.writesStoreNothing) return { bytesWritten: 0, buffer };
      if (misbehaviour.diskFullAfter !== undefined && total >= misbehaviour.diskFullAfter) {
        throw errnoError('ENOSPC', 'write');
      }
      let count = Math.min(length, misbehaviour.maxBytesPerWrite ?? length);
      if (misbehaviour.diskFullAfter !== undefined) count = Math.min(count, misbehaviour.diskFullAfter - total);
      let stored = count;
      if (misbehaviour.silentlyDropAfter !== undefined) {
        stored = Math.max(0, Math.min(count, misbehaviour.silentlyDropAfter - total));
      }
      if (stored > 0) await handle.write(buffer, offset, stored, position);
      total += count;
      writeSizes.push(count);
      return { bytesWritten: count, buffer };
    };
    return {
      write,
      sync: async () => {
        calls.push('sync');
        await handle.sync();
      },
      close: async () => {
        calls.push('close');
        await handle.close();
      },
    };
  }) as unknown as WriteFileSystem['open'];
  return {
    calls,
    writeSizes,
    open,
    stat: fs.stat,
    readFile: fs.readFile,
    realpath: fs.realpath,
    unlink: (async (file: string) => {
      calls.push('unlink');
      await fs.unlink(file);
    }) as WriteFileSystem['unlink'],
    rename: (async (from: string, to: string) => {
      calls.push('rename');
      if (misbehaviour.renameFails) throw errnoError(misbehaviour.renameFails, 'rename');
      await fs.rename(from, to);
    }) as WriteFileSystem['rename'],
  };
}
