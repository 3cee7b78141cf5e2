// The engine explains policy resolution in English sentences for the command line; the verdict panel shows the same
// facts in the reader's language, from the verdict's own fields. A reason the panel has no words for is shown as the
// engine wrote it rather than dropped.
import type { TFunction } from 'i18next';
import { ASSIGNED_AS, REGISTRY_TEST_ROUTE } from '../../../simulator/engine/policy';
import type { Verdict } from '../../../simulator/index';

const REASON_KEYS: Readonly<Record<string, string>> = {
  [ASSIGNED_AS.device]: 'assignedDevice',
  [ASSIGNED_AS.user]: 'assignedUser',
  [REGISTRY_TEST_ROUTE]: 'registry',
  applied: 'applied',
};

export function policyReasonText(reason: string, t: TFunction): string {
  const key = REASON_KEYS[reason];
  return key ? t(`verdictPanel.policyReason.${key}`) : reason;
}

/** Why AllowAadPasswordReset has the value it has when no single source produced it. */
export function policyExplanationText(verdict: Verdict, t: TFunction): string {
  if (verdict.fired.some((rule) => rule.id === 'R-POLICY-CONFLICT'))
    return t('verdictPanel.policyExplanation.conflict');
  if (verdict.policy.value === 'unknown') return t('verdictPanel.policyExplanation.unknown');
  if (verdict.policy.value !== 1) return t('verdictPanel.policyExplanation.none');
  return verdict.policy.explanation;
}
