// The real desktop app, end to end: security settings of the window, the typed API and nothing else, navigation and
// new windows refused, a preset's verdict, save → open through the real dialog code (stubbed at the dialog module),
// and the unsaved-changes prompt on quit.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDesktopApi } from '../../preload/desktop-api';
import { CONTENT_SECURITY_POLICY } from '../../main/security/content-security-policy';
import { launchApp, type LaunchedApp } from './launch';

let launched: LaunchedApp;

test.beforeEach(async () => {
  launched = await launchApp();
  await expect(launched.window.getByTestId('app-ready')).toBeVisible();
});

test.afterEach(async () => {
  await launched.close();
});

test('the window runs sandboxed and context-isolated, without Node integration', async () => {
  // contextBridge refuses to expose anything without context isolation, so the API being there proves it is on;
  // a sandboxed renderer without Node integration has neither require nor process in the page.
  const page = await launched.window.evaluate(() => ({
    api: typeof (window as unknown as { ssprPreview?: unknown }).ssprPreview,
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
  }));
  expect(page).toEqual({ api: 'object', require: 'undefined', process: 'undefined' });
  const renderer = await launched.app.evaluate(({ app, BrowserWindow }) => {
    const pid = BrowserWindow.getAllWindows()[0].webContents.getOSProcessId();
    const metric = app.getAppMetrics().find((entry) => entry.pid === pid);
    return { found: Boolean(metric), sandboxed: metric?.sandboxed };
  });
  expect(renderer.found).toBe(true);
  // Electron reports the OS-level sandbox on macOS and Windows only.
  if (renderer.sandboxed !== undefined) expect(renderer.sandboxed).toBe(true);
});

test('the page is served with the app Content-Security-Policy', async () => {
  const header = await launched.app.evaluate(async ({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0].webContents;
    const response = await contents.session.fetch(contents.getURL());
    return response.headers.get('content-security-policy');
  });
  expect(header).toBe(CONTENT_SECURITY_POLICY);
});

test('window.ssprPreview is exactly the typed API, and the page has no Node globals', async () => {
  const expectedKeys = Object.keys(
    createDesktopApi({ invoke: async () => undefined, on: () => undefined, removeListener: () => undefined }),
  ).sort();
  const seen = await launched.window.evaluate(() => ({
    keys: Object.keys((window as unknown as { ssprPreview: object }).ssprPreview).sort(),
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    module: typeof (globalThis as { module?: unknown }).module,
  }));
  expect(seen).toEqual({ keys: expectedKeys, require: 'undefined', process: 'undefined', module: 'undefined' });
});

test('navigation to another origin and window.open are refused', async () => {
  const before = launched.window.url();
  const opened = await launched.window.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  await launched.window.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await launched.window.waitForTimeout(500);
  expect(launched.window.url()).toBe(before);
  expect(launched.app.windows()).toHaveLength(1);
});

test('a preset loads and its verdict renders', async () => {
  await launched.window.getByTestId('load-remote-desktop').click();
  await expect(launched.window.getByTestId('verdict-panel')).toHaveAttribute('data-outcome', 'hidden');
});

test('save and open round-trip a scenario through the real dialog code', async () => {
  const file = join(launched.userData, '..', 'round-trip.sspr.json');
  await launched.app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [filePath] })) as typeof dialog.showOpenDialog;
  }, file);
  await launched.window.getByTestId('load-remote-desktop').click();
  await launched.app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0].webContents.send('menu:command', { command: 'file.saveAs' }),
  );
  await expect(launched.window.getByTestId('file-name')).toContainText('round-trip');
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { session?: { kind?: string } };
  expect(saved.session?.kind).toBe('remoteDesktop');

  await launched.window.getByTestId('load-happy-path').click();
  await expect(launched.window.getByTestId('verdict-panel')).toHaveAttribute('data-outcome', 'success');
  await launched.app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0].webContents.send('menu:command', { command: 'file.open' }),
  );
  // Loading over unsaved changes may ask first; the stubbed dialogs answer for the person.
  await expect(launched.window.getByTestId('verdict-panel')).toHaveAttribute('data-outcome', 'hidden');
});

test('quitting with unsaved changes asks first', async () => {
  await launched.window.getByTestId('load-remote-desktop').click();
  // Applying the offered fix is an unsaved change.
  await launched.window.getByTestId('fix-item').first().getByTestId('fix-apply').click();
  await expect(launched.window.getByTestId('verdict-panel')).not.toHaveAttribute('data-outcome', 'hidden');
  await launched.app.evaluate(({ dialog }) => {
    const calls: string[] = [];
    (globalThis as { smokePromptCalls?: string[] }).smokePromptCalls = calls;
    dialog.showMessageBox = (async (...args: unknown[]) => {
      const options = args.find((arg) => typeof arg === 'object' && arg !== null && 'buttons' in arg) as {
        message?: string;
        cancelId?: number;
      };
      calls.push(options?.message ?? '');
      return { response: options?.cancelId ?? 2, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
  });
  await launched.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].close());
  await expect
    .poll(() => launched.app.evaluate(() => (globalThis as { smokePromptCalls?: string[] }).smokePromptCalls ?? []))
    .toHaveLength(1);
  // Cancel keeps the window open.
  expect(launched.app.windows()).toHaveLength(1);
});
