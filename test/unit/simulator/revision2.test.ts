// Revision 2 of the rules, beyond one firing scenario and one near miss per rule (rule-cases.ts): what the PIN reset
// shares with SSPR, personal accounts, admins without licences, the allowed-URLs threshold, logon rights, eras, dates.
import { describe, expect, it } from 'vitest';
import { ERAS, evaluate, fixes, ruleById, type Era } from '../../../simulator/index';
import { merge } from './rule-cases';
import { firedIds, scenario, verdictOf, windows10, type Partial } from './scenarios';

const pin = { session: { credentialProvider: 'pin' } };
const pinVerdict = (partial: Partial, options = {}) => verdictOf(merge(pin, partial), options);
const firedEffect = (partial: Partial, key: string, options = {}) =>
  verdictOf(partial, options).fired.find((entry) => entry.key === key)?.effect;

describe("P-SSPR-LIMITS carries only SSPR's general limitations (A-17)", () => {
  it.each([
    ['R-JOIN', { device: { joinState: 'registered' } }],
    ['R-POLICY', { policies: { passwordReset: [], pinRecovery: [] } }],
    ['R-MDM', { device: { intuneEnrolled: false } }],
    ['R-VERSION', { device: { os: windows10(16299) } }],
    ['R-NET', { device: { network: { reachesPasswordResetService: false } } }],
    ['R-LOGONRIGHT', { device: { settings: { AllowLogOnLocally: ['Administrators'] } } }],
    ['R-EXCLCP', { device: { settings: { ExcludedCredentialProviders: ['{60b78e88-ead8-445c-9cfd-0b87f74ea6cd}'] } } }],
  ])('a prerequisite or other rule (%s) hides or fails the password reset, not the PIN reset', (id, partial) => {
    const verdict = pinVerdict(partial);
    expect(firedIds(verdict)).toContain(id);
    expect(firedIds(verdict)).not.toContain('P-SSPR-LIMITS');
    expect(verdict.pinOutcome).toBe('success');
  });

  it.each([
    ['R-SESSION-RDP', { session: { kind: 'remoteDesktop' } }, 'HIDE', 'hidden'],
    ['R-CLOUDPC', { session: { cloudPc: 'azureVirtualDesktop' } }, 'HIDE', 'hidden'],
    ['R-NOLOCK', { device: { settings: { NoLockScreen: 1 } } }, 'HIDE', 'hidden'],
    ['R-LSNOTIF', { device: { settings: { DisableLockScreenAppNotifications: 1 } } }, 'FAIL', 'fails'],
    ['R-SMARTCARD', { device: { settings: { RequireSmartCard: 1 } } }, 'FAIL', 'fails'],
    ['R-3PCP', { device: { settings: { thirdPartyCredentialProviders: 1 } } }, 'WARN', 'success'],
    ['R-SYSPREP', { device: { settings: { copyProfileWebCacheNotCleared: true } } }, 'WARN', 'success'],
  ])('a general limitation (%s) carries over with the same effect', (id, partial, effect, pinOutcome) => {
    const verdict = pinVerdict(partial);
    expect(firedIds(verdict)).toContain(id);
    expect(verdict.fired.find((entry) => entry.id === 'P-SSPR-LIMITS')?.effect).toBe(effect);
    expect(verdict.pinOutcome).toBe(pinOutcome);
  });

  it('the Settings path after sign-in is unaffected', () => {
    const verdict = verdictOf({
      session: { pinResetFrom: 'settings' },
      device: { settings: { DisableLockScreenAppNotifications: 1, NoLockScreen: 1 } },
    });
    expect(firedIds(verdict)).toContain('P-LINK');
    expect(firedIds(verdict)).not.toContain('P-SSPR-LIMITS');
    expect(verdict.pinOutcome).toBe('success');
  });

  it('an unknown general limitation leaves the lock-screen PIN reset undecided, not the Settings path', () => {
    const unknown = { device: { settings: { DisableLockScreenAppNotifications: 'unknown' } } };
    expect(pinVerdict(unknown).pinOutcome).toBe('undecided');
    expect(verdictOf(merge(unknown, { session: { pinResetFrom: 'settings' } })).pinOutcome).toBe('success');
  });
});

