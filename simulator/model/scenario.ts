// The scenario model: every input a rule reads. Versioned; any leaf may be "unknown".
import { z } from 'zod';

// The simulator also runs in the renderer, whose Content-Security-Policy forbids eval: zod must never probe
// `new Function`. Set here, before any schema is parsed (presets are parsed while modules load), whatever the
// bundler's chunk order.
z.config({ jitless: true });

/**
 * Version of the scenario file format. Version 2 added the inputs of the revised rules (where the PIN reset starts,
 * Cloud PC sessions, logon rights, excluded credential providers, web sign-in as a provider, stale temporary profiles,
 * passkeys, smart-card-only accounts, mobile phone text/call, trial licences). Version 1 files are migrated on open.
 */
export const SCHEMA_VERSION = 2 as const;
export type SchemaVersion = typeof SCHEMA_VERSION;
/** Every version parseScenario() opens (older ones are migrated). */
export const SUPPORTED_SCHEMA_VERSIONS = [1, 2] as const;

/** The literal that marks an input as unknown (e.g. not exposed by Microsoft Graph). */
export const UNKNOWN = 'unknown' as const;
export type Unknown = typeof UNKNOWN;
export type Maybe<T> = T | Unknown;

const unknownLiteral = z.literal(UNKNOWN);
function maybe<T extends z.ZodType>(schema: T) {
  return z.union([schema, unknownLiteral]);
}

const flag = z.union([z.literal(0), z.literal(1)]);

export const OS_FAMILIES = ['windows7', 'windows8', 'windows8.1', 'windows10', 'windows11'] as const;
export const EDITIONS = ['Home', 'Pro', 'ProEducation', 'Enterprise', 'Education', 'SE', 'IoTEnterprise'] as const;
export const JOIN_STATES = ['entraJoined', 'hybridJoined', 'registered', 'adDomainOnly', 'workgroup'] as const;
export const SESSION_KINDS = ['console', 'remoteDesktop', 'hyperVEnhanced', 'hyperVBasic'] as const;
export const SESSION_STARTS = ['signInScreen', 'lockedSession'] as const;
/** Where "I forgot my PIN" is started: the lock screen, or Settings > Accounts > Sign-in options after signing in. */
export const PIN_RESET_STARTS = ['lockScreen', 'settings'] as const;
/** Credential provider on screen for the tile (chosen under Sign-in options). */
export const CREDENTIAL_PROVIDERS = ['password', 'pin', 'webSignIn'] as const;
/** A Windows 365 Cloud PC or an Azure Virtual Desktop session host, reached through a remote session. */
export const CLOUD_PC_KINDS = ['none', 'windows365', 'azureVirtualDesktop'] as const;
/** How the user's registered mobile phone can verify: a text, a call, or either. */
export const MOBILE_PHONE_OPTIONS = ['textOrCall', 'textOnly', 'callOnly'] as const;
/** The Windows password credential provider's CLSID (Exclude credential providers). */
export const PASSWORD_PROVIDER_CLSID = '{60b78e88-ead8-445c-9cfd-0b87f74ea6cd}';
/** "Allow log on locally" on Windows 10/11 workstations out of the box. */
export const DEFAULT_ALLOW_LOG_ON_LOCALLY = ['Administrators', 'Backup Operators', 'Guest', 'Users'] as const;
export const SIGN_IN_METHODS = ['password', 'pin', 'fido2', 'smartCard', 'webSignIn'] as const;
export const PROXY_KINDS = ['none', 'machineWide', 'perUser', 'authenticated', 'defaultUserProfile'] as const;
export const DOT1X_MODES = ['none', 'machineAuthentication', 'beforeUserLogon'] as const;
export const BLOCKABLE_HOSTS = [
  'passwordreset.microsoftonline.com',
  'ajax.aspnetcdn.com',
  'ocsp.digicert.com',
] as const;
/** Methods as named in Entra ID > Password reset > Authentication methods. */
export const METHODS = [
  'mobileAppNotification',
  'mobileAppCode',
  'email',
  'mobilePhone',
  'officePhone',
  'securityQuestions',
] as const;
export const LICENCES = [
  'free',
  'microsoft365BusinessBasic',
  'microsoft365BusinessStandard',
  'microsoft365BusinessPremium',
  'entraIdP1',
  'entraIdP2',
  'microsoft365E3',
  'microsoft365E5',
  /** A Microsoft 365 trial subscription (no paid plan behind it). */
  'microsoft365Trial',
  /** An Entra ID P1 trial. */
  'entraIdP1Trial',
] as const;
export const AUTH_TYPES = ['cloudOnly', 'passwordHashSync', 'passThrough', 'federated'] as const;
export const PIN_TRUST_TYPES = ['cloudKerberos', 'key', 'certificate'] as const;
export const CLOUDS = ['global', 'usGovernment'] as const;
export const IDENTITY_PROVIDERS = ['managed', 'adfs', 'thirdParty'] as const;
export const OMA_DATA_TYPES = ['Integer', 'String', 'Boolean', 'Float', 'DateTime', 'Base64', 'XML'] as const;
export const REGISTRY_TYPES = ['REG_DWORD', 'REG_SZ', 'REG_QWORD'] as const;

