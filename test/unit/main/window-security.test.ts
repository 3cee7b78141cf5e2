import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

import { electronFake, FakeBrowserWindow, FakeWebContents, resetElectronFake } from './electron-fake';
import { createMainWindow } from '../../../main/window';
import {
  blockRemoteRequests,
  denyAllPermissions,
  guardAllWebContents,
  guardWebContents,
  isPermittedRequestUrl,
} from '../../../main/security/web-contents-guards';

beforeEach(() => resetElectronFake());

function navigate(contents: FakeWebContents, eventName: string, url: string): boolean {
  let prevented = false;
  contents.emit(eventName, { preventDefault: () => (prevented = true), url }, url);
  return prevented;
}

describe('the main window', () => {
  it('is created isolated, sandboxed, without Node and with the bundled preload', () => {
    createMainWindow({ distDir: '/opt/app/dist', title: 'SSPR Preview' });
    const [window] = FakeBrowserWindow.created;
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs.preload).toBe('/opt/app/dist/preload/preload.cjs');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads the renderer from the app:// protocol, never from the network or file://', () => {
    createMainWindow({ distDir: '/opt/app/dist', title: 'SSPR Preview' });
    expect(FakeBrowserWindow.created[0].loadedUrl).toBe('app://sspr-preview/index.html');
  });

  it('installs the navigation guards on its own web contents', () => {
    createMainWindow({ distDir: '/opt/app/dist', title: 'SSPR Preview' });
    const contents = FakeBrowserWindow.created[0].webContents;
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.windowOpenHandler).not.toBeNull();
  });
});

describe('navigation guards', () => {
  let contents: FakeWebContents;
  beforeEach(() => {
    contents = new FakeWebContents();
    guardWebContents(contents as never);
  });

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])('%s stays on app://sspr-preview', (eventName) => {
    expect(navigate(contents, eventName, 'app://sspr-preview/index.html#/device')).toBe(false);
    expect(navigate(contents, eventName, 'APP://SSPR-PREVIEW/other.html')).toBe(false);
  });

  it.each([
    'https://learn.microsoft.com/',
    'http://127.0.0.1:4173/',
    'file:///etc/passwd',
    'app://sspr-preview.evil.example/index.html',
    'app://sspr-previewx/index.html',
    'app://evil/sspr-preview',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'not a url',
  ])('denies navigation and redirects to %s', (url) => {
    expect(navigate(contents, 'will-navigate', url)).toBe(true);
    expect(navigate(contents, 'will-redirect', url)).toBe(true);
    expect(navigate(contents, 'will-frame-navigate', url)).toBe(true);
  });

  it('denies every new window and hands only allow-listed docs to the system browser', async () => {
    const handler = contents.windowOpenHandler!;
    expect(handler({ url: 'https://learn.microsoft.com/entra/identity/authentication/howto-sspr-windows' })).toEqual({
      action: 'deny',
    });
    expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://sspr-preview/index.html' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(electronFake.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(electronFake.shell.openExternal).toHaveBeenCalledWith(
      'https://learn.microsoft.com/entra/identity/authentication/howto-sspr-windows',
    );
  });

  it('guards every web contents the app creates, not only the main window', () => {
    const app = new EventEmitter();
    guardAllWebContents(app as never);
    const other = new FakeWebContents();
    app.emit('web-contents-created', {}, other);
    expect(navigate(other, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(other.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a <webview>', () => {
    expect(navigate(contents, 'will-attach-webview', 'app://sspr-preview/')).toBe(true);
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (fn: never) => (handlers.request = fn),
      setPermissionCheckHandler: (fn: never) => (handlers.check = fn),
      setDevicePermissionHandler: (fn: never) => (handlers.device = fn),
      setDisplayMediaRequestHandler: (fn: never) => (handlers.display = fn),
    };
    denyAllPermissions(session as never);
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const callback = vi.fn();
      (handlers.request as (...args: unknown[]) => void)({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect((handlers.check as (...args: unknown[]) => unknown)({}, permission, 'app://sspr-preview', {})).toBe(false);
    }
    expect((handlers.device as (...args: unknown[]) => unknown)({ deviceType: 'usb' })).toBe(false);
    const displayCallback = vi.fn();
    (handlers.display as (...args: unknown[]) => void)({}, displayCallback);
    expect(displayCallback).toHaveBeenCalledWith({});
  });
});

describe('request blocking behind the CSP', () => {
  it.each([
    ['app://sspr-preview/assets/index.js', true],
    ['data:image/png;base64,AAAA', true],
    ['blob:app://sspr-preview/1234', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['https://cdn.example/x.js', false],
    ['http://127.0.0.1:8080/', false],
    ['wss://evil.example/socket', false],
    ['file:///etc/passwd', false],
    ['app://other/index.js', false],
    ['ftp://example/x', false],
  ])('%s → allowed %s', (url, allowed) => {
    expect(isPermittedRequestUrl(url)).toBe(allowed);
  });

  it('cancels every request the page may not make', () => {
    let listener: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | null = null;
    blockRemoteRequests({ webRequest: { onBeforeRequest: (fn: typeof listener) => (listener = fn) } } as never);
    const decide = (url: string) => {
      let decision: { cancel: boolean } | null = null;
      listener!({ url }, (response) => (decision = response));
      return decision;
    };
    expect(decide('https://evil.example/')).toEqual({ cancel: true });
    expect(decide('app://sspr-preview/index.html')).toEqual({ cancel: false });
  });
});
