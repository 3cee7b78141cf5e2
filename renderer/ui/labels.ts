// Display names for the model's enum values, as the Entra / Intune admin centers word them, in the app language.
// The records read the catalogue on every access, so a component that re-renders on a language change shows the
// new language; prefer t(`outcome.${value}`) inside components.
import { LICENCES, METHODS, type Effect, type Licence, type Method, type Outcome } from '../../simulator/index';
import { i18n } from '../i18n/index';

const OUTCOMES = [
  'success',
  'hidden',
  'fails',
  'denied',
  'deferred',
  'undecided',
] as const satisfies readonly Outcome[];

function translated<K extends string>(keys: readonly K[], section: string): Readonly<Record<K, string>> {
  const record = {} as Record<K, string>;
  for (const key of keys) {
    Object.defineProperty(record, key, { enumerable: true, get: () => i18n().t(`${section}.${key}`) });
  }
  return record;
}

export const METHOD_LABELS = translated<Method>(METHODS, 'labels.method');
export const LICENCE_LABELS = translated<Licence>(LICENCES, 'labels.licence');
export const OUTCOME_LABELS = translated<Outcome>(OUTCOMES, 'labels.outcome');

export const OUTCOME_COLORS = {
  success: 'success',
  hidden: 'danger',
  fails: 'danger',
  denied: 'warning',
  deferred: 'important',
  undecided: 'informative',
} as const satisfies Record<Outcome, string>;

export const EFFECT_COLORS = {
  HIDE: 'danger',
  FAIL: 'danger',
  DENY: 'warning',
  DEFER: 'important',
  WARN: 'informative',
  INFO: 'subtle',
} as const satisfies Record<Effect, string>;

export function options<T extends string>(labels: Readonly<Record<T, string>>): { value: T; label: string }[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}
