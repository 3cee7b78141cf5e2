// Where Windows keeps each device setting the rules read: the Group Policy registry values, the MDM Policy CSP nodes
// (PolicyManager\current\device\<Area> in the registry, <Area>/<Setting> in the MDM diagnostics report), and the
// Windows configuration values. Sources: the Policy CSP pages (Authentication, WindowsLogon,
// LocalPoliciesSecurityOptions, ApplicationManagement, ControlPolicyConflict), PassportForWork CSP, MS-GPSB
// (EnableLUA), the Group Policy settings reference, and "Reset passwords on the Windows sign-in screen".

/** `principals`: user-rights accounts and SIDs (UserRights CSP); `admxList`: an ADMX-backed text policy's list. */
export type ValueKind = 'flag' | 'count' | 'text' | 'list' | 'principals' | 'admxList';

export interface RegistryLocation {
  /** Key in lower case, hive spelled `hklm`; `*` stands for one key name (the tenant id under PassportForWork). */
  key: string;
  value: string;
  fact: string;
  channel: 'groupPolicy' | 'mdm' | 'system';
  kind: ValueKind;
}

const SYSTEM_POLICIES = 'hklm\\software\\microsoft\\windows\\currentversion\\policies\\system';
const POLICY_MANAGER = 'hklm\\software\\microsoft\\policymanager\\current\\device';

/** MDM Policy CSP settings by area, as PolicyManager and the MDM report name them. */
export const MDM_SETTINGS: ReadonlyArray<{ area: string; setting: string; fact: string; kind: ValueKind }> = [
  { area: 'Authentication', setting: 'AllowAadPasswordReset', fact: 'policy.AllowAadPasswordReset', kind: 'flag' },
  {
    area: 'Authentication',
    setting: 'EnablePasswordlessExperience',
    fact: 'setting.EnablePasswordlessExperience',
    kind: 'flag',
  },
  { area: 'Authentication', setting: 'EnableWebSignIn', fact: 'setting.EnableWebSignIn', kind: 'flag' },
  {
    area: 'Authentication',
    setting: 'ConfigureWebSignInAllowedUrls',
    fact: 'setting.ConfigureWebSignInAllowedUrls',
    kind: 'list',
  },
  {
    area: 'WindowsLogon',
    setting: 'DisableLockScreenAppNotifications',
    fact: 'setting.DisableLockScreenAppNotifications',
    kind: 'flag',
  },
  { area: 'WindowsLogon', setting: 'HideFastUserSwitching', fact: 'setting.HideFastUserSwitching', kind: 'flag' },
  {
    area: 'LocalPoliciesSecurityOptions',
    setting: 'InteractiveLogon_DoNotDisplayLastSignedIn',
    fact: 'setting.DontDisplayLastUserName',
    kind: 'flag',
  },
  {
    area: 'LocalPoliciesSecurityOptions',
    setting: 'InteractiveLogon_DoNotRequireCTRLALTDEL',
    fact: 'setting.DisableCAD',
    kind: 'flag',
  },
  {
    area: 'LocalPoliciesSecurityOptions',
    setting: 'UserAccountControl_RunAllAdministratorsInAdminApprovalMode',
    fact: 'setting.EnableLUA',
    kind: 'flag',
  },
  {
    area: 'ApplicationManagement',
    setting: 'BlockNonAdminUserInstall',
    fact: 'setting.BlockNonAdminUserInstall',
    kind: 'flag',
  },
  { area: 'ControlPolicyConflict', setting: 'MDMWinsOverGP', fact: 'mdm.MDMWinsOverGP', kind: 'flag' },
  // Policy CSP - UserRights: SIDs or names separated by U+F000.
  { area: 'UserRights', setting: 'AllowLocalLogOn', fact: 'setting.AllowLogOnLocally', kind: 'principals' },
  { area: 'UserRights', setting: 'DenyLocalLogOn', fact: 'setting.DenyLogOnLocally', kind: 'principals' },
  // Policy CSP - ADMX_CredentialProviders (logon.admx "Exclude credential providers"): <enabled/><data … value=CLSIDs/>.
  {
    area: 'ADMX_CredentialProviders',
    setting: 'ExcludedCredentialProviders',
    fact: 'setting.ExcludedCredentialProviders',
    kind: 'admxList',
  },
];

