// Dropped or picked files (browser File objects) → readings. The size is checked before a byte is read; the bytes go
// to the simulator's pure readers. Shared by drag-and-drop (both editions) and the browser edition's open command.
import { readDiagnosticFile, rejectOversized, type FileReading } from '../../../simulator/diagnostics/index';

/** More files than one device's collection folder holds: the rest are refused, named one by one. */
export const MAX_DROPPED_FILES = 20;

export async function readDiagnosticFiles(files: readonly File[]): Promise<FileReading[]> {
  const readings: FileReading[] = [];
  for (const [index, file] of files.entries()) {
    if (index >= MAX_DROPPED_FILES) {
      readings.push({
        file: file.name,
        status: 'rejected',
        reason: 'tooMany',
        message: `${file.name}: at most ${MAX_DROPPED_FILES} files are read at once.`,
        params: { max: MAX_DROPPED_FILES },
      });
      continue;
    }
    const oversized = rejectOversized(file.name, file.size);
    if (oversized) {
      readings.push(oversized);
      continue;
    }
    try {
      readings.push(readDiagnosticFile(new Uint8Array(await file.arrayBuffer()), file.name));
    } catch {
      readings.push({
        file: file.name,
        status: 'rejected',
        reason: 'unreadable',
        message: `${file.name} could not be read.`,
      });
    }
  }
  return readings;
}

/** The browser edition's "Open device diagnostics…": a multi-file picker. Resolves to null when cancelled. */
export function pickDiagnosticFiles(): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = '.txt,.log,.reg,.xml,.inf,text/plain,text/xml,application/xml';
    input.style.display = 'none';
    input.dataset.testid = 'diagnostics-file-input';
    const finish = () => input.remove();
    input.addEventListener('cancel', () => {
      finish();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const files = input.files ? [...input.files] : [];
      finish();
      resolve(files.length > 0 ? files : null);
    });
    document.body.append(input);
    input.click();
  });
}
