// Electron main process entry: secure defaults first, then the window, the IPC handlers and the menu.
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import path from 'node:path';
import type { MenuCommand, MenuCommandDetail } from '../preload/contract';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { installCloseGuard } from './close-guard';
import { DocumentState, PRODUCT_NAME } from './document-state';
import { AutosaveStore } from './files/autosave-store';
import { removeOrphanedTempFiles } from './files/orphan-temp-files';
import { RecentFiles } from './files/recent-files';
import { UserDataHealth } from './files/storage-status';
import { prepareUserDataFolders } from './files/user-data-folder';
import { appHandlers } from './ipc/app-handlers';
import { applyWindowState, documentHandlers } from './ipc/document-handlers';
import { exportHandlers } from './ipc/export-handlers';
import { registerHandlerGroup, trustSenders } from './ipc/registry';
import { diagnosticsHandlers } from './ipc/diagnostics-handlers';
import { createSenderCheck } from './ipc/sender-check';
import { buildMenuTemplate } from './menu';
import type { MenuLanguage } from './menu-text';
import { openDocUrl } from './security/external-links';
import { blockRemoteRequests, denyAllPermissions, guardAllWebContents } from './security/web-contents-guards';
import type { MainServices } from './services';
import { createDesktopTenantService, tenantHandlers } from './tenant/handlers';
import { createMainWindow } from './window';

/** dist/main/main.cjs → dist/ */
const DIST_DIR = path.resolve(__dirname, '..');

// Before 'ready': the privileged scheme and sandboxing of every renderer.
registerAppScheme();
app.enableSandbox();
guardAllWebContents(app);

// A read-only or full user-data folder must not stop the start (nor the single-instance lock, which lives there).
const userDataFolders = prepareUserDataFolders(app.getPath('userData'));
if (userDataFolders.profileDir !== userDataFolders.storesDir) app.setPath('userData', userDataFolders.profileDir);
app.on('quit', () => userDataFolders.cleanUp());

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('SSPR Preview could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

async function start(): Promise<void> {
  serveAppProtocol(path.join(DIST_DIR, 'renderer'));
  denyAllPermissions(session.defaultSession);
  blockRemoteRequests(session.defaultSession);

  const userData = userDataFolders.storesDir;
  const storage = new UserDataHealth();
  if (userDataFolders.problem) storage.failed('sessionMarker', userDataFolders.problem);
  const autosave = new AutosaveStore(userData, undefined, storage);
  await autosave.begin();
  app.on('will-quit', () => autosave.markCleanExit());
  const recent = new RecentFiles(path.join(userData, 'recent-files.json'), storage);
  const writeFolders = new RecentFiles(path.join(userData, 'write-folders.json'));

  let window: BrowserWindow | null = null;
  let closeGuard: { allowClose(): void } | null = null;
  // The menu speaks the app's language once the renderer reports it (window:state).
  let menuLanguage: MenuLanguage = 'en-US';
  const services: MainServices = {
    getWindow: () => window,
    document: new DocumentState(),
    recent,
    writeFolders,
    autosave,
    storage,
    refreshMenu: async () => setMenu(await services.recent.list()),
    setMenuLanguage: async (language) => {
      if (language === menuLanguage) return;
      menuLanguage = language;
      await services.refreshMenu();
    },
    language: () => menuLanguage,
    sendMenuCommand: (command: MenuCommand, detail?: MenuCommandDetail) => {
      if (window && !window.isDestroyed()) window.webContents.send('menu:command', { command, detail });
    },
    closeWithoutPrompt: () => {
      closeGuard?.allowClose();
      window?.close();
    },
    appVersion: app.getVersion(),
    documentsDir: app.getPath('documents'),
  };

  const setMenu = (recentFiles: readonly string[]) => {
    const template = buildMenuTemplate({
      isMac: process.platform === 'darwin',
      isPackaged: app.isPackaged,
      recentFiles,
      send: services.sendMenuCommand,
      openDoc: (url) => void openDocUrl(url),
      clearRecent: () => void services.recent.clear().then(() => services.refreshMenu()),
      language: menuLanguage,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  trustSenders(createSenderCheck(() => window));
  registerHandlerGroup(documentHandlers(services));
  registerHandlerGroup(appHandlers(services));
  registerHandlerGroup(exportHandlers(services));
  registerHandlerGroup(diagnosticsHandlers(services));
  registerHandlerGroup(tenantHandlers(createDesktopTenantService()));
  await services.refreshMenu();
  // Temp files of saves that a crash interrupted: here, and in the folders this app saved documents and exports to.
  void removeOrphanedTempFiles([
    userData,
    path.join(userData, 'tenant'),
    path.join(userData, 'tenant', 'snapshots'),
    ...(await recent.list()).map((file) => path.dirname(file)),
    ...(await writeFolders.list()),
  ]);

  const openWindow = () => {
    window = createMainWindow({ distDir: DIST_DIR, title: PRODUCT_NAME });
    closeGuard = installCloseGuard(window, services);
    applyWindowState(window, services);
    reloadAfterRendererCrash(window, autosave);
    window.on('closed', () => {
      window = null;
      closeGuard = null;
    });
  };
  openWindow();

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('activate', () => {
    if (!window) openWindow();
  });
}

app.on('window-all-closed', () => app.quit());

/** A crashed page is reloaded (a few times at most) and offered its autosave, instead of leaving a blank window. */
function reloadAfterRendererCrash(window: BrowserWindow, autosave: AutosaveStore, maxReloads = 3): void {
  let reloads = 0;
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || reloads >= maxReloads || window.isDestroyed()) return;
    reloads += 1;
    autosave.markRecoverable();
    window.webContents.reload();
  });
}