// ---------- Intune assignment (ASG, CRT) ----------
const groupTarget = z.strictObject({
  group: z.string().min(1),
  groupType: z.enum(['device', 'user']),
});
/**
 * An Intune assignment filter on an inclusion: `include` keeps only matching devices, `exclude` drops them. `matches`
 * is "unknown" when the filter reads a device property that isn't known offline: whether the policy reaches the
 * device is then undecided.
 */
const assignmentFilter = z.strictObject({
  name: z.string().min(1),
  mode: z.enum(['include', 'exclude']),
  matches: maybe(z.boolean()),
});
const includeTarget = z.union([
  groupTarget.extend({ target: z.literal('group'), filter: assignmentFilter.optional() }),
  z.strictObject({ target: z.literal('allDevices'), filter: assignmentFilter.optional() }),
  z.strictObject({ target: z.literal('allUsers'), filter: assignmentFilter.optional() }),
]);
const applicabilityRule = z.discriminatedUnion('property', [
  z.strictObject({
    property: z.literal('osEdition'),
    rule: z.enum(['assignIf', 'dontAssignIf']),
    editions: z.array(z.enum(EDITIONS)).min(1),
  }),
  z.strictObject({
    property: z.literal('osVersion'),
    rule: z.enum(['assignIf', 'dontAssignIf']),
    min: z.string().regex(/^10\.0\.\d+(\.\d+)?$/, 'a version such as 10.0.17134'),
    max: z.string().regex(/^10\.0\.\d+(\.\d+)?$/, 'a version such as 10.0.26100'),
  }),
]);
export const assignmentSchema = z.strictObject({
  include: z.array(includeTarget).default([]),
  exclude: z.array(groupTarget).default([]),
  applicability: z.array(applicabilityRule).default([]),
});

// ---------- AllowAadPasswordReset sources (R-POLICY-SRC) ----------
export const PASSWORD_RESET_OMA_URI = './Device/Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset';
export const PASSWORD_RESET_CATALOG_ID = 'device_vendor_msft_policy_config_authentication_allowaadpasswordreset';
export const PASSWORD_RESET_REGISTRY_KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\AzureADAccount';
export const PASSWORD_RESET_REGISTRY_VALUE = 'AllowPasswordReset';

const passwordResetSource = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('omaUri'),
    name: z.string().default('Custom profile'),
    omaUri: z.string().min(1),
    dataType: z.enum(OMA_DATA_TYPES),
    value: z.union([z.number(), z.string(), z.boolean()]),
    assignment: assignmentSchema.default({ include: [], exclude: [], applicability: [] }),
  }),
  z.strictObject({
    kind: z.literal('settingsCatalog'),
    name: z.string().default('Settings catalog policy'),
    settingDefinitionId: z.string().default(PASSWORD_RESET_CATALOG_ID),
    value: flag,
    assignment: assignmentSchema.default({ include: [], exclude: [], applicability: [] }),
  }),
  z.strictObject({
    kind: z.literal('registry'),
    name: z.string().default('Registry'),
    key: z.string().min(1),
    valueName: z.string().min(1),
    valueType: z.enum(REGISTRY_TYPES),
    value: z.union([z.number(), z.string()]),
  }),
]);

