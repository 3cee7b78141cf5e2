// fast-check arbitraries of schema-valid scenarios, built from the enums and ranges of simulator/model/scenario.ts.
// Any "maybe" leaf may come out "unknown"; how often is chosen per scenario (never, rarely, often).
import fc from 'fast-check';
import {
  AUTH_TYPES,
  BLOCKABLE_HOSTS,
  CLOUDS,
  DEFAULT_DEVICE_GROUP,
  DEFAULT_SCENARIO,
  DEFAULT_USER_GROUP,
  DOT1X_MODES,
  EDITIONS,
  ERAS,
  IDENTITY_PROVIDERS,
  JOIN_STATES,
  LICENCES,
  METHODS,
  OMA_DATA_TYPES,
  OS_FAMILIES,
  PIN_TRUST_TYPES,
  PROXY_KINDS,
  REGISTRY_TYPES,
  SESSION_KINDS,
  SESSION_STARTS,
  SIGN_IN_METHODS,
  type EvaluateOptions,
} from '../../../simulator/index';
import { DEVICE_OMA_URI, readAt, USER_OMA_URI, VENDOR_OMA_URI, writeAt } from './scenarios';

type Arb<T> = fc.Arbitrary<T>;

/** Builds (weight of "unknown" out of 100 per maybe-leaf) → arbitraries of each scenario section. */
function sections(unknownWeight: number) {
  const maybe = <T>(arb: Arb<T>): Arb<T | 'unknown'> =>
    unknownWeight === 0
      ? arb
      : fc.oneof(
          { weight: 100 - unknownWeight, arbitrary: arb },
          { weight: unknownWeight, arbitrary: fc.constant('unknown' as const) },
        );
  const flag = maybe(fc.constantFrom(0 as const, 1 as const));
  const bool = maybe(fc.boolean());
  const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
  const subset = <T>(values: readonly T[]) => fc.subarray([...values]);
  // Builds around every Windows build threshold, plus Windows 7/8.1 builds and some in-between values.
  const build = fc.oneof(
    pick([
      7601, 9200, 9600, 10240, 14393, 15063, 16298, 16299, 17133, 17134, 17763, 18362, 18363, 19041, 19045, 21999,
      22000, 22621, 22631, 26100,
    ]),
    fc.integer({ min: 0, max: 30000 }),
  );
  const userGroup = { target: 'group', group: DEFAULT_USER_GROUP, groupType: 'user' } as const;
  const deviceGroup = { target: 'group', group: DEFAULT_DEVICE_GROUP, groupType: 'device' } as const;
  const assignment = fc.record({
    include: subset([
      deviceGroup,
      userGroup,
      { target: 'group', group: 'Kiosks', groupType: 'device' },
      { target: 'allDevices' },
      { target: 'allUsers' },
    ] as const),
    exclude: subset([
      { group: 'Kiosks', groupType: 'device' },
      { group: DEFAULT_DEVICE_GROUP, groupType: 'device' },
      { group: 'Contractors', groupType: 'user' },
      { group: DEFAULT_USER_GROUP, groupType: 'user' },
    ] as const),
    applicability: fc.oneof(
      fc.constant([]),
      fc.tuple(
        fc.record({
          property: fc.constant('osEdition'),
          rule: pick(['assignIf', 'dontAssignIf'] as const),
          editions: fc.subarray([...EDITIONS], { minLength: 1 }),
        }),
      ),
      fc.tuple(
        fc.record({
          property: fc.constant('osVersion'),
          rule: pick(['assignIf', 'dontAssignIf'] as const),
          min: pick(['10.0.17134', '10.0.19041', '10.0.22000.100']),
          max: pick(['10.0.19045', '10.0.26100']),
        }),
      ),
    ),
  });
  const passwordResetSource = fc.oneof(
    fc.record({
      kind: fc.constant('settingsCatalog'),
      name: fc.constant('Catalog'),
      value: pick([0, 1] as const),
      assignment,
    }),
    fc.record({
      kind: fc.constant('omaUri'),
      name: fc.constant('Custom'),
      omaUri: pick([
        DEVICE_OMA_URI,
        VENDOR_OMA_URI,
        USER_OMA_URI,
        './Device/Vendor/MSFT/Policy/Config/Authentication/AllowFidoDeviceSignon',
      ]),
      dataType: pick(OMA_DATA_TYPES),
      value: pick([0, 1, 2, '1', true] as const),
      assignment,
    }),
    fc.record({
      kind: fc.constant('registry'),
      name: fc.constant('Registry'),
      key: pick([
        'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\AzureADAccount',
        'HKLM\\SOFTWARE\\Policies\\Microsoft\\AzureADAccount',
        'HKEY_CURRENT_USER\\Software',
      ]),
      valueName: pick(['AllowPasswordReset', 'Other']),
      valueType: pick(REGISTRY_TYPES),
      value: pick([0, 1, '1'] as const),
    }),
  );
  const pinRecoverySource = fc.oneof(
    fc.record({ kind: pick(['settingsCatalog', 'accountProtection'] as const), value: fc.boolean(), assignment }),
    fc.record({ kind: fc.constant('gpo'), state: pick(['Enabled', 'Disabled', 'NotConfigured'] as const) }),
    fc.record({
      kind: fc.constant('omaUri'),
      omaUri: pick([
        './Device/Vendor/MSFT/PassportForWork/tenant-id/Policies/EnablePinRecovery',
        './Vendor/MSFT/Policy/PassportForWork/tenant-id/Policies/EnablePinRecovery',
      ]),
      dataType: pick(['Boolean', 'Integer'] as const),
      value: fc.boolean(),
    }),
  );
  const count = (max: number) => maybe(fc.integer({ min: 0, max }));

  const device = fc.record({
    os: fc.record({
      family: maybe(pick(OS_FAMILIES)),
      build: maybe(build),
      ubr: maybe(fc.integer({ min: 0, max: 5000 })),
      edition: maybe(pick(EDITIONS)),
    }),
    joinState: maybe(pick(JOIN_STATES)),
    intuneEnrolled: bool,
    groups: maybe(subset([DEFAULT_DEVICE_GROUP, 'Kiosks'])),
    settings: fc.record({
      NoLockScreen: flag,
      DisableLockScreenAppNotifications: flag,
      HideFastUserSwitching: flag,
      DontDisplayLastUserName: flag,
      BlockNonAdminUserInstall: flag,
      EnableLostMode: bool,
      customShell: bool,
      RequireSmartCard: flag,
      EnableLUA: flag,
      thirdPartyCredentialProviders: count(3),
      DisableCAD: flag,
      IsContentDeliveryPolicyEnforced: flag,
      EnablePasswordlessExperience: flag,
      EnableWebSignIn: flag,
      ConfigureWebSignInAllowedUrls: maybe(subset(['sts.contoso.com', 'login.microsoftonline.us'])),
      copyProfileWebCacheNotCleared: bool,
      temporaryAccountBlocked: bool,
      secureAssessmentProfile: bool,
      customLockScreenImage: bool,
      DelayedDesktopSwitchTimeout: count(2),
      restartedSinceLastSignOut: bool,
    }),
    network: fc.record({
      reachesPasswordResetService: bool,
      reachesAjaxCdn: bool,
      proxy: maybe(pick(PROXY_KINDS)),
      securitySoftwareBlocks: maybe(subset(BLOCKABLE_HOSTS)),
      dot1x: maybe(pick(DOT1X_MODES)),
      domainControllerReachable: bool,
      adfsReachable: bool,
    }),
    legacyAddIn: fc.record({ installed: bool, osPatched: bool, tls12Enabled: bool, loggingEnabled: bool }),
  });
  const session = fc.record({
    kind: maybe(pick(SESSION_KINDS)),
    startedFrom: maybe(pick(SESSION_STARTS)),
    lastSignInMethod: maybe(pick(SIGN_IN_METHODS)),
    tile: pick(['lastUser', 'otherUser'] as const),
    failedAttempts: fc.integer({ min: 0, max: 3 }),
    credentialProvider: pick(['password', 'pin'] as const),
  });
  const policies = fc.record({
    passwordReset: fc.array(passwordResetSource, { maxLength: 3 }),
    pinRecovery: fc.array(pinRecoverySource, { maxLength: 2 }),
  });
  const tenant = fc.record({
    cloud: maybe(pick(CLOUDS)),
    passwordResetPolicyDefined: bool,
    sspr: fc.record({
      enabled: maybe(pick(['None', 'Selected', 'All'] as const)),
      selectedGroup: maybe(pick([null, 'SSPR pilot', DEFAULT_USER_GROUP])),
      methodsRequired: maybe(pick([1, 2] as const)),
      methodsAvailable: maybe(subset(METHODS)),
      questionsToRegister: fc.integer({ min: 3, max: 5 }),
      questionsToReset: fc.integer({ min: 3, max: 5 }),
      methodsPolicyMigrated: bool,
      onPremises: fc.record({
        writebackEnabled: bool,
        cloudSyncWriteback: bool,
        allowUnlock: bool,
        writebackClient: maybe(pick(['healthy', 'unreachable', 'adminActionRequired'] as const)),
        passwordPolicy: fc.record({
          minimumLength: count(20),
          complexity: bool,
          minimumAgeDays: count(2),
          historyCount: count(24),
        }),
        cloudCommitLag: bool,
      }),
    }),
    allowedToUseSSPR: bool,
    licences: maybe(subset(LICENCES)),
    trialDaysElapsed: count(60),
    customDomain: bool,
    directorySync: bool,
    identityProvider: maybe(pick(IDENTITY_PROVIDERS)),
    identityProviderDomains: maybe(subset(['sts.contoso.com'])),
    pinResetConsent: bool,
  });
  const user = fc.record({
    groups: maybe(subset([DEFAULT_USER_GROUP, 'SSPR pilot', 'Contractors'])),
    licences: maybe(subset(LICENCES)),
    adminRole: bool,
    authentication: maybe(pick(AUTH_TYPES)),
    registeredMethods: maybe(subset(METHODS)),
    securityQuestionsRegistered: fc.integer({ min: 0, max: 5 }),
    recentAttempts: fc.record({ phoneValidations: count(6), securityQuestionTries: count(6), resets: count(6) }),
    guestPersonalAccount: bool,
    accountKind: maybe(pick(['workOrSchool', 'personalMicrosoftAccount'] as const)),
    lockedOutOnPremises: bool,
    passwordLastSetHoursAgo: count(100),
    newPassword: pick([null, 'Tulip-Harbour-42!', 'tulipharbour', 'Password1!', 'Adele.Vance-2026', 'Ab1!']),
    newPasswordInHistory: bool,
    pin: fc.record({ hasPin: bool, trustType: maybe(pick(PIN_TRUST_TYPES)) }),
  });
  return { device, session, policies, tenant, user };
}

