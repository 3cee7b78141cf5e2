import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

import { electronFake, invokeAs, resetElectronFake } from './electron-fake';
import { createServicesFixture, type ServicesFixture } from './main-services-fixture';
import { documentHandlers } from '../../../main/ipc/document-handlers';
import { appHandlers } from '../../../main/ipc/app-handlers';
import { registerHandlerGroup, removeAllHandlers, trustSenders } from '../../../main/ipc/registry';
import { createSenderCheck } from '../../../main/ipc/sender-check';
import { DEFAULT_SCENARIO } from '../../../simulator/index';
import { AutosaveStore } from '../../../main/files/autosave-store';
import { MAX_SCENARIO_BYTES } from '../../../main/files/scenario-file';
import { RecentFiles } from '../../../main/files/recent-files';

let fixture: ServicesFixture;
const dialog = electronFake.dialog;

beforeEach(async () => {
  resetElectronFake();
  fixture = await createServicesFixture();
  trustSenders(createSenderCheck(() => fixture.window as never));
  registerHandlerGroup(documentHandlers(fixture.services));
  registerHandlerGroup(appHandlers(fixture.services));
});
afterEach(() => removeAllHandlers());

const invoke = (channel: string, arg?: unknown) => invokeAs(fixture.window.webContents, channel, arg);

describe('opening scenario files', () => {
  it('opens a valid file picked in the dialog and remembers it', async () => {
    const file = path.join(fixture.dir, 'rdp.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, name: 'RDP', session: { kind: 'remoteDesktop' } }));
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    const result = (await invoke('scenario:open')) as {
      status: string;
      scenario: typeof DEFAULT_SCENARIO;
      path: string;
    };
    expect(result.status).toBe('opened');
    expect(result.path).toBe(file);
    expect(result.scenario.session.kind).toBe('remoteDesktop');
    expect(await invoke('scenario:recent')).toEqual([file]);
  });

  it('returns every problem of an invalid file with its field path, and does not remember it', async () => {
    const file = path.join(fixture.dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({ schemaVersion: 1, device: { os: { build: 'soon' } }, user: { registeredMethods: ['pigeon'] } }),
    );
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    const result = (await invoke('scenario:open')) as { status: string; problems: Array<{ path: string }> };
    expect(result.status).toBe('invalid');
    expect(result.problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining(['device.os.build', 'user.registeredMethods[0]']),
    );
    expect(await invoke('scenario:recent')).toEqual([]);
  });

  it('reports a cancelled dialog', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await invoke('scenario:open')).toEqual({ status: 'cancelled' });
  });

  it('opens recent files only from the recent list, so the page cannot read arbitrary paths', async () => {
    const secret = path.join(fixture.dir, 'not-recent.json');
    writeFileSync(secret, JSON.stringify({ schemaVersion: 1, name: 'private' }));
    const refused = (await invoke('scenario:openRecent', { path: secret })) as { status: string; scenario?: unknown };
    expect(refused.status).toBe('invalid');
    expect(refused.scenario).toBeUndefined();

    await fixture.services.recent.add(secret);
    expect(((await invoke('scenario:openRecent', { path: secret })) as { status: string }).status).toBe('opened');
  });

  it('drops a recent file that no longer exists from the list', async () => {
    const gone = path.join(fixture.dir, 'gone.json');
    await fixture.services.recent.add(gone);
    const result = (await invoke('scenario:openRecent', { path: gone })) as { status: string };
    expect(result.status).toBe('invalid');
    expect(await invoke('scenario:recent')).toEqual([]);
  });
});