export const REGISTRY_LOCATIONS: readonly RegistryLocation[] = [
  // AllowAadPasswordReset's registry route (sign-in screen reset doc) and the Group Policy values.
  {
    key: 'hklm\\software\\policies\\microsoft\\azureadaccount',
    value: 'AllowPasswordReset',
    fact: 'policy.AllowPasswordReset',
    channel: 'groupPolicy',
    kind: 'flag',
  },
  {
    key: 'hklm\\software\\policies\\microsoft\\windows\\personalization',
    value: 'NoLockScreen',
    fact: 'setting.NoLockScreen',
    channel: 'groupPolicy',
    kind: 'flag',
  },
  {
    key: 'hklm\\software\\policies\\microsoft\\windows\\system',
    value: 'DisableLockScreenAppNotifications',
    fact: 'setting.DisableLockScreenAppNotifications',
    channel: 'groupPolicy',
    kind: 'flag',
  },
  {
    key: 'hklm\\software\\policies\\microsoft\\windows\\system',
    value: 'ExcludedCredentialProviders',
    fact: 'setting.ExcludedCredentialProviders',
    channel: 'groupPolicy',
    kind: 'list',
  },
  {
    key: 'hklm\\software\\policies\\microsoft\\windows\\appx',
    value: 'BlockNonAdminUserInstall',
    fact: 'setting.BlockNonAdminUserInstall',
    channel: 'groupPolicy',
    kind: 'flag',
  },
  {
    key: 'hklm\\software\\policies\\microsoft\\passportforwork',
    value: 'EnablePinRecovery',
    fact: 'policy.EnablePinRecovery',
    channel: 'groupPolicy',
    kind: 'flag',
  },
  {
    key: 'hklm\\software\\policies\\microsoft\\windows\\currentversion\\internet settings',
    value: 'ProxySettingsPerUser',
    fact: 'setting.ProxySettingsPerUser',
    channel: 'groupPolicy',
    kind: 'flag',
  },
  // Security options live in the system policies key whoever sets them (Group Policy, MDM or Local Security Policy).
  { key: SYSTEM_POLICIES, value: 'EnableLUA', fact: 'setting.EnableLUA', channel: 'groupPolicy', kind: 'flag' },
  {
    key: SYSTEM_POLICIES,
    value: 'DontDisplayLastUserName',
    fact: 'setting.DontDisplayLastUserName',
    channel: 'groupPolicy',
    kind: 'flag',
  },
  {
    key: SYSTEM_POLICIES,
    value: 'HideFastUserSwitching',
    fact: 'setting.HideFastUserSwitching',
    channel: 'groupPolicy',
    kind: 'flag',
  },
  { key: SYSTEM_POLICIES, value: 'DisableCAD', fact: 'setting.DisableCAD', channel: 'groupPolicy', kind: 'flag' },
  {
    key: SYSTEM_POLICIES,
    value: 'scforceoption',
    fact: 'setting.RequireSmartCard',
    channel: 'groupPolicy',
    kind: 'flag',
  },
  {
    key: SYSTEM_POLICIES,
    value: 'DelayedDesktopSwitchTimeout',
    fact: 'setting.DelayedDesktopSwitchTimeout',
    channel: 'groupPolicy',
    kind: 'count',
  },
  // MDM: what the Policy CSP applied (PolicyManager\current\device\<Area>).
  ...MDM_SETTINGS.map((item) => ({
    key: `${POLICY_MANAGER}\\${item.area.toLowerCase()}`,
    value: item.setting,
    fact: item.fact,
    channel: 'mdm' as const,
    kind: item.kind,
  })),
  {
    key: 'hklm\\software\\microsoft\\policies\\passportforwork\\*\\device\\policies',
    value: 'EnablePinRecovery',
    fact: 'policy.EnablePinRecovery',
    channel: 'mdm',
    kind: 'flag',
  },
  // Windows' own configuration.
  {
    key: 'hklm\\software\\microsoft\\windows nt\\currentversion\\winlogon',
    value: 'Shell',
    fact: 'setting.Shell',
    channel: 'system',
    kind: 'text',
  },
  {
    key: 'hklm\\software\\microsoft\\windows nt\\currentversion',
    value: 'CurrentBuildNumber',
    fact: 'os.build',
    channel: 'system',
    kind: 'text',
  },
  {
    key: 'hklm\\software\\microsoft\\windows nt\\currentversion',
    value: 'CurrentBuild',
    fact: 'os.build',
    channel: 'system',
    kind: 'text',
  },
  {
    key: 'hklm\\software\\microsoft\\windows nt\\currentversion',
    value: 'UBR',
    fact: 'os.ubr',
    channel: 'system',
    kind: 'count',
  },
  {
    key: 'hklm\\software\\microsoft\\windows nt\\currentversion',
    value: 'EditionID',
    fact: 'os.editionId',
    channel: 'system',
    kind: 'text',
  },
  {
    key: 'hklm\\software\\microsoft\\windows nt\\currentversion',
    value: 'ProductName',
    fact: 'os.productName',
    channel: 'system',
    kind: 'text',
  },
  {
    key: 'hklm\\software\\microsoft\\windows nt\\currentversion',
    value: 'InstallationType',
    fact: 'os.installationType',
    channel: 'system',
    kind: 'text',
  },
  {
    key: 'hklm\\software\\microsoft\\windows\\currentversion\\authentication\\credential providers\\{86d2f0ac-2171-46cf-9998-4e33b3d7fd4f}',
    value: 'EnableLogging',
    fact: 'legacy.EnableLogging',
    channel: 'system',
    kind: 'flag',
  },
];

