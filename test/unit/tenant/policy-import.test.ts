// Every Intune policy kind → device facts → verdict, from payloads in Microsoft Graph's documented response shapes:
// a settings-catalog "Login and lock screen" policy, a security baseline, an administrative template, an intent,
// typed profiles, assignment filters, conflicts, other target kinds — and provenance naming policy, setting and
// assignment on every imported fact.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../../simulator/model/defaults';
import { evaluate, type Scenario } from '../../../simulator/index';
import {
  compactAdministrativeTemplate,
  compactConfigurationPolicy,
  compactDeviceConfiguration,
  compactIntent,
  ImportWarnings,
  indexSnapshot,
  parseSnapshotJson,
  scenarioFromSnapshot,
  SNAPSHOT_FORMAT,
  type GraphConfigurationPolicy,
  type SnapshotPolicy,
  type TenantSnapshot,
} from '../../../simulator/import/index';

const DEVICE = 'd0000000-0000-4000-8000-000000000001';
const USER = 'a0000000-0000-4000-8000-000000000001';
const GROUP = 'g-devices';
const FILTER = 'filter-surface';
const C = 'device_vendor_msft_policy_config_';

const choice = (id: string, option: string) => ({
  settingInstance: {
    '@odata.type': '#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance',
    settingDefinitionId: id,
    settingInstanceTemplateReference: null,
    choiceSettingValue: { settingValueTemplateReference: null, value: `${id}_${option}`, children: [] },
  },
});
const toGroup = (extra: Record<string, unknown> = {}) => [
  { id: 'a1', target: { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId: GROUP, ...extra } },
];

function catalogPolicy(
  id: string,
  name: string,
  settings: unknown[],
  assignments: unknown[] = toGroup(),
  family = 'none',
) {
  return {
    id,
    name,
    platforms: 'windows10',
    technologies: 'mdm',
    templateReference: {
      templateId: '',
      templateFamily: family,
      templateDisplayName: null,
      templateDisplayVersion: null,
    },
    settings,
    assignments,
  } as unknown as GraphConfigurationPolicy;
}

function snapshotWith(policies: SnapshotPolicy[], overrides: Partial<TenantSnapshot> = {}): TenantSnapshot {
  return {
    format: SNAPSHOT_FORMAT,
    formatVersion: 2,
    status: 'complete',
    id: 'test',
    tenant: { id: 't', displayName: 'Contoso', cloud: 'global', customDomain: true, directorySync: false },
    startedAt: '2026-12-01T00:00:00.000Z',
    completedAt: '2026-12-01T00:01:00.000Z',
    sources: {
      configurationPolicies: {
        endpoint: 'GET /beta/deviceManagement/configurationPolicies',
        at: '2026-12-01T00:00:30.000Z',
        count: 1,
      },
    },
    devices: [
      {
        id: DEVICE,
        deviceId: 'e1',
        displayName: 'PC-1',
        operatingSystem: 'Windows',
        operatingSystemVersion: '10.0.26100.2605',
        trustType: 'AzureAd',
        isManaged: true,
        intune: {
          id: 'm1',
          osVersion: '10.0.26100.2605',
          skuFamily: 'Enterprise',
          joinType: 'azureADJoined',
          userId: USER,
          userPrincipalName: 'user1@contoso.com',
          manufacturer: 'Microsoft Corporation',
          model: 'Surface Laptop 5',
          deviceCategory: null,
          ownerType: 'company',
          enrollmentProfileName: null,
          skuNumber: 4,
        },
      },
    ],
    users: [
      {
        id: USER,
        userPrincipalName: 'user1@contoso.com',
        displayName: 'User 1',
        onPremisesSyncEnabled: null,
        userType: 'Member',
        skuIds: ['p1'],
        registration: {
          isAdmin: false,
          isSsprEnabled: true,
          isSsprRegistered: true,
          isSsprCapable: true,
          methodsRegistered: ['microsoftAuthenticatorPush', 'email'],
        },
      },
    ],
    skus: [
      {
        skuId: 'p1',
        skuPartNumber: 'AAD_PREMIUM',
        capabilityStatus: 'Enabled',
        enabledUnits: 10,
        servicePlans: ['AAD_PREMIUM'],
      },
    ],
    groups: [{ id: GROUP, displayName: 'SSPR - Windows devices', deviceIds: [DEVICE], userIds: [] }],
    policies,
    filters: [
      {
        id: FILTER,
        displayName: 'Surface devices',
        platform: 'windows10AndLater',
        rule: '(device.manufacturer -eq "Microsoft Corporation") and (device.model -startsWith "Surface")',
      },
      {
        id: 'filter-arm',
        displayName: 'ARM devices',
        platform: 'windows10AndLater',
        rule: '(device.cpuArchitecture -eq "arm64")',
      },
    ],
    warnings: [],
    authenticationMethods: {
      policyMigrationState: 'migrationComplete',
      methods: [
        { id: 'MicrosoftAuthenticator', state: 'enabled' },
        { id: 'Email', state: 'enabled' },
      ],
    },
    authorization: { allowedToUseSSPR: true },
    ...overrides,
  };
}

