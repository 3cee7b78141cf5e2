// Writing one scenario field from a form: an undoable, labelled change that also records that the value was
// edited by hand when it had been imported or inferred.
import { DEFAULT_SCENARIO, UNKNOWN, type Scenario } from '../../../simulator/index';
import { useAppStore } from '../../store/app-store';
import { getAt, setAt } from '../../store/paths';

type ProvenanceEntry = Scenario['provenance'][string];

const PROVENANCE_LABELS: Record<ProvenanceEntry['kind'], string> = {
  imported: 'Imported',
  inferred: 'Inferred',
  statedByAdmin: 'Stated by admin',
  unknown: 'Unknown',
  manual: 'Edited',
};

export function provenanceLabel(kind: ProvenanceEntry['kind']): string {
  return PROVENANCE_LABELS[kind];
}

export function withEdit(scenario: Scenario, path: string, value: unknown): Scenario {
  const next = setAt(scenario, path, value);
  if (next === scenario) return scenario;
  const origin = scenario.provenance[path];
  if (!origin || origin.kind === 'manual') return next;
  const kind = PROVENANCE_LABELS[origin.kind].toLowerCase();
  const was = origin.endpoint ? `${kind} from ${origin.endpoint}` : kind;
  const manual: ProvenanceEntry = { kind: 'manual', note: `Edited here; was ${was}` };
  return { ...next, provenance: { ...next.provenance, [path]: manual } };
}

export function editField(path: string, value: unknown, label: string): void {
  const { scenario, setScenario } = useAppStore.getState();
  const next = withEdit(scenario, path, value);
  if (next !== scenario) setScenario(next, label);
}

/** The value a field gets back when its "Unknown" toggle is cleared: the documented default, else `fallback`. */
export function knownFallback(path: string, fallback: unknown): unknown {
  const defaultValue = getAt(DEFAULT_SCENARIO, path);
  return defaultValue === undefined || defaultValue === UNKNOWN ? fallback : defaultValue;
}

export function describeValue(value: unknown): string {
  if (value === UNKNOWN) return 'Unknown';
  if (value === null || value === undefined || value === '') return '(empty)';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '(none)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}
