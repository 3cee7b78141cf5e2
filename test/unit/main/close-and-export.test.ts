import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

import { electronFake, invokeAs, resetElectronFake } from './electron-fake';
import { createServicesFixture, type ServicesFixture } from './main-services-fixture';
import { installCloseGuard } from '../../../main/close-guard';
import { documentHandlers } from '../../../main/ipc/document-handlers';
import { exportHandlers, pngFileName, toWindowPixels } from '../../../main/ipc/export-handlers';
import { registerHandlerGroup, removeAllHandlers, trustSenders } from '../../../main/ipc/registry';
import { createSenderCheck } from '../../../main/ipc/sender-check';
import { buildIntuneProfileJson, buildRegistryFile } from '../../../simulator/exports/index';
import { DEFAULT_SCENARIO, evaluate } from '../../../simulator/index';

let fixture: ServicesFixture;
const dialog = electronFake.dialog;
const flush = () => new Promise((resolve) => setTimeout(resolve, 10));

beforeEach(async () => {
  resetElectronFake();
  fixture = await createServicesFixture();
  trustSenders(createSenderCheck(() => fixture.window as never));
  registerHandlerGroup(documentHandlers(fixture.services));
  registerHandlerGroup(exportHandlers(fixture.services, () => new Date('2026-11-25T03:00:00Z')));
});
afterEach(() => removeAllHandlers());

const invoke = (channel: string, arg?: unknown) => invokeAs(fixture.window.webContents, channel, arg);

describe('closing with unsaved changes', () => {
  beforeEach(() => {
    installCloseGuard(fixture.window as never, fixture.services);
  });

  it('closes at once when there is nothing to save', () => {
    expect(fixture.window.close()).toBe(true);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('Cancel keeps the window open', async () => {
    fixture.services.document.update({ fileName: 'a.json', dirty: true });
    dialog.showMessageBox.mockResolvedValueOnce({ response: 2 });
    expect(fixture.window.close()).toBe(false);
    await flush();
    expect(dialog.showMessageBox.mock.calls[0][1]).toMatchObject({
      buttons: ['Save', "Don't save", 'Cancel'],
      cancelId: 2,
    });
    expect(fixture.window.isDestroyed()).toBe(false);
  });

  it("Don't save discards the autosave and closes", async () => {
    fixture.services.document.update({ fileName: 'a.json', dirty: true });
    await fixture.services.autosave.write(DEFAULT_SCENARIO, null);
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    fixture.window.close();
    await flush();
    expect(fixture.window.isDestroyed()).toBe(true);
    expect(existsSync(fixture.services.autosave.autosavePath)).toBe(false);
  });

  it('Save asks the page to save, then closes once the file is written', async () => {
    fixture.services.document.update({ fileName: null, dirty: true });
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    fixture.window.close();
    await flush();
    expect(fixture.window.webContents.sent).toEqual([
      { channel: 'menu:command', payload: { command: 'file.save', detail: undefined } },
    ]);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(fixture.dir, 'closing.json') });
    await invoke('scenario:save', { scenario: DEFAULT_SCENARIO, path: null, saveAs: false });
    await flush();
    expect(fixture.closeWithoutPrompt).toHaveBeenCalledTimes(1);
  });

  it('Save that the user then cancels leaves the window open', async () => {
    fixture.services.document.update({ fileName: null, dirty: true });
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    fixture.window.close();
    await flush();
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    await invoke('scenario:save', { scenario: DEFAULT_SCENARIO, path: null, saveAs: false });
    await flush();
    expect(fixture.closeWithoutPrompt).not.toHaveBeenCalled();
    expect(fixture.services.document.closeAfterSave).toBe(false);
  });
});