function pairScenario(snapshot: TenantSnapshot): Scenario {
  return scenarioFromSnapshot(indexSnapshot(snapshot), { deviceObjectId: DEVICE, userId: USER });
}

/** What an admin states on the Device, Session and User pages: every remaining unknown at the product default. */
function withUnknownsDefaulted(scenario: Scenario): Scenario {
  const fill = (value: unknown, fallback: unknown): unknown => {
    if (value === 'unknown') return fallback;
    if (value && typeof value === 'object' && !Array.isArray(value) && fallback && typeof fallback === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, child]) => [key, fill(child, (fallback as Record<string, unknown>)[key])]),
      );
    }
    return value;
  };
  return fill(scenario, DEFAULT_SCENARIO) as Scenario;
}

const loginAndLockScreen = (warnings = new ImportWarnings()) =>
  compactConfigurationPolicy(
    catalogPolicy('p1', 'Login and lock screen', [
      choice(`${C}authentication_allowaadpasswordreset`, '1'),
      choice(`${C}windowslogon_disablelockscreenappnotifications`, '1'),
    ]),
    warnings,
  )!;

describe('a settings-catalog policy mixing the reset link with lock-screen settings', () => {
  it('imports DisableLockScreenAppNotifications = 1 and the verdict fails on R-LSNOTIF', () => {
    const scenario = pairScenario(snapshotWith([loginAndLockScreen()]));
    expect(scenario.device.settings.DisableLockScreenAppNotifications).toBe(1);
    expect(scenario.policies.passwordReset).toEqual([
      expect.objectContaining({ kind: 'settingsCatalog', name: 'Login and lock screen', value: 1 }),
    ]);
    const provenance = scenario.provenance['device.settings.DisableLockScreenAppNotifications'];
    expect(provenance.kind).toBe('imported');
    expect(provenance.note).toContain('"Login and lock screen" (settings catalog) sets 1');
    expect(provenance.note).toContain(`${C}windowslogon_disablelockscreenappnotifications`);
    expect(provenance.note).toContain('group "SSPR - Windows devices"');

    const verdict = evaluate(scenario);
    expect(verdict.fired.map((rule) => rule.id)).toContain('R-LSNOTIF');
    expect(verdict.undecided.map((rule) => rule.id)).not.toContain('R-LSNOTIF');
    // Once the admin states the session and the rest, the verdict is the device's real one.
    const stated = evaluate(withUnknownsDefaulted(scenario));
    expect(stated.outcome).toBe('fails');
    expect(stated.deciding).toContain('R-LSNOTIF');
  });

  it('a choice value with another suffix is not understood: never 0, counted as a warning', () => {
    const warnings = new ImportWarnings();
    const policy = compactConfigurationPolicy(
      catalogPolicy('p2', 'Odd', [
        choice(`${C}authentication_allowaadpasswordreset`, 'enabled'),
        choice(`${C}windowslogon_disablelockscreenappnotifications`, '2'),
      ]),
      warnings,
    )!;
    expect(policy.settings.map((setting) => setting.value)).toEqual([null, null]);
    expect(warnings.list()).toEqual([
      expect.objectContaining({ source: 'configurationPolicies', kind: 'valueNotUnderstood', count: 2 }),
    ]);
    const scenario = pairScenario(snapshotWith([policy]));
    expect(scenario.policies.passwordReset).toEqual([]);
    expect(scenario.provenance['policies.passwordReset']).toMatchObject({
      kind: 'unknown',
      note: expect.stringContaining('_enabled'),
    });
    expect(scenario.device.settings.DisableLockScreenAppNotifications).toBe('unknown');
    expect(scenario.provenance['device.settings.DisableLockScreenAppNotifications'].note).toMatch(/not understood/);
  });

  it('reads PIN recovery from a group collection with children (Windows Hello for Business)', () => {
    const policy = compactConfigurationPolicy(
      catalogPolicy(
        'p3',
        'Windows Hello for Business',
        [
          {
            settingInstance: {
              '@odata.type': '#microsoft.graph.deviceManagementConfigurationGroupSettingCollectionInstance',
              settingDefinitionId: 'device_vendor_msft_passportforwork_{tenantid}',
              groupSettingCollectionValue: [
                {
                  children: [
                    {
                      '@odata.type': '#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance',
                      settingDefinitionId: 'device_vendor_msft_passportforwork_{tenantid}_policies_enablepinrecovery',
                      choiceSettingValue: {
                        value: 'device_vendor_msft_passportforwork_{tenantid}_policies_enablepinrecovery_true',
                        children: [],
                      },
                    },
                  ],
                },
              ],
            },
          },
        ],
        toGroup(),
        'endpointSecurityAccountProtection',
      ),
      new ImportWarnings(),
    )!;
    expect(policy.kind).toBe('endpointSecurity');
    const scenario = pairScenario(snapshotWith([policy]));
    expect(scenario.policies.pinRecovery).toEqual([
      expect.objectContaining({ kind: 'accountProtection', value: true }),
    ]);
  });
});

