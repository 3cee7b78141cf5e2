// AllowAadPasswordReset resolution.
import { describe, expect, it } from 'vitest';
import { describeAssignment } from '../../../simulator/index';
import { merge } from './rule-cases';
import {
  catalogSource,
  DEFAULT_DEVICE_GROUP,
  DEFAULT_USER_GROUP,
  DEVICE_OMA_URI,
  firedIds,
  omaSource,
  passwordResetPolicies,
  registrySource,
  USER_OMA_URI,
  VENDOR_OMA_URI,
  verdictOf,
  windows10,
  type Partial,
} from './scenarios';

const notEnrolled = { device: { intuneEnrolled: false } };

describe('R-POLICY-SRC: every source kind that sets 1 enables the link', () => {
  const sources: { name: string; source: unknown; kind: string; path: RegExp; extra?: Partial }[] = [
    {
      name: 'OMA-URI ./Device/...',
      source: omaSource(DEVICE_OMA_URI, 'Integer', 1),
      kind: 'omaUri',
      path: /^\.\/Device\/Vendor\/MSFT\/Policy\/Config\/Authentication\/AllowAadPasswordReset$/,
    },
    {
      name: 'OMA-URI ./Vendor/... (same node)',
      source: omaSource(VENDOR_OMA_URI, 'Integer', 1),
      kind: 'omaUri',
      path: /^\.\/Vendor\/MSFT\/Policy\/Config\/Authentication\/AllowAadPasswordReset$/,
    },
    { name: 'settings catalog', source: catalogSource(1), kind: 'settingsCatalog', path: /Allow Aad Password Reset/ },
    {
      name: 'registry DWORD 1',
      source: registrySource(1),
      kind: 'registry',
      path: /AzureADAccount\\AllowPasswordReset$/,
    },
    {
      name: 'registry via HKLM\\ on a device not enrolled (A-13)',
      source: registrySource(1, 'REG_DWORD', 'HKLM\\SOFTWARE\\Policies\\Microsoft\\AzureADAccount'),
      kind: 'registry',
      path: /AllowPasswordReset$/,
      extra: notEnrolled,
    },
  ];

  it.each(sources)('$name', ({ source, kind, path, extra }) => {
    const verdict = verdictOf(merge(passwordResetPolicies(source), extra ?? {}));
    expect(verdict.policy.value).toBe(1);
    expect(verdict.policy.sourceIndex).toBe(0);
    expect(verdict.policy.sources[0]).toMatchObject({ kind, applies: 'yes', ruleId: 'R-POLICY-SRC' });
    expect(verdict.policy.sources[0].path).toMatch(path);
    expect(firedIds(verdict)).toContain('R-POLICY-SRC');
    expect(firedIds(verdict)).not.toContain('R-POLICY');
    expect(verdict.outcome).toBe('success');
  });

  it('defaults to 0 (Not allowed) with no source', () => {
    const verdict = verdictOf(passwordResetPolicies());
    expect(verdict.policy.value).toBe(0);
    expect(verdict.policy.sourceIndex).toBeNull();
    expect(firedIds(verdict)).toContain('R-POLICY');
    expect(verdict.outcome).toBe('hidden');
  });

  it('ignores OMA-URIs for other settings', () => {
    const verdict = verdictOf(
      passwordResetPolicies(
        omaSource('./Device/Vendor/MSFT/Policy/Config/Authentication/AllowFidoDeviceSignon', 'Integer', 1),
      ),
    );
    expect(verdict.policy.value).toBe(0);
    expect(firedIds(verdict)).not.toContain('R-POLICY-TYPE');
  });

  it('registry still needs a joined device (A-13)', () => {
    const verdict = verdictOf(
      merge(passwordResetPolicies(registrySource(1)), { device: { intuneEnrolled: false, joinState: 'workgroup' } }),
    );
    expect(verdict.policy.value).toBe(1);
    expect(firedIds(verdict)).toContain('R-JOIN');
    expect(verdict.outcome).toBe('hidden');
  });
});

