// Electron main process entry: secure defaults first, then the window, the IPC handlers and the menu.
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import path from 'node:path';
import type { MenuCommand, MenuCommandDetail } from '../preload/contract';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { installCloseGuard } from './close-guard';
import { DocumentState, PRODUCT_NAME } from './document-state';
import { AutosaveStore } from './files/autosave-store';
import { RecentFiles } from './files/recent-files';
import { appHandlers } from './ipc/app-handlers';
import { applyWindowState, documentHandlers } from './ipc/document-handlers';
import { exportHandlers } from './ipc/export-handlers';
import { registerHandlerGroup, trustSenders } from './ipc/registry';
import { createSenderCheck } from './ipc/sender-check';
import { buildMenuTemplate } from './menu';
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

  const userData = app.getPath('userData');
  const autosave = new AutosaveStore(userData);
  await autosave.begin();
  app.on('will-quit', () => autosave.markCleanExit());

  let window: BrowserWindow | null = null;
  let closeGuard: { allowClose(): void } | null = null;
  const services: MainServices = {
    getWindow: () => window,
    document: new DocumentState(),
    recent: new RecentFiles(path.join(userData, 'recent-files.json')),
    autosave,
    refreshMenu: async () => setMenu(await services.recent.list()),
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
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  trustSenders(createSenderCheck(() => window));
  registerHandlerGroup(documentHandlers(services));
  registerHandlerGroup(appHandlers(services));
  registerHandlerGroup(exportHandlers(services));
  registerHandlerGroup(tenantHandlers(createDesktopTenantService()));
  await services.refreshMenu();

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
