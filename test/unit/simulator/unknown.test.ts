// Unknown inputs: the rules that need them are undecided and name the missing fields; the outcome is
// undecided unless a decided, stronger rule already settles it.
import { describe, expect, it } from 'vitest';
import { presetById } from '../../../simulator/index';
import { merge } from './rule-cases';
import {
  catalogSource,
  DEFAULT_USER_GROUP,
  firedIds,
  passwordResetPolicies,
  registrySource,
  verdictOf,
  type Partial,
} from './scenarios';

function undecided(partial: Partial, id: string) {
  return verdictOf(partial).undecided.find((entry) => entry.id === id);
}

describe('a single unknown input', () => {
  const cases: { name: string; partial: Partial; rule: string; missing: string[]; outcome: string; link: string }[] = [
    {
      name: 'NoLockScreen',
      partial: { device: { settings: { NoLockScreen: 'unknown' } } },
      rule: 'R-NOLOCK',
      missing: ['device.settings.NoLockScreen'],
      outcome: 'undecided',
      link: 'undecided',
    },
    {
      name: 'build',
      partial: { device: { os: { build: 'unknown' } } },
      rule: 'R-VERSION',
      missing: ['device.os.build'],
      outcome: 'undecided',
      link: 'undecided',
    },
    {
      name: 'edition',
      partial: { device: { os: { edition: 'unknown' } } },
      rule: 'R-EDITION',
      missing: ['device.os.edition'],
      outcome: 'undecided',
      link: 'undecided',
    },
    {
      name: 'join state',
      partial: { device: { joinState: 'unknown' } },
      rule: 'R-JOIN',
      missing: ['device.joinState'],
      outcome: 'undecided',
      link: 'undecided',
    },
    {
      name: 'session kind',
      partial: { session: { kind: 'unknown' } },
      rule: 'R-SESSION-RDP',
      missing: ['session.kind'],
      outcome: 'undecided',
      link: 'undecided',
    },
    {
      name: 'Intune enrolment',
      partial: { device: { intuneEnrolled: 'unknown' } },
      rule: 'R-MDM',
      missing: ['device.intuneEnrolled'],
      outcome: 'undecided',
      link: 'undecided',
    },
    {
      name: 'UAC',
      partial: { device: { settings: { EnableLUA: 'unknown' } } },
      rule: 'R-UAC',
      missing: ['device.settings.EnableLUA'],
      outcome: 'undecided',
      link: 'yes',
    },
    {
      name: 'proxy',
      partial: { device: { network: { proxy: 'unknown' } } },
      rule: 'R-PROXY',
      missing: ['device.network.proxy'],
      outcome: 'undecided',
      link: 'yes',
    },
    {
      name: 'SSPR scope',
      partial: { tenant: { sspr: { enabled: 'unknown' } } },
      rule: 'R-SSPR-NONE',
      missing: ['tenant.sspr.enabled'],
      outcome: 'undecided',
      link: 'yes',
    },
    {
      name: 'registered methods',
      partial: { user: { registeredMethods: 'unknown' } },
      rule: 'R-REG',
      missing: ['user.registeredMethods'],
      outcome: 'undecided',
      link: 'yes',
    },
    {
      name: 'tenant licences',
      partial: { tenant: { licences: 'unknown' } },
      rule: 'R-LICENSE',
      missing: ['tenant.licences'],
      outcome: 'undecided',
      link: 'yes',
    },
    {
      name: 'authentication type',
      partial: { user: { authentication: 'unknown' } },
      rule: 'R-WRITEBACK',
      missing: ['user.authentication'],
      outcome: 'undecided',
      link: 'yes',
    },
    {
      name: 'recent attempts',
      partial: { user: { recentAttempts: { resets: 'unknown' } } },
      rule: 'R-THROTTLE',
      missing: ['user.recentAttempts.resets'],
      outcome: 'undecided',
      link: 'yes',
    },
    // Admins follow a two-method policy (POL), so an unknown role leaves the method count open.
    {
      name: 'admin role',
      partial: { user: { adminRole: 'unknown' } },
      rule: 'R-METHODS',
      missing: ['user.adminRole'],
      outcome: 'undecided',
      link: 'yes',
    },
    {
      name: 'DC reachability (hybrid)',
      partial: { device: { joinState: 'hybridJoined', network: { domainControllerReachable: 'unknown' } } },
      rule: 'R-HYBRID-DC',
      missing: ['device.network.domainControllerReachable'],
      outcome: 'undecided',
      link: 'yes',
    },
  ];

  it.each(cases)('$name: $rule undecided, naming its missing fields', ({ partial, rule, missing, outcome, link }) => {
    const verdict = verdictOf(partial);
    const entry = verdict.undecided.find((item) => item.id === rule);
    expect(entry, `undecided: ${verdict.undecided.map((item) => item.id).join(', ')}`).toBeDefined();
    for (const path of missing) expect(entry!.missing).toContain(path);
    expect(firedIds(verdict)).not.toContain(rule);
    expect(verdict.outcome).toBe(outcome);
    expect(verdict.passwordLink).toBe(link);
  });

  it('unknown OS family and build leave the Windows generation undecided and name both fields', () => {
    const entry = undecided({ device: { os: { family: 'unknown', build: 'unknown' } } }, 'R-OS');
    expect(entry?.missing).toEqual(expect.arrayContaining(['device.os.family', 'device.os.build']));
  });

  it('an unknown count does not matter once another count already throttles', () => {
    const verdict = verdictOf({ user: { recentAttempts: { phoneValidations: 'unknown', resets: 5 } } });
    expect(firedIds(verdict)).toContain('R-THROTTLE');
    expect(verdict.outcome).toBe('denied');
  });
});

