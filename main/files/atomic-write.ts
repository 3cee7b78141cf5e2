// Writes that never lose the file already on disk. The data goes to a temp file beside the target; every byte is
// written with its count checked (a short write is continued, a write that makes no progress is an error), flushed
// with fsync, read back and compared, and only then renamed over the target. Any failure removes the temp file and
// leaves the previous file exactly as it was, and is reported as a FileWriteError with a reason a person can act on.
import { randomBytes } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import type { FileWriteReason } from '../../preload/contract';

export type { FileWriteReason };

export const FILE_WRITE_REASONS: readonly FileWriteReason[] = [
  'diskFull',
  'readOnly',
  'noPermission',
  'isFolder',
  'folderMissing',
  'locked',
  'tooLarge',
  'incomplete',
  'other',
];

const REASON_BY_CODE: Readonly<Record<string, FileWriteReason>> = {
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
  EFBIG: 'diskFull',
  EROFS: 'readOnly',
  EACCES: 'noPermission',
  EPERM: 'noPermission',
  EISDIR: 'isFolder',
  ENOENT: 'folderMissing',
  ENOTDIR: 'folderMissing',
  EBUSY: 'locked',
  ETXTBSY: 'locked',
};

const REASON_TEXT: Readonly<Record<FileWriteReason, string>> = {
  diskFull: 'the disk is full',
  readOnly: 'the drive or folder is read-only',
  noPermission: 'you do not have permission to write there (or the file is read-only)',
  isFolder: 'a folder has that name',
  folderMissing: 'the folder does not exist',
  locked: 'another program has the file open',
  tooLarge: 'the file would be too large to open again',
  incomplete: 'the disk did not store every byte',
  other: 'the file could not be written',
};

/** A failed write: the previous file is unchanged and no temp file is left. */
export class FileWriteError extends Error {
  constructor(
    readonly reason: FileWriteReason,
    readonly filePath: string,
    readonly code: string | null,
    detail?: string,
  ) {
    super(`${path.basename(filePath)}: ${REASON_TEXT[reason]}${detail ? ` (${detail})` : code ? ` (${code})` : ''}`);
    this.name = 'FileWriteError';
  }
}

export function reasonOf(error: unknown): FileWriteReason {
  if (error instanceof FileWriteError) return error.reason;
  const code = errorCode(error);
  return (code && REASON_BY_CODE[code]) || 'other';
}

function errorCode(error: unknown): string | null {
  return error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : null;
}

function toWriteError(error: unknown, filePath: string): FileWriteError {
  if (error instanceof FileWriteError) return error;
  const code = errorCode(error);
  const reason = reasonOf(error);
  return new FileWriteError(reason, filePath, code, reason === 'other' && error instanceof Error ? error.message : '');
}

/** The part of node:fs/promises the write path uses (a test passes a fake that does short writes or ENOSPC). */
export interface WriteFileSystem {
  open: typeof fsPromises.open;
  stat: typeof fsPromises.stat;
  readFile: typeof fsPromises.readFile;
  rename: typeof fsPromises.rename;
  unlink: typeof fsPromises.unlink;
  realpath: typeof fsPromises.realpath;
}

export interface AtomicWriteOptions {
  /** Refuse to write more than this many bytes (so nothing is saved that could not be opened again). */
  maxBytes?: number;
  /** File mode (e.g. 0o600 for secrets); without it an existing file keeps its own mode. */
  mode?: number;
  /** Test seam: the file system to use. */
  fs?: WriteFileSystem;
  /** Test seam: runs after the temp file is created and before any data is written. */
  tmpfileCreated?: (tmpfile: string) => void | Promise<void>;
}

/** Temp files are `.<name>.sspr-preview-<pid>-<random>.tmp`, so start-up cleaning removes only this app's own. */
export const TEMP_FILE_PATTERN = /^\..+\.sspr-preview-\d+-[0-9a-f]{12}\.tmp$/;

export function tempPathFor(filePath: string): string {
  const name = `.${path.basename(filePath)}.sspr-preview-${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  return path.join(path.dirname(filePath), name);
}

const RENAME_RETRIES = 5;
const RENAME_RETRY_MS = 100;

export async function writeFileAtomically(
  filePath: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? fsPromises;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  if (options.maxBytes !== undefined && bytes.length > options.maxBytes) {
    throw new FileWriteError('tooLarge', filePath, null, `${bytes.length} bytes; at most ${options.maxBytes}`);
  }
  const target = await resolveTarget(fs, filePath);
  const tempPath = tempPathFor(target.path);
  let created = false;
  try {
    const handle = await fs.open(tempPath, 'wx', options.mode ?? target.mode ?? 0o666);
    created = true;
    try {
      await options.tmpfileCreated?.(tempPath);
      await writeEveryByte(handle, bytes, filePath);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await verify(fs, tempPath, bytes, filePath);
    await renameWithRetry(fs, tempPath, target.path);
    created = false;
    await syncFolder(fs, path.dirname(target.path));
  } catch (error) {
    if (created) await fs.unlink(tempPath).catch(() => undefined);
    throw toWriteError(error, filePath);
  }
}

/** Follows a symlink to the real file (so the link survives) and keeps an existing file's mode; refuses folders. */
async function resolveTarget(fs: WriteFileSystem, filePath: string): Promise<{ path: string; mode?: number }> {
  let real = filePath;
  try {
    real = await fs.realpath(filePath);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw toWriteError(error, filePath);
    return { path: filePath };
  }
  const info = await fs.stat(real).catch((error: unknown) => {
    throw toWriteError(error, filePath);
  });
  if (info.isDirectory()) throw new FileWriteError('isFolder', filePath, 'EISDIR');
  return { path: real, mode: info.mode & 0o7777 };
}

type WriteHandle = Pick<fsPromises.FileHandle, 'write'>;

/** fs.write may store fewer bytes than asked (a nearly full disk, a network drive): continue until all are in. */
export async function writeEveryByte(handle: WriteHandle, bytes: Buffer, filePath: string): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, offset);
    if (!Number.isInteger(bytesWritten) || bytesWritten <= 0 || bytesWritten > bytes.length - offset) {
      throw new FileWriteError('incomplete', filePath, null, `${offset} of ${bytes.length} bytes stored`);
    }
    offset += bytesWritten;
  }
}

/** Reads the temp file back: same size and the same bytes, or the target is not touched. */
async function verify(fs: WriteFileSystem, tempPath: string, bytes: Buffer, filePath: string): Promise<void> {
  const info = await fs.stat(tempPath);
  if (info.size !== bytes.length) {
    throw new FileWriteError('incomplete', filePath, null, `${info.size} of ${bytes.length} bytes stored`);
  }
  const stored = await fs.readFile(tempPath);
  if (!bytes.equals(stored)) throw new FileWriteError('incomplete', filePath, null, 'the stored bytes differ');
}

/** Windows refuses a rename for a moment while a virus scanner or indexer holds the target open. */
async function renameWithRetry(fs: WriteFileSystem, from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const transient = process.platform === 'win32' && ['EPERM', 'EACCES', 'EBUSY'].includes(errorCode(error) ?? '');
      if (!transient || attempt >= RENAME_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, RENAME_RETRY_MS * attempt));
    }
  }
}

/** Makes the rename itself durable (POSIX); Windows cannot open a folder for flushing, and needs no such step. */
async function syncFolder(fs: WriteFileSystem, folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The data is renamed into place already; some file systems refuse to flush a folder.
  }
}
