// The application menu. Items that change the document are sent to the renderer as menu commands; the renderer owns
// the scenario, its undo history and the unsaved-changes state.
import type { MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import type { MenuCommand, MenuCommandDetail } from '../preload/contract';
import { MENU_TEXT, type MenuLanguage } from './menu-text';
import { SPEC_SOURCES } from './security/external-links';

export interface MenuContext {
  isMac: boolean;
  isPackaged: boolean;
  recentFiles: readonly string[];
  send(command: MenuCommand, detail?: MenuCommandDetail): void;
  openDoc(url: string): void;
  clearRecent(): void;
  /** The app language the renderer reported (English until it does). */
  language?: MenuLanguage;
}

export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const text = MENU_TEXT[context.language ?? 'en-US'];
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
        { label: text.clearRecent, click: () => context.clearRecent() },
      ]
    : [{ label: text.noRecent, enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: text.file,
    submenu: [
      command(text.new, 'file.new', 'CmdOrCtrl+N'),
      command(text.open, 'file.open', 'CmdOrCtrl+O'),
      { label: text.openRecent, submenu: recentItems },
      command(text.openDiagnostics, 'file.openDiagnostics', 'CmdOrCtrl+Shift+O'),
      { type: 'separator' },
      command(text.save, 'file.save', 'CmdOrCtrl+S'),
      command(text.saveAs, 'file.saveAs', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      {
        label: text.export,
        submenu: [
          command(text.exportReg, 'export.reg'),
          command(text.exportIntune, 'export.intuneJson'),
          command(text.exportHtml, 'export.htmlReport', 'CmdOrCtrl+Shift+E'),
          command(text.exportPng, 'export.png', 'CmdOrCtrl+Shift+P'),
        ],
      },
      ...(context.isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: text.exit }]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: text.edit,
    submenu: [
      command(text.undo, 'edit.undo', 'CmdOrCtrl+Z'),
      command(text.redo, 'edit.redo', context.isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: text.view,
    submenu: [
      command(text.windows10, 'view.windows10', 'CmdOrCtrl+1'),
      command(text.windows11, 'view.windows11', 'CmdOrCtrl+2'),
      command(text.trainer, 'view.trainer', 'F5'),
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
    label: text.help,
    submenu: [
      {
        label: text.sources,
        submenu: [
          ...SPEC_SOURCES.map((source) => ({ label: source.label, click: () => context.openDoc(source.url) })),
          { type: 'separator' as const },
          command(text.verdictSources, 'help.sources'),
        ],
      },
      { type: 'separator' },
      command(text.about, 'help.about'),
    ],
  };

  const macApp: MenuItemConstructorOptions[] = context.isMac ? [{ role: 'appMenu' }] : [];
  return [...macApp, file, edit, view, ...(context.isMac ? [{ role: 'windowMenu' as const }] : []), help];
}