describe('personal Microsoft account PIN reset (P-MSA-LOCK, A-17)', () => {
  const personal = { user: { accountKind: 'personalMicrosoftAccount' } };
  const workgroup = {
    device: { joinState: 'workgroup', intuneEnrolled: false },
    policies: { passwordReset: [], pinRecovery: [] },
  };

  it('on a workgroup PC: the PIN link shows and the reset works, R-JOIN only hides the SSPR link', () => {
    const verdict = pinVerdict(merge(workgroup, personal));
    expect(verdict.passwordLink).toBe('no');
    expect(firedIds(verdict)).toEqual(expect.arrayContaining(['R-JOIN', 'P-LINK', 'P-MSA-LOCK', 'P-MSA']));
    expect(verdict.pinLink).toBe('yes');
    expect(verdict.pinOutcome).toBe('success');
    expect(verdict.pin.mode).toBe('destructive');
  });

  it('SSPR general limitations do not apply to it either', () => {
    const verdict = pinVerdict(merge(personal, { device: { settings: { DisableLockScreenAppNotifications: 1 } } }));
    expect(firedIds(verdict)).toContain('R-LSNOTIF');
    expect(firedIds(verdict)).not.toContain('P-SSPR-LIMITS');
    expect(verdict.pinOutcome).toBe('success');
  });

  it('the work-account PIN rules stay silent (hybrid key trust, federation)', () => {
    const hybridKey = merge(personal, {
      device: { os: windows10(19045), joinState: 'hybridJoined' },
      user: { pin: { hasPin: true, trustType: 'key' } },
    });
    expect(firedIds(pinVerdict(hybridKey))).not.toContain('P-HYB-KEY');
    const federated = merge(personal, {
      tenant: { identityProvider: 'adfs', identityProviderDomains: ['sts.contoso.com'] },
    });
    expect(firedIds(pinVerdict(federated))).not.toContain('P-FED');
  });

  it('unknown account kind leaves the work-account rules undecided instead of guessing', () => {
    const verdict = pinVerdict({
      user: { accountKind: 'unknown' },
      device: { settings: { DisableLockScreenAppNotifications: 1 } },
    });
    expect(verdict.undecided.map((entry) => entry.id)).toContain('P-SSPR-LIMITS');
  });
});

describe('PIN reset start (P-LINK, P-HYB-KEY, P-HYB-PW)', () => {
  it('Settings works from 1703 (15063); the lock screen needs 1709 (16299)', () => {
    const at = (build: number, from: string) =>
      firedIds(pinVerdict({ device: { os: windows10(build) }, session: { pinResetFrom: from } })).includes('P-LINK');
    expect(at(15063, 'settings')).toBe(true);
    expect(at(14393, 'settings')).toBe(false);
    expect(at(15063, 'lockScreen')).toBe(false);
    expect(at(16299, 'lockScreen')).toBe(true);
  });

  it('the Settings path does not need the PIN provider on the sign-in screen', () => {
    const verdict = verdictOf({ session: { credentialProvider: 'password', pinResetFrom: 'settings' } });
    expect(verdict.pinLink).toBe('yes');
  });

  it('hybrid key trust fails from the lock screen only (Settings is fine with a DC)', () => {
    const keyTrust = {
      device: { os: windows10(19045), joinState: 'hybridJoined' },
      user: { pin: { hasPin: true, trustType: 'key' } },
    };
    expect(pinVerdict(keyTrust).pinOutcome).toBe('fails');
    const settings = pinVerdict(merge(keyTrust, { session: { pinResetFrom: 'settings' } }));
    expect(firedIds(settings)).not.toContain('P-HYB-KEY');
    expect(firedIds(settings)).not.toContain('P-HYB-PW');
    expect(settings.pinOutcome).toBe('success');
  });
});

