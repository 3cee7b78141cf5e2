// Atomic writes: data goes to a temp file in the same folder, is fsync'ed, then renamed over the target.
// A failure at any point leaves the previous file exactly as it was.
import writeFileAtomic from 'write-file-atomic';

export interface AtomicWriteOptions {
  /** Test seam: runs after the temp file is created and before data is written (write-file-atomic's own hook). */
  tmpfileCreated?: (tmpfile: string) => void | Promise<void>;
}

export async function writeFileAtomically(
  filePath: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  await writeFileAtomic(filePath, typeof data === 'string' ? data : Buffer.from(data), {
    encoding: 'utf8',
    fsync: true,
    tmpfileCreated: options.tmpfileCreated,
  });
}
