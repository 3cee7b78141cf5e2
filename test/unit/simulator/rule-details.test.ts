// Finer points of individual rules: error codes, effect order, the admin policy,
// licences, passwords and the PIN-reset mode.
import { describe, expect, it } from 'vitest';
import { merge } from './rule-cases';
import { firedIds, pinRecoveryCatalog, syncedUser, verdictOf, windows10, type Partial } from './scenarios';

const admin = (extra: Partial = {}) => merge({ user: { adminRole: true } }, extra);

describe('§0 order and reporting', () => {
  it('reports every rule that fires; the earliest effect decides (HIDE > FAIL > DENY)', () => {
    const verdict = verdictOf({
      device: { settings: { NoLockScreen: 1, EnableLUA: 0 } },
      session: { kind: 'remoteDesktop' },
      user: { registeredMethods: [] },
    });
    expect(firedIds(verdict)).toEqual(expect.arrayContaining(['R-NOLOCK', 'R-SESSION-RDP', 'R-UAC', 'R-REG']));
    expect(verdict.outcome).toBe('hidden');
    expect([...verdict.deciding].sort()).toEqual(['R-NOLOCK', 'R-SESSION-RDP']);
  });

  it('FAIL beats DENY, DENY beats DEFER', () => {
    expect(verdictOf({ device: { settings: { EnableLUA: 0 } }, user: { registeredMethods: [] } }).outcome).toBe(
      'fails',
    );
    const hybridOffNetwork = merge(
      { device: { os: windows10(19045), joinState: 'hybridJoined', network: { domainControllerReachable: false } } },
      syncedUser(),
    );
    expect(verdictOf(hybridOffNetwork).outcome).toBe('deferred');
    expect(verdictOf(merge(hybridOffNetwork, { user: { registeredMethods: [] } })).outcome).toBe('denied');
  });

  it('WARN and INFO rules never block', () => {
    const verdict = verdictOf({
      device: { settings: { thirdPartyCredentialProviders: 2, DisableCAD: 0, copyProfileWebCacheNotCleared: true } },
      user: { lockedOutOnPremises: true },
    });
    expect(verdict.outcome).toBe('success');
    expect(verdict.warnings.map((entry) => entry.id)).toEqual(
      expect.arrayContaining(['R-3PCP', 'R-CAD', 'R-SYSPREP', 'R-UNLOCK', 'R-SLOW']),
    );
  });
});

describe('§3 launch details', () => {
  it('R-PROXY: authenticated proxy fails; a proxy in the Default user hive (defaultuser1) does not', () => {
    expect(firedIds(verdictOf({ device: { network: { proxy: 'authenticated' } } }))).toContain('R-PROXY');
    expect(firedIds(verdictOf({ device: { network: { proxy: 'defaultUserProfile' } } }))).not.toContain('R-PROXY');
  });

  it('R-NET: either host unreachable fails', () => {
    expect(firedIds(verdictOf({ device: { network: { reachesPasswordResetService: false } } }))).toContain('R-NET');
  });

  it('R-AV: each blockable host fails', () => {
    for (const host of ['passwordreset.microsoftonline.com', 'ajax.aspnetcdn.com', 'ocsp.digicert.com']) {
      expect(firedIds(verdictOf({ device: { network: { securitySoftwareBlocks: [host] } } })), host).toContain('R-AV');
    }
  });

  it('R-W11-LOCKED: FAIL on Windows 11, WARN before it (keyed on the build), tagged unofficial', () => {
    const locked = { session: { startedFrom: 'lockedSession' } };
    const verdict = verdictOf(locked);
    const entry = verdict.fired.find((item) => item.id === 'R-W11-LOCKED');
    expect(entry?.unofficial).toBe(true);
    expect(entry?.effect).toBe('FAIL');
    const windows10Verdict = verdictOf(merge(locked, { device: { os: windows10(19045) } }));
    expect(windows10Verdict.fired.find((item) => item.id === 'R-W11-LOCKED')?.effect).toBe('WARN');
    expect(windows10Verdict.outcome).toBe('success');
    const unknownBuild = verdictOf(merge(locked, { device: { os: { build: 'unknown' } } }));
    expect(unknownBuild.undecided.map((item) => item.id)).toContain('R-W11-LOCKED');
  });
});

