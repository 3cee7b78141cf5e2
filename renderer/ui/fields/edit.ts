// Writing one scenario field from a form: an undoable, labelled change that also records that the value was
// edited by hand when it had been imported or inferred.
import { DEFAULT_SCENARIO, UNKNOWN, type Scenario } from '../../../simulator/index';
import { i18n } from '../../i18n/index';
import { useAppStore } from '../../store/app-store';
import { getAt, setAt } from '../../store/paths';

type ProvenanceEntry = Scenario['provenance'][string];

export function provenanceLabel(kind: ProvenanceEntry['kind']): string {
  return i18n().t(`fields.provenance.${kind}`);
}

export function withEdit(scenario: Scenario, path: string, value: unknown): Scenario {
  const next = setAt(scenario, path, value);
  if (next === scenario) return scenario;
  const origin = scenario.provenance[path];
  if (!origin || origin.kind === 'manual') return next;
  const t = i18n().t;
  const kind = provenanceLabel(origin.kind).toLowerCase();
  const was = origin.endpoint ? t('fields.wasFrom', { kind, endpoint: origin.endpoint }) : kind;
  const manual: ProvenanceEntry = { kind: 'manual', note: t('fields.editedHere', { was }) };
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
  const t = i18n().t;
  if (value === UNKNOWN) return t('fields.unknown');
  if (value === null || value === undefined || value === '') return t('fields.empty');
  if (Array.isArray(value)) return value.length ? value.join(', ') : t('fields.noneParens');
  if (typeof value === 'boolean') return value ? t('fields.yes') : t('fields.no');
  return String(value);
}
