// File commands against a fake SsprApi: invalid files never replace the scenario; saving clears dirty only when
// nothing changed meanwhile; menu commands reach the store.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenResult, RequestArg, RequestChannel, SaveResult, SsprApi } from '../../../preload/contract';
import { openScenario, runCommand, saveScenario } from '../../../renderer/app/commands';
import { setApiForTesting } from '../../../renderer/platform/api';
import { useAppStore } from '../../../renderer/store/app-store';
import { useUiStore } from '../../../renderer/store/ui-store';
import { DEFAULT_SCENARIO } from '../../../simulator/index';

function fakeApi(responses: { open?: OpenResult; save?: () => Promise<SaveResult> | SaveResult }) {
  const calls: { channel: RequestChannel; arg: unknown }[] = [];
  const api: SsprApi = {
    edition: 'browser',
    async invoke<C extends RequestChannel>(channel: C, arg: RequestArg<C>) {
      calls.push({ channel, arg });
      if (channel === 'scenario:open' || channel === 'scenario:openRecent') return responses.open as never;
      if (channel === 'scenario:save') return (await responses.save?.()) as never;
      return undefined as never;
    },
    onMenuCommand: () => () => undefined,
  };
  return { api, calls };
}

describe('file commands', () => {
  beforeEach(() => {
    vi.stubGlobal('window', { confirm: vi.fn(() => true) });
    useAppStore.getState().loadScenario(DEFAULT_SCENARIO, { filePath: null, dirty: false });
    useUiStore.setState({ invalidFile: null, notices: [] });
  });
  afterEach(() => {
    setApiForTesting(null);
    vi.unstubAllGlobals();
  });

  it('an invalid file lists its problems and leaves the scenario, history and file name alone', async () => {
    useAppStore.getState().patchScenario('session.kind', 'remoteDesktop', 'RDP');
    const before = useAppStore.getState();
    const problems = [
      {
        path: 'device.os.build',
        expected: 'an integer',
        found: '"x"',
        message: 'device.os.build: expected an integer',
      },
    ];
    setApiForTesting(fakeApi({ open: { status: 'invalid', path: '/tmp/broken.json', problems } }).api);
    await openScenario();
    const after = useAppStore.getState();
    expect(after.scenario).toBe(before.scenario);
    expect(after.past).toBe(before.past);
    expect(after.filePath).toBeNull();
    expect(useUiStore.getState().invalidFile).toEqual({ fileName: 'broken.json', problems });
  });

  it('a valid file replaces the scenario and starts a clean history', async () => {
    useAppStore.getState().patchScenario('session.kind', 'remoteDesktop', 'RDP');
    const opened = { ...DEFAULT_SCENARIO, name: 'From disk' };
    setApiForTesting(fakeApi({ open: { status: 'opened', path: 'C:\\lab\\pc.json', scenario: opened } }).api);
    await openScenario();
    const state = useAppStore.getState();
    expect(state.scenario).toBe(opened);
    expect(state.filePath).toBe('C:\\lab\\pc.json');
    expect(state.dirty).toBe(false);
    expect(state.past).toHaveLength(0);
  });

  it('keeps unsaved work when the user declines to discard it', async () => {
    vi.stubGlobal('window', { confirm: vi.fn(() => false) });
    useAppStore.getState().patchScenario('session.kind', 'remoteDesktop', 'RDP');
    const { api, calls } = fakeApi({ open: { status: 'opened', path: 'x.json', scenario: DEFAULT_SCENARIO } });
    setApiForTesting(api);
    await openScenario();
    expect(calls).toHaveLength(0);
    expect(useAppStore.getState().scenario.session.kind).toBe('remoteDesktop');
  });

  it('saving clears dirty, unless the scenario changed while the dialog was open', async () => {
    useAppStore.getState().patchScenario('session.kind', 'remoteDesktop', 'RDP');
    setApiForTesting(fakeApi({ save: () => ({ status: 'saved', path: 'a.json' }) }).api);
    await saveScenario(false);
    expect(useAppStore.getState()).toMatchObject({ dirty: false, filePath: 'a.json' });

    useAppStore.getState().patchScenario('session.kind', 'console', 'Console');
    setApiForTesting(
      fakeApi({
        save: () => {
          useAppStore.getState().patchScenario('device.os.edition', 'Pro', 'Pro'); // edited during the save dialog
          return { status: 'saved', path: 'a.json' };
        },
      }).api,
    );
    await saveScenario(false);
    expect(useAppStore.getState().dirty).toBe(true);
  });

  it('a failed save keeps the dirty flag and says the file on disk is unchanged', async () => {
    useAppStore.getState().patchScenario('session.kind', 'remoteDesktop', 'RDP');
    setApiForTesting(fakeApi({ save: () => ({ status: 'failed', error: 'disk full' }) }).api);
    await saveScenario(false);
    expect(useAppStore.getState().dirty).toBe(true);
    expect(useUiStore.getState().notices.at(-1)?.text).toContain('disk full');
  });

  it('menu commands drive undo, redo, look and trainer mode', () => {
    useAppStore.getState().patchScenario('session.kind', 'remoteDesktop', 'RDP');
    runCommand('edit.undo');
    expect(useAppStore.getState().scenario.session.kind).toBe('console');
    runCommand('edit.redo');
    expect(useAppStore.getState().scenario.session.kind).toBe('remoteDesktop');
    runCommand('view.windows10');
    expect(useAppStore.getState().look).toBe('windows10');
    runCommand('view.trainer');
    expect(useAppStore.getState().trainerMode).toBe(true);
    runCommand('view.trainer');
    expect(useAppStore.getState().trainerMode).toBe(false);
  });
});
