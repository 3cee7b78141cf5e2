// The browser edition's API without a DOM: localStorage and the window's key events are stubbed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_KEY, DesktopOnlyError, createBrowserApi } from '../../../renderer/platform/browser-api';
import { DEFAULT_SCENARIO } from '../../../simulator/index';

class MemoryStorage {
  private values = new Map<string, string>();
  getItem(key: string) {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.values.set(key, String(value));
  }
  removeItem(key: string) {
    this.values.delete(key);
  }
}

function fakeWindow() {
  const listeners: ((event: KeyboardEvent) => void)[] = [];
  return {
    window: {
      addEventListener: (_: string, listener: (event: KeyboardEvent) => void) => listeners.push(listener),
    } as unknown as Window,
    press(init: Partial<KeyboardEvent>) {
      const event = {
        key: '',
        ctrlKey: false,
        metaKey: false,
        shiftKey: false,
        altKey: false,
        target: null,
        preventDefault: vi.fn(),
        ...init,
      };
      for (const listener of listeners) listener(event as KeyboardEvent);
      return event;
    },
  };
}

describe('browser edition API', () => {
  beforeEach(() => vi.stubGlobal('localStorage', new MemoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('says it is the browser edition', () => {
    expect(createBrowserApi(fakeWindow().window).edition).toBe('browser');
  });

  it('autosaves to localStorage and reads the record back', async () => {
    const api = createBrowserApi(fakeWindow().window);
    expect(await api.invoke('autosave:read', undefined)).toBeNull();
    const scenario = { ...DEFAULT_SCENARIO, name: 'Unsaved lab' };
    await api.invoke('autosave:write', { scenario, path: 'lab.json' });
    const record = await api.invoke('autosave:read', undefined);
    expect(record?.path).toBe('lab.json');
    expect(record?.scenario.name).toBe('Unsaved lab');
    expect(Number.isNaN(Date.parse(record!.savedAt))).toBe(false);
    await api.invoke('autosave:clear', undefined);
    expect(await api.invoke('autosave:read', undefined)).toBeNull();
  });

  it('ignores an autosave record that no longer validates', async () => {
    localStorage.setItem(
      AUTOSAVE_KEY,
      JSON.stringify({ savedAt: 'x', path: null, scenario: { device: { os: { build: 'new' } } } }),
    );
    expect(await createBrowserApi(fakeWindow().window).invoke('autosave:read', undefined)).toBeNull();
    localStorage.setItem(AUTOSAVE_KEY, '{not json');
    expect(await createBrowserApi(fakeWindow().window).invoke('autosave:read', undefined)).toBeNull();
  });

  it('rejects tenant channels: signing in needs the desktop app', async () => {
    const api = createBrowserApi(fakeWindow().window);
    await expect(api.invoke('tenant:status', undefined)).rejects.toBeInstanceOf(DesktopOnlyError);
  });

  it('turns shortcuts into menu commands only while someone listens', () => {
    const fake = fakeWindow();
    const api = createBrowserApi(fake.window);
    const unheard = fake.press({ key: 'z', ctrlKey: true });
    expect(unheard.preventDefault).not.toHaveBeenCalled();
    const received: string[] = [];
    const stop = api.onMenuCommand((command) => received.push(command));
    const heard = fake.press({ key: 'z', ctrlKey: true });
    fake.press({ key: 'F5' });
    fake.press({ key: 'q', ctrlKey: true });
    expect(received).toEqual(['edit.undo', 'view.trainer']);
    expect(heard.preventDefault).toHaveBeenCalled();
    stop();
    fake.press({ key: 'z', ctrlKey: true });
    expect(received).toHaveLength(2);
  });

  it('opens only allow-listed https documentation', async () => {
    const open = vi.fn();
    vi.stubGlobal('window', { open });
    const api = createBrowserApi(fakeWindow().window);
    expect(
      await api.invoke('shell:openDoc', {
        url: 'https://learn.microsoft.com/entra/identity/authentication/howto-sspr-windows',
      }),
    ).toBe(true);
    expect(await api.invoke('shell:openDoc', { url: 'http://learn.microsoft.com/x' })).toBe(false);
    expect(await api.invoke('shell:openDoc', { url: 'https://learn.microsoft.com.evil.example/x' })).toBe(false);
    expect(await api.invoke('shell:openDoc', { url: 'javascript:alert(1)' })).toBe(false);
    expect(open).toHaveBeenCalledTimes(1);
  });
});