describe('a decided stronger rule settles the outcome', () => {
  it('unknown SSPR scope + Remote Desktop → hidden, not undecided', () => {
    const verdict = verdictOf({ tenant: { sspr: { enabled: 'unknown' } }, session: { kind: 'remoteDesktop' } });
    expect(verdict.outcome).toBe('hidden');
    expect(verdict.passwordLink).toBe('no');
    expect(verdict.deciding).toEqual(['R-SESSION-RDP']);
    // The unknown rule is still listed, so the admin sees what else is open.
    expect(verdict.undecided.map((entry) => entry.id)).toContain('R-SSPR-NONE');
  });

  it('unknown licences (DENY) + UAC off (FAIL) → fails', () => {
    expect(verdictOf({ tenant: { licences: 'unknown' }, device: { settings: { EnableLUA: 0 } } }).outcome).toBe(
      'fails',
    );
  });

  it('unknown lock-screen setting (HIDE) + UAC off (FAIL) stays undecided: the unknown rule is stronger', () => {
    const verdict = verdictOf({ device: { settings: { NoLockScreen: 'unknown', EnableLUA: 0 } } });
    expect(verdict.outcome).toBe('undecided');
    expect(verdict.passwordLink).toBe('undecided');
  });

  it('unknown DC reachability (DEFER) + no registered methods (DENY) → denied', () => {
    const verdict = verdictOf({
      device: { joinState: 'hybridJoined', network: { domainControllerReachable: 'unknown' } },
      user: { registeredMethods: [] },
    });
    expect(verdict.outcome).toBe('denied');
  });

  it('the imported-unknown-scope preset is undecided but shows the link (A-1)', () => {
    const preset = presetById('imported-unknown-scope')!;
    expect(preset.expected.outcome).toBe('undecided');
    const verdict = verdictOf({ tenant: { sspr: { enabled: 'unknown', selectedGroup: 'unknown' } } });
    expect(verdict.outcome).toBe('undecided');
    expect(verdict.passwordLink).toBe('yes');
    expect(verdict.undecided.flatMap((entry) => entry.missing)).toContain('tenant.sspr.enabled');
  });
});