describe('exports', () => {
  const options = { docsAsOf: 'current' };

  it('writes the .reg file where the user chose', async () => {
    const file = path.join(fixture.dir, 'policy.reg');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    expect(await invoke('export:file', { kind: 'reg', scenario: DEFAULT_SCENARIO, options })).toEqual({
      status: 'saved',
      path: file,
    });
    expect(readFileSync(file, 'utf8')).toBe(buildRegistryFile());
    expect(dialog.showSaveDialog.mock.calls[0][1]).toMatchObject({
      defaultPath: path.join(fixture.dir, 'AllowPasswordReset.reg'),
      filters: [{ name: 'Registration entries', extensions: ['reg'] }],
    });
  });

  it('writes the Intune profile JSON', async () => {
    const file = path.join(fixture.dir, 'profile.json');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    await invoke('export:file', { kind: 'intuneJson', scenario: DEFAULT_SCENARIO, options });
    expect(readFileSync(file, 'utf8')).toBe(buildIntuneProfileJson());
  });

  it('writes the HTML report of the evaluated scenario', async () => {
    const file = path.join(fixture.dir, 'report.html');
    const scenario = { ...DEFAULT_SCENARIO, session: { ...DEFAULT_SCENARIO.session, kind: 'remoteDesktop' as const } };
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    await invoke('export:file', { kind: 'htmlReport', scenario, options });
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`outcome-${evaluate(scenario, { docsAsOf: 'current' }).outcome}`);
    expect(text).toContain('2026-11-25T03:00:00.000Z');
  });

  it('rejects unknown export kinds and options', async () => {
    await expect(invoke('export:file', { kind: 'exe', scenario: DEFAULT_SCENARIO, options })).rejects.toThrow(
      /invalid argument/,
    );
    await expect(
      invoke('export:file', { kind: 'reg', scenario: DEFAULT_SCENARIO, options: { docsAsOf: '1999' } }),
    ).rejects.toThrow(/invalid argument/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('captures exactly the preview rectangle as PNG', async () => {
    const file = path.join(fixture.dir, 'screen.png');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    const rect = { x: 600, y: 40, width: 640, height: 400 };
    expect(await invoke('export:png', { rect, suggestedName: 'windows-11-sign-in' })).toEqual({
      status: 'saved',
      path: file,
    });
    expect(fixture.window.webContents.capturePage).toHaveBeenCalledWith(rect);
    expect([...readFileSync(file)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(dialog.showSaveDialog.mock.calls[0][1].defaultPath).toBe(path.join(fixture.dir, 'windows-11-sign-in.png'));
  });

  it('scales the CSS-pixel rectangle by the page zoom before capturing', async () => {
    fixture.window.webContents.zoomFactor = 1.25;
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(fixture.dir, 'zoomed.png') });
    await invoke('export:png', { rect: { x: 101, y: 40, width: 640, height: 401 }, suggestedName: 'zoomed' });
    // Edges are rounded outwards so the capture never cuts into the preview.
    expect(fixture.window.webContents.capturePage).toHaveBeenCalledWith({ x: 126, y: 50, width: 801, height: 502 });
  });

  it('refuses capture rectangles that are not whole, positive and bounded', async () => {
    for (const rect of [
      { x: -1, y: 0, width: 10, height: 10 },
      { x: 0, y: 0, width: 0, height: 10 },
      { x: 0, y: 0, width: 10.5, height: 10 },
      { x: 0, y: 0, width: 100_000, height: 10 },
    ]) {
      await expect(invoke('export:png', { rect, suggestedName: 'x' })).rejects.toThrow(/invalid argument/);
    }
    expect(fixture.window.webContents.capturePage).not.toHaveBeenCalled();
  });

  it('keeps the rectangle as it is at 100 % zoom and ignores a broken zoom factor', () => {
    const rect = { x: 10, y: 20, width: 30, height: 40 };
    expect(toWindowPixels(rect, 1)).toEqual(rect);
    expect(toWindowPixels(rect, Number.NaN)).toEqual(rect);
    expect(toWindowPixels(rect, 0)).toEqual(rect);
  });

  it('reduces suggested PNG names to a plain file name', () => {
    expect(pngFileName('../../Windows/System32/evil')).toBe('evil.png');
    expect(pngFileName('C:\\temp\\shot.PNG')).toBe('shot.PNG');
    expect(pngFileName('a<b>:c?.png')).toBe('abc.png');
    expect(pngFileName('..')).toBe('sign-in-screen.png');
  });
});

describe('system dialogs speak the language the page reported', () => {
  beforeEach(() => {
    installCloseGuard(fixture.window as never, fixture.services);
  });

  it('asks about unsaved changes in Dutch after the page switched to Dutch', async () => {
    await invoke('window:state', { fileName: null, dirty: true, language: 'nl-NL' });
    dialog.showMessageBox.mockResolvedValueOnce({ response: 2 });
    fixture.window.close();
    await flush();
    expect(dialog.showMessageBox.mock.calls[0][1]).toMatchObject({
      buttons: ['Opslaan', 'Niet opslaan', 'Annuleren'],
      message: 'Wilt u de wijzigingen in Naamloos scenario opslaan?',
      detail: 'Als u niet opslaat, gaan uw wijzigingen verloren.',
    });
  });

  it('titles the open, save and export dialogs in the reported language, and back in English', async () => {
    await invoke('window:state', { fileName: null, dirty: false, language: 'nl-NL' });
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await invoke('scenario:open', undefined);
    expect(dialog.showOpenDialog.mock.calls[0][1]).toMatchObject({
      title: 'Scenario openen',
      filters: [
        { name: 'SSPR Preview-scenario', extensions: ['json'] },
        { name: 'Alle bestanden', extensions: ['*'] },
      ],
    });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    await invoke('export:file', { kind: 'reg', scenario: DEFAULT_SCENARIO, options: { docsAsOf: 'current' } });
    expect(dialog.showSaveDialog.mock.calls[0][1]).toMatchObject({
      title: 'Registerbestand exporteren',
      filters: [{ name: 'Registervermeldingen', extensions: ['reg'] }],
    });

    await invoke('window:state', { fileName: null, dirty: false, language: 'en-US' });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    await invoke('scenario:save', { scenario: DEFAULT_SCENARIO, path: null, saveAs: true });
    expect(dialog.showSaveDialog.mock.calls[1][1]).toMatchObject({ title: 'Save scenario' });
  });
});

describe('folders written to, for the start-up clean-up of interrupted saves', () => {
  it('notes an export folder before writing, so a write that never finished is still cleaned up', async () => {
    const folder = path.join(fixture.dir, 'exports');
    mkdirSync(folder);
    // A folder where the file should be: the write fails after the folder was noted.
    const target = path.join(folder, 'policy.reg');
    mkdirSync(target);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const result = await invoke('export:file', {
      kind: 'reg',
      scenario: DEFAULT_SCENARIO,
      options: { docsAsOf: 'current' },
    });
    expect(result).toMatchObject({ status: 'failed' });
    expect(await fixture.services.writeFolders?.list()).toEqual([folder]);
  });

  it('notes the folder of a scenario saved for the first time', async () => {
    const folder = path.join(fixture.dir, 'scenarios');
    mkdirSync(folder);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(folder, 'pilot.json') });
    await invoke('scenario:save', { scenario: DEFAULT_SCENARIO, path: null, saveAs: true });
    expect(await fixture.services.writeFolders?.list()).toEqual([folder]);
  });
});
