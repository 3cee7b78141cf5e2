// One firing scenario and one near miss per catalogue rule key.
// Each near miss changes exactly one input of the firing scenario to the nearest value that should not fire.
import type { Effect, EvaluateOptions, Outcome } from '../../../simulator/index';
import {
  catalogSource,
  DEFAULT_DEVICE_GROUP,
  DEFAULT_USER_GROUP,
  DEVICE_OMA_URI,
  omaSource,
  passwordResetPolicies,
  pinRecoveryCatalog,
  syncedUser,
  windows10,
  windows7,
  type Partial,
} from './scenarios';

export interface RuleCase {
  key: string;
  effect: Effect;
  target?: 'password' | 'pin';
  fires: Partial;
  missesBy: Partial;
  options?: EvaluateOptions;
  /** Outcome of the firing scenario, where this rule alone decides it. */
  outcome?: Outcome;
  pinOutcome?: Outcome;
}

const fieldReports: EvaluateOptions = { fieldReports: true };
const settings = (values: Partial): Partial => ({ device: { settings: values } });
const network = (values: Partial): Partial => ({ device: { network: values } });
const session = (values: Partial): Partial => ({ session: values });
const sspr = (values: Partial): Partial => ({ tenant: { sspr: values } });
const user = (values: Partial): Partial => ({ user: values });
const tenant = (values: Partial): Partial => ({ tenant: values });
/** Deep merge for test partials (objects key by key; arrays and scalars replace). */
export function merge(...parts: Partial[]): Partial {
  const out: Partial = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const current = out[key];
      out[key] =
        value &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        current &&
        typeof current === 'object' &&
        !Array.isArray(current)
          ? merge(current as Partial, value as Partial)
          : value;
    }
  }
  return out;
}

const combo17763 = (extra: Partial) =>
  merge(
    { device: { os: windows10(17763) } },
    settings({ DisableCAD: 0, DisableLockScreenAppNotifications: 1, ...extra }),
  );
const combo = (third: Partial) =>
  merge({ device: { os: windows10(16299) } }, settings({ DisableCAD: 0, DisableLockScreenAppNotifications: 1 }), third);
const pinRecoveryOn = { policies: { pinRecovery: [pinRecoveryCatalog(true)] } };
const hybrid10 = { device: { os: windows10(19045), joinState: 'hybridJoined' } };
const web = (urls: string[]) => settings({ ConfigureWebSignInAllowedUrls: urls });