// ---------- EnablePinRecovery sources (P-POLICY-SRC) ----------
export const PIN_RECOVERY_OMA_URI = './Device/Vendor/MSFT/PassportForWork/{TenantId}/Policies/EnablePinRecovery';
const pinRecoverySource = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('settingsCatalog'),
    name: z.string().default('Windows Hello For Business > Enable Pin Recovery'),
    value: z.boolean(),
    assignment: assignmentSchema.default({ include: [], exclude: [], applicability: [] }),
  }),
  z.strictObject({
    kind: z.literal('accountProtection'),
    name: z.string().default('Endpoint security > Account protection'),
    value: z.boolean(),
    assignment: assignmentSchema.default({ include: [], exclude: [], applicability: [] }),
  }),
  z.strictObject({
    kind: z.literal('omaUri'),
    name: z.string().default('Custom profile'),
    omaUri: z.string().min(1),
    dataType: z.enum(OMA_DATA_TYPES),
    value: z.union([z.number(), z.string(), z.boolean()]),
    assignment: assignmentSchema.default({ include: [], exclude: [], applicability: [] }),
  }),
  z.strictObject({
    kind: z.literal('gpo'),
    name: z.string().default('Use PIN Recovery'),
    state: z.enum(['Enabled', 'Disabled', 'NotConfigured']),
  }),
]);

// ---------- Device ----------
const deviceSettings = z.strictObject({
  NoLockScreen: maybe(flag),
  DisableLockScreenAppNotifications: maybe(flag),
  HideFastUserSwitching: maybe(flag),
  DontDisplayLastUserName: maybe(flag),
  BlockNonAdminUserInstall: maybe(flag),
  EnableLostMode: maybe(z.boolean()),
  customShell: maybe(z.boolean()),
  /** "Interactive logon: Require smart card" (1 = Enabled). */
  RequireSmartCard: maybe(flag),
  EnableLUA: maybe(flag),
  thirdPartyCredentialProviders: maybe(z.number().int().min(0)),
  /** "Interactive logon: Do not require CTRL+ALT+DEL": 0 = Disabled, i.e. Ctrl+Alt+Del is required. */
  DisableCAD: maybe(flag),
  IsContentDeliveryPolicyEnforced: maybe(flag),
  EnablePasswordlessExperience: maybe(flag),
  EnableWebSignIn: maybe(flag),
  ConfigureWebSignInAllowedUrls: maybe(z.array(z.string())),
  /** Image captured with CopyProfile without clearing the built-in Administrator's web cache (R-SYSPREP). */
  copyProfileWebCacheNotCleared: maybe(z.boolean()),
  /** The temporary defaultuser1 account can't be created or used, e.g. local logon denied (R-TEMPACCT). */
  temporaryAccountBlocked: maybe(z.boolean()),
  /** Intune "Secure assessment (Education)" profile assigned (R-SECURE-ASSESS, field report). */
  secureAssessmentProfile: maybe(z.boolean()),
  /** Field reports (used only with the field-reports option). */
  customLockScreenImage: maybe(z.boolean()),
  DelayedDesktopSwitchTimeout: maybe(z.number().int().min(0)),
  restartedSinceLastSignOut: maybe(z.boolean()),
  /** User rights assignment "Allow log on locally": accounts and groups (R-LOGONRIGHT). */
  AllowLogOnLocally: maybe(z.array(z.string().min(1))),
  /** User rights assignment "Deny log on locally" (R-LOGONRIGHT). */
  DenyLogOnLocally: maybe(z.array(z.string().min(1))),
  /** "Exclude credential providers": CLSIDs of excluded providers (R-EXCLCP). */
  ExcludedCredentialProviders: maybe(z.array(z.string().min(1))),
  /** Leftover defaultuser1* profiles under C:\Users (R-DU-PILE, R-DU-CLEANUP). */
  staleDefaultUserProfiles: maybe(z.number().int().min(0)),
});

const network = z.strictObject({
  /** 443 to passwordreset.microsoftonline.com. */
  reachesPasswordResetService: maybe(z.boolean()),
  /** 443 to ajax.aspnetcdn.com. */
  reachesAjaxCdn: maybe(z.boolean()),
  proxy: maybe(z.enum(PROXY_KINDS)),
  securitySoftwareBlocks: maybe(z.array(z.enum(BLOCKABLE_HOSTS))),
  dot1x: maybe(z.enum(DOT1X_MODES)),
  /** Line of sight to a domain controller (corporate network or VPN). */
  domainControllerReachable: maybe(z.boolean()),
  /** AD FS (cert trust / on-prem PIN reset) reachable. */
  adfsReachable: maybe(z.boolean()),
});

