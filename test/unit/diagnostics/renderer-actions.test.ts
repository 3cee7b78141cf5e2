// The app side without a browser: dropped File objects → readings → review → one undoable apply.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../../simulator/index';
import { applyFindings, readDroppedFiles } from '../../../renderer/features/diagnostics/actions';
import { useDiagnosticsStore } from '../../../renderer/features/diagnostics/diagnostics-store';
import { readDiagnosticFiles, MAX_DROPPED_FILES } from '../../../renderer/features/diagnostics/read-files';
import { useAppStore } from '../../../renderer/store/app-store';
import { useUiStore } from '../../../renderer/store/ui-store';
import { fixture } from './helpers';

const file = (name: string) => new File([new Uint8Array(fixture(name))], name);

beforeEach(() => {
  useAppStore.getState().loadScenario(DEFAULT_SCENARIO, { filePath: null, dirty: false });
  useDiagnosticsStore.getState().clear();
});

describe('dropped diagnostic files', () => {
  it('open the review without touching the scenario, then apply in one undoable step', async () => {
    await readDroppedFiles([file('dsregcmd-hybrid-2019.txt'), file('ver.txt'), file('xml-bomb.xml')]);
    expect(useUiStore.getState().screen).toBe('diagnostics');
    const findings = useDiagnosticsStore.getState().findings!;
    expect(findings.readings.map((item) => item.status)).toEqual(['read', 'read', 'rejected']);
    expect(useAppStore.getState().scenario).toBe(DEFAULT_SCENARIO);

    expect(applyFindings()).toBe(true);
    const applied = useAppStore.getState().scenario;
    expect(applied.device.joinState).toBe('hybridJoined');
    expect(applied.device.os.build).toBe(22631);
    expect(applied.device.settings.NoLockScreen).toBe('unknown');
    expect(useAppStore.getState().dirty).toBe(true);

    useAppStore.getState().undo();
    expect(useAppStore.getState().scenario).toBe(DEFAULT_SCENARIO);
  });

  it('apply nothing when no file could be read', async () => {
    await readDroppedFiles([file('dsregcmd-truncated.txt')]);
    expect(applyFindings()).toBe(false);
    expect(useAppStore.getState().scenario).toBe(DEFAULT_SCENARIO);
  });

  it('refuse files beyond the limit and oversized files unread', async () => {
    const many = Array.from({ length: MAX_DROPPED_FILES + 1 }, () => file('ver.txt'));
    const readings = await readDiagnosticFiles(many);
    expect(readings.at(-1)).toMatchObject({ status: 'rejected', reason: 'tooMany' });
    const big = { name: 'big.txt', size: 300 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('read')) };
    expect(await readDiagnosticFiles([big as unknown as File])).toMatchObject([
      { status: 'rejected', reason: 'too-large' },
    ]);
  });
});
