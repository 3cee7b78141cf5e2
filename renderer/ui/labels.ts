// Display names for the model's enum values, as the Entra / Intune admin centers word them.
import type { Effect, Licence, Method, Outcome } from '../../simulator/index';

export const METHOD_LABELS: Record<Method, string> = {
  mobileAppNotification: 'Mobile app notification',
  mobileAppCode: 'Mobile app code',
  email: 'Email',
  mobilePhone: 'Mobile phone',
  officePhone: 'Office phone',
  securityQuestions: 'Security questions',
};

export const LICENCE_LABELS: Record<Licence, string> = {
  free: 'Microsoft Entra ID Free',
  microsoft365BusinessBasic: 'Microsoft 365 Business Basic',
  microsoft365BusinessStandard: 'Microsoft 365 Business Standard',
  microsoft365BusinessPremium: 'Microsoft 365 Business Premium',
  entraIdP1: 'Microsoft Entra ID P1',
  entraIdP2: 'Microsoft Entra ID P2',
  microsoft365E3: 'Microsoft 365 E3',
  microsoft365E5: 'Microsoft 365 E5',
  microsoft365Trial: 'Microsoft 365 (trial)',
  entraIdP1Trial: 'Microsoft Entra ID P1 (trial)',
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  success: 'Reset works',
  hidden: 'Link hidden',
  fails: 'Reset fails',
  denied: 'Reset denied',
  deferred: 'Reset deferred',
  undecided: 'Not enough information',
};

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

export function options<T extends string>(labels: Record<T, string>): { value: T; label: string }[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}
