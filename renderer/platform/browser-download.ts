// Browser edition file I/O: downloads for writes, a file input for reads.

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium starts the download synchronously; revoke on the next task so the URL is still valid for it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function downloadText(text: string, fileName: string, mimeType: string): void {
  downloadBlob(new Blob([text], { type: `${mimeType};charset=utf-8` }), fileName);
}

/** Opens the browser's file picker for one file; resolves null when the person cancels. */
function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.dataset.testid = 'file-input';
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('cancel', () => finish(null));
    input.addEventListener('change', () => finish(input.files?.[0] ?? null));
    document.body.append(input);
    input.click();
  });
}

/**
 * Lets the person pick one file and reads at most `maxBytes + 1` of it, so a huge file is refused by size without
 * being read whole. `size` is the file's real size.
 */
export async function pickFileBytes(
  accept: string,
  maxBytes: number,
): Promise<{ name: string; bytes: Uint8Array; size: number } | null> {
  const file = await pickFile(accept);
  if (!file) return null;
  const buffer = await file.slice(0, maxBytes + 1).arrayBuffer();
  return { name: file.name, bytes: new Uint8Array(buffer), size: file.size };
}

export async function pickTextFile(accept: string): Promise<{ name: string; text: string } | null> {
  const file = await pickFile(accept);
  return file ? { name: file.name, text: await file.text() } : null;
}
