// Where Windows answers with its own sign-in message instead of looping back: the logon-right profile (R-LOGONRIGHT)
// and smart-card-only logon (R-SMARTCARD), in both languages, flagged unverified for the trainer.
import { describe, expect, it } from 'vitest';
import { evaluate, parseScenario, presetById, type Scenario } from '../../../simulator/index';
import { passwordFlow, refusalKey } from '../../../renderer/features/device/flow';
import { stepTextKeys } from '../../../renderer/features/trainer/notes';
import { CATALOGUES, textStatus } from '../../../renderer/i18n/index';

function scenario(input: Record<string, unknown>): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error('invalid scenario');
  return parsed.scenario;
}

describe('sign-in refusals', () => {
  it('the CIS-style logon-right preset ends on "The sign in method you\'re trying to use isn\'t allowed"', () => {
    const preset = presetById('cis-logon-right')!;
    const verdict = evaluate(preset.scenario, preset.options);
    const steps = passwordFlow(verdict);
    expect(steps.map((step) => step.kind)).toEqual(['lock', 'signIn', 'pleaseWait', 'signInRefused']);
    const last = steps.at(-1)!;
    expect(last.rules).toEqual(['R-LOGONRIGHT']);
    expect(refusalKey(last.rules)).toBe('screen.signInMethodNotAllowed');
    expect(stepTextKeys(last, verdict)).toEqual(['screen.signInMethodNotAllowed', 'screen.ok']);
    expect(CATALOGUES['en-US'].screen.signInMethodNotAllowed).toBe(
      "The sign in method you're trying to use isn't allowed. For more info, contact your network administrator.",
    );
    expect(CATALOGUES['nl-NL'].screen.signInMethodNotAllowed).toMatch(/^De aanmeldingsmethode/);
  });

  it('smart-card-only logon shows "You must use Windows Hello or a smartcard to sign in"', () => {
    const verdict = evaluate(scenario({ device: { settings: { RequireSmartCard: 1 } } }));
    const last = passwordFlow(verdict).at(-1)!;
    expect(last.kind).toBe('signInRefused');
    expect(refusalKey(last.rules)).toBe('screen.smartCardRequired');
    expect(CATALOGUES['nl-NL'].screen.smartCardRequired).toBe(
      'U moet Windows Hello of een smartcard gebruiken om u aan te melden',
    );
  });

  it('the field strings are marked unverified in both languages', () => {
    for (const language of ['en-US', 'nl-NL'] as const) {
      expect(textStatus(language, 'screen.signInMethodNotAllowed')).toBe('unverified');
      expect(textStatus(language, 'screen.smartCardRequired')).toBe('unverified');
    }
  });

  it('other launch failures still loop back', () => {
    const verdict = evaluate(scenario({ device: { settings: { EnableLUA: 0 } } }));
    expect(passwordFlow(verdict).at(-1)?.kind).toBe('loopBack');
  });
});

describe("web sign-in as the tile's provider", () => {
  it('the sign-in step lists the web sign-in texts, not the password box or Reset password', () => {
    const preset = presetById('web-sign-in-default')!;
    const verdict = evaluate(preset.scenario, preset.options);
    const steps = passwordFlow(verdict);
    expect(steps.map((step) => step.kind)).toEqual(['lock', 'signIn']);
    expect(steps[1].rules).toEqual(['R-WSI-DEFAULT']);
    const keys = stepTextKeys(steps[1], verdict);
    expect(keys).toContain('screen.webSignIn');
    expect(keys).not.toContain('screen.resetPassword');
    expect(keys).not.toContain('screen.passwordPlaceholder');
    expect(CATALOGUES['nl-NL'].screen.webSignIn).toBe('Aanmelden');
  });
});