const CASES: RuleCase[] = [
  // §2 visibility
  {
    key: 'R-OS',
    effect: 'INFO',
    fires: windows7({}, { os: { family: 'windows8.1', build: 9600, ubr: 0, edition: 'Pro' } }),
    missesBy: windows7({}, { os: windows10(10240) }),
    outcome: 'success',
  },
  {
    key: 'R-VERSION',
    effect: 'HIDE',
    fires: { device: { os: windows10(17133) } },
    missesBy: { device: { os: windows10(17134) } },
    outcome: 'hidden',
  },
  {
    key: 'R-EDITION',
    effect: 'HIDE',
    fires: { device: { os: { edition: 'Home' } } },
    missesBy: { device: { os: { edition: 'Pro' } } },
    outcome: 'hidden',
  },
  {
    key: 'R-JOIN',
    effect: 'HIDE',
    fires: { device: { joinState: 'registered' } },
    missesBy: { device: { joinState: 'hybridJoined' } },
    outcome: 'hidden',
  },
  {
    key: 'R-POLICY',
    effect: 'HIDE',
    fires: passwordResetPolicies(catalogSource(0)),
    missesBy: passwordResetPolicies(catalogSource(1)),
    outcome: 'hidden',
  },
  {
    key: 'R-POLICY-SRC',
    effect: 'INFO',
    fires: passwordResetPolicies(catalogSource(1)),
    missesBy: passwordResetPolicies(catalogSource(0)),
    outcome: 'success',
  },
  {
    // Intune leaves conflicting settings to the admin: the link is undecided, whichever value wins on the device.
    key: 'R-POLICY-CONFLICT',
    effect: 'WARN',
    fires: passwordResetPolicies(catalogSource(1), omaSource(DEVICE_OMA_URI, 'Integer', 0)),
    missesBy: passwordResetPolicies(catalogSource(1), omaSource(DEVICE_OMA_URI, 'Integer', 1)),
    outcome: 'undecided',
  },
  {
    key: 'R-POLICY-TYPE',
    effect: 'HIDE',
    fires: passwordResetPolicies(omaSource(DEVICE_OMA_URI, 'String', 1)),
    missesBy: passwordResetPolicies(omaSource(DEVICE_OMA_URI, 'Integer', 1)),
    outcome: 'hidden',
  },
  {
    key: 'R-MDM',
    effect: 'HIDE',
    fires: { device: { intuneEnrolled: false } },
    missesBy: { device: { intuneEnrolled: true } },
    outcome: 'hidden',
  },
  {
    key: 'R-ASSIGN',
    effect: 'HIDE',
    fires: { device: { groups: [] } },
    missesBy: { device: { groups: [DEFAULT_DEVICE_GROUP] } },
    outcome: 'hidden',
  },
  {
    key: 'R-ASSIGN/user',
    effect: 'WARN',
    fires: passwordResetPolicies(
      catalogSource(1, { include: [{ target: 'group', group: DEFAULT_USER_GROUP, groupType: 'user' }] }),
    ),
    missesBy: passwordResetPolicies(catalogSource(1)),
    outcome: 'success',
  },
  {
    key: 'R-ASSIGN-MIX',
    effect: 'WARN',
    fires: passwordResetPolicies(catalogSource(1, { exclude: [{ group: DEFAULT_USER_GROUP, groupType: 'user' }] })),
    missesBy: passwordResetPolicies(
      catalogSource(1, { exclude: [{ group: DEFAULT_USER_GROUP, groupType: 'device' }] }),
    ),
    outcome: 'success',
  },
  {
    key: 'R-NOLOCK',
    effect: 'HIDE',
    fires: settings({ NoLockScreen: 1 }),
    missesBy: settings({ NoLockScreen: 0 }),
    outcome: 'hidden',
  },
  {
    key: 'R-PWLESS',
    effect: 'HIDE',
    fires: merge(settings({ EnablePasswordlessExperience: 1 }), session({ lastSignInMethod: 'pin', tile: 'lastUser' })),
    missesBy: merge(
      settings({ EnablePasswordlessExperience: 1 }),
      session({ lastSignInMethod: 'pin', tile: 'otherUser' }),
    ),
    outcome: 'hidden',
  },
  {
    key: 'R-PWLESS-DDLU',
    effect: 'INFO',
    fires: settings({ EnablePasswordlessExperience: 1, DontDisplayLastUserName: 1 }),
    missesBy: settings({ EnablePasswordlessExperience: 0, DontDisplayLastUserName: 1 }),
    outcome: 'fails',
  },
  {
    key: 'R-EXCLCP',
    effect: 'HIDE',
    fires: settings({ ExcludedCredentialProviders: ['{60B78E88-EAD8-445C-9CFD-0B87F74EA6CD}'] }),
    missesBy: settings({ ExcludedCredentialProviders: ['{8FD7E19C-3BF7-489B-A72C-846AB3678C96}'] }),
    outcome: 'hidden',
  },
  // Windows 11 22H2 with KB5030310 = 22621.2361, Entra joined, EnableWebSignIn = 1.
  {
    key: 'R-WSI-DEFAULT',
    effect: 'WARN',
    fires: merge(
      { device: { os: { family: 'windows11', build: 22621, ubr: 2361 } } },
      settings({ EnableWebSignIn: 1 }),
    ),
    missesBy: merge(
      { device: { os: { family: 'windows11', build: 22621, ubr: 2360 } } },
      settings({ EnableWebSignIn: 1 }),
    ),
    outcome: 'success',
  },
  {
    key: 'R-WSI-DEFAULT/selected',
    effect: 'HIDE',
    fires: merge(settings({ EnableWebSignIn: 1 }), session({ credentialProvider: 'webSignIn' })),
    missesBy: merge(settings({ EnableWebSignIn: 1 }), session({ credentialProvider: 'password' })),
    outcome: 'hidden',
  },
  {
    key: 'R-CLOUDPC',
    effect: 'HIDE',
    fires: session({ cloudPc: 'windows365' }),
    missesBy: session({ cloudPc: 'none' }),
    outcome: 'hidden',
  },
  {
    key: 'R-SESSION-RDP',
    effect: 'HIDE',
    fires: session({ kind: 'remoteDesktop' }),
    missesBy: session({ kind: 'console' }),
    outcome: 'hidden',
  },
  {
    key: 'R-SESSION-HV',
    effect: 'HIDE',
    fires: session({ kind: 'hyperVEnhanced' }),
    missesBy: session({ kind: 'hyperVBasic' }),
    outcome: 'hidden',
  },
  {
    key: 'R-AFTER-FAILURE',
    effect: 'HIDE',
    fires: session({ failedAttempts: 0 }),
    missesBy: session({ failedAttempts: 1 }),
    options: { linkAfterFailedAttempt: true },
    outcome: 'hidden',
  },
  {
    key: 'R-SECURE-ASSESS',
    effect: 'HIDE',
    fires: settings({ secureAssessmentProfile: true }),
    missesBy: settings({ secureAssessmentProfile: false }),
    options: fieldReports,
    outcome: 'hidden',
  },
  {
    key: 'R-FIELD-REBOOT',
    effect: 'WARN',
    fires: settings({ restartedSinceLastSignOut: true }),
    missesBy: settings({ restartedSinceLastSignOut: false }),
    options: fieldReports,
    outcome: 'success',
  },
  {
    key: 'R-FIELD-LOCKIMAGE',
    effect: 'WARN',
    fires: settings({ customLockScreenImage: true }),
    missesBy: settings({ customLockScreenImage: false }),
    options: fieldReports,
    outcome: 'success',
  },
  {
    key: 'R-FIELD-DESKTOPSWITCH',
    effect: 'WARN',
    fires: settings({ DelayedDesktopSwitchTimeout: 1 }),
    missesBy: settings({ DelayedDesktopSwitchTimeout: 0 }),
    options: fieldReports,
    outcome: 'success',
  },
  // §3 launch
  {
    key: 'R-LSNOTIF',
    effect: 'FAIL',
    fires: settings({ DisableLockScreenAppNotifications: 1 }),
    missesBy: settings({ DisableLockScreenAppNotifications: 0 }),
    outcome: 'fails',
  },
  {
    key: 'R-FUS',
    effect: 'FAIL',
    fires: settings({ HideFastUserSwitching: 1 }),
    missesBy: settings({ HideFastUserSwitching: 0 }),
    outcome: 'fails',
  },
  {
    key: 'R-DDLU',
    effect: 'FAIL',
    fires: settings({ DontDisplayLastUserName: 1 }),
    missesBy: settings({ DontDisplayLastUserName: 0 }),
    outcome: 'fails',
  },
  {
    key: 'R-APPX',
    effect: 'FAIL',
    fires: settings({ BlockNonAdminUserInstall: 1 }),
    missesBy: settings({ BlockNonAdminUserInstall: 0 }),
    outcome: 'fails',
  },
  {
    key: 'R-LOST',
    effect: 'FAIL',
    fires: settings({ EnableLostMode: true }),
    missesBy: settings({ EnableLostMode: false }),
    outcome: 'fails',
  },
  {
    key: 'R-SHELL',
    effect: 'FAIL',
    fires: settings({ customShell: true }),
    missesBy: settings({ customShell: false }),
    outcome: 'fails',
  },
  {
    key: 'R-SMARTCARD',
    effect: 'FAIL',
    fires: settings({ RequireSmartCard: 1 }),
    missesBy: settings({ RequireSmartCard: 0 }),
    outcome: 'fails',
  },
  {
    key: 'R-UAC',
    effect: 'FAIL',
    fires: settings({ EnableLUA: 0 }),
    missesBy: settings({ EnableLUA: 1 }),
    outcome: 'fails',
  },
  {
    key: 'R-3PCP',
    effect: 'WARN',
    fires: settings({ thirdPartyCredentialProviders: 1 }),
    missesBy: settings({ thirdPartyCredentialProviders: 0 }),
    outcome: 'success',
  },
  {
    key: 'R-8021X',
    effect: 'FAIL',
    fires: network({ dot1x: 'beforeUserLogon' }),
    missesBy: network({ dot1x: 'machineAuthentication' }),
    outcome: 'fails',
  },
  {
    key: 'R-NET',
    effect: 'FAIL',
    fires: network({ reachesAjaxCdn: false }),
    missesBy: network({ reachesAjaxCdn: true }),
    outcome: 'fails',
  },
  {
    key: 'R-PROXY',
    effect: 'FAIL',
    fires: network({ proxy: 'perUser' }),
    missesBy: network({ proxy: 'machineWide' }),
    outcome: 'fails',
  },
  {
    key: 'R-AV',
    effect: 'FAIL',
    fires: network({ securitySoftwareBlocks: ['ocsp.digicert.com'] }),
    missesBy: network({ securitySoftwareBlocks: [] }),
    outcome: 'fails',
  },
  {
    key: 'R-TEMPACCT',
    effect: 'FAIL',
    fires: settings({ temporaryAccountBlocked: true }),
    missesBy: settings({ temporaryAccountBlocked: false }),
    outcome: 'fails',
  },
  {
    key: 'R-LOGONRIGHT',
    effect: 'FAIL',
    fires: settings({ AllowLogOnLocally: ['Administrators'] }),
    missesBy: settings({ AllowLogOnLocally: ['Administrators', 'Users'] }),
    outcome: 'fails',
  },
  {
    key: 'R-DU-PILE',
    effect: 'WARN',
    options: fieldReports,
    fires: settings({ staleDefaultUserProfiles: 2 }),
    missesBy: settings({ staleDefaultUserProfiles: 1 }),
    outcome: 'success',
  },
  {
    key: 'R-DU-CLEANUP',
    effect: 'INFO',
    fires: merge({ device: { os: windows10(19045) } }, settings({ staleDefaultUserProfiles: 1 })),
    missesBy: merge(
      { device: { os: { family: 'windows11', build: 22000 } } },
      settings({ staleDefaultUserProfiles: 1 }),
    ),
    outcome: 'success',
  },
  // under the current docs a standalone Ctrl+Alt+Del requirement is only a warning (the era table is in eras.test.ts).
  {
    key: 'R-CAD',
    effect: 'WARN',
    fires: settings({ DisableCAD: 0 }),
    missesBy: settings({ DisableCAD: 1 }),
    outcome: 'success',
  },
  // R-COMBO, one entry per documented form. R-LSNOTIF always fires beside it, so the outcome is "fails" without it.
  {
    key: 'R-COMBO/2019',
    effect: 'FAIL',
    options: { docsAsOf: '2019-07' },
    fires: combo17763({ IsContentDeliveryPolicyEnforced: 1 }),
    missesBy: combo17763({ IsContentDeliveryPolicyEnforced: 0 }),
    outcome: 'fails',
  },
  {
    key: 'R-COMBO/2020',
    effect: 'FAIL',
    options: { docsAsOf: '2020-07' },
    fires: merge(combo17763({}), { device: { os: windows10(19041, 'Enterprise') } }),
    missesBy: merge(combo17763({}), { device: { os: windows10(19041, 'Pro') } }),
    outcome: 'fails',
  },
  // Home: R-EDITION also fires, so no outcome check.
  {
    key: 'R-COMBO/2022',
    effect: 'FAIL',
    options: { docsAsOf: '2022-02' },
    fires: merge(combo17763({}), { device: { os: windows10(19044, 'Home') } }),
    missesBy: merge(combo17763({}), { device: { os: windows10(19044, 'Education') } }),
  },
  {
    key: 'R-COMBO/2023',
    effect: 'FAIL',
    fires: combo({ device: { os: { edition: 'Home' } } }),
    missesBy: merge(combo({ device: { os: { edition: 'Home' } } }), settings({ DisableCAD: 1 })),
  },
  {
    key: 'R-W11-LOCKED',
    effect: 'FAIL',
    fires: session({ startedFrom: 'lockedSession' }),
    missesBy: session({ startedFrom: 'signInScreen' }),
    outcome: 'fails',
  },
  {
    key: 'R-SYSPREP',
    effect: 'WARN',
    fires: settings({ copyProfileWebCacheNotCleared: true }),
    missesBy: settings({ copyProfileWebCacheNotCleared: false }),
    outcome: 'success',
  },
  // §6 Windows 7/8/8.1 add-in
  {
    key: 'R-L-INSTALL',
    effect: 'HIDE',
    fires: windows7({ installed: false }),
    missesBy: windows7({ installed: true }),
    outcome: 'hidden',
  },
  {
    key: 'R-L-OS',
    effect: 'HIDE',
    fires: windows7({ osPatched: false }),
    missesBy: windows7({ osPatched: true }),
    outcome: 'hidden',
  },
  {
    key: 'R-L-TLS',
    effect: 'FAIL',
    fires: windows7({ tls12Enabled: false }),
    missesBy: windows7({ tls12Enabled: true }),
    outcome: 'fails',
  },
  {
    key: 'R-L-NET',
    effect: 'FAIL',
    fires: windows7({}, { network: { reachesPasswordResetService: false } }),
    missesBy: windows7({}, { network: { reachesPasswordResetService: true } }),
    outcome: 'fails',
  },
  {
    key: 'R-L-MULTICP',
    effect: 'WARN',
    fires: windows7({}, { settings: { thirdPartyCredentialProviders: 2 } }),
    missesBy: windows7({}, { settings: { thirdPartyCredentialProviders: 1 } }),
    outcome: 'success',
  },
  {
    key: 'R-L-LOG',
    effect: 'INFO',
    fires: windows7({ loggingEnabled: true }),
    missesBy: windows7({ loggingEnabled: false }),
    outcome: 'success',
  },
  // §4 and §11 service side
  {
    key: 'R-SSPR-NOPOLICY',
    effect: 'DENY',
    fires: tenant({ passwordResetPolicyDefined: false }),
    missesBy: tenant({ passwordResetPolicyDefined: true }),
    outcome: 'denied',
  },
  {
    key: 'R-SSPR-NONE',
    effect: 'DENY',
    fires: sspr({ enabled: 'None' }),
    missesBy: sspr({ enabled: 'All' }),
    outcome: 'denied',
  },
  {
    key: 'R-SSPR-SCOPE',
    effect: 'DENY',
    fires: merge(sspr({ enabled: 'Selected', selectedGroup: 'SSPR pilot' }), user({ groups: [DEFAULT_USER_GROUP] })),
    missesBy: merge(
      sspr({ enabled: 'Selected', selectedGroup: 'SSPR pilot' }),
      user({ groups: [DEFAULT_USER_GROUP, 'SSPR pilot'] }),
    ),
    outcome: 'denied',
  },
  // Cloud-only reset: Business Standard qualifies, Business Basic does not (LIC).
  {
    key: 'R-LICENSE/tenant',
    effect: 'DENY',
    fires: tenant({ licences: ['microsoft365BusinessBasic'] }),
    missesBy: tenant({ licences: ['microsoft365BusinessStandard'] }),
    outcome: 'denied',
  },
  {
    key: 'R-LICENSE/user',
    effect: 'WARN',
    fires: user({ licences: ['microsoft365BusinessBasic'] }),
    missesBy: user({ licences: ['microsoft365BusinessStandard'] }),
    outcome: 'success',
  },
  {
    key: 'R-LICENSE-TRIAL',
    effect: 'DENY',
    fires: tenant({ licences: ['microsoft365Trial'] }),
    missesBy: tenant({ licences: ['microsoft365Trial', 'entraIdP1Trial'] }),
    outcome: 'denied',
  },
  {
    key: 'R-ADMIN-LIC',
    effect: 'INFO',
    fires: merge(tenant({ licences: ['free'] }), user({ adminRole: true })),
    missesBy: merge(tenant({ licences: ['entraIdP1'] }), user({ adminRole: true })),
    outcome: 'success',
  },
  {
    key: 'R-REG',
    effect: 'DENY',
    fires: user({ registeredMethods: [] }),
    missesBy: user({ registeredMethods: ['email'] }),
    outcome: 'denied',
  },
  {
    key: 'R-METHODS',
    effect: 'DENY',
    fires: merge(sspr({ methodsRequired: 2 }), user({ registeredMethods: ['email'] })),
    missesBy: merge(sspr({ methodsRequired: 2 }), user({ registeredMethods: ['email', 'mobilePhone'] })),
    outcome: 'denied',
  },
  {
    key: 'R-APPONLY',
    effect: 'WARN',
    fires: sspr({ methodsPolicyMigrated: false, methodsAvailable: ['mobileAppNotification', 'mobileAppCode'] }),
    missesBy: sspr({
      methodsPolicyMigrated: false,
      methodsAvailable: ['mobileAppNotification', 'mobileAppCode', 'email'],
    }),
    outcome: 'success',
  },
  // POL: two gates past the 30-day trial (no custom domain, no sync here).
  {
    key: 'R-ADMIN',
    effect: 'WARN',
    fires: merge(
      tenant({ customDomain: false, directorySync: false, trialDaysElapsed: 30 }),
      user({ adminRole: true }),
    ),
    missesBy: merge(
      tenant({ customDomain: false, directorySync: false, trialDaysElapsed: 29 }),
      user({ adminRole: true }),
    ),
    outcome: 'success',
  },
  {
    key: 'R-ADMIN-OFF',
    effect: 'DENY',
    fires: merge(tenant({ allowedToUseSSPR: false }), user({ adminRole: true })),
    missesBy: merge(tenant({ allowedToUseSSPR: true }), user({ adminRole: true })),
    outcome: 'denied',
  },
  {
    key: 'R-WRITEBACK',
    effect: 'DENY',
    fires: syncedUser({ writebackEnabled: false }),
    missesBy: syncedUser({ writebackEnabled: true }),
    outcome: 'denied',
  },
  // Minimum password age 1 day (default AD policy): 23 hours is too soon, 24 is not.
  {
    key: 'R-ONPREM',
    effect: 'DENY',
    fires: syncedUser({}, { newPassword: 'Tulip-Harbour-42!', passwordLastSetHoursAgo: 23 }),
    missesBy: syncedUser({}, { newPassword: 'Tulip-Harbour-42!', passwordLastSetHoursAgo: 24 }),
    outcome: 'denied',
  },
  {
    key: 'R-ONPREM-CONN',
    effect: 'DENY',
    fires: syncedUser({ writebackClient: 'unreachable' }),
    missesBy: syncedUser({ writebackClient: 'healthy' }),
    outcome: 'denied',
  },
  // 2 character classes (lowercase, digits) vs 3 (adds uppercase).
  {
    key: 'R-CLOUDPW',
    effect: 'DENY',
    fires: user({ newPassword: 'tulipharbour42' }),
    missesBy: user({ newPassword: 'Tulipharbour42' }),
    outcome: 'denied',
  },
  {
    key: 'R-THROTTLE',
    effect: 'DENY',
    fires: user({ recentAttempts: { resets: 5 } }),
    missesBy: user({ recentAttempts: { resets: 4 } }),
    outcome: 'denied',
  },
  {
    key: 'R-MSA-GUEST',
    effect: 'DENY',
    fires: user({ guestPersonalAccount: true }),
    missesBy: user({ guestPersonalAccount: false }),
    outcome: 'denied',
  },
  {
    key: 'R-HYBRID-DC',
    effect: 'DEFER',
    fires: merge(hybrid10, network({ domainControllerReachable: false })),
    missesBy: merge(hybrid10, network({ domainControllerReachable: true })),
    outcome: 'deferred',
  },
  {
    key: 'R-CLOUD-COMMIT',
    effect: 'DEFER',
    fires: syncedUser({ cloudCommitLag: true }),
    missesBy: syncedUser({ cloudCommitLag: false }),
    outcome: 'deferred',
  },
  {
    key: 'R-UNLOCK',
    effect: 'WARN',
    fires: user({ lockedOutOnPremises: true }),
    missesBy: user({ lockedOutOnPremises: false }),
    outcome: 'success',
  },
  // "Always, as advice" for the Windows 10/11 link; the Windows 7/8.1 add-in flow is a different screen.
  {
    key: 'R-SLOW',
    effect: 'WARN',
    fires: { device: { os: windows10(19045) } },
    missesBy: windows7(),
    outcome: 'success',
  },
  // §7 and §11 Windows Hello PIN reset
  {
    key: 'P-LINK',
    effect: 'INFO',
    target: 'pin',
    fires: user({ pin: { hasPin: true } }),
    missesBy: user({ pin: { hasPin: false } }),
    pinOutcome: 'success',
  },
  {
    key: 'P-SSPR-LIMITS',
    effect: 'HIDE',
    target: 'pin',
    fires: settings({ NoLockScreen: 1 }),
    missesBy: settings({ NoLockScreen: 0 }),
    pinOutcome: 'hidden',
  },
  {
    key: 'P-POLICY-SRC',
    effect: 'INFO',
    target: 'pin',
    fires: { policies: { pinRecovery: [pinRecoveryCatalog(true)] } },
    missesBy: { policies: { pinRecovery: [pinRecoveryCatalog(false)] } },
  },
  {
    key: 'P-POLICY-CONFLICT',
    effect: 'WARN',
    target: 'pin',
    fires: {
      policies: {
        pinRecovery: [pinRecoveryCatalog(true), { ...pinRecoveryCatalog(false), kind: 'accountProtection' }],
      },
    },
    missesBy: {
      policies: {
        pinRecovery: [pinRecoveryCatalog(true), { ...pinRecoveryCatalog(true), kind: 'accountProtection' }],
      },
    },
  },
  {
    key: 'P-POLICY-SRC/typo',
    effect: 'WARN',
    target: 'pin',
    fires: {
      policies: {
        pinRecovery: [
          {
            kind: 'omaUri',
            omaUri: './Vendor/MSFT/Policy/PassportForWork/contoso-tenant-id/Policies/EnablePinRecovery',
            dataType: 'Boolean',
            value: true,
          },
        ],
      },
    },
    missesBy: {
      policies: {
        pinRecovery: [
          {
            kind: 'omaUri',
            omaUri: './Device/Vendor/MSFT/PassportForWork/contoso-tenant-id/Policies/EnablePinRecovery',
            dataType: 'Boolean',
            value: true,
          },
        ],
      },
    },
  },
  {
    key: 'P-MODE',
    effect: 'INFO',
    target: 'pin',
    fires: merge(pinRecoveryOn, tenant({ pinResetConsent: false })),
    missesBy: merge(pinRecoveryOn, tenant({ pinResetConsent: true })),
  },
  {
    key: 'P-NONDESTR',
    effect: 'INFO',
    target: 'pin',
    fires: merge(pinRecoveryOn, tenant({ pinResetConsent: true })),
    missesBy: merge(pinRecoveryOn, tenant({ pinResetConsent: false })),
    pinOutcome: 'success',
  },
  // 1709–1809: Enterprise only; 1903 (18362) and later: Pro too.
  {
    key: 'P-EDITION',
    effect: 'INFO',
    target: 'pin',
    fires: merge(pinRecoveryOn, { device: { os: windows10(17763, 'Pro') } }),
    missesBy: merge(pinRecoveryOn, { device: { os: windows10(18362, 'Pro') } }),
  },
  {
    key: 'P-JOIN',
    effect: 'INFO',
    target: 'pin',
    fires: merge(pinRecoveryOn, { device: { joinState: 'adDomainOnly' } }),
    missesBy: merge(pinRecoveryOn, { device: { joinState: 'hybridJoined' } }),
  },
  {
    key: 'P-MSA',
    effect: 'INFO',
    target: 'pin',
    fires: user({ accountKind: 'personalMicrosoftAccount' }),
    missesBy: user({ accountKind: 'workOrSchool' }),
  },
  {
    key: 'P-HYB-KEY',
    effect: 'FAIL',
    target: 'pin',
    fires: merge(hybrid10, user({ pin: { trustType: 'key' } })),
    missesBy: merge(hybrid10, user({ pin: { trustType: 'cloudKerberos' } })),
    pinOutcome: 'fails',
  },
  {
    key: 'P-HYB-DC',
    effect: 'FAIL',
    target: 'pin',
    fires: merge(hybrid10, network({ domainControllerReachable: false })),
    missesBy: merge(hybrid10, network({ domainControllerReachable: true })),
    pinOutcome: 'fails',
  },
  {
    key: 'P-HYB-PW',
    effect: 'INFO',
    target: 'pin',
    fires: { device: { joinState: 'hybridJoined' } },
    missesBy: { device: { joinState: 'entraJoined' } },
  },
  {
    key: 'P-FED',
    effect: 'FAIL',
    target: 'pin',
    fires: merge(tenant({ identityProvider: 'adfs', identityProviderDomains: ['sts.contoso.com'] }), web([])),
    missesBy: merge(
      tenant({ identityProvider: 'adfs', identityProviderDomains: ['sts.contoso.com'] }),
      web(['sts.contoso.com']),
    ),
    pinOutcome: 'fails',
  },
  {
    key: 'P-GOV',
    effect: 'FAIL',
    target: 'pin',
    fires: merge(tenant({ cloud: 'usGovernment' }), web([])),
    missesBy: merge(tenant({ cloud: 'usGovernment' }), web(['login.microsoftonline.us'])),
    pinOutcome: 'fails',
  },
  // Windows 11 22H2 with KB5030310 = 22621.2361.
  {
    key: 'P-W11',
    effect: 'WARN',
    target: 'pin',
    fires: merge(
      { device: { os: { family: 'windows11', build: 22621, ubr: 2361 } } },
      settings({ EnableWebSignIn: 1 }),
    ),
    missesBy: merge(
      { device: { os: { family: 'windows11', build: 22621, ubr: 2360 } } },
      settings({ EnableWebSignIn: 1 }),
    ),
  },
  {
    key: 'P-MSA-LOCK',
    effect: 'INFO',
    target: 'pin',
    fires: merge({ device: { joinState: 'workgroup' } }, user({ accountKind: 'personalMicrosoftAccount' })),
    missesBy: merge({ device: { joinState: 'workgroup' } }, user({ accountKind: 'workOrSchool' })),
    pinOutcome: 'success',
  },
  {
    key: 'P-SCRIL',
    effect: 'FAIL',
    target: 'pin',
    fires: merge(hybrid10, user({ smartCardRequired: true })),
    missesBy: merge(hybrid10, user({ smartCardRequired: false })),
    pinOutcome: 'fails',
  },
  {
    key: 'P-PASSKEY',
    effect: 'WARN',
    target: 'pin',
    fires: user({ pin: { passkeysInContainer: true } }),
    missesBy: user({ pin: { passkeysInContainer: false } }),
    pinOutcome: 'success',
  },
  {
    key: 'R-BASELINE',
    effect: 'WARN',
    target: 'pin',
    fires: merge(settings({ DisableLockScreenAppNotifications: 1 }), session({ pinResetFrom: 'settings' })),
    missesBy: merge(settings({ DisableLockScreenAppNotifications: 0 }), session({ pinResetFrom: 'settings' })),
    pinOutcome: 'success',
  },
];

/** P-LINK needs the PIN provider chosen under Sign-in options, so every PIN case starts from it. */
const pinProvider = { session: { credentialProvider: 'pin' } };
export const RULE_CASES: RuleCase[] = CASES.map((entry) =>
  entry.target === 'pin'
    ? { ...entry, fires: merge(pinProvider, entry.fires), missesBy: merge(pinProvider, entry.missesBy) }
    : entry,
);
