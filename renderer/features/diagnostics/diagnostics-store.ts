// The device-diagnostics import being reviewed: the files as read, the findings, and the scenario they would make
// from the scenario in force when they were read. Nothing here touches the scenario store until "Apply" is pressed.
import { create } from 'zustand';
import { findingsFrom, type DeviceFindings, type FileReading } from '../../../simulator/diagnostics/index';

export type DiagnosticsTab = 'review' | 'collect';

export interface DiagnosticsState {
  findings: DeviceFindings | null;
  tab: DiagnosticsTab;
  /** True once the reviewed findings were applied (the review stays visible, the button does not repeat it). */
  applied: boolean;
  busy: boolean;
  load(readings: FileReading[]): void;
  setTab(tab: DiagnosticsTab): void;
  setBusy(busy: boolean): void;
  markApplied(): void;
  clear(): void;
}

export const useDiagnosticsStore = create<DiagnosticsState>()((set) => ({
  findings: null,
  tab: 'collect',
  applied: false,
  busy: false,
  load(readings) {
    set({ findings: findingsFrom(readings), tab: 'review', applied: false, busy: false });
  },
  setTab(tab) {
    set({ tab });
  },
  setBusy(busy) {
    set({ busy });
  },
  markApplied() {
    set({ applied: true });
  },
  clear() {
    set({ findings: null, applied: false, tab: 'collect' });
  },
}));