describe('baselines, administrative templates, intents and typed profiles', () => {
  it('a security baseline that turns UAC off fails the reset (R-UAC) and says it came from the baseline', () => {
    const baseline = compactConfigurationPolicy(
      catalogPolicy(
        'b1',
        'Windows security baseline',
        [
          choice(`${C}localpoliciessecurityoptions_useraccountcontrol_runalladministratorsinadminapprovalmode`, '0'),
          choice(`${C}localpoliciessecurityoptions_interactivelogon_donotdisplaylastsignedin`, '1'),
        ],
        [{ target: { '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget' } }],
        'baseline',
      ),
      new ImportWarnings(),
    )!;
    expect(baseline.kind).toBe('securityBaseline');
    const scenario = pairScenario(snapshotWith([loginAndLockScreen(), baseline]));
    expect(scenario.device.settings).toMatchObject({ EnableLUA: 0, DontDisplayLastUserName: 1 });
    expect(scenario.provenance['device.settings.EnableLUA'].note).toMatch(/\(security baseline\).*All devices/);
    const fired = evaluate(withUnknownsDefaulted(scenario)).fired.map((rule) => rule.id);
    expect(fired).toEqual(expect.arrayContaining(['R-UAC', 'R-DDLU', 'R-LSNOTIF']));
  });

  it('an administrative template "Do not display the lock screen" hides the link (R-NOLOCK)', () => {
    const template = compactAdministrativeTemplate(
      { id: 'gp1', displayName: 'Lock screen', assignments: toGroup() as never },
      [
        {
          id: 'v1',
          enabled: true,
          definition: {
            displayName: 'Do not display the lock screen',
            categoryPath: '\\Control Panel\\Personalization',
            classType: 'machine',
          },
          presentationValues: [],
        },
        {
          id: 'v2',
          enabled: true,
          definition: {
            displayName: 'Turn off app notifications on the lock screen',
            categoryPath: '\\System\\Logon',
            classType: 'user',
          },
        },
      ],
      new ImportWarnings(),
    )!;
    expect(template.settings.map((setting) => [setting.fact, setting.value])).toEqual([
      ['NoLockScreen', 1],
      ['DisableLockScreenAppNotifications', null],
    ]);
    const scenario = pairScenario(snapshotWith([loginAndLockScreen(), template]));
    expect(scenario.device.settings.NoLockScreen).toBe(1);
    expect(scenario.provenance['device.settings.NoLockScreen'].note).toContain('(administrative template)');
    const verdict = evaluate(withUnknownsDefaulted(scenario));
    expect(verdict.outcome).toBe('hidden');
    expect(verdict.deciding).toContain('R-NOLOCK');
  });

  it('an account-protection intent and an identity-protection profile set PIN recovery', () => {
    const intent = compactIntent(
      { id: 'i1', displayName: 'Account protection (legacy)', templateId: 't1' },
      { id: 't1', displayName: 'Account protection', templateType: 'endpointSecurityAccountProtection' },
      [
        {
          definitionId: 'deviceConfiguration--windowsIdentityProtectionConfiguration_pinRecoveryEnabled',
          valueJson: 'true',
        },
      ],
      toGroup() as never,
      new ImportWarnings(),
    )!;
    expect(intent).toMatchObject({ kind: 'intent', source: 'intents' });
    const profile = compactDeviceConfiguration(
      {
        '@odata.type': '#microsoft.graph.windowsIdentityProtectionConfiguration',
        id: 'ip1',
        displayName: 'Identity protection',
        pinRecoveryEnabled: true,
        assignments: toGroup() as never,
      } as never,
      new ImportWarnings(),
    )!;
    const scenario = pairScenario(snapshotWith([intent, profile]));
    expect(scenario.policies.pinRecovery).toEqual([
      expect.objectContaining({ kind: 'accountProtection', name: 'Account protection (legacy)', value: true }),
      expect.objectContaining({ kind: 'accountProtection', name: 'Identity protection', value: true }),
    ]);
  });

  it('a custom profile with the base omaSetting type keeps its data type unknown instead of guessing String', () => {
    const warnings = new ImportWarnings();
    const profile = compactDeviceConfiguration(
      {
        '@odata.type': '#microsoft.graph.windows10CustomConfiguration',
        id: 'c1',
        displayName: 'Custom',
        omaSettings: [
          {
            '@odata.type': '#microsoft.graph.omaSetting',
            omaUri: './Device/Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset',
            value: 1,
          },
          {
            '@odata.type': '#microsoft.graph.omaSettingString',
            omaUri: './Device/Vendor/MSFT/Policy/Config/WindowsLogon/HideFastUserSwitching',
            value: '1',
          },
        ],
        assignments: toGroup() as never,
      },
      warnings,
    )!;
    expect(profile.settings.map((setting) => [setting.dataType, setting.problem !== null])).toEqual([
      [null, true],
      ['String', true],
    ]);
    expect(warnings.total).toBe(2);
    const scenario = pairScenario(snapshotWith([profile]));
    expect(scenario.policies.passwordReset).toEqual([]);
    expect(scenario.device.settings.HideFastUserSwitching).toBe('unknown');
  });
});