describe('§4 service details', () => {
  it.each([
    { id: 'R-SSPR-NOPOLICY', partial: { tenant: { passwordResetPolicyDefined: false } }, code: 'SSPR_0011' },
    { id: 'R-SSPR-NONE', partial: { tenant: { sspr: { enabled: 'None' } } }, code: 'SSPR_0009' },
    {
      id: 'R-SSPR-SCOPE',
      partial: { tenant: { sspr: { enabled: 'Selected', selectedGroup: 'SSPR pilot' } } },
      code: 'SSPR_0013',
    },
    { id: 'R-LICENSE', partial: { tenant: { licences: ['free'] } }, code: 'SSPR_0012' },
    { id: 'R-REG', partial: { user: { registeredMethods: [] } }, code: 'SSPR_0014' },
    {
      id: 'R-METHODS',
      partial: { tenant: { sspr: { methodsRequired: 2 } }, user: { registeredMethods: ['email'] } },
      code: 'SSPR_0014',
    },
    { id: 'R-WRITEBACK', partial: syncedUser({ writebackEnabled: false }), code: 'SSPR_0010' },
    { id: 'R-ONPREM-CONN', partial: syncedUser({ writebackClient: 'unreachable' }), code: 'SSPR_0030' },
    { id: 'R-ONPREM-CONN', partial: syncedUser({ writebackClient: 'adminActionRequired' }), code: 'SSPR_0029' },
  ] as { id: string; partial: Partial; code: string }[])('$id: error code $code', ({ id, partial, code }) => {
    const verdict = verdictOf(partial);
    expect(verdict.outcome).toBe('denied');
    expect(verdict.deciding).toContain(id);
    expect(verdict.errorCode).toBe(code);
  });

  it('no error code unless denied', () => {
    expect(verdictOf({}).errorCode).toBeNull();
    expect(verdictOf({ device: { settings: { EnableLUA: 0 } } }).errorCode).toBeNull();
  });

  describe('licences (LIC)', () => {
    it('a synced user with writeback needs Business Premium or P1/P2: Business Standard is not enough', () => {
      const synced = (licences: string[]) => merge(syncedUser(), { tenant: { licences }, user: { licences } });
      expect(firedIds(verdictOf(synced(['microsoft365BusinessStandard'])))).toContain('R-LICENSE');
      expect(verdictOf(synced(['microsoft365BusinessStandard'])).outcome).toBe('denied');
      expect(verdictOf(synced(['microsoft365BusinessPremium'])).outcome).toBe('success');
      expect(verdictOf(synced(['entraIdP2'])).outcome).toBe('success');
    });

    it('a free tenant is denied whatever the user has', () => {
      expect(verdictOf({ tenant: { licences: ['free'] }, user: { licences: ['entraIdP1'] } }).outcome).toBe('denied');
    });
  });

  describe('methods', () => {
    it('only registered methods that the tenant enables count', () => {
      const verdict = verdictOf({
        tenant: { sspr: { methodsAvailable: ['email'] } },
        user: { registeredMethods: ['officePhone'] },
      });
      expect(firedIds(verdict)).toContain('R-METHODS');
      expect(firedIds(verdict)).not.toContain('R-REG');
    });

    it('security questions count once enough answers are registered', () => {
      const questions = (answers: number) =>
        verdictOf({
          tenant: { sspr: { methodsAvailable: ['securityQuestions'], questionsToReset: 3 } },
          user: { registeredMethods: ['securityQuestions'], securityQuestionsRegistered: answers },
        });
      expect(questions(2).outcome).toBe('denied');
      expect(questions(3).outcome).toBe('success');
    });
  });

  describe('administrators (POL, §8, §12)', () => {
    it('need two methods and may not use security questions', () => {
      const verdict = verdictOf(
        admin({
          user: { registeredMethods: ['email', 'securityQuestions'], securityQuestionsRegistered: 5 },
          tenant: { sspr: { methodsAvailable: ['email', 'securityQuestions'] } },
        }),
      );
      expect(firedIds(verdict)).toContain('R-METHODS');
      expect(verdict.methodsRequired).toBe(2);
      expect(verdict.outcome).toBe('denied');
    });

    it('are not governed by the user setting "Self service password reset enabled"', () => {
      expect(firedIds(verdictOf(admin({ tenant: { sspr: { enabled: 'None' } } })))).not.toContain('R-SSPR-NONE');
    });

    it('allowedToUseSSPR = false never applies to non-admins', () => {
      const verdict = verdictOf({ tenant: { allowedToUseSSPR: false }, user: { adminRole: false } });
      expect(firedIds(verdict)).not.toContain('R-ADMIN-OFF');
      expect(verdict.outcome).toBe('success');
    });
  });

  describe('on-premises passwords', () => {
    it.each(['passThrough', 'federated', 'passwordHashSync'])('%s without writeback is denied', (authentication) => {
      const verdict = verdictOf(merge(syncedUser({ writebackEnabled: false }), { user: { authentication } }));
      expect(firedIds(verdict)).toContain('R-WRITEBACK');
    });

    it('cloud sync writeback counts as writeback', () => {
      expect(firedIds(verdictOf(syncedUser({ writebackEnabled: false, cloudSyncWriteback: true })))).not.toContain(
        'R-WRITEBACK',
      );
    });

    it('R-ONPREM: a password from the history is rejected', () => {
      const verdict = verdictOf(syncedUser({}, { newPassword: 'Tulip-Harbour-42!', newPasswordInHistory: true }));
      expect(firedIds(verdict)).toContain('R-ONPREM');
    });

    it('R-ONPREM: complexity rejects a password that contains the account name', () => {
      expect(firedIds(verdictOf(syncedUser({}, { newPassword: 'Adele.Vance-2026' })))).toContain('R-ONPREM');
    });
  });

  describe('cloud password rules (R-CLOUDPW)', () => {
    it.each([
      ['7 characters', 'Ab1!xyz', true],
      ['8 characters', 'Ab1!xyzw', false],
      ['banned word', 'Password1!', true],
      ['banned word with substitutions', 'P@$$w0rd-Tulip', true],
      ['three classes', 'Tulipharbour42', false],
    ] as [string, string, boolean][])('%s', (_name, newPassword, fires) => {
      expect(firedIds(verdictOf({ user: { newPassword } })).includes('R-CLOUDPW')).toBe(fires);
    });

    it('does not apply to on-premises managed users (AD decides)', () => {
      expect(firedIds(verdictOf(syncedUser({}, { newPassword: 'tulipharbour' })))).not.toContain('R-CLOUDPW');
    });
  });

  it.each([
    ['phoneValidations', 5, true],
    ['securityQuestionTries', 5, true],
    ['securityQuestionTries', 4, false],
  ] as [string, number, boolean][])('R-THROTTLE: %s = %i', (counter, count, fires) => {
    expect(firedIds(verdictOf({ user: { recentAttempts: { [counter]: count } } })).includes('R-THROTTLE')).toBe(fires);
  });
});

