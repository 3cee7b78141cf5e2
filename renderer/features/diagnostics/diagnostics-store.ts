// The device-diagnostics import being reviewed: the files as read, the findings, and the scenario they would make
// from the scenario in force when they were read. Nothing here touches the scenario store until "Apply" is pressed.
import { create } from 'zustand';
import type { Scenario } from '../../../simulator/index';
import { findingsFrom, type DeviceFindings, type FileReading } from '../../../simulator/diagnostics/index';

export type DiagnosticsTab = 'review' | 'collect';

export interface DiagnosticsState {
  findings: DeviceFindings | null;
  tab: DiagnosticsTab;
  /** The scenario Apply produced: while it is the one in force, the review offers Undo instead of Apply. */
  appliedScenario: Scenario | null;
  busy: boolean;
  load(readings: FileReading[]): void;
  setTab(tab: DiagnosticsTab): void;
  setBusy(busy: boolean): void;
  markApplied(scenario: Scenario): void;
  clear(): void;
}

export const useDiagnosticsStore = create<DiagnosticsState>()((set) => ({
  findings: null,
  tab: 'collect',
  appliedScenario: null,
  busy: false,
  load(readings) {
    set({ findings: findingsFrom(readings), tab: 'review', appliedScenario: null, busy: false });
  },
  setTab(tab) {
    set({ tab });
  },
  setBusy(busy) {
    set({ busy });
  },
  markApplied(scenario) {
    set({ appliedScenario: scenario });
  },
  clear() {
    set({ findings: null, appliedScenario: null, tab: 'collect' });
  },
}));