describe('policy source and assignment with unknown group membership', () => {
  const unknownDeviceGroups = { device: { groups: 'unknown' } };

  it('leaves AllowAadPasswordReset undecided and names device.groups', () => {
    const verdict = verdictOf(unknownDeviceGroups);
    expect(verdict.policy.value).toBe('unknown');
    expect(verdict.policy.sources[0].applies).toBe('undecided');
    const ids = verdict.undecided.map((entry) => entry.id);
    expect(ids).toEqual(expect.arrayContaining(['R-POLICY', 'R-ASSIGN']));
    for (const entry of verdict.undecided.filter((item) => item.id === 'R-POLICY' || item.id === 'R-ASSIGN')) {
      expect(entry.missing).toContain('device.groups');
    }
    expect(firedIds(verdict)).not.toContain('R-POLICY-SRC');
    expect(verdict.outcome).toBe('undecided');
    expect(verdict.passwordLink).toBe('undecided');
  });

  it('is settled by another source that applies regardless of groups', () => {
    const verdict = verdictOf(merge(unknownDeviceGroups, passwordResetPolicies(catalogSource(1), registrySource(1))));
    expect(verdict.policy.value).toBe(1);
    expect(verdict.policy.sourceIndex).toBe(1);
    expect(firedIds(verdict)).toContain('R-POLICY-SRC');
    expect(verdict.outcome).toBe('success');
  });

  it('names user.groups for a user-group assignment with unknown membership', () => {
    const userTargeted = catalogSource(1, {
      include: [{ target: 'group', group: DEFAULT_USER_GROUP, groupType: 'user' }],
    });
    const verdict = verdictOf(merge(passwordResetPolicies(userTargeted), { user: { groups: 'unknown' } }));
    expect(verdict.policy.value).toBe('unknown');
    expect(verdict.undecided.find((entry) => entry.id === 'R-ASSIGN')?.missing).toContain('user.groups');
  });

  it('an exclusion with unknown membership leaves the assignment undecided', () => {
    const excluded = catalogSource(1, { exclude: [{ group: 'Kiosks', groupType: 'device' }] });
    const verdict = verdictOf(merge(passwordResetPolicies(excluded), { device: { groups: 'unknown' } }));
    expect(verdict.policy.value).toBe('unknown');
  });

  it('a source setting 0 with unknown membership cannot enable the link: R-POLICY decided', () => {
    const verdict = verdictOf(merge(passwordResetPolicies(catalogSource(0)), unknownDeviceGroups));
    expect(verdict.policy.value).toBe(0);
    expect(firedIds(verdict)).toContain('R-POLICY');
    expect(verdict.outcome).toBe('hidden');
  });

  it('R-SSPR-SCOPE with unknown user groups is undecided and names user.groups', () => {
    const entry = undecided(
      { tenant: { sspr: { enabled: 'Selected', selectedGroup: 'SSPR pilot' } }, user: { groups: 'unknown' } },
      'R-SSPR-SCOPE',
    );
    expect(entry?.missing).toContain('user.groups');
  });

  it('R-SSPR-SCOPE with an unknown selected group is undecided and names it', () => {
    const entry = undecided({ tenant: { sspr: { enabled: 'Selected', selectedGroup: 'unknown' } } }, 'R-SSPR-SCOPE');
    expect(entry?.missing).toContain('tenant.sspr.selectedGroup');
  });
});

describe('missing fields are named precisely', () => {
  // An unknown input makes the verdict say which rule could not be decided, naming the missing field.
  // The leaf, not the parent object "user.recentAttempts": the user must know which count to state, and fixes()
  // can only offer "state the value" for a path that is itself "unknown".
  it('R-THROTTLE names the unknown count, not its parent object', () => {
    const entry = undecided({ user: { recentAttempts: { resets: 'unknown' } } }, 'R-THROTTLE');
    expect(entry?.missing).toEqual(['user.recentAttempts.resets']);
  });

  // Not the whole password policy object, and not the fields that are known.
  it('R-ONPREM names only the unknown password-policy field', () => {
    const entry = undecided(
      {
        tenant: { sspr: { onPremises: { writebackEnabled: true, passwordPolicy: { complexity: 'unknown' } } } },
        user: { authentication: 'passwordHashSync', newPassword: 'Tulip-Harbour-42!' },
      },
      'R-ONPREM',
    );
    expect(entry?.missing).toEqual(['tenant.sspr.onPremises.passwordPolicy.complexity']);
  });

  it('names exactly the unknown leaf for simple field rules', () => {
    expect(undecided({ device: { settings: { HideFastUserSwitching: 'unknown' } } }, 'R-FUS')?.missing).toEqual([
      'device.settings.HideFastUserSwitching',
    ]);
    expect(undecided({ device: { network: { reachesAjaxCdn: 'unknown' } } }, 'R-NET')?.missing).toEqual([
      'device.network.reachesAjaxCdn',
    ]);
  });
});

describe('unknown lists never crash the rules', () => {
  // Regression: R-APPONLY called .every() on "unknown" (a string) and evaluate() threw a TypeError.
  it('unknown methods available: R-APPONLY is undecided, evaluate() does not throw', () => {
    const partial = { tenant: { sspr: { methodsPolicyMigrated: false, methodsAvailable: 'unknown' } } };
    expect(() => verdictOf(partial)).not.toThrow();
    expect(undecided(partial, 'R-APPONLY')?.missing).toContain('tenant.sspr.methodsAvailable');
  });

  it('unknown lists everywhere at once', () => {
    const partial = {
      device: {
        groups: 'unknown',
        settings: { ConfigureWebSignInAllowedUrls: 'unknown' },
        network: { securitySoftwareBlocks: 'unknown' },
      },
      tenant: {
        licences: 'unknown',
        identityProvider: 'adfs',
        identityProviderDomains: 'unknown',
        sspr: { methodsAvailable: 'unknown' },
      },
      user: { groups: 'unknown', licences: 'unknown', registeredMethods: 'unknown' },
    };
    expect(() => verdictOf(partial)).not.toThrow();
    expect(verdictOf(partial).outcome).toBe('undecided');
  });
});