/** Normalises a key as written by regedit, reg.exe or PowerShell: hive long or short, any case, no trailing slash. */
export function normaliseKey(key: string): string {
  const trimmed = key
    .trim()
    .replace(/\\+$/, '')
    .replace(/^Registry::/i, '');
  const lower = trimmed.toLowerCase();
  for (const [long, short] of [
    ['hkey_local_machine', 'hklm'],
    ['hklm:', 'hklm'],
    ['hkey_current_user', 'hkcu'],
    ['hkcu:', 'hkcu'],
    ['hkey_users', 'hku'],
    ['hkey_classes_root', 'hkcr'],
  ] as const) {
    if (lower === long || lower.startsWith(`${long}\\`)) return short + lower.slice(long.length);
  }
  return lower;
}

function keyMatches(pattern: string, key: string): boolean {
  if (!pattern.includes('*')) return pattern === key;
  const a = pattern.split('\\');
  const b = key.split('\\');
  return a.length === b.length && a.every((part, i) => part === '*' || part === b[i]);
}

export function locationFor(key: string, valueName: string): RegistryLocation | undefined {
  const name = valueName.toLowerCase();
  return REGISTRY_LOCATIONS.find((item) => item.value.toLowerCase() === name && keyMatches(item.key, key));
}

/** True when the key is one the rules read from, or an ancestor of one (an export of HKLM\SOFTWARE\Policies…). */
export function isRelevantKey(key: string): boolean {
  return REGISTRY_LOCATIONS.some((item) => {
    const parts = item.key.split('\\');
    const own = key.split('\\');
    if (own.length > parts.length) return false;
    return own.every((part, i) => parts[i] === '*' || parts[i] === part);
  });
}
