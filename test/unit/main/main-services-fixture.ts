// Real stores in a temporary user-data folder (removed after each test), wired like main.ts wires them, around a
// fake window.
import path from 'node:path';
import { vi } from 'vitest';
import { DocumentState } from '../../../main/document-state';
import { AutosaveStore } from '../../../main/files/autosave-store';
import { RecentFiles } from '../../../main/files/recent-files';
import { UserDataHealth } from '../../../main/files/storage-status';
import type { MenuLanguage } from '../../../main/menu-text';
import type { MainServices } from '../../../main/services';
import { FakeBrowserWindow } from './electron-fake';
import { tempDirs } from './temp-dirs';

const makeTempDir = tempDirs();

export interface ServicesFixture {
  services: MainServices;
  window: FakeBrowserWindow;
  dir: string;
  closeWithoutPrompt: ReturnType<typeof vi.fn>;
}

export async function createServicesFixture(): Promise<ServicesFixture> {
  const dir = makeTempDir('sspr-main-');
  const window = new FakeBrowserWindow({});
  const storage = new UserDataHealth();
  const autosave = new AutosaveStore(path.join(dir), undefined, storage);
  await autosave.begin();
  const closeWithoutPrompt = vi.fn();
  // Like main.ts: the language the page last reported (window:state) is the menu's and the system dialogs'.
  let language: MenuLanguage = 'en-US';
  const services: MainServices = {
    getWindow: () => window as never,
    document: new DocumentState(),
    recent: new RecentFiles(path.join(dir, 'recent-files.json'), storage),
    writeFolders: new RecentFiles(path.join(dir, 'write-folders.json')),
    autosave,
    storage,
    refreshMenu: vi.fn(async () => undefined),
    setMenuLanguage: async (next) => {
      language = next;
    },
    language: () => language,
    sendMenuCommand: (command, detail) => window.webContents.send('menu:command', { command, detail }),
    closeWithoutPrompt,
    appVersion: '0.1.0-test',
    documentsDir: dir,
  };
  return { services, window, dir, closeWithoutPrompt };
}