describe('saving scenario files', () => {
  it('asks where to save a new scenario, then saves back to that file without asking again', async () => {
    const file = path.join(fixture.dir, 'saved.json');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    const first = await invoke('scenario:save', { scenario: DEFAULT_SCENARIO, path: null, saveAs: false });
    expect(first).toEqual({ status: 'saved', path: file });
    expect(dialog.showSaveDialog).toHaveBeenCalledTimes(1);

    const second = await invoke('scenario:save', {
      scenario: { ...DEFAULT_SCENARIO, name: 'Edited' },
      path: file,
      saveAs: false,
    });
    expect(second).toEqual({ status: 'saved', path: file });
    expect(dialog.showSaveDialog).toHaveBeenCalledTimes(1);
    expect(JSON.parse(readFileSync(file, 'utf8')).name).toBe('Edited');
    expect(await invoke('scenario:recent')).toEqual([file]);
  });

  it('never writes to a path the user did not pick: an unknown path goes through the dialog', async () => {
    const target = path.join(fixture.dir, 'chosen-by-page.json');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    const result = await invoke('scenario:save', { scenario: DEFAULT_SCENARIO, path: target, saveAs: false });
    expect(result).toEqual({ status: 'cancelled' });
    expect(existsSync(target)).toBe(false);
  });

  it('Save As always asks', async () => {
    const file = path.join(fixture.dir, 'a.json');
    const copy = path.join(fixture.dir, 'b.json');
    fixture.services.document.grant(file);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: copy });
    expect(await invoke('scenario:save', { scenario: DEFAULT_SCENARIO, path: file, saveAs: true })).toEqual({
      status: 'saved',
      path: copy,
    });
    expect(existsSync(file)).toBe(false);
  });

  it('rejects an invalid scenario at the IPC boundary, naming the field, and leaves the file alone', async () => {
    const file = path.join(fixture.dir, 'keep.json');
    writeFileSync(file, 'original');
    fixture.services.document.grant(file);
    const invalid = { ...DEFAULT_SCENARIO, session: { ...DEFAULT_SCENARIO.session, kind: 'telnet' } };
    await expect(invoke('scenario:save', { scenario: invalid, path: file, saveAs: false })).rejects.toThrow(
      /session\.kind/,
    );
    expect(readFileSync(file, 'utf8')).toBe('original');
  });

  it('clears the autosave after a successful save', async () => {
    await invoke('autosave:write', { scenario: DEFAULT_SCENARIO, path: null });
    expect(existsSync(fixture.services.autosave.autosavePath)).toBe(true);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(fixture.dir, 'x.json') });
    await invoke('scenario:save', { scenario: DEFAULT_SCENARIO, path: null, saveAs: false });
    expect(existsSync(fixture.services.autosave.autosavePath)).toBe(false);
  });
});

describe('a user-data folder that cannot be written', () => {
  /** Folders where the stores' files should be: every write fails (EISDIR), like a read-only or full folder. */
  function blockUserData(): void {
    const blocked = path.join(fixture.dir, 'blocked');
    mkdirSync(path.join(blocked, 'recent-files.json'), { recursive: true });
    mkdirSync(path.join(blocked, 'autosave.json'));
    fixture.services.recent = new RecentFiles(path.join(blocked, 'recent-files.json'), fixture.services.storage);
    fixture.services.autosave = new AutosaveStore(blocked, undefined, fixture.services.storage);
  }

  it('still opens, saves and autosaves; app:storage says what is not kept and why', async () => {
    expect(await invoke('app:storage')).toEqual({ persistent: true, reason: null, stores: [] });
    blockUserData();
    const file = path.join(fixture.dir, 'opened.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, name: 'Opened' }));
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    expect(((await invoke('scenario:open')) as { status: string }).status).toBe('opened');
    // The list lives on in memory for this session.
    expect(await invoke('scenario:recent')).toEqual([file]);
    await expect(invoke('autosave:write', { scenario: DEFAULT_SCENARIO, path: null })).resolves.toBeUndefined();
    expect(await invoke('scenario:save', { scenario: DEFAULT_SCENARIO, path: file, saveAs: false })).toEqual({
      status: 'saved',
      path: file,
    });
    expect(await invoke('app:storage')).toEqual({
      persistent: false,
      reason: 'isFolder',
      stores: ['recentFiles', 'autosave'],
    });
  });
});

describe('saving within the size an open accepts', () => {
  it('refuses a scenario the app could not open again, and keeps the file on disk', async () => {
    const file = path.join(fixture.dir, 'big.json');
    writeFileSync(file, 'original');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    fixture.services.document.grant(file);
    const huge = { ...DEFAULT_SCENARIO, name: 'n'.repeat(MAX_SCENARIO_BYTES) };
    await expect(invoke('scenario:save', { scenario: huge, path: file, saveAs: false })).rejects.toThrow(
      /larger than a scenario file may be \(5 MB\)/,
    );
    expect(readFileSync(file, 'utf8')).toBe('original');
  });
});

describe('window state', () => {
  it('shows the file name and a dirty marker in the title', async () => {
    await invoke('window:state', { fileName: 'pilot.json', dirty: true });
    expect(fixture.window.title).toBe('*pilot.json — SSPR Preview');
    await invoke('window:state', { fileName: null, dirty: false });
    expect(fixture.window.title).toBe('Untitled — SSPR Preview');
  });

  it('keeps only the base name the page reports', async () => {
    await invoke('window:state', { fileName: 'C:\\Users\\admin\\secret\\pilot.json', dirty: false });
    expect(fixture.window.title).toBe('pilot.json — SSPR Preview');
  });
});