const UNKNOWN_WEIGHTS = [0, 2, 10] as const;

/** Partial scenario input (all sections present) for parseScenario. */
export const scenarioInput = fc.constantFrom(...UNKNOWN_WEIGHTS).chain((weight) => {
  const { device, session, policies, tenant, user } = sections(weight);
  return fc.record({ device, session, policies, tenant, user });
});

/** Tenant and user sections only (for A-1). */
export const tenantAndUser = fc.constantFrom(...UNKNOWN_WEIGHTS).chain((weight) => {
  const { tenant, user } = sections(weight);
  return fc.record({ tenant, user });
});

export const evaluateOptions: Arb<EvaluateOptions> = fc.record({
  docsAsOf: fc.constantFrom(...ERAS),
  strictLicensing: fc.boolean(),
  fieldReports: fc.boolean(),
  linkAfterFailedAttempt: fc.boolean(),
});

/** Leaf paths of the default scenario (arrays count as leaves), within the sections the arbitraries generate. */
function leafPaths(value: unknown, path: string[] = []): string[][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) => leafPaths(inner, [...path, key]));
  }
  return [path];
}
const GENERATED_SECTIONS = ['device', 'session', 'policies', 'tenant', 'user'];
const NEAR_DEFAULT_PATHS = leafPaths(DEFAULT_SCENARIO).filter((path) => GENERATED_SECTIONS.includes(path[0]));

/**
 * The default (working) scenario with one to four leaves replaced by random valid values: few problems at a time,
 * so fixes() has something within reach.
 */
export const nearDefaultInput = fc
  .tuple(scenarioInput, fc.subarray(NEAR_DEFAULT_PATHS, { minLength: 1, maxLength: 4 }))
  .map(([random, paths]) => {
    const out = structuredClone(DEFAULT_SCENARIO);
    for (const path of paths) {
      const value = readAt(random, path);
      if (value !== undefined) writeAt(out, path, value);
    }
    return out;
  });