describe('which policy reaches which device', () => {
  const assigned = (target: Record<string, unknown>) =>
    compactConfigurationPolicy(
      catalogPolicy(
        'p1',
        'Lock screen',
        [choice(`${C}windowslogon_disablelockscreenappnotifications`, '1')],
        [{ target }],
      ),
      new ImportWarnings(),
    )!;

  it('an include filter that matches lets it through; one that does not keeps the device out', () => {
    const through = pairScenario(
      snapshotWith([
        assigned({
          '@odata.type': '#microsoft.graph.groupAssignmentTarget',
          groupId: GROUP,
          deviceAndAppManagementAssignmentFilterId: FILTER,
          deviceAndAppManagementAssignmentFilterType: 'include',
        }),
      ]),
    );
    expect(through.device.settings.DisableLockScreenAppNotifications).toBe(1);
    expect(through.provenance['device.settings.DisableLockScreenAppNotifications'].note).toContain(
      'assignment filter "Surface devices" (include) matches',
    );
    const excluded = pairScenario(
      snapshotWith([
        assigned({
          '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget',
          deviceAndAppManagementAssignmentFilterId: FILTER,
          deviceAndAppManagementAssignmentFilterType: 'exclude',
        }),
      ]),
    );
    // Filtered out: no policy sets it; on this Entra-joined device the Windows default applies (inferred).
    expect(excluded.device.settings.DisableLockScreenAppNotifications).toBe(0);
    expect(excluded.provenance['device.settings.DisableLockScreenAppNotifications'].kind).toBe('inferred');
  });

  it('a filter on a property the import does not know leaves the assignment undecided, with the reason', () => {
    const scenario = pairScenario(
      snapshotWith([
        assigned({
          '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget',
          deviceAndAppManagementAssignmentFilterId: 'filter-arm',
          deviceAndAppManagementAssignmentFilterType: 'include',
        }),
      ]),
    );
    expect(scenario.device.settings.DisableLockScreenAppNotifications).toBe('unknown');
    expect(scenario.provenance['device.settings.DisableLockScreenAppNotifications'].note).toContain(
      'device.cpuarchitecture',
    );
  });

  it('an excluded device group wins over All devices; a target of another kind is kept with its kind and id', () => {
    const warnings = new ImportWarnings();
    const policy = compactConfigurationPolicy(
      catalogPolicy(
        'p1',
        'Lock screen',
        [choice(`${C}windowslogon_disablelockscreenappnotifications`, '1')],
        [
          { target: { '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget' } },
          { target: { '@odata.type': '#microsoft.graph.exclusionGroupAssignmentTarget', groupId: GROUP } },
          {
            target: {
              '@odata.type': '#microsoft.graph.configurationManagerCollectionAssignmentTarget',
              collectionId: 'SMS00001',
            },
          },
        ],
      ),
      warnings,
    )!;
    expect(policy.assignments[2]).toMatchObject({
      target: 'other',
      targetType: '#microsoft.graph.configurationManagerCollectionAssignmentTarget',
      otherId: 'SMS00001',
    });
    expect(warnings.list()).toEqual([
      expect.objectContaining({ kind: 'targetIgnored', examples: [expect.stringContaining('SMS00001')] }),
    ]);
    const scenario = pairScenario(snapshotWith([policy]));
    expect(scenario.device.settings.DisableLockScreenAppNotifications).toBe(0);
  });

  it('two reaching policies with different values are a conflict: unknown, both named', () => {
    const on = loginAndLockScreen();
    const off = compactConfigurationPolicy(
      catalogPolicy('p9', 'Notifications on', [choice(`${C}windowslogon_disablelockscreenappnotifications`, '0')]),
      new ImportWarnings(),
    )!;
    const scenario = pairScenario(snapshotWith([on, off]));
    expect(scenario.device.settings.DisableLockScreenAppNotifications).toBe('unknown');
    const note = scenario.provenance['device.settings.DisableLockScreenAppNotifications'].note ?? '';
    expect(note).toMatch(/^Conflict: Intune shows conflicting configuration settings/);
    expect(note).toContain('"Login and lock screen" (settings catalog) sets 1');
    expect(note).toContain('"Notifications on" (settings catalog) sets 0');
  });
});

