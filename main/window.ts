// The one application window: isolated, sandboxed renderer loaded from app://, guarded against leaving it.
import { BrowserWindow } from 'electron';
import path from 'node:path';
import { APP_ENTRY_URL } from './security/app-origin';
import { guardWebContents } from './security/web-contents-guards';

export interface MainWindowOptions {
  /** Folder holding dist/preload/preload.cjs (dist/ at run time). */
  distDir: string;
  title: string;
}

export function preloadPathFor(distDir: string): string {
  return path.join(distDir, 'preload', 'preload.cjs');
}

export function createMainWindow({ distDir, title }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 640,
    title,
    show: false,
    backgroundColor: '#f5f5f5',
    // Security-relevant settings spelled out (even Electron's defaults) as a literal, so reviews and scanners see them.
    webPreferences: {
      preload: preloadPathFor(distDir),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click would otherwise open links in new windows without going through the window-open handler.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  });
  guardWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