const legacyAddIn = z.strictObject({
  installed: maybe(z.boolean()),
  osPatched: maybe(z.boolean()),
  tls12Enabled: maybe(z.boolean()),
  loggingEnabled: maybe(z.boolean()),
});

const device = z.strictObject({
  name: z.string(),
  os: z.strictObject({
    family: maybe(z.enum(OS_FAMILIES)),
    build: maybe(z.number().int().min(0)),
    ubr: maybe(z.number().int().min(0)),
    edition: maybe(z.enum(EDITIONS)),
  }),
  joinState: maybe(z.enum(JOIN_STATES)),
  intuneEnrolled: maybe(z.boolean()),
  groups: maybe(z.array(z.string())),
  settings: deviceSettings,
  network,
  legacyAddIn,
});

// ---------- Session ----------
const session = z.strictObject({
  kind: maybe(z.enum(SESSION_KINDS)),
  startedFrom: maybe(z.enum(SESSION_STARTS)),
  lastSignInMethod: maybe(z.enum(SIGN_IN_METHODS)),
  /** Which tile the user picks: the last user's tile or "Other user". */
  tile: z.enum(['lastUser', 'otherUser']),
  /** Failed sign-in attempts so far on this screen (used only by the link-after-a-failed-attempt option). */
  failedAttempts: z.number().int().min(0),
  /** Credential provider picked under Sign-in options (P-LINK, R-WSI-DEFAULT). */
  credentialProvider: z.enum(CREDENTIAL_PROVIDERS),
  /** Where "I forgot my PIN" is started (P-LINK, P-SSPR-LIMITS, P-HYB-KEY). */
  pinResetFrom: maybe(z.enum(PIN_RESET_STARTS)),
  /** The device is a Cloud PC or AVD session host used through a remote session (R-CLOUDPC). */
  cloudPc: maybe(z.enum(CLOUD_PC_KINDS)),
});

// ---------- Tenant ----------
const onPremises = z.strictObject({
  writebackEnabled: maybe(z.boolean()),
  cloudSyncWriteback: maybe(z.boolean()),
  allowUnlock: maybe(z.boolean()),
  writebackClient: maybe(z.enum(['healthy', 'unreachable', 'adminActionRequired'])),
  passwordPolicy: z.strictObject({
    minimumLength: maybe(z.number().int().min(0).max(128)),
    complexity: maybe(z.boolean()),
    minimumAgeDays: maybe(z.number().int().min(0)),
    historyCount: maybe(z.number().int().min(0)),
  }),
  /** On-premises cloud commit lags after a writeback reset (R-CLOUD-COMMIT). */
  cloudCommitLag: maybe(z.boolean()),
});

const tenant = z.strictObject({
  name: z.string(),
  cloud: maybe(z.enum(CLOUDS)),
  /** False when the tenant has no password reset policy at all (R-SSPR-NOPOLICY). */
  passwordResetPolicyDefined: maybe(z.boolean()),
  sspr: z.strictObject({
    /** "Self service password reset enabled". Graph does not expose it: state it or mark it unknown. */
    enabled: maybe(z.enum(['None', 'Selected', 'All'])),
    selectedGroup: maybe(z.string().nullable()),
    methodsRequired: maybe(z.union([z.literal(1), z.literal(2)])),
    methodsAvailable: maybe(z.array(z.enum(METHODS))),
    questionsToRegister: z.number().int().min(3).max(5),
    questionsToReset: z.number().int().min(3).max(5),
    /** True once methods are managed in the Authentication methods policy (not the legacy SSPR policy). */
    methodsPolicyMigrated: maybe(z.boolean()),
    registration: z.strictObject({
      requireRegistration: z.boolean(),
      reconfirmDays: z.number().int().min(0).max(730),
    }),
    notifications: z.strictObject({ notifyUsers: z.boolean(), notifyAdmins: z.boolean() }),
    customization: z.strictObject({ helpdeskLink: z.boolean(), helpdeskEmailOrUrl: z.string() }),
    onPremises,
  }),
  /** authorizationPolicy.allowedToUseSSPR: administrators only. */
  allowedToUseSSPR: maybe(z.boolean()),
  licences: maybe(z.array(z.enum(LICENCES))),
  /** Inputs of the administrator policy (R-ADMIN). */
  trialDaysElapsed: maybe(z.number().int().min(0)),
  customDomain: maybe(z.boolean()),
  directorySync: maybe(z.boolean()),
  identityProvider: maybe(z.enum(IDENTITY_PROVIDERS)),
  identityProviderDomains: maybe(z.array(z.string())),
  /** Consent to Microsoft Pin Reset Service Production and Microsoft Pin Reset Client Production. */
  pinResetConsent: maybe(z.boolean()),
});

