// What the diagnostics feature does: open files (menu, button, drop), show the review, and apply the reviewed
// scenario through the scenario store so that Undo restores the previous one.
import type { ParseResult, Scenario } from '../../../simulator/index';
import { scenarioFromFindings, type DeviceFindings, type FileReading } from '../../../simulator/diagnostics/index';
import { i18n } from '../../i18n/index';
import { getApi } from '../../platform/api';
import { useAppStore } from '../../store/app-store';
import { useUiStore } from '../../store/ui-store';
import { useDiagnosticsStore } from './diagnostics-store';
import { readDiagnosticFiles } from './read-files';

export function showReadings(readings: FileReading[]): void {
  if (readings.length === 0) return;
  useDiagnosticsStore.getState().load(readings);
  useUiStore.getState().showScreen('diagnostics');
}

export async function openDiagnostics(): Promise<void> {
  const store = useDiagnosticsStore.getState();
  store.setBusy(true);
  try {
    const result = await getApi().invoke('diagnostics:open', undefined);
    if (result.status === 'opened') showReadings(result.readings);
  } finally {
    useDiagnosticsStore.getState().setBusy(false);
  }
}

export async function readDroppedFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  useDiagnosticsStore.getState().setBusy(true);
  try {
    showReadings(await readDiagnosticFiles(files));
  } finally {
    useDiagnosticsStore.getState().setBusy(false);
  }
}

/** The scenario the findings make from `base`; null when no file could be read (nothing to apply). */
export function proposedFrom(findings: DeviceFindings | null, base: Scenario): ParseResult | null {
  if (!findings || !findings.readings.some((item) => item.status === 'read')) return null;
  return scenarioFromFindings(base, findings);
}

/** Replaces the scenario in one undoable step; the verdict follows the scenario by itself. */
export function applyFindings(): boolean {
  // From the scenario in force now: it may have changed since the files were read.
  const proposed = proposedFrom(useDiagnosticsStore.getState().findings, useAppStore.getState().scenario);
  if (!proposed?.ok) return false;
  const t = i18n().t;
  useAppStore.getState().setScenario(proposed.scenario, t('diagnostics.undoLabel'));
  useDiagnosticsStore.getState().markApplied(proposed.scenario);
  useUiStore.getState().notify('success', t('diagnostics.appliedNotice'));
  return true;
}
