// The verdict panel's policy line in the reader's language: the producing source's reason and, without one, why
// AllowAadPasswordReset has its value.
import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '../../../renderer/i18n/index';
import { policyExplanationText, policyReasonText } from '../../../renderer/ui/policy-words';
import { DEFAULT_SCENARIO, evaluate, UNKNOWN } from '../../../simulator/index';

describe('policy words', () => {
  afterAll(() => i18n().changeLanguage('en-US'));

  it('names the default scenario’s producing source reason in Dutch, never the engine’s English', async () => {
    const verdict = evaluate(DEFAULT_SCENARIO);
    const producer = verdict.policy.sources.find((source) => source.index === verdict.policy.sourceIndex)!;
    await i18n().changeLanguage('nl-NL');
    const text = policyReasonText(producer.reason, i18n().t);
    expect(text).toBe('toegewezen aan een apparaatgroep');
    expect(text).not.toBe(producer.reason);
    expect(policyReasonText('something new', i18n().t)).toBe('something new');
  });

  it('explains an unknown and an unset value in Dutch', async () => {
    await i18n().changeLanguage('nl-NL');
    const enrolmentUnknown = evaluate({
      ...DEFAULT_SCENARIO,
      device: { ...DEFAULT_SCENARIO.device, intuneEnrolled: UNKNOWN },
    });
    expect(enrolmentUnknown.policy.value).toBe(UNKNOWN);
    expect(policyExplanationText(enrolmentUnknown, i18n().t)).toMatch(/^onbeslist/);
    const none = evaluate({ ...DEFAULT_SCENARIO, policies: { ...DEFAULT_SCENARIO.policies, passwordReset: [] } });
    expect(none.policy.value).toBe(0);
    expect(policyExplanationText(none, i18n().t)).toMatch(/^0 \(standaard/);
  });
});
