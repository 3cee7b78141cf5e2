// A form field's view of the store: only this field re-renders when its own value changes.
import { useCallback } from 'react';
import type { Scenario } from '../../../simulator/index';
import { useAppStore } from '../../store/app-store';
import { getAt } from '../../store/paths';
import { editField } from './edit';

export function useFieldValue<T = unknown>(path: string): T {
  return useAppStore((state) => getAt(state.scenario, path)) as T;
}

export function useProvenance(path: string): Scenario['provenance'][string] | undefined {
  return useAppStore((state) => state.scenario.provenance[path]);
}

/** Returns [value, set]; `set(value, valueLabel)` records "<field label>: <value label>" in the undo history. */
export function useField<T = unknown>(path: string, fieldLabel: string): [T, (value: T, valueLabel: string) => void] {
  const value = useFieldValue<T>(path);
  const set = useCallback(
    (next: T, valueLabel: string) => editField(path, next, `${fieldLabel}: ${valueLabel}`),
    [path, fieldLabel],
  );
  return [value, set];
}