// ---------- User ----------
const user = z.strictObject({
  userPrincipalName: z.string(),
  displayName: z.string(),
  groups: maybe(z.array(z.string())),
  licences: maybe(z.array(z.enum(LICENCES))),
  adminRole: maybe(z.boolean()),
  authentication: maybe(z.enum(AUTH_TYPES)),
  registeredMethods: maybe(z.array(z.enum(METHODS))),
  securityQuestionsRegistered: z.number().int().min(0).max(20),
  /** Counts within the last hour (R-THROTTLE). */
  recentAttempts: z.strictObject({
    phoneValidations: maybe(z.number().int().min(0)),
    securityQuestionTries: maybe(z.number().int().min(0)),
    resets: maybe(z.number().int().min(0)),
  }),
  guestPersonalAccount: maybe(z.boolean()),
  /** Work or school account, or a personal Microsoft account (the PIN rules P-MSA, P-MSA-LOCK). */
  accountKind: maybe(z.enum(['workOrSchool', 'personalMicrosoftAccount'])),
  /** How the registered mobile phone verifies: text, call or either (voice is barred for admins on trial/free). */
  mobilePhoneOptions: maybe(z.enum(MOBILE_PHONE_OPTIONS)),
  /** The AD account has "Smart card is required for interactive logon" (P-SCRIL). */
  smartCardRequired: maybe(z.boolean()),
  lockedOutOnPremises: maybe(z.boolean()),
  passwordLastSetHoursAgo: maybe(z.number().min(0)),
  /** The new password the user will type; null = not simulated (assume a compliant one). */
  newPassword: z.string().nullable(),
  newPasswordInHistory: maybe(z.boolean()),
  pin: z.strictObject({
    hasPin: maybe(z.boolean()),
    trustType: maybe(z.enum(PIN_TRUST_TYPES)),
    /** Entra passkeys saved in the Windows Hello container (P-PASSKEY). */
    passkeysInContainer: maybe(z.boolean()),
  }),
});

export const scenarioSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  name: z.string(),
  description: z.string(),
  device,
  session,
  policies: z.strictObject({
    passwordReset: z.array(passwordResetSource),
    pinRecovery: z.array(pinRecoverySource),
  }),
  tenant,
  user,
  /** Optional per-field provenance, keyed by dotted path ("tenant.sspr.enabled"). */
  provenance: z
    .record(
      z.string(),
      z.strictObject({
        kind: z.enum(['imported', 'inferred', 'statedByAdmin', 'unknown', 'manual']),
        endpoint: z.string().optional(),
        at: z.string().optional(),
        note: z.string().optional(),
      }),
    )
    .default({}),
  /** Trainer overrides of simulated-screen strings, keyed "<lang>:<key>". */
  stringOverrides: z.record(z.string(), z.string()).default({}),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type PasswordResetSource = Scenario['policies']['passwordReset'][number];
export type PinRecoverySource = Scenario['policies']['pinRecovery'][number];
export type Assignment = z.infer<typeof assignmentSchema>;
export type Method = (typeof METHODS)[number];
export type Licence = (typeof LICENCES)[number];
export type Edition = (typeof EDITIONS)[number];
export type JoinState = (typeof JOIN_STATES)[number];
export type SessionKind = (typeof SESSION_KINDS)[number];
export type CredentialProvider = (typeof CREDENTIAL_PROVIDERS)[number];

/** JSON Schema of a scenario file, for other tools. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