describe('§7 PIN reset details', () => {
  const pin = (extra: Partial = {}) => merge({ session: { credentialProvider: 'pin' } }, extra);
  const nonDestructive = pin({
    policies: { pinRecovery: [pinRecoveryCatalog(true)] },
    tenant: { pinResetConsent: true },
  });

  it('non-destructive: CanReset = DestructiveAndNonDestructive', () => {
    const verdict = verdictOf(nonDestructive);
    expect(verdict.pin).toMatchObject({
      enablePinRecovery: true,
      mode: 'nonDestructive',
      canReset: 'DestructiveAndNonDestructive',
    });
  });

  it('P-MSA: a personal Microsoft account resets destructively even with recovery and consent', () => {
    const verdict = verdictOf(merge(nonDestructive, { user: { accountKind: 'personalMicrosoftAccount' } }));
    expect(verdict.pin.mode).toBe('destructive');
    expect(firedIds(verdict)).toContain('P-MSA');
  });

  it('P-EDITION: Education gets non-destructive reset in the current (2024) docs only', () => {
    const education = merge(nonDestructive, { device: { os: { edition: 'Education' } } });
    expect(verdictOf(education).pin.mode).toBe('nonDestructive');
    expect(verdictOf(education, { docsAsOf: '2023-09' }).pin.mode).toBe('destructive');
  });

  it('P-HYB-DC: certificate trust without AD FS fails even with a DC', () => {
    const verdict = verdictOf(
      pin({
        device: {
          os: windows10(19045),
          joinState: 'hybridJoined',
          network: { domainControllerReachable: true, adfsReachable: false },
        },
        user: { pin: { trustType: 'certificate' } },
      }),
    );
    expect(firedIds(verdict)).toContain('P-HYB-DC');
    expect(verdict.pinOutcome).toBe('fails');
  });

  it('P-FED applies to Entra joined devices only', () => {
    const federated = {
      tenant: { identityProvider: 'thirdParty', identityProviderDomains: ['idp.example.com'] },
      device: { settings: { ConfigureWebSignInAllowedUrls: [] } },
    };
    expect(firedIds(verdictOf(pin(federated)))).toContain('P-FED');
    expect(
      firedIds(verdictOf(pin(merge(federated, { device: { os: windows10(19045), joinState: 'hybridJoined' } })))),
    ).not.toContain('P-FED');
  });

  it('P-SSPR-LIMITS: a launch failure of the password reset also fails the lock-screen PIN reset', () => {
    const verdict = verdictOf(pin({ device: { settings: { EnableLUA: 0 } } }));
    expect(verdict.fired.find((entry) => entry.id === 'P-SSPR-LIMITS')?.effect).toBe('FAIL');
    expect(verdict.pinOutcome).toBe('fails');
  });

  it('P-SSPR-LIMITS: tenant and user DENY rules do not limit the PIN reset', () => {
    const verdict = verdictOf(pin({ user: { registeredMethods: [] } }));
    expect(verdict.outcome).toBe('denied');
    expect(firedIds(verdict)).not.toContain('P-SSPR-LIMITS');
    expect(verdict.pinOutcome).toBe('success');
  });

  it('no PIN, no PIN link', () => {
    expect(verdictOf(pin({ user: { pin: { hasPin: false } } })).pinLink).toBe('no');
  });
});
