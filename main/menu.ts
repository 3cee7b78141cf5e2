// The application menu. Items that change the document are sent to the renderer as menu commands; the renderer owns
// the scenario, its undo history and the unsaved-changes state.
import type { MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import type { MenuCommand, MenuCommandDetail } from '../preload/contract';
import { SPEC_SOURCES } from './security/external-links';

export interface MenuContext {
  isMac: boolean;
  isPackaged: boolean;
  recentFiles: readonly string[];
  send(command: MenuCommand, detail?: MenuCommandDetail): void;
  openDoc(url: string): void;
  clearRecent(): void;
}

export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => context.send(name),
  });

  const recentItems: MenuItemConstructorOptions[] = context.recentFiles.length
    ? [
        ...context.recentFiles.map((filePath, index) => ({
          // "&1 name" gives keyboard access on Windows; the tooltip-less menu shows the folder after the name.
          label: `${index < 9 ? `&${index + 1} ` : ''}${path.basename(filePath)} — ${path.dirname(filePath)}`,
          click: () => context.send('file.openRecent', { path: filePath }),
        })),
        { type: 'separator' as const },
        { label: 'Clear Recently Opened', click: () => context.clearRecent() },
      ]
    : [{ label: 'No recent files', enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('&New', 'file.new', 'CmdOrCtrl+N'),
      command('&Open…', 'file.open', 'CmdOrCtrl+O'),
      { label: 'Open &Recent', submenu: recentItems },
      command('Open &device diagnostics…', 'file.openDiagnostics', 'CmdOrCtrl+Shift+O'),
      { type: 'separator' },
      command('&Save', 'file.save', 'CmdOrCtrl+S'),
      command('Save &As…', 'file.saveAs', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      {
        label: '&Export',
        submenu: [
          command('&Registry file (.reg)…', 'export.reg'),
          command('&Intune profile (Graph JSON)…', 'export.intuneJson'),
          command('&HTML report…', 'export.htmlReport', 'CmdOrCtrl+Shift+E'),
          command('&PNG of the screen…', 'export.png', 'CmdOrCtrl+Shift+P'),
        ],
      },
      ...(context.isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: 'E&xit' }]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      command('&Undo', 'edit.undo', 'CmdOrCtrl+Z'),
      command('&Redo', 'edit.redo', context.isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('Windows 1&0 look', 'view.windows10', 'CmdOrCtrl+1'),
      command('Windows 1&1 look', 'view.windows11', 'CmdOrCtrl+2'),
      command('&Trainer mode', 'view.trainer', 'F5'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(context.isPackaged ? [] : [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }]),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      {
        label: '&Spec sources',
        submenu: [
          ...SPEC_SOURCES.map((source) => ({ label: source.label, click: () => context.openDoc(source.url) })),
          { type: 'separator' as const },
          command('Show sources of the current verdict', 'help.sources'),
        ],
      },
      { type: 'separator' },
      command('&About SSPR Preview', 'help.about'),
    ],
  };

  const macApp: MenuItemConstructorOptions[] = context.isMac ? [{ role: 'appMenu' }] : [];
  return [...macApp, file, edit, view, ...(context.isMac ? [{ role: 'windowMenu' as const }] : []), help];
}