describe('users, methods policy and old snapshots', () => {
  it('a Guest is not taken for a member; a missing policyMigrationState stays unknown', () => {
    const base = snapshotWith([]);
    const snapshot = snapshotWith([], {
      users: [{ ...base.users[0], userType: 'Guest' }],
      authenticationMethods: { policyMigrationState: null, methods: [] },
    });
    const scenario = pairScenario(snapshot);
    expect(scenario.user.guestPersonalAccount).toBe('unknown');
    expect(scenario.tenant.sspr.methodsPolicyMigrated).toBe('unknown');
    expect(scenario.provenance['tenant.sspr.methodsPolicyMigrated'].kind).toBe('unknown');
    expect(pairScenario(base).user.guestPersonalAccount).toBe(false);
  });

  it('settings no Intune policy can set say so, and where to state them', () => {
    const scenario = pairScenario(snapshotWith([]));
    expect(scenario.device.settings.RequireSmartCard).toBe('unknown');
    expect(scenario.provenance['device.settings.RequireSmartCard'].note).toMatch(/ScForceOption.*Device page/);
  });

  it('reopens a snapshot written by the first format version, values re-read through the table', () => {
    const v1 = {
      ...snapshotWith([]),
      formatVersion: 1,
      filters: undefined,
      warnings: undefined,
      users: [{ ...snapshotWith([]).users[0], userType: undefined }],
      policies: [
        {
          id: 'p1',
          kind: 'settingsCatalog',
          displayName: 'SSPR pilot',
          settings: [
            {
              setting: 'allowAadPasswordReset',
              omaUri: null,
              dataType: null,
              settingDefinitionId: `${C}authentication_allowaadpasswordreset`,
              value: `${C}authentication_allowaadpasswordreset_1`,
            },
          ],
          assignments: [{ target: 'group', groupId: GROUP, filterId: null }],
          applicability: [],
        },
      ],
    };
    const opened = parseSnapshotJson(JSON.stringify(v1));
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.snapshot.policies[0].settings[0]).toMatchObject({
      fact: 'allowAadPasswordReset',
      value: 1,
      problem: null,
    });
    expect(opened.snapshot.users[0].userType).toBeNull();
    expect(pairScenario(opened.snapshot).policies.passwordReset).toEqual([expect.objectContaining({ value: 1 })]);
  });
});