describe('administrators without licences (R-ADMIN-LIC, A-16)', () => {
  const admin = (licences: string[], extra: Partial = {}) =>
    merge({ tenant: { licences }, user: { adminRole: true, licences: [] } }, extra);

  it('an admin in a Free tenant is not denied with SSPR_0012', () => {
    const verdict = verdictOf(admin(['free'], { user: { registeredMethods: ['email', 'mobilePhone'] } }));
    expect(firedIds(verdict)).toContain('R-ADMIN-LIC');
    expect(firedIds(verdict)).not.toContain('R-LICENSE');
    expect(verdict.outcome).toBe('success');
  });

  it('a non-admin in the same tenant is denied (near miss)', () => {
    const verdict = verdictOf({ tenant: { licences: ['free'] } });
    expect(firedIds(verdict)).toContain('R-LICENSE');
    expect(verdict.errorCode).toBe('SSPR_0012');
  });

  it('strict licensing applies the licence rules to admins too', () => {
    const verdict = verdictOf(admin(['free']), { strictLicensing: true });
    expect(firedIds(verdict)).toContain('R-LICENSE');
    expect(firedIds(verdict)).not.toContain('R-ADMIN-LIC');
    expect(verdict.outcome).toBe('denied');
  });

  it('R-ADMIN-OFF still applies', () => {
    expect(verdictOf(admin(['free'], { tenant: { allowedToUseSSPR: false } })).outcome).toBe('denied');
  });

  it('no phone calls on trial or free tenants: text only, a call-only phone does not count', () => {
    const free = verdictOf(admin(['free'], { user: { registeredMethods: ['email', 'mobilePhone'] } }));
    expect(free.verification.map((option) => option.key)).toEqual(['method.email', 'method.sms']);
    const callOnly = verdictOf(
      admin(['free'], { user: { registeredMethods: ['email', 'mobilePhone'], mobilePhoneOptions: 'callOnly' } }),
    );
    expect(firedIds(callOnly)).toContain('R-METHODS');
    expect(callOnly.outcome).toBe('denied');
    const paid = verdictOf(
      admin(['entraIdP1'], { user: { registeredMethods: ['email', 'mobilePhone'], mobilePhoneOptions: 'callOnly' } }),
    );
    expect(paid.outcome).toBe('success');
    expect(paid.verification.map((option) => option.key)).toEqual(['method.email', 'method.call']);
  });

  it('unknown phone options under a voice bar leave the methods undecided', () => {
    const verdict = verdictOf(
      admin(['free'], { user: { registeredMethods: ['email', 'mobilePhone'], mobilePhoneOptions: 'unknown' } }),
    );
    expect(verdict.undecided.find((entry) => entry.id === 'R-METHODS')?.missing).toContain('user.mobilePhoneOptions');
  });

  it('users see text and call by default, only what their phone takes otherwise', () => {
    const options = (mobilePhoneOptions: string) =>
      verdictOf({ user: { registeredMethods: ['mobilePhone'], mobilePhoneOptions } }).verification.map((o) => o.key);
    expect(options('textOrCall')).toEqual(['method.sms', 'method.call']);
    expect(options('textOnly')).toEqual(['method.sms']);
    expect(options('callOnly')).toEqual(['method.call']);
  });
});

describe('Microsoft 365 trial tenants (R-LICENSE-TRIAL)', () => {
  it('an Entra ID P1 trial qualifies; a Microsoft 365 trial alone does not', () => {
    expect(verdictOf({ tenant: { licences: ['microsoft365Trial'] } }).outcome).toBe('denied');
    expect(
      verdictOf({ tenant: { licences: ['entraIdP1Trial'] }, user: { licences: ['entraIdP1Trial'] } }).outcome,
    ).toBe('success');
    const trial = verdictOf({ tenant: { licences: ['microsoft365Trial'] } });
    expect(firedIds(trial)).not.toContain('R-LICENSE');
    expect(trial.errorCode).toBe('SSPR_0012');
  });
});

describe('allowed URLs need 1803 with KB5001339 (P-FED, P-GOV)', () => {
  const federated = (ubr: number, build = 17134) => ({
    device: {
      os: windows10(build, 'Enterprise', ubr),
      settings: { ConfigureWebSignInAllowedUrls: ['sts.contoso.com'] },
    },
    tenant: { identityProvider: 'adfs', identityProviderDomains: ['sts.contoso.com'] },
  });

  it('17134.1 fails even with the domains listed; 17134.2145 and later builds work', () => {
    expect(pinVerdict(federated(1)).pinOutcome).toBe('fails');
    expect(pinVerdict(federated(2145)).pinOutcome).toBe('success');
    expect(pinVerdict(federated(0, 17763)).pinOutcome).toBe('success');
  });

  it('the US Government cloud needs the same build', () => {
    const gov = (ubr: number) => ({
      device: {
        os: windows10(17134, 'Enterprise', ubr),
        settings: { ConfigureWebSignInAllowedUrls: ['login.microsoftonline.us'] },
      },
      tenant: { cloud: 'usGovernment' },
    });
    expect(pinVerdict(gov(2144)).pinOutcome).toBe('fails');
    expect(pinVerdict(gov(2145)).pinOutcome).toBe('success');
  });

  it('an unknown UBR on 1803 leaves it undecided', () => {
    expect(pinVerdict(federated(0)).pinOutcome).toBe('fails');
    const unknown = pinVerdict(merge(federated(0), { device: { os: { ubr: 'unknown' } } }));
    expect(unknown.pinOutcome).toBe('undecided');
  });
});

