import { beforeEach, describe, expect, it } from 'vitest';
import { editField, knownFallback, withEdit } from '../../../renderer/ui/fields/edit';
import { useAppStore } from '../../../renderer/store/app-store';
import { DEFAULT_SCENARIO, type Scenario } from '../../../simulator/index';

const imported: Scenario = {
  ...DEFAULT_SCENARIO,
  provenance: { 'device.os.build': { kind: 'imported', endpoint: 'GET /devices', at: '2026-11-25T01:00:00Z' } },
};

describe('editing a field', () => {
  beforeEach(() => useAppStore.getState().loadScenario(imported));

  it('marks an imported value as edited by hand, in the same undo step', () => {
    editField('device.os.build', 19045, 'Build: 19045');
    const state = useAppStore.getState();
    expect(state.scenario.device.os.build).toBe(19045);
    expect(state.scenario.provenance['device.os.build']).toMatchObject({ kind: 'manual' });
    expect(state.scenario.provenance['device.os.build'].note).toContain('GET /devices');
    expect(state.past).toHaveLength(1);
    state.undo();
    expect(useAppStore.getState().scenario.provenance['device.os.build'].kind).toBe('imported');
  });

  it('leaves provenance alone when nothing changes or no entry exists', () => {
    expect(withEdit(imported, 'device.os.build', imported.device.os.build)).toBe(imported);
    const next = withEdit(imported, 'session.kind', 'remoteDesktop');
    expect(next.provenance).toBe(imported.provenance);
  });

  it('restores the documented default when Unknown is cleared', () => {
    expect(knownFallback('device.os.build', 0)).toBe(DEFAULT_SCENARIO.device.os.build);
    expect(knownFallback('no.such.path', 'fallback')).toBe('fallback');
  });
});