describe('the snapshot is checked before it is saved', () => {
  it('names the first item that would not reopen', async () => {
    const { validateSnapshot } = await import('../../../simulator/import/snapshot');
    const good = snapshotWith([loginAndLockScreen()]);
    expect(validateSnapshot(good)).toEqual({ ok: true, snapshot: good });
    const bad = {
      ...good,
      devices: [...good.devices, { ...good.devices[0], id: undefined }],
    } as unknown as TenantSnapshot;
    expect(validateSnapshot(bad)).toMatchObject({ ok: false, error: expect.stringContaining('devices.1.id') });
  });
});

describe('conflicting AllowAadPasswordReset sources', () => {
  it('keeps both sources for the engine and says Intune reports a conflict', () => {
    const off = compactConfigurationPolicy(
      catalogPolicy('p8', 'Reset off', [choice(`${C}authentication_allowaadpasswordreset`, '0')]),
      new ImportWarnings(),
    )!;
    const scenario = pairScenario(snapshotWith([loginAndLockScreen(), off]));
    expect(scenario.policies.passwordReset.map((source) => source.value)).toEqual([1, 0]);
    const note = scenario.provenance['policies.passwordReset'].note ?? '';
    expect(note).toContain('Intune reports a conflict on this device');
    expect(note).toContain('"Reset off" (settings catalog) sets 0');
  });
});