describe('logon rights (R-LOGONRIGHT)', () => {
  const rights = (allow: string[] | 'unknown', deny: string[] | 'unknown' = []) => ({
    device: { settings: { AllowLogOnLocally: allow, DenyLogOnLocally: deny } },
  });
  it.each([
    [['Administrators', 'Users'], [], false],
    [['BUILTIN\\Users'], [], false],
    [['*S-1-5-32-545'], [], false],
    [['Everyone'], [], false],
    [['Administrators'], [], true],
    [['Administrators', 'Users'], ['Guests'], false],
    [['Administrators', 'Users'], ['Local account'], true],
    [['Administrators', 'Users'], ['Users'], true],
  ])('allow %j, deny %j → fails: %s', (allow, deny, fails) => {
    expect(firedIds(verdictOf(rights(allow, deny))).includes('R-LOGONRIGHT')).toBe(fails);
  });

  it('unknown rights are undecided, and the fix adds Users back or lifts the deny', () => {
    expect(verdictOf(rights('unknown')).outcome).toBe('undecided');
    const [allowFix] = fixes(scenario(rights(['Administrators'])));
    expect(allowFix.title).toBe('Add Users back to "Allow log on locally"');
    const [denyFix] = fixes(scenario(rights(['Administrators', 'Users'], ['Guests', 'Local account'])));
    expect(denyFix.title).toBe('Remove Local account from "Deny log on locally"');
    expect(denyFix.changes[0].to).toEqual(['Guests']);
  });
});

describe('fixes for the new rules', () => {
  it.each([
    [{ session: { credentialProvider: 'webSignIn' } }, 'Choose the password key under Sign-in options'],
    [
      { device: { settings: { ExcludedCredentialProviders: ['{60B78E88-EAD8-445C-9CFD-0B87F74EA6CD}', '{x}'] } } },
      'Remove the password provider {60b78e88-ead8-445c-9cfd-0b87f74ea6cd} from "Exclude credential providers"',
    ],
    [{ tenant: { licences: ['microsoft365Trial'] } }, 'Start an Entra ID P1 trial for the tenant'],
  ])('%j → %s', (partial, title) => {
    const found = fixes(scenario(partial));
    expect(found[0]?.title).toBe(title);
    expect(found[0]?.outcomeAfter).toBe('success');
  });
});

