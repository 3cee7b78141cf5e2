// Real stores in a temporary user-data folder, wired like main.ts wires them, around a fake window.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { DocumentState } from '../../../main/document-state';
import { AutosaveStore } from '../../../main/files/autosave-store';
import { RecentFiles } from '../../../main/files/recent-files';
import type { MainServices } from '../../../main/services';
import { FakeBrowserWindow } from './electron-fake';

export interface ServicesFixture {
  services: MainServices;
  window: FakeBrowserWindow;
  dir: string;
  closeWithoutPrompt: ReturnType<typeof vi.fn>;
}

export async function createServicesFixture(): Promise<ServicesFixture> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sspr-main-'));
  const window = new FakeBrowserWindow({});
  const autosave = new AutosaveStore(path.join(dir));
  await autosave.begin();
  const closeWithoutPrompt = vi.fn();
  const services: MainServices = {
    getWindow: () => window as never,
    document: new DocumentState(),
    recent: new RecentFiles(path.join(dir, 'recent-files.json')),
    autosave,
    refreshMenu: vi.fn(async () => undefined),
    sendMenuCommand: (command, detail) => window.webContents.send('menu:command', { command, detail }),
    closeWithoutPrompt,
    appVersion: '0.1.0-test',
    documentsDir: dir,
  };
  return { services, window, dir, closeWithoutPrompt };
}
