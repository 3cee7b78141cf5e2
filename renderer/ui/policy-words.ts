// The engine explains policy resolution in English sentences for the command line; the verdict panel shows the same
// facts in the reader's language, from the verdict's own fields. A reason the panel has no words for is shown as the
// engine wrote it rather than dropped.
import type { TFunction } from 'i18next';
import { ASSIGNED_AS, REGISTRY_TEST_ROUTE } from '../../simulator/engine/policy';
import type { Verdict } from '../../simulator/index';

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

/**
 * The effective AllowAadPasswordReset in words: the source that produced it (its name as the scenario has it now, its
 * kind and how it reaches the device), or why no single source did.
 */
export function policySummaryText(verdict: Verdict, names: readonly { name: string }[], t: TFunction): string {
  const policy = verdict.policy;
  const producer = policy.sourceIndex === null ? null : policy.sources.find((s) => s.index === policy.sourceIndex);
  if (!producer) return policyExplanationText(verdict, t);
  const kind = t(`fixLabel.policyKind.${producer.kind}`, { defaultValue: producer.kind });
  const source = `${names[producer.index]?.name ?? producer.name} (${kind})`;
  return producer.reason ? `${source} · ${policyReasonText(producer.reason, t)}` : source;
}
