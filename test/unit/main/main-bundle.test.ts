// Builds dist/main + dist/preload and boots the real bundle with a recording 'electron', so the shipped file (not just
// the sources) is checked: start-up order, window preferences, protocol, permissions and every IPC channel.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBuilder } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_CHANNELS } from '../../../preload/contract';
import { tempDirs } from './temp-dirs';

const makeTempDir = tempDirs('all');

const root = fileURLToPath(new URL('../../..', import.meta.url));
const mainBundle = path.join(root, 'dist/main/main.cjs');
const preloadBundle = path.join(root, 'dist/preload/preload.cjs');

type Call = { name: string; detail?: unknown };
let calls: Call[] = [];
const names = () => calls.map((call) => call.name);
const indexOf = (name: string) => names().indexOf(name);

/** Boots the built bundle with this user-data folder; returns what it did. */
function boot(userData: string): Call[] {
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'test/unit/main/fixtures/boot-main-bundle.cjs'), mainBundle, userData],
    {
      encoding: 'utf8',
      timeout: 20_000,
    },
  );
  if (run.status !== 0) throw new Error(`boot failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Call[];
}

let unwritableBoot: Call[] = [];

beforeAll(async () => {
  const builder = await createBuilder({ configFile: path.join(root, 'main/vite.config.ts'), logLevel: 'silent' });
  await builder.buildApp();
  calls = boot(makeTempDir('sspr-boot-'));
  // A user-data path below a regular file can be neither created nor written, whoever runs the test (root too).
  const blocker = path.join(makeTempDir('sspr-boot-blocked-'), 'a-file');
  writeFileSync(blocker, '');
  unwritableBoot = boot(path.join(blocker, 'SSPR Preview'));
  // The app removes its temporary profile on 'quit', which this boot never reaches: remove it here.
  const profile = unwritableBoot.find((call) => call.name === 'app.setPath')?.detail as { value?: string } | undefined;
  if (profile?.value?.includes('sspr-preview-profile-')) rmSync(profile.value, { recursive: true, force: true });
}, 60_000);

describe('the built main bundle', () => {
  it('registers the privileged app:// scheme and sandboxing before the app is ready', () => {
    expect(indexOf('protocol.registerSchemesAsPrivileged')).toBeGreaterThanOrEqual(0);
    expect(indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(indexOf('-- app ready'));
    expect(indexOf('app.enableSandbox')).toBeLessThan(indexOf('-- app ready'));
    const schemes = calls.find((call) => call.name === 'protocol.registerSchemesAsPrivileged')!.detail;
    expect(schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
  });

  it('serves app://, denies permissions and sets the menu once ready', () => {
    const ready = indexOf('-- app ready');
    expect(calls.filter((call) => call.name === 'protocol.handle').map((call) => call.detail)).toEqual(['app']);
    expect(indexOf('protocol.handle')).toBeGreaterThan(ready);
    expect(indexOf('session.setPermissionRequestHandler')).toBeGreaterThan(ready);
    expect(indexOf('session.setPermissionCheckHandler')).toBeGreaterThan(ready);
    expect(indexOf('session.webRequest.onBeforeRequest')).toBeGreaterThan(ready);
    expect(names()).not.toContain('dialog.showErrorBox');
    expect(indexOf('Menu.setApplicationMenu')).toBeGreaterThan(ready);
  });

  it('opens one secure window on app:// with the bundled preload', () => {
    const windows = calls.filter((call) => call.name === 'new BrowserWindow');
    expect(windows).toHaveLength(1);
    const prefs = (windows[0].detail as { webPreferences: Record<string, unknown> }).webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(prefs.preload).toBe(preloadBundle);
    expect(existsSync(preloadBundle)).toBe(true);
    expect(calls.find((call) => call.name === 'loadURL')?.detail).toBe('app://sspr-preview/index.html');
    expect(indexOf('webContents.setWindowOpenHandler')).toBeGreaterThan(-1);
  });

  it('handles exactly the channels of the IPC contract', () => {
    const handled = calls.filter((call) => call.name === 'ipcMain.handle').map((call) => call.detail as string);
    expect([...handled].sort()).toEqual([...REQUEST_CHANNELS].sort());
  });

  it('ships a preload that requires nothing but electron', () => {
    const source = readFileSync(preloadBundle, 'utf8');
    const required = [...source.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
    expect(required).toEqual(['electron']);
    expect(source).not.toMatch(/\bimport\s*\(/);
  });

  it('starts with a user-data folder it cannot write: Chromium gets a temporary profile, the window still opens', () => {
    const names = unwritableBoot.map((call) => call.name);
    expect(names).not.toContain('dialog.showErrorBox');
    expect(names).not.toContain('app.exit');
    expect(names.filter((name) => name === 'new BrowserWindow')).toHaveLength(1);
    const setPath = unwritableBoot.find((call) => call.name === 'app.setPath')?.detail as {
      name: string;
      value: string;
    };
    expect(setPath.name).toBe('userData');
    expect(path.basename(setPath.value)).toMatch(/^sspr-preview-profile-/);
    expect(names.indexOf('app.setPath')).toBeLessThan(names.indexOf('-- app ready'));
    const handled = unwritableBoot.filter((call) => call.name === 'ipcMain.handle').map((call) => call.detail);
    expect(handled).toContain('app:storage');
  });
});