describe('R-POLICY-TYPE: device-scope integer 0/1 expected', () => {
  const wrong: { name: string; source: unknown }[] = [
    { name: 'String "1"', source: omaSource(DEVICE_OMA_URI, 'String', '1') },
    { name: 'Boolean true', source: omaSource(DEVICE_OMA_URI, 'Boolean', true) },
    { name: 'Integer 2', source: omaSource(DEVICE_OMA_URI, 'Integer', 2) },
    { name: './User/ path', source: omaSource(USER_OMA_URI, 'Integer', 1) },
    { name: 'registry REG_SZ', source: registrySource('1', 'REG_SZ') },
  ];

  it.each(wrong)('$name hides the link with a configuration error', ({ source }) => {
    const verdict = verdictOf(passwordResetPolicies(source));
    expect(firedIds(verdict)).toEqual(expect.arrayContaining(['R-POLICY-TYPE', 'R-POLICY']));
    expect(verdict.policy.value).toBe(0);
    expect(verdict.policy.sources[0].ruleId).toBe('R-POLICY-TYPE');
    expect(verdict.policy.sources[0].reason.length).toBeGreaterThan(0);
    expect(verdict.outcome).toBe('hidden');
  });

  it('Integer 0 is well-typed: R-POLICY only', () => {
    const ids = firedIds(verdictOf(passwordResetPolicies(omaSource(DEVICE_OMA_URI, 'Integer', 0))));
    expect(ids).toContain('R-POLICY');
    expect(ids).not.toContain('R-POLICY-TYPE');
  });

  it('a mistyped source next to a correct one is reported but does not hide the link', () => {
    const verdict = verdictOf(passwordResetPolicies(omaSource(DEVICE_OMA_URI, 'String', '1'), catalogSource(1)));
    expect(verdict.policy.value).toBe(1);
    expect(verdict.policy.sourceIndex).toBe(1);
    expect(verdict.policy.sources[0].ruleId).toBe('R-POLICY-TYPE');
    expect(firedIds(verdict)).not.toContain('R-POLICY-TYPE');
    expect(verdict.outcome).toBe('success');
  });
});

describe('R-MDM: the Intune route needs an enrolled device', () => {
  it.each([
    ['settings catalog', catalogSource(1)],
    ['OMA-URI', omaSource(DEVICE_OMA_URI, 'Integer', 1)],
  ])('%s on a device not enrolled', (_name, source) => {
    const verdict = verdictOf(merge(passwordResetPolicies(source), notEnrolled));
    expect(firedIds(verdict)).toEqual(expect.arrayContaining(['R-MDM', 'R-POLICY']));
    expect(verdict.policy.sources[0].ruleId).toBe('R-MDM');
    expect(verdict.outcome).toBe('hidden');
  });
});

describe('R-ASSIGN: assignment and applicability', () => {
  const assigned = (assignment: Partial, device: Partial = {}) =>
    verdictOf(merge(passwordResetPolicies(catalogSource(1, assignment)), { device }));

  it('device outside the included groups', () => {
    const verdict = assigned({ include: [{ target: 'group', group: 'Other devices', groupType: 'device' }] });
    expect(firedIds(verdict)).toContain('R-ASSIGN');
    expect(verdict.policy.sources[0]).toMatchObject({ applies: 'no', ruleId: 'R-ASSIGN' });
    expect(verdict.outcome).toBe('hidden');
  });

  it('no include target at all', () => {
    expect(firedIds(assigned({ include: [] }))).toContain('R-ASSIGN');
  });

  it('All devices includes every device', () => {
    expect(assigned({ include: [{ target: 'allDevices' }] }, { groups: [] }).outcome).toBe('success');
  });

  it('device in an excluded device group', () => {
    const verdict = assigned({ exclude: [{ group: DEFAULT_DEVICE_GROUP, groupType: 'device' }] });
    expect(firedIds(verdict)).toContain('R-ASSIGN');
    expect(firedIds(verdict)).not.toContain('R-ASSIGN-MIX');
    expect(verdict.policy.sources[0].reason).toMatch(/exclu/i);
  });

  it('OS edition applicability: "Not applicable" when the edition does not match', () => {
    const rule = { property: 'osEdition', rule: 'assignIf', editions: ['Education'] };
    const verdict = assigned({ applicability: [rule] });
    expect(firedIds(verdict)).toContain('R-ASSIGN');
    expect(verdict.policy.sources[0].reason).toMatch(/Not applicable/);
    expect(assigned({ applicability: [{ ...rule, editions: ['Enterprise'] }] }).outcome).toBe('success');
  });

  it('OS edition "don\'t assign if" the device edition', () => {
    const verdict = assigned({
      applicability: [{ property: 'osEdition', rule: 'dontAssignIf', editions: ['Enterprise'] }],
    });
    expect(verdict.policy.sources[0].reason).toMatch(/Not applicable/);
    expect(verdict.outcome).toBe('hidden');
  });

  describe('OS version min–max', () => {
    const windows11Only = { property: 'osVersion', rule: 'assignIf', min: '10.0.22000', max: '10.0.26100' };
    it('below the minimum: Not applicable', () => {
      const verdict = assigned({ applicability: [windows11Only] }, { os: windows10(19045) });
      expect(firedIds(verdict)).toContain('R-ASSIGN');
      expect(verdict.policy.sources[0].reason).toMatch(/Not applicable/);
    });
    it('at the minimum: applies', () => {
      expect(
        assigned({ applicability: [windows11Only] }, { os: { family: 'windows11', build: 22000, ubr: 0 } }).outcome,
      ).toBe('success');
    });
    it('at the maximum build (any update revision): applies', () => {
      expect(assigned({ applicability: [windows11Only] }, { os: { build: 26100, ubr: 4000 } }).outcome).toBe('success');
    });
    it('above the maximum: Not applicable', () => {
      const verdict = assigned({ applicability: [{ ...windows11Only, max: '10.0.22631' }] }, { os: { build: 26100 } });
      expect(verdict.policy.sources[0].reason).toMatch(/Not applicable/);
      expect(verdict.outcome).toBe('hidden');
    });
    it('a minimum with an update revision compares the revision', () => {
      const rule = { ...windows11Only, min: '10.0.26100.3000' };
      expect(assigned({ applicability: [rule] }, { os: { build: 26100, ubr: 2999 } }).outcome).toBe('hidden');
      expect(assigned({ applicability: [rule] }, { os: { build: 26100, ubr: 3000 } }).outcome).toBe('success');
    });
  });
});

