// Live checks on "Create a new password": cloud rules always, the on-premises policy with writeback.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, type Scenario } from '../../../simulator/index';
import {
  EXAMPLE_NEW_PASSWORD,
  characterClasses,
  checkNewPassword,
  containsBanned,
  passwordAccepted,
} from '../../../renderer/features/device/password-rules';

const failing = (scenario: Scenario, password: string, confirmation = password) =>
  checkNewPassword(scenario, password, confirmation)
    .filter((check) => !check.ok)
    .map((check) => check.key);

const writeback: Scenario = {
  ...DEFAULT_SCENARIO,
  user: { ...DEFAULT_SCENARIO.user, authentication: 'passwordHashSync' },
  tenant: {
    ...DEFAULT_SCENARIO.tenant,
    sspr: {
      ...DEFAULT_SCENARIO.tenant.sspr,
      onPremises: {
        ...DEFAULT_SCENARIO.tenant.sspr.onPremises,
        writebackEnabled: true,
        passwordPolicy: { minimumLength: 18, complexity: true, minimumAgeDays: 1, historyCount: 24 },
      },
    },
  },
};

describe('new password checks', () => {
  it('accept the example password the trainer flow types', () => {
    expect(passwordAccepted(checkNewPassword(DEFAULT_SCENARIO, EXAMPLE_NEW_PASSWORD, EXAMPLE_NEW_PASSWORD))).toBe(true);
  });

  it('enforce 8–256 characters', () => {
    expect(failing(DEFAULT_SCENARIO, 'Ab1!xyz')).toContain('portal.check.length');
    expect(failing(DEFAULT_SCENARIO, `Ab1!${'x'.repeat(253)}`)).toContain('portal.check.length');
    expect(failing(DEFAULT_SCENARIO, `Ab1!${'x'.repeat(252)}`)).not.toContain('portal.check.length');
  });

  it('need 3 of 4 character classes', () => {
    expect(characterClasses('abcdefgh')).toBe(1);
    expect(characterClasses('Abcdefg1')).toBe(3);
    expect(failing(DEFAULT_SCENARIO, 'abcdefgh12')).toContain('portal.check.classes');
    expect(failing(DEFAULT_SCENARIO, 'Tulpenveld42')).not.toContain('portal.check.classes');
  });

  it('refuse banned words, also with character substitutions and the tenant name', () => {
    expect(containsBanned('P@ssw0rd2024!')).toBe(true);
    expect(containsBanned('Welkom01!')).toBe(true);
    expect(failing(DEFAULT_SCENARIO, 'C0ntoso-Rocks9')).toContain('portal.check.banned');
    expect(containsBanned(EXAMPLE_NEW_PASSWORD)).toBe(false);
  });

  it('require both entries to match', () => {
    expect(failing(DEFAULT_SCENARIO, EXAMPLE_NEW_PASSWORD, `${EXAMPLE_NEW_PASSWORD}x`)).toEqual(['portal.check.match']);
  });

  it('add the on-premises policy only when writeback is used', () => {
    expect(
      checkNewPassword(DEFAULT_SCENARIO, 'x', 'x').some((check) => check.key.startsWith('portal.check.onPrem')),
    ).toBe(false);
    expect(failing(writeback, EXAMPLE_NEW_PASSWORD)).toEqual(['portal.check.onPremLength']);
    expect(failing(writeback, 'Adele-Harbour-2024x')).toContain('portal.check.onPremComplexity');
    const inHistory = { ...writeback, user: { ...writeback.user, newPasswordInHistory: true } };
    expect(failing(inHistory, 'Tulip-Harbour-4242')).toEqual(['portal.check.onPremHistory']);
  });
});