describe('conflicts and undecided reach reach the verdict (R-POLICY-CONFLICT, R-ASSIGN)', () => {
  const resetPolicy = (id: string, name: string, option: '0' | '1', assignments: unknown[] = toGroup()) =>
    compactConfigurationPolicy(
      catalogPolicy(id, name, [choice(`${C}authentication_allowaadpasswordreset`, option)], assignments),
      new ImportWarnings(),
    )!;
  const withFilter = (filterId: string) =>
    toGroup({
      deviceAndAppManagementAssignmentFilterId: filterId,
      deviceAndAppManagementAssignmentFilterType: 'include',
    });

  it('two reaching policies that set 1 and 0: the link is undecided and the conflict names both', () => {
    const scenario = pairScenario(
      snapshotWith([resetPolicy('p1', 'Reset on', '1'), resetPolicy('p2', 'Reset off', '0')]),
    );
    const verdict = evaluate(withUnknownsDefaulted(scenario));
    expect(verdict.policy.value).toBe('unknown');
    expect(verdict.outcome).toBe('undecided');
    const conflict = verdict.warnings.find((entry) => entry.id === 'R-POLICY-CONFLICT');
    expect(conflict?.message).toContain('"Reset on" (settings catalog) = 1 and "Reset off" (settings catalog) = 0');
  });

  it('near miss: the same two policies when the one that sets 0 is filtered out of this device', () => {
    const filteredOut = resetPolicy('p2', 'Reset off', '0', [
      {
        id: 'a2',
        target: {
          '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget',
          deviceAndAppManagementAssignmentFilterId: FILTER,
          deviceAndAppManagementAssignmentFilterType: 'exclude',
        },
      },
    ]);
    const scenario = pairScenario(snapshotWith([resetPolicy('p1', 'Reset on', '1'), filteredOut]));
    const verdict = evaluate(withUnknownsDefaulted(scenario));
    expect(verdict.fired.map((entry) => entry.id)).not.toContain('R-POLICY-CONFLICT');
    expect(verdict.policy.value).toBe(1);
    expect(verdict.outcome).toBe('success');
  });

  it('a filter the import cannot evaluate stays on the inclusion as unknown: reach undecided, the filter named', () => {
    const scenario = pairScenario(snapshotWith([resetPolicy('p1', 'Reset on', '1', withFilter('filter-arm'))]));
    expect(scenario.policies.passwordReset[0]).toHaveProperty('assignment.include', [
      {
        target: 'group',
        group: 'SSPR - Windows devices',
        groupType: 'device',
        filter: { name: 'ARM devices', mode: 'include', matches: 'unknown' },
      },
    ]);
    const leaf = 'policies.passwordReset[0].assignment.include[0].filter.matches';
    expect(scenario.provenance[leaf].kind).toBe('unknown');
    expect(scenario.provenance[leaf].note).toContain('device.cpuarchitecture');
    expect(scenario.provenance['policies.passwordReset[0]'].kind).not.toBe('unknown');
    const verdict = evaluate(withUnknownsDefaulted(scenario));
    expect(verdict.policy.sources[0].applies).toBe('undecided');
    expect(verdict.policy.sources[0].reason).toContain('"ARM devices"');
    expect(verdict.undecided.map((entry) => entry.id)).toEqual(expect.arrayContaining(['R-POLICY', 'R-ASSIGN']));
    expect(verdict.outcome).toBe('undecided');
  });

  it('near miss: a filter the import evaluates (Surface devices, matching) is not carried, and the policy applies', () => {
    const scenario = pairScenario(snapshotWith([resetPolicy('p1', 'Reset on', '1', withFilter(FILTER))]));
    expect(scenario.policies.passwordReset[0]).toHaveProperty('assignment.include.0.target', 'group');
    expect(scenario.policies.passwordReset[0]).not.toHaveProperty('assignment.include.0.filter');
    const verdict = evaluate(withUnknownsDefaulted(scenario));
    expect(verdict.policy.value).toBe(1);
    expect(verdict.outcome).toBe('success');
  });
});
