import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

import { FakeBrowserWindow, FakeWebContents, invokeAs, resetElectronFake } from './electron-fake';
import {
  defineHandler,
  handle,
  registerHandlerGroup,
  registeredChannelNames,
  removeAllHandlers,
  trustSenders,
} from '../../../main/ipc/registry';
import { createSenderCheck } from '../../../main/ipc/sender-check';

let window: FakeBrowserWindow;

beforeEach(() => {
  resetElectronFake();
  window = new FakeBrowserWindow({});
});
afterEach(() => removeAllHandlers());

const openDocSchema = z.strictObject({ url: z.string().max(2048) });

describe('typed IPC registry', () => {
  it('rejects every message until a sender check is installed (fails closed)', async () => {
    const handler = vi.fn(() => true);
    handle('shell:openDoc', openDocSchema, handler);
    await expect(invokeAs(window.webContents, 'shell:openDoc', { url: 'https://aka.ms/x' })).rejects.toThrow(
      /untrusted sender/,
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes the validated argument of the app window to the handler', async () => {
    trustSenders(createSenderCheck(() => window as never));
    const handler = vi.fn(() => true);
    handle('shell:openDoc', openDocSchema, handler);
    await expect(invokeAs(window.webContents, 'shell:openDoc', { url: 'https://aka.ms/x' })).resolves.toBe(true);
    expect(handler).toHaveBeenCalledWith({ url: 'https://aka.ms/x' }, expect.anything());
  });

  it.each([
    ['a missing argument', undefined],
    ['a wrong type', { url: 42 }],
    ['an extra key', { url: 'https://aka.ms/x', command: 'calc.exe' }],
    ['a string instead of an object', 'https://aka.ms/x'],
    ['an oversized value', { url: 'x'.repeat(3000) }],
  ])('rejects %s before the handler runs', async (_label, arg) => {
    trustSenders(createSenderCheck(() => window as never));
    const handler = vi.fn(() => true);
    handle('shell:openDoc', openDocSchema, handler);
    await expect(invokeAs(window.webContents, 'shell:openDoc', arg)).rejects.toThrow(/shell:openDoc: invalid argument/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects more than one argument', async () => {
    trustSenders(createSenderCheck(() => window as never));
    const handler = vi.fn(() => true);
    handle('shell:openDoc', openDocSchema, handler);
    const { ipcHandlers, ipcEvent } = await import('./electron-fake');
    const raw = ipcHandlers.get('shell:openDoc')!;
    await expect(
      Promise.resolve().then(() => raw(ipcEvent(window.webContents), { url: 'https://aka.ms/x' }, 'extra')),
    ).rejects.toThrow(/one argument/);
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['another web contents', () => ({ sender: new FakeWebContents(), frame: undefined })],
    [
      'a sub-frame of the app window',
      () => ({ sender: window.webContents, frame: { url: 'app://sspr-preview/index.html', parent: {} } }),
    ],
    [
      'a page on a remote origin',
      () => ({ sender: window.webContents, frame: { url: 'https://evil.example/', parent: null } }),
    ],
    ['a file:// page', () => ({ sender: window.webContents, frame: { url: 'file:///tmp/index.html', parent: null } })],
    [
      'a look-alike origin',
      () => ({ sender: window.webContents, frame: { url: 'app://sspr-preview.evil/', parent: null } }),
    ],
    ['a destroyed frame', () => ({ sender: window.webContents, frame: null })],
  ])('rejects messages from %s', async (_label, source) => {
    trustSenders(createSenderCheck(() => window as never));
    const handler = vi.fn(() => true);
    handle('shell:openDoc', openDocSchema, handler);
    const { sender, frame } = source();
    await expect(invokeAs(sender, 'shell:openDoc', { url: 'https://aka.ms/x' }, frame)).rejects.toThrow(
      /untrusted sender/,
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects messages once the window is gone', async () => {
    let current: FakeBrowserWindow | null = window;
    trustSenders(createSenderCheck(() => current as never));
    handle('shell:openDoc', openDocSchema, () => true);
    current = null;
    await expect(invokeAs(window.webContents, 'shell:openDoc', { url: 'https://aka.ms/x' })).rejects.toThrow(
      /untrusted sender/,
    );
  });

  it('registers handler groups and refuses a channel registered twice', async () => {
    trustSenders(createSenderCheck(() => window as never));
    registerHandlerGroup({
      name: 'plug-in feature',
      handlers: [
        defineHandler(
          'window:state',
          z.strictObject({ fileName: z.string().nullable(), dirty: z.boolean() }),
          () => undefined,
        ),
      ],
    });
    expect(registeredChannelNames()).toEqual(['window:state']);
    await expect(
      invokeAs(window.webContents, 'window:state', { fileName: 'a.json', dirty: true }),
    ).resolves.toBeUndefined();
    expect(() => handle('window:state', z.any(), () => undefined)).toThrow(/registered twice/);
  });
});
