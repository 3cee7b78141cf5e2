// diagnostics:open — File › Open device diagnostics…: a native multi-file dialog, then each picked file is measured
// before it is read (an oversized one is refused unread) and its bytes go to the simulator's pure readers. Parsing
// happens there, never here.
import { dialog } from 'electron';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { DiagnosticsOpenResult } from '../../preload/contract';
import { readDiagnosticFile, rejectOversized, type FileReading } from '../../simulator/diagnostics/index';
import { dialogText, type DialogText } from '../dialog-text';
import type { MainServices } from '../services';
import { defineHandler, type HandlerGroup } from './registry';
import { requestSchemas } from './schemas';

/** More files than one device's collection folder holds: the rest are refused, named one by one. */
export const MAX_DIAGNOSTIC_FILES = 20;

function diagnosticsFilters(text: DialogText) {
  return [
    { name: text.diagnosticsFiles, extensions: ['txt', 'log', 'reg', 'xml', 'inf'] },
    { name: text.allFiles, extensions: ['*'] },
  ];
}

/** Reads one file through a handle: the size is checked on that same handle, so it can't grow in between. */
export async function readDiagnosticPath(filePath: string): Promise<FileReading> {
  const name = path.basename(filePath);
  let handle;
  try {
    handle = await open(filePath, 'r');
    const stats = await handle.stat();
    if (!stats.isFile())
      return { file: name, status: 'rejected', reason: 'unreadable', message: `${name} is not a file.` };
    const oversized = rejectOversized(name, stats.size);
    if (oversized) return oversized;
    const bytes = new Uint8Array(stats.size);
    const { bytesRead } = await handle.read(bytes, 0, stats.size, 0);
    return readDiagnosticFile(bytes.subarray(0, bytesRead), name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'it could not be read';
    return { file: name, status: 'rejected', reason: 'unreadable', message: `${name}: ${reason}.` };
  } finally {
    await handle?.close();
  }
}

export async function readDiagnosticPaths(paths: readonly string[]): Promise<FileReading[]> {
  const readings: FileReading[] = [];
  for (const [index, filePath] of paths.entries()) {
    if (index >= MAX_DIAGNOSTIC_FILES) {
      const name = path.basename(filePath);
      readings.push({
        file: name,
        status: 'rejected',
        reason: 'tooMany',
        message: `${name}: at most ${MAX_DIAGNOSTIC_FILES} files are read at once.`,
        params: { max: MAX_DIAGNOSTIC_FILES },
      });
      continue;
    }
    readings.push(await readDiagnosticPath(filePath));
  }
  return readings;
}

async function openDiagnostics(services: MainServices): Promise<DiagnosticsOpenResult> {
  const window = services.getWindow();
  const text = dialogText(services.language?.());
  const options = {
    title: text.openDiagnostics,
    properties: ['openFile' as const, 'multiSelections' as const],
    filters: diagnosticsFilters(text),
  };
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  if (choice.canceled || choice.filePaths.length === 0) return { status: 'cancelled', readings: [] };
  return { status: 'opened', readings: await readDiagnosticPaths(choice.filePaths) };
}

export function diagnosticsHandlers(services: MainServices): HandlerGroup {
  return {
    name: 'diagnostics',
    handlers: [defineHandler('diagnostics:open', requestSchemas['diagnostics:open'], () => openDiagnostics(services))],
  };
}
