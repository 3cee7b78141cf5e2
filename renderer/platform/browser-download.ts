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

/** Opens the browser's file picker; resolves null when the user cancels. */
/**
 * Lets the person pick one file and reads at most `maxBytes + 1` of it, so a huge file is refused by size without
 * being read whole. `size` is the file's real size.
 */
export function pickFileBytes(
  accept: string,
  maxBytes: number,
): Promise<{ name: string; bytes: Uint8Array; size: number } | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.dataset.testid = 'file-input';
    const finish = () => input.remove();
    input.addEventListener('cancel', () => {
      finish();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      finish();
      if (!file) return resolve(null);
      file
        .slice(0, maxBytes + 1)
        .arrayBuffer()
        .then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer), size: file.size }), reject);
    });
    document.body.append(input);
    input.click();
  });
}

export function pickTextFile(accept: string): Promise<{ name: string; text: string } | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.dataset.testid = 'file-input';
    const finish = () => input.remove();
    input.addEventListener('cancel', () => {
      finish();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      finish();
      if (!file) return resolve(null);
      file.text().then((text) => resolve({ name: file.name, text }), reject);
    });
    document.body.append(input);
    input.click();
  });
}
