import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

import { buildMenuTemplate, type MenuContext } from '../../../main/menu';
import { SPEC_SOURCES } from '../../../main/security/external-links';

function context(overrides: Partial<MenuContext> = {}): MenuContext {
  return {
    isMac: false,
    isPackaged: true,
    recentFiles: [],
    send: vi.fn(),
    openDoc: vi.fn(),
    clearRecent: vi.fn(),
    ...overrides,
  };
}

/** Flattens the template into "Menu > Item" paths. */
function items(
  template: MenuItemConstructorOptions[],
  trail = '',
): Array<{ path: string; item: MenuItemConstructorOptions }> {
  return template.flatMap((item) => {
    const label = (item.label ?? item.role ?? '').replace(/&/g, '');
    const here = trail ? `${trail} > ${label}` : label;
    const children = Array.isArray(item.submenu) ? items(item.submenu, here) : [];
    return [{ path: here, item }, ...children];
  });
}

function find(template: MenuItemConstructorOptions[], path: string): MenuItemConstructorOptions {
  const hit = items(template).find((entry) => entry.path === path);
  if (!hit)
    throw new Error(
      `No menu item ${path}; have ${items(template)
        .map((entry) => entry.path)
        .join(', ')}`,
    );
  return hit.item;
}

const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('application menu', () => {
  it.each([
    ['File > New', 'file.new', 'CmdOrCtrl+N'],
    ['File > Open…', 'file.open', 'CmdOrCtrl+O'],
    ['File > Save', 'file.save', 'CmdOrCtrl+S'],
    ['File > Save As…', 'file.saveAs', 'CmdOrCtrl+Shift+S'],
    ['File > Export > Registry file (.reg)…', 'export.reg', undefined],
    ['File > Export > Intune profile (Graph JSON)…', 'export.intuneJson', undefined],
    ['File > Export > HTML report…', 'export.htmlReport', 'CmdOrCtrl+Shift+E'],
    ['File > Export > PNG of the screen…', 'export.png', 'CmdOrCtrl+Shift+P'],
    ['Edit > Undo', 'edit.undo', 'CmdOrCtrl+Z'],
    ['Edit > Redo', 'edit.redo', 'Ctrl+Y'],
    ['View > Windows 10 look', 'view.windows10', 'CmdOrCtrl+1'],
    ['View > Windows 11 look', 'view.windows11', 'CmdOrCtrl+2'],
    ['View > Trainer mode', 'view.trainer', 'F5'],
    ['Help > About SSPR Preview', 'help.about', undefined],
  ])('%s sends %s (%s)', (path, command, accelerator) => {
    const ctx = context();
    const item = find(buildMenuTemplate(ctx), path);
    expect(item.accelerator).toBe(accelerator);
    click(item);
    expect(ctx.send).toHaveBeenCalledWith(command);
  });

  it('uses Cmd+Shift+Z for redo on macOS and adds the app and window menus', () => {
    const template = buildMenuTemplate(context({ isMac: true }));
    expect(find(template, 'Edit > Redo').accelerator).toBe('Cmd+Shift+Z');
    expect(template[0].role).toBe('appMenu');
    expect(template.some((item) => item.role === 'windowMenu')).toBe(true);
    expect(items(template).some((entry) => entry.item.role === 'quit')).toBe(false);
  });

  it('keeps cut/copy/paste and zoom as native roles', () => {
    const roles = items(buildMenuTemplate(context()))
      .map((entry) => entry.item.role)
      .filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'quit']),
    );
  });

  it('offers developer tools only when not packaged', () => {
    const hasDevTools = (isPackaged: boolean) =>
      items(buildMenuTemplate(context({ isPackaged }))).some((entry) => entry.item.role === 'toggleDevTools');
    expect(hasDevTools(true)).toBe(false);
    expect(hasDevTools(false)).toBe(true);
  });

  it('lists recent files, sends the picked path, and can clear the list', () => {
    const ctx = context({ recentFiles: ['/docs/pilot.json', '/docs/rdp.json'] });
    const template = buildMenuTemplate(ctx);
    const recent = (find(template, 'File > Open Recent').submenu as MenuItemConstructorOptions[]).filter(
      (item) => item.type !== 'separator',
    );
    expect(recent.map((item) => item.label)).toEqual([
      '&1 pilot.json — /docs',
      '&2 rdp.json — /docs',
      'Clear Recently Opened',
    ]);
    click(recent[1]);
    expect(ctx.send).toHaveBeenCalledWith('file.openRecent', { path: '/docs/rdp.json' });
    click(recent[2]);
    expect(ctx.clearRecent).toHaveBeenCalled();
  });

  it('shows a disabled placeholder when there are no recent files', () => {
    const [only] = find(buildMenuTemplate(context()), 'File > Open Recent').submenu as MenuItemConstructorOptions[];
    expect(only).toMatchObject({ label: 'No recent files', enabled: false });
  });

  it('opens each spec source through the documentation allow-list', () => {
    const ctx = context();
    const sources = find(buildMenuTemplate(ctx), 'Help > Spec sources').submenu as MenuItemConstructorOptions[];
    for (const source of SPEC_SOURCES) {
      const item = sources.find((entry) => entry.label === source.label);
      expect(item, source.label).toBeDefined();
      click(item!);
    }
    expect((ctx.openDoc as ReturnType<typeof vi.fn>).mock.calls.map(([url]) => url)).toEqual(
      SPEC_SOURCES.map((source) => source.url),
    );
  });
});