describe('era behaviour of the revision-2 rules', () => {
  // Device rules without a build qualifier fire in every era; the era changes only how they are dated.
  it.each([
    ['R-LOGONRIGHT', { device: { settings: { AllowLogOnLocally: ['Administrators'] } } }],
    ['R-EXCLCP', { device: { settings: { ExcludedCredentialProviders: ['{60b78e88-ead8-445c-9cfd-0b87f74ea6cd}'] } } }],
    ['R-CLOUDPC', { session: { cloudPc: 'windows365' } }],
    [
      'R-WSI-DEFAULT',
      { device: { os: { family: 'windows11', build: 22631, ubr: 1 } }, session: { credentialProvider: 'webSignIn' } },
    ],
    ['R-PWLESS-DDLU', { device: { settings: { EnablePasswordlessExperience: 1, DontDisplayLastUserName: 1 } } }],
    ['R-ADMIN-LIC', { tenant: { licences: ['free'] }, user: { adminRole: true } }],
    ['R-LICENSE-TRIAL', { tenant: { licences: ['microsoft365Trial'] } }],
    ['R-DU-CLEANUP', { device: { os: windows10(19045), settings: { staleDefaultUserProfiles: 1 } } }],
  ])('%s fires under every era', (id, partial) => {
    for (const era of ERAS) expect(firedIds(verdictOf(partial, { docsAsOf: era })), era).toContain(id);
  });

  it.each(ERAS)('%s: PIN rules of revision 2 fire', (era: Era) => {
    const partial = {
      device: { os: windows10(19045), joinState: 'hybridJoined' },
      user: { smartCardRequired: true, pin: { hasPin: true, passkeysInContainer: true } },
    };
    expect(firedIds(pinVerdict(partial, { docsAsOf: era }))).toEqual(expect.arrayContaining(['P-SCRIL', 'P-PASSKEY']));
  });

  it('R-W11-LOCKED is keyed on the build, not the era', () => {
    for (const era of ERAS) {
      expect(firedEffect({ session: { startedFrom: 'lockedSession' } }, 'R-W11-LOCKED', { docsAsOf: era })).toBe(
        'FAIL',
      );
      const windows10Locked = { session: { startedFrom: 'lockedSession' }, device: { os: windows10(19045) } };
      expect(firedEffect(windows10Locked, 'R-W11-LOCKED', { docsAsOf: era })).toBe('WARN');
    }
  });

  it('R-DU-PILE contradicts the docs, so only the field-reports option shows it (A-20)', () => {
    const pile = { device: { settings: { staleDefaultUserProfiles: 5 } } };
    expect(firedIds(verdictOf(pile))).not.toContain('R-DU-PILE');
    const withReports = verdictOf(pile, { fieldReports: true });
    expect(withReports.fired.find((entry) => entry.id === 'R-DU-PILE')?.unofficial).toBe(true);
    expect(withReports.outcome).toBe(verdictOf(pile).outcome);
  });

  it('R-PWLESS does not fire while DontDisplayLastUserName = 1; R-DDLU fails the reset instead', () => {
    const partial = {
      device: { settings: { EnablePasswordlessExperience: 1, DontDisplayLastUserName: 1 } },
      session: { lastSignInMethod: 'pin' },
    };
    const verdict = verdictOf(partial);
    expect(firedIds(verdict)).not.toContain('R-PWLESS');
    expect(firedIds(verdict)).toEqual(expect.arrayContaining(['R-DDLU', 'R-PWLESS-DDLU']));
    expect(verdict.outcome).toBe('fails');
  });
});

describe('first documented / field reports (dates on the verdict)', () => {
  it('every fired entry carries the dates of its rule', () => {
    const verdict = evaluate(scenario({ device: { settings: { NoLockScreen: 1, EnableLUA: 0 } } }));
    const noLock = verdict.fired.find((entry) => entry.id === 'R-NOLOCK')!;
    expect(noLock.firstDocumented).toEqual({ source: 'T18', date: '2018-07-11' });
    expect(noLock.firstFieldReport).toEqual({ source: 'GH#11080', date: '2018-07-02' });
    const uac = verdict.fired.find((entry) => entry.id === 'R-UAC')!;
    expect(uac.firstDocumented).toEqual({ source: 'W20', date: '2020-03-27', notBefore: '2019-11-22' });
    expect(uac.firstFieldReport?.date).toBe('2019-10-14');
  });

  it('uses the dates of revision 2', () => {
    expect(ruleById('R-LSNOTIF')?.firstDocumented?.date).toBe('2018-07-11');
    for (const id of ['R-FUS', 'R-DDLU', 'R-LOST', 'R-SHELL', 'R-8021X', 'R-SYSPREP', 'R-PROXY'])
      expect(ruleById(id)?.firstDocumented?.date, id).toBe('2019-02-01');
    expect(ruleById('R-PROXY')?.firstFieldReport?.date).toBe('2018-09-25');
    expect(ruleById('R-COMBO/2019')?.firstDocumented?.date).toBe('2019-07-11');
    expect(ruleById('R-3PCP')?.firstDocumented?.notBefore).toBe('2019-11-22');
    expect(ruleById('P-SSPR-LIMITS')?.firstDocumented?.date).toBe('2021-01-26');
    expect(ruleById('R-SMARTCARD')?.firstDocumented?.date).toBe('2023-09-14');
    expect(ruleById('R-SMARTCARD')?.firstFieldReport?.date).toBe('2021-02-18');
    expect(ruleById('R-AV')?.firstDocumented?.date).toBe('2023-09-14');
    expect(ruleById('R-LOGONRIGHT')?.firstDocumented).toBeNull();
    expect(ruleById('R-LOGONRIGHT')?.firstFieldReport?.date).toBe('2020-09-16');
  });
});
