// The screens the device walks through follow from the verdict: each preset's flow ends where the docs say.
import { describe, expect, it } from 'vitest';
import { PRESETS, evaluate, presetById } from '../../../simulator/index';
import { buildFlow, passwordFlow, pinFlow, verdictForFlow } from '../../../renderer/features/device/flow';

const LAST_STEP = {
  hidden: ['signIn'],
  undecided: ['signIn'],
  fails: ['somethingWentWrong', 'loopBack', 'signInRefused'],
  denied: ['portalError', 'passwordRejected'],
  deferred: ['deferred'],
  success: ['desktop'],
} as const;

describe('password-reset flow per preset', () => {
  for (const preset of PRESETS) {
    it(`${preset.id}: ends on the screen of a "${preset.expected.outcome}" outcome`, () => {
      const verdict = evaluate(preset.scenario, preset.options);
      const steps = passwordFlow(verdict);
      expect(LAST_STEP[verdict.outcome]).toContain(steps[steps.length - 1].kind);
      expect(steps[0].kind).toBe(verdict.legacy ? 'chooseUser' : 'lock');
      // the rule that decided the outcome is demonstrated on the screen where the user meets it
      if (verdict.outcome !== 'success' && verdict.outcome !== 'undecided') {
        expect(steps[steps.length - 1].rules.length).toBeGreaterThan(0);
      }
    });
  }

  it('offers a second verification step only when two methods are required', () => {
    const one = presetById('happy-path');
    expect(one).toBeDefined();
    const scenario = one!.scenario;
    const twoRequired = {
      ...scenario,
      tenant: { ...scenario.tenant, sspr: { ...scenario.tenant.sspr, methodsRequired: 2 as const } },
    };
    expect(passwordFlow(evaluate(scenario)).map((step) => step.kind)).not.toContain('verify2');
    expect(passwordFlow(evaluate(twoRequired)).map((step) => step.kind)).toContain('verify2');
  });

  it('shows "Something went wrong" for a network failure and the loop for UAC off', () => {
    const uac = presetById('uac-off');
    expect(uac).toBeDefined();
    const uacSteps = passwordFlow(evaluate(uac!.scenario, uac!.options));
    expect(uacSteps.at(-1)?.kind).toBe('loopBack');
    const base = presetById('happy-path')!.scenario;
    const offline = {
      ...base,
      device: { ...base.device, network: { ...base.device.network, reachesPasswordResetService: false } },
    };
    const offlineSteps = passwordFlow(evaluate(offline));
    expect(offlineSteps.at(-1)?.kind).toBe('somethingWentWrong');
    expect(offlineSteps.at(-1)?.rules).toContain('R-NET');
  });

  it('shows the rejection on the password page when the cloud rules refuse the new password (R-CLOUDPW)', () => {
    const base = presetById('happy-path')!.scenario;
    const weak = { ...base, user: { ...base.user, newPassword: 'password' } };
    const verdict = evaluate(weak);
    expect(verdict.outcome).toBe('denied');
    const steps = passwordFlow(verdict);
    expect(steps.slice(-2).map((step) => step.kind)).toEqual(['newPassword', 'passwordRejected']);
    expect(steps.at(-1)?.rules).toContain('R-CLOUDPW');
  });

  it('starts the Windows 7 add-in flow at the user tiles', () => {
    const legacy = presetById('windows7-addin')!;
    const steps = passwordFlow(evaluate(legacy.scenario, legacy.options));
    expect(steps.slice(0, 2).map((step) => step.kind)).toEqual(['chooseUser', 'signIn']);
  });
});

describe('PIN-reset flow', () => {
  it('non-destructive: Sign-in options › PIN → verify → new PIN → done', () => {
    const preset = presetById('pin-non-destructive')!;
    const verdict = evaluate(preset.scenario, preset.options);
    expect(pinFlow(verdict, preset.scenario).map((step) => step.kind)).toEqual([
      'lock',
      'signIn',
      'pinSignIn',
      'pinVerify',
      'pinNew',
      'pinDone',
      'desktop',
    ]);
    expect(pinFlow(verdict, preset.scenario).find((step) => step.kind === 'pinDone')?.rules).toEqual(['P-NONDESTR']);
  });

  it('hybrid key trust without recovery: password first, then the failure', () => {
    const preset = presetById('pin-hybrid-key-trust')!;
    const verdict = evaluate(preset.scenario, preset.options);
    const kinds = buildFlow('pin', verdict, preset.scenario).map((step) => step.kind);
    expect(kinds).toContain('pinPasswordFirst');
    expect(['pinFailed', 'pinBlocked']).toContain(kinds.at(-1));
  });

  it('choosing the PIN provider on screen is what draws I forgot my PIN (P-LINK): destructive by default', () => {
    const preset = presetById('happy-path')!;
    expect(preset.scenario.session.credentialProvider).toBe('password');
    const verdict = evaluate(preset.scenario, preset.options);
    const forPin = verdictForFlow('pin', preset.scenario, verdict);
    expect(forPin.pinLink).toBe('yes');
    const steps = pinFlow(forPin, preset.scenario);
    expect(steps.map((step) => step.kind)).toContain('pinDone');
    expect(steps.find((step) => step.kind === 'pinDone')?.rules).toEqual(['P-MODE']);
    expect(verdictForFlow('password', preset.scenario, verdict)).toBe(verdict);
  });

  it('no link when the user has no PIN', () => {
    const base = presetById('happy-path')!.scenario;
    const noPin = { ...base, user: { ...base.user, pin: { ...base.user.pin, hasPin: false } } };
    const verdict = verdictForFlow('pin', noPin, evaluate(noPin));
    expect(verdict.pinLink).toBe('no');
    expect(pinFlow(verdict, noPin).at(-1)?.kind).toBe('pinSignIn');
  });
});
