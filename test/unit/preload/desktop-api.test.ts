import { describe, expect, it, vi } from 'vitest';
import { createDesktopApi, type IpcTransport } from '../../../preload/desktop-api';
import { REQUEST_CHANNELS } from '../../../preload/contract';

type Listener = (event: unknown, payload: unknown) => void;

function fakeTransport() {
  const listeners = new Map<string, Set<Listener>>();
  const transport: IpcTransport & { emit(channel: string, payload: unknown): void; count(channel: string): number } = {
    invoke: vi.fn(async (channel: string, arg: unknown) => ({ channel, arg })),
    on: vi.fn((channel: string, listener: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => listeners.get(channel)?.delete(listener)),
    emit(channel, payload) {
      const event = { sender: { send: () => 'ipcRenderer' }, ports: [] };
      for (const listener of listeners.get(channel) ?? []) listener(event, payload);
    },
    count: (channel) => listeners.get(channel)?.size ?? 0,
  };
  return transport;
}

describe('desktop SsprApi', () => {
  it('is the desktop edition and exposes exactly edition, invoke and onMenuCommand', () => {
    const api = createDesktopApi(fakeTransport());
    expect(api.edition).toBe('desktop');
    expect(Object.keys(api).sort()).toEqual(['edition', 'invoke', 'onMenuCommand']);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards every allow-listed channel with its argument', async () => {
    const transport = fakeTransport();
    const api = createDesktopApi(transport);
    for (const channel of REQUEST_CHANNELS) {
      await expect(api.invoke(channel, { probe: channel } as never)).resolves.toEqual({
        channel,
        arg: { probe: channel },
      });
    }
    expect(transport.invoke).toHaveBeenCalledTimes(REQUEST_CHANNELS.length);
  });

  it.each([
    'menu:command',
    'ELECTRON_BROWSER_REQUIRE',
    'scenario:open ',
    'Scenario:Open',
    '__proto__',
    'constructor',
    '',
  ])('refuses the unknown channel %j without touching IPC', async (channel) => {
    const transport = fakeTransport();
    const api = createDesktopApi(transport);
    await expect(api.invoke(channel as never, undefined as never)).rejects.toThrow(/Unknown channel/);
    expect(transport.invoke).not.toHaveBeenCalled();
  });

  it('refuses non-string channel names', async () => {
    const transport = fakeTransport();
    const api = createDesktopApi(transport);
    await expect(api.invoke({ toString: () => 'scenario:open' } as never, undefined as never)).rejects.toThrow(
      /Unknown channel/,
    );
    expect(transport.invoke).not.toHaveBeenCalled();
  });

  it('delivers menu commands without the IPC event and unsubscribes once', () => {
    const transport = fakeTransport();
    const api = createDesktopApi(transport);
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    transport.emit('menu:command', { command: 'file.save' });
    transport.emit('menu:command', { command: 'file.openRecent', detail: { path: '/docs/a.json', extra: 'dropped' } });
    transport.emit('menu:command', 'file.new');
    expect(listener.mock.calls).toEqual([
      ['file.save', undefined],
      ['file.openRecent', { path: '/docs/a.json' }],
    ]);
    unsubscribe();
    unsubscribe();
    expect(transport.removeListener).toHaveBeenCalledTimes(1);
    expect(transport.count('menu:command')).toBe(0);
    transport.emit('menu:command', { command: 'file.save' });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('rejects a listener that is not a function', () => {
    const api = createDesktopApi(fakeTransport());
    expect(() => api.onMenuCommand('alert(1)' as never)).toThrow(TypeError);
  });
});
