// scenario:open / openRecent / save / recent and window:state: native dialogs, validated reads, atomic writes.
import { dialog, type BrowserWindow } from 'electron';
import path from 'node:path';
import type { OpenResult, SaveResult } from '../../preload/contract';
import { exportFileName, EXPORT_FORMATS } from '../../simulator/exports/index';
import type { Scenario } from '../../simulator/index';
import { readScenarioFile, writeScenarioFile } from '../files/scenario-file';
import { dialogText, type DialogText } from '../dialog-text';
import type { MainServices } from '../services';
import { defineHandler, type HandlerGroup } from './registry';
import { requestSchemas } from './schemas';

function scenarioFilters(text: DialogText) {
  return [
    { name: text.fileType.scenario, extensions: [EXPORT_FORMATS.scenario.extension] },
    { name: text.allFiles, extensions: ['*'] },
  ];
}

export function documentHandlers(services: MainServices): HandlerGroup {
  return {
    name: 'document',
    handlers: [
      defineHandler('scenario:open', requestSchemas['scenario:open'], () => openWithDialog(services)),
      defineHandler('scenario:openRecent', requestSchemas['scenario:openRecent'], ({ path: filePath }) =>
        openRecent(services, filePath),
      ),
      defineHandler('scenario:save', requestSchemas['scenario:save'], (arg) => save(services, arg)),
      defineHandler('scenario:recent', requestSchemas['scenario:recent'], () => services.recent.list()),
      defineHandler('window:state', requestSchemas['window:state'], ({ fileName, dirty, language }) => {
        services.document.update({ fileName, dirty });
        applyWindowState(services.getWindow(), services);
        if (language) void services.setMenuLanguage?.(language);
      }),
    ],
  };
}

async function openWithDialog(services: MainServices): Promise<OpenResult> {
  const window = services.getWindow();
  const text = dialogText(services.language?.());
  const options = { title: text.openScenario, properties: ['openFile' as const], filters: scenarioFilters(text) };
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  if (choice.canceled || choice.filePaths.length === 0) return { status: 'cancelled' };
  return openPath(services, choice.filePaths[0]);
}

async function openRecent(services: MainServices, filePath: string): Promise<OpenResult> {
  // Only paths main itself put on the list: the renderer can't make main read arbitrary files.
  if (!(await services.recent.has(filePath))) {
    return {
      status: 'invalid',
      path: filePath,
      problems: [
        {
          path: '(file)',
          expected: 'a file from File › Open Recent',
          expectedAs: { kind: 'file', need: 'recentFile' },
          found: filePath,
          foundAs: { kind: 'value', text: filePath },
          message: '(file): not on the recent files list',
        },
      ],
    };
  }
  const result = await openPath(services, filePath);
  if (result.status === 'invalid' && result.problems?.some((problem) => problem.expected === 'a readable file')) {
    await services.recent.remove(filePath);
    await services.refreshMenu();
  }
  return result;
}

async function openPath(services: MainServices, filePath: string): Promise<OpenResult> {
  const absolute = path.resolve(filePath);
  const read = await readScenarioFile(absolute);
  if (!read.ok) return { status: 'invalid', path: absolute, problems: read.problems, omitted: read.omitted };
  services.document.grant(absolute);
  await services.recent.add(absolute);
  await services.refreshMenu();
  return { status: 'opened', path: absolute, scenario: read.scenario };
}

async function save(
  services: MainServices,
  arg: { scenario: Scenario; path: string | null; saveAs: boolean },
): Promise<SaveResult> {
  const result = await saveScenario(services, arg);
  // A close that waited for this save either proceeds (saved) or is abandoned (cancelled/failed).
  if (services.document.closeAfterSave) {
    services.document.closeAfterSave = false;
    if (result.status === 'saved') {
      services.document.dirty = false;
      setImmediate(() => services.closeWithoutPrompt());
    }
  }
  return result;
}

async function saveScenario(
  services: MainServices,
  { scenario, path: currentPath, saveAs }: { scenario: Scenario; path: string | null; saveAs: boolean },
): Promise<SaveResult> {
  let target = !saveAs && currentPath && services.document.isGranted(currentPath) ? path.resolve(currentPath) : null;
  if (!target) {
    const window = services.getWindow();
    const defaultPath = currentPath
      ? path.resolve(currentPath)
      : path.join(services.documentsDir, exportFileName('scenario', scenario.name));
    const text = dialogText(services.language?.());
    const options = { title: text.saveScenario, defaultPath, filters: scenarioFilters(text) };
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
    target = path.resolve(choice.filePath);
  }
  await services.writeFolders?.add(path.dirname(target));
  const written = await writeScenarioFile(target, scenario);
  if (!written.ok) return { status: 'failed', path: target, error: written.error, reason: written.reason };
  services.document.grant(target);
  await services.recent.add(target);
  await services.autosave.clear();
  await services.refreshMenu();
  return { status: 'saved', path: target };
}

export function applyWindowState(window: BrowserWindow | null, services: MainServices): void {
  if (!window || window.isDestroyed()) return;
  window.setTitle(services.document.title());
  if (process.platform === 'darwin') window.setDocumentEdited(services.document.dirty);
}
