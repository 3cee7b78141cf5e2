// Everything the IPC handlers, the menu and the close guard share, created once in main.ts.
import type { BrowserWindow } from 'electron';
import type { MenuCommand, MenuCommandDetail } from '../preload/contract';
import type { DocumentState } from './document-state';
import type { MenuLanguage } from './menu-text';
import type { AutosaveStore } from './files/autosave-store';
import type { RecentFiles } from './files/recent-files';
import type { UserDataHealth } from './files/storage-status';

export interface MainServices {
  getWindow(): BrowserWindow | null;
  document: DocumentState;
  recent: RecentFiles;
  /**
   * The last folders this app wrote a scenario or an export to, noted before each write: a crash mid-write leaves a
   * temp file there, which the next start removes (absent in test fixtures that do not check that).
   */
  writeFolders?: RecentFiles;
  autosave: AutosaveStore;
  /** Failures of the user-data stores, for the "changes are not kept" banner. */
  storage: UserDataHealth;
  /** Re-reads the recent list into the menu. */
  refreshMenu(): Promise<void>;
  /** Rebuild the menu in the app language the renderer reports (absent in test fixtures that need no menu). */
  setMenuLanguage?(language: MenuLanguage): Promise<void>;
  /** The app's language as the renderer last reported it: the menu's and the system dialogs' words. */
  language?(): MenuLanguage;
  sendMenuCommand(command: MenuCommand, detail?: MenuCommandDetail): void;
  /** Closes the window without the unsaved-changes prompt. */
  closeWithoutPrompt(): void;
  appVersion: string;
  documentsDir: string;
}
