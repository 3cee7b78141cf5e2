// The desktop's diagnostics:open handler: the native dialog's files are measured before reading, read through the
// pure readers, and a cancelled dialog or an oversized, missing or extra file gives a result, never an exception.
import { mkdtempSync, openSync, closeSync, ftruncateSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../main/electron-fake')).electronFake);

import { electronFake, invokeAs, resetElectronFake } from '../main/electron-fake';
import { createServicesFixture, type ServicesFixture } from '../main/main-services-fixture';
import { diagnosticsHandlers, MAX_DIAGNOSTIC_FILES } from '../../../main/ipc/diagnostics-handlers';
import { registerHandlerGroup, removeAllHandlers, trustSenders } from '../../../main/ipc/registry';
import { createSenderCheck } from '../../../main/ipc/sender-check';
import { FIXTURES } from './helpers';

let fixture: ServicesFixture;

beforeEach(async () => {
  resetElectronFake();
  fixture = await createServicesFixture();
  trustSenders(createSenderCheck(() => fixture.window as never));
  registerHandlerGroup(diagnosticsHandlers(fixture.services));
});
const made: string[] = [];
afterEach(() => {
  removeAllHandlers();
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const invoke = (arg?: unknown) => invokeAs(fixture.window.webContents, 'diagnostics:open', arg);

describe('diagnostics:open', () => {
  it('reads the picked files with the pure readers', async () => {
    electronFake.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: [path.join(FIXTURES, 'dsregcmd-entra-joined.txt'), path.join(FIXTURES, 'policies-utf16.reg')],
    });
    const result = (await invoke()) as { status: string; readings: Array<{ file: string; status: string }> };
    expect(result.status).toBe('opened');
    expect(result.readings.map((item) => [item.file, item.status])).toEqual([
      ['dsregcmd-entra-joined.txt', 'read'],
      ['policies-utf16.reg', 'read'],
    ]);
  });

  it('refuses a 200 MB file without reading it, a missing file, and files beyond the limit', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sspr-diag-'));
    made.push(dir);
    const huge = path.join(dir, 'huge.txt');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024); // sparse: no 200 MB written to disk
    closeSync(fd);
    const extra = Array.from({ length: MAX_DIAGNOSTIC_FILES }, (_, i) => {
      const file = path.join(dir, `ver-${i}.txt`);
      copyFileSync(path.join(FIXTURES, 'ver.txt'), file);
      return file;
    });
    electronFake.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: [huge, path.join(dir, 'gone.txt'), ...extra],
    });
    const result = (await invoke()) as { readings: Array<{ file: string; status: string; reason?: string }> };
    expect(result.readings[0]).toMatchObject({ file: 'huge.txt', status: 'rejected', reason: 'too-large' });
    expect(result.readings[1]).toMatchObject({ file: 'gone.txt', status: 'rejected', reason: 'unreadable' });
    expect(result.readings.filter((item) => item.reason === 'tooMany')).toHaveLength(2);
  });

  it('says cancelled when the dialog is closed, and rejects an argument', async () => {
    electronFake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await invoke()).toEqual({ status: 'cancelled', readings: [] });
    await expect(invoke({ path: '/etc/passwd' })).rejects.toThrow(/invalid argument/);
  });
});
