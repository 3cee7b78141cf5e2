// The desktop menu speaks the app language the renderer reports; both languages word every item, with access keys.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

import { buildMenuTemplate, type MenuContext } from '../../../main/menu';
import { MENU_TEXT } from '../../../main/menu-text';

function context(language?: MenuContext['language']): MenuContext {
  return {
    isMac: false,
    isPackaged: true,
    recentFiles: [],
    send: vi.fn(),
    openDoc: vi.fn(),
    clearRecent: vi.fn(),
    language,
  };
}

function labels(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((item) => [
    ...(item.label ? [item.label] : []),
    ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
  ]);
}

describe('menu language', () => {
  it('is English until the renderer reports a language, and Dutch when it reports nl-NL', () => {
    const english = labels(buildMenuTemplate(context()));
    const dutch = labels(buildMenuTemplate(context('nl-NL')));
    expect(english).toContain('&File');
    expect(dutch).toContain('&Bestand');
    expect(dutch).toContain('Opslaan &als…');
    expect(dutch).toContain('Geen recente bestanden');
    expect(dutch).not.toContain('&File');
    expect(english.length).toBe(dutch.length);
  });

  it('words every item in both languages, each top-level menu with an access key', () => {
    const keys = Object.keys(MENU_TEXT['en-US']);
    expect(Object.keys(MENU_TEXT['nl-NL'])).toEqual(keys);
    for (const language of ['en-US', 'nl-NL'] as const) {
      for (const key of ['file', 'edit', 'view', 'help'] as const) expect(MENU_TEXT[language][key]).toMatch(/&\w/);
    }
    const same = keys.filter((key) => MENU_TEXT['nl-NL'][key as 'file'] === MENU_TEXT['en-US'][key as 'file']);
    expect(same).toEqual(['help']); // "Help" is Microsoft's Dutch word too
  });
});