describe('R-ASSIGN-MIX: mixed user/device exclusions are ignored', () => {
  it('include device group + exclude user group: exclusion ignored, policy applies', () => {
    const verdict = verdictOf(
      passwordResetPolicies(catalogSource(1, { exclude: [{ group: DEFAULT_USER_GROUP, groupType: 'user' }] })),
    );
    expect(firedIds(verdict)).toContain('R-ASSIGN-MIX');
    expect(firedIds(verdict)).not.toContain('R-ASSIGN');
    expect(verdict.policy.value).toBe(1);
    expect(verdict.outcome).toBe('success');
  });

  it('the reverse: include user group + exclude device group', () => {
    const source = catalogSource(1, {
      include: [{ target: 'group', group: DEFAULT_USER_GROUP, groupType: 'user' }],
      exclude: [{ group: DEFAULT_DEVICE_GROUP, groupType: 'device' }],
    });
    const verdict = verdictOf(passwordResetPolicies(source));
    expect(firedIds(verdict)).toContain('R-ASSIGN-MIX');
    expect(verdict.policy.value).toBe(1);
    expect(verdict.passwordLink).toBe('yes');
  });

  it('same-kind exclusion (user include, user exclude) is honoured', () => {
    const source = catalogSource(1, {
      include: [{ target: 'group', group: DEFAULT_USER_GROUP, groupType: 'user' }],
      exclude: [{ group: DEFAULT_USER_GROUP, groupType: 'user' }],
    });
    const verdict = verdictOf(passwordResetPolicies(source));
    expect(firedIds(verdict)).not.toContain('R-ASSIGN-MIX');
    expect(firedIds(verdict)).toContain('R-ASSIGN');
  });
});

describe('verdict.policy names the source that produced the value', () => {
  it('the first applied source that sets 1, with its name and kind in the explanation', () => {
    const named = { ...catalogSource(1), name: 'SSPR at sign-in (pilot)' };
    const verdict = verdictOf(
      passwordResetPolicies(
        catalogSource(0, { include: [] }),
        omaSource(DEVICE_OMA_URI, 'Integer', 1, { include: [] }),
        named,
        registrySource(1),
      ),
    );
    expect(verdict.policy.value).toBe(1);
    expect(verdict.policy.sourceIndex).toBe(2);
    expect(verdict.policy.explanation).toContain('SSPR at sign-in (pilot)');
    expect(verdict.policy.explanation).toContain('settingsCatalog');
    expect(verdict.policy.sources.map((source) => source.applies)).toEqual(['no', 'no', 'yes', 'yes']);
    expect(verdict.policy.sources[1].ruleId).toBe('R-ASSIGN');
    expect(verdict.policy.sources.filter((source) => source.ruleId === 'R-POLICY-SRC')).toHaveLength(1);
    expect(describeAssignment(verdict.policy.sources[2].assignment!)).toContain(DEFAULT_DEVICE_GROUP);
  });

  it('says the default (Not allowed) when nothing sets 1', () => {
    const verdict = verdictOf(passwordResetPolicies(catalogSource(0)));
    expect(verdict.policy.explanation).toMatch(/= 0/);
    expect(verdict.policy.sources[0].applies).toBe('yes');
  });
});
