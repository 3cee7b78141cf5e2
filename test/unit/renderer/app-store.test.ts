import { beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, redoLabel, undoLabel, useAppStore } from '../../../renderer/store/app-store';
import { DEFAULT_SCENARIO } from '../../../simulator/index';

function reset() {
  useAppStore.getState().loadScenario(DEFAULT_SCENARIO, { filePath: null, dirty: false });
}

describe('app store', () => {
  beforeEach(reset);

  it('patches by dotted path, marks dirty and records a labelled undo step', () => {
    useAppStore.getState().patchScenario('session.kind', 'remoteDesktop', 'Session: Remote Desktop');
    const state = useAppStore.getState();
    expect(state.scenario.session.kind).toBe('remoteDesktop');
    expect(state.dirty).toBe(true);
    expect(undoLabel(state)).toBe('Session: Remote Desktop');
  });

  it('undo and redo walk the history', () => {
    const { patchScenario } = useAppStore.getState();
    patchScenario('session.kind', 'remoteDesktop', 'RDP');
    patchScenario('device.os.edition', 'Home', 'Home');
    useAppStore.getState().undo();
    expect(useAppStore.getState().scenario.device.os.edition).toBe('Enterprise');
    expect(useAppStore.getState().scenario.session.kind).toBe('remoteDesktop');
    expect(redoLabel(useAppStore.getState())).toBe('Home');
    useAppStore.getState().undo();
    expect(useAppStore.getState().scenario).toBe(DEFAULT_SCENARIO);
    useAppStore.getState().redo();
    expect(useAppStore.getState().scenario.session.kind).toBe('remoteDesktop');
    expect(useAppStore.getState().scenario.device.os.edition).toBe('Enterprise');
  });

  it('a new change clears the redo stack', () => {
    const { patchScenario } = useAppStore.getState();
    patchScenario('session.kind', 'remoteDesktop', 'RDP');
    useAppStore.getState().undo();
    patchScenario('session.kind', 'hyperVEnhanced', 'Hyper-V');
    expect(useAppStore.getState().future).toHaveLength(0);
  });

  it('caps the history', () => {
    for (let i = 0; i < HISTORY_LIMIT + 25; i++) {
      useAppStore.getState().patchScenario('session.failedAttempts', i + 1, `attempt ${i + 1}`);
    }
    const { past } = useAppStore.getState();
    expect(past).toHaveLength(HISTORY_LIMIT);
    expect(past[past.length - 1].label).toBe(`attempt ${HISTORY_LIMIT + 25}`);
  });

  it('a no-op patch records nothing', () => {
    useAppStore.getState().patchScenario('session.kind', 'console', 'same');
    expect(useAppStore.getState().past).toHaveLength(0);
    expect(useAppStore.getState().dirty).toBe(false);
  });

  it('loading a scenario resets history and takes the file meta', () => {
    useAppStore.getState().patchScenario('session.kind', 'remoteDesktop', 'RDP');
    const loaded = { ...DEFAULT_SCENARIO, name: 'From disk' };
    useAppStore.getState().loadScenario(loaded, { filePath: 'C:\\scenarios\\a.json' });
    const state = useAppStore.getState();
    expect(state.scenario).toBe(loaded);
    expect(state.past).toHaveLength(0);
    expect(state.future).toHaveLength(0);
    expect(state.filePath).toBe('C:\\scenarios\\a.json');
    expect(state.dirty).toBe(false);
  });

  it('options merge and are not part of the undo history', () => {
    useAppStore.getState().setOptions({ docsAsOf: '2018-07' });
    useAppStore.getState().setOptions({ strictLicensing: true });
    const state = useAppStore.getState();
    expect(state.options).toMatchObject({ docsAsOf: '2018-07', strictLicensing: true });
    expect(state.past).toHaveLength(0);
  });
});
