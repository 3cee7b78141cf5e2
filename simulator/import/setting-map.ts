// The one mapping table of the tenant import: every device-side fact the rules read → every place an Intune policy can
// set it (custom OMA-URI, settings catalog and the endpoint-security / baseline templates built on it, the older
// endpoint-security intents, administrative templates, typed device-configuration profiles) → how its value reads.
// Sources: Policy CSP reference (windows-itpro-docs policy-csp-*.md), the Intune "Graph APIs and matching Windows 10
// CSPs" reference (memdocs intune/developer/intune-graph-apis.md), the settings-catalog definitions Graph serves for
// each settingDefinitionId, and Microsoft Graph's deviceManagement resource types.

/** Every fact the import can read from a policy. Keys of device settings are the scenario's own field names. */
export const POLICY_FACTS = [
  'allowAadPasswordReset',
  'enablePinRecovery',
  'NoLockScreen',
  'DisableLockScreenAppNotifications',
  'HideFastUserSwitching',
  'DontDisplayLastUserName',
  'BlockNonAdminUserInstall',
  'EnableLUA',
  'DisableCAD',
  'EnablePasswordlessExperience',
  'EnableWebSignIn',
  'ConfigureWebSignInAllowedUrls',
  'AllowLogOnLocally',
  'DenyLogOnLocally',
  'ExcludedCredentialProviders',
  'secureAssessmentProfile',
] as const;
export type PolicyFact = (typeof POLICY_FACTS)[number];

/** A fact's device-side value: a 0/1 policy flag, a boolean, or a list (URLs, accounts, CLSIDs). */
export type FactValue = number | boolean | string[];

export type ReadResult = { ok: true; value: FactValue } | { ok: false; problem: string };

/** How the CSP node is typed (Policy CSP "Format" / "ADMX-backed"). */
export type CspFormat = 'int01' | 'admx' | 'admxText' | 'bool' | 'stringList' | 'principals';

export interface SettingMapping {
  fact: PolicyFact;
  /** Rule IDs that read this fact. */
  rules: readonly string[];
  /** Canonical device-scope OMA-URI ("{TenantId}" stands for any tenant segment). */
  omaUri: string | null;
  format: CspFormat;
  /** Settings-catalog settingDefinitionIds (lowercase; also what endpoint-security and baseline templates use). */
  catalogIds: readonly string[];
  /** Child settingDefinitionId that carries the value of an ADMX text element (e.g. the excluded CLSIDs). */
  catalogTextChildId?: string;
  /** Administrative template: the definition's display name and category path. */
  adminTemplate?: { displayName: string; categoryPath: string };
  /** Typed device-configuration profile properties (also read from intents as "deviceConfiguration--type_property"). */
  profileProperties?: readonly { odataType: string; property: string; read: (value: unknown) => ReadResult | null }[];
  /** The document the entry comes from. */
  doc: string;
}

const CSP = 'windows-itpro-docs windows/client-management/mdm/';

/** ./Device/Vendor/MSFT/... and ./Vendor/MSFT/... name the same device node; compare without case and prefix. */
export function normalizeOmaUri(omaUri: string): string {
  return omaUri
    .trim()
    .toLowerCase()
    .replace(/^\.\/device\/vendor\//, './vendor/');
}

function omaPattern(canonical: string): RegExp {
  const escaped = normalizeOmaUri(canonical)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace('\\{tenantid\\}', '[^/]+');
  return new RegExp(`^${escaped}$`);
}

/** Intune profile booleans: true = the setting is configured as below; false = "Not configured" (nothing sent). */
function trueMeans(value: FactValue) {
  return (raw: unknown): ReadResult | null => {
    if (raw === true) return { ok: true, value };
    if (raw === false || raw === null || raw === undefined) return null;
    return { ok: false, problem: `expected true or false, found ${describe(raw)}` };
  };
}

/** Microsoft's own pages give opposite meanings for this property: never guess which one a tenant meant. */
function ambiguous(reason: string) {
  return (raw: unknown): ReadResult | null =>
    raw === true
      ? { ok: false, problem: reason }
      : raw === false || raw == null
        ? null
        : { ok: false, problem: reason };
}

export const SETTING_MAP: readonly SettingMapping[] = [
  {
    fact: 'allowAadPasswordReset',
    rules: ['R-POLICY', 'R-POLICY-SRC', 'R-POLICY-TYPE'],
    omaUri: './Device/Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset',
    format: 'int01',
    catalogIds: ['device_vendor_msft_policy_config_authentication_allowaadpasswordreset'],
    doc: `${CSP}policy-csp-authentication.md (AllowAadPasswordReset, int, 0 = Not allowed, 1 = Allowed)`,
  },
  {
    fact: 'enablePinRecovery',
    rules: ['P-POLICY-SRC', 'P-MODE', 'P-NONDESTR'],
    omaUri: './Device/Vendor/MSFT/PassportForWork/{TenantId}/Policies/EnablePinRecovery',
    format: 'bool',
    catalogIds: ['device_vendor_msft_passportforwork_{tenantid}_policies_enablepinrecovery'],
    adminTemplate: {
      displayName: 'Use PIN Recovery',
      categoryPath: '\\Windows Components\\Windows Hello for Business',
    },
    profileProperties: [
      { odataType: 'windowsIdentityProtectionConfiguration', property: 'pinRecoveryEnabled', read: trueMeans(true) },
    ],
    doc: `${CSP}passportforwork-csp.md (EnablePinRecovery, bool); Graph windowsIdentityProtectionConfiguration.pinRecoveryEnabled`,
  },
  {
    fact: 'NoLockScreen',
    rules: ['R-NOLOCK'],
    omaUri: './Device/Vendor/MSFT/Policy/Config/ADMX_ControlPanelDisplay/CPL_Personalization_NoLockScreen',
    format: 'admx',
    catalogIds: ['device_vendor_msft_policy_config_admx_controlpaneldisplay_cpl_personalization_nolockscreen'],
    adminTemplate: { displayName: 'Do not display the lock screen', categoryPath: '\\Control Panel\\Personalization' },
    doc: `${CSP}policy-csp-admx-controlpaneldisplay.md (CPL_Personalization_NoLockScreen, ADMX-backed)`,
  },
  {
    fact: 'DisableLockScreenAppNotifications',
    rules: ['R-LSNOTIF', 'R-COMBO'],
    omaUri: './Device/Vendor/MSFT/Policy/Config/WindowsLogon/DisableLockScreenAppNotifications',
    format: 'admx',
    catalogIds: ['device_vendor_msft_policy_config_windowslogon_disablelockscreenappnotifications'],
    adminTemplate: { displayName: 'Turn off app notifications on the lock screen', categoryPath: '\\System\\Logon' },
    doc: `${CSP}policy-csp-windowslogon.md (DisableLockScreenAppNotifications, ADMX-backed, logon.admx)`,
  },
  {
    fact: 'HideFastUserSwitching',
    rules: ['R-FUS'],
    omaUri: './Device/Vendor/MSFT/Policy/Config/WindowsLogon/HideFastUserSwitching',
    format: 'int01',
    catalogIds: ['device_vendor_msft_policy_config_windowslogon_hidefastuserswitching'],
    adminTemplate: { displayName: 'Hide entry points for Fast User Switching', categoryPath: '\\System\\Logon' },
    doc: `${CSP}policy-csp-windowslogon.md (HideFastUserSwitching, 0 = visible, 1 = hidden)`,
  },
  {
    fact: 'DontDisplayLastUserName',
    rules: ['R-DDLU', 'R-PWLESS-DDLU'],
    omaUri: './Device/Vendor/MSFT/Policy/Config/LocalPoliciesSecurityOptions/InteractiveLogon_DoNotDisplayLastSignedIn',
    format: 'int01',
    catalogIds: [
      'device_vendor_msft_policy_config_localpoliciessecurityoptions_interactivelogon_donotdisplaylastsignedin',
    ],
    profileProperties: [
      {
        odataType: 'windows10EndpointProtectionConfiguration',
        property: 'localSecurityOptionsHideLastSignedInUser',
        read: trueMeans(1),
      },
    ],
    doc: `${CSP}policy-csp-localpoliciessecurityoptions.md (InteractiveLogon_DoNotDisplayLastSignedIn); memdocs intune-graph-apis.md`,
  },
  {
    fact: 'BlockNonAdminUserInstall',
    rules: ['R-APPX'],
    omaUri: './Device/Vendor/MSFT/Policy/Config/ApplicationManagement/BlockNonAdminUserInstall',
    format: 'int01',
    catalogIds: ['device_vendor_msft_policy_config_applicationmanagement_blocknonadminuserinstall'],
    doc: `${CSP}policy-csp-applicationmanagement.md (BlockNonAdminUserInstall, int)`,
  },
  {
    fact: 'EnableLUA',
    rules: ['R-UAC'],
    omaUri:
      './Device/Vendor/MSFT/Policy/Config/LocalPoliciesSecurityOptions/UserAccountControl_RunAllAdministratorsInAdminApprovalMode',
    format: 'int01',
    catalogIds: [
      'device_vendor_msft_policy_config_localpoliciessecurityoptions_useraccountcontrol_runalladministratorsinadminapprovalmode',
    ],
    profileProperties: [
      {
        odataType: 'windows10EndpointProtectionConfiguration',
        property: 'localSecurityOptionsUseAdminApprovalModeForAdministrators',
        read: trueMeans(1),
      },
    ],
    doc: `${CSP}policy-csp-localpoliciessecurityoptions.md (UserAccountControl_RunAllAdministratorsInAdminApprovalMode = EnableLUA)`,
  },
  {
    fact: 'DisableCAD',
    rules: ['R-CAD', 'R-COMBO'],
    omaUri: './Device/Vendor/MSFT/Policy/Config/LocalPoliciesSecurityOptions/InteractiveLogon_DoNotRequireCTRLALTDEL',
    format: 'int01',
    catalogIds: [
      'device_vendor_msft_policy_config_localpoliciessecurityoptions_interactivelogon_donotrequirectrlaltdel',
    ],
    profileProperties: [
      {
        odataType: 'windows10EndpointProtectionConfiguration',
        property: 'localSecurityOptionsDoNotRequireCtrlAltDel',
        read: ambiguous(
          'Intune\'s "Require CTRL+ALT+DEL to log on" is documented with opposite meanings for Enable ' +
            '(memdocs endpoint-protection-windows-10.md revisions); state the Ctrl+Alt+Del setting on the device page',
        ),
      },
    ],
    doc: `${CSP}policy-csp-localpoliciessecurityoptions.md (InteractiveLogon_DoNotRequireCTRLALTDEL, 0 = CAD required)`,
  },
  {
    fact: 'EnablePasswordlessExperience',
    rules: ['R-PWLESS', 'R-PWLESS-DDLU'],
    omaUri: './Device/Vendor/MSFT/Policy/Config/Authentication/EnablePasswordlessExperience',
    format: 'int01',
    catalogIds: ['device_vendor_msft_policy_config_authentication_enablepasswordlessexperience'],
    doc: `${CSP}policy-csp-authentication.md (EnablePasswordlessExperience, int)`,
  },
  {
    fact: 'EnableWebSignIn',
    rules: ['P-W11', 'R-WSI-DEFAULT'],
    omaUri: './Device/Vendor/MSFT/Policy/Config/Authentication/EnableWebSignIn',
    format: 'int01',
    catalogIds: ['device_vendor_msft_policy_config_authentication_enablewebsignin'],
    doc: `${CSP}policy-csp-authentication.md (EnableWebSignIn, int)`,
  },
  {
    fact: 'ConfigureWebSignInAllowedUrls',
    rules: ['P-FED', 'P-GOV'],
    omaUri: './Device/Vendor/MSFT/Policy/Config/Authentication/ConfigureWebSignInAllowedUrls',
    format: 'stringList',
    catalogIds: ['device_vendor_msft_policy_config_authentication_configurewebsigninallowedurls'],
    doc: `${CSP}policy-csp-authentication.md (ConfigureWebSignInAllowedUrls, chr, ";"-separated)`,
  },
  {
    fact: 'AllowLogOnLocally',
    rules: ['R-LOGONRIGHT', 'R-TEMPACCT'],
    omaUri: './Device/Vendor/MSFT/Policy/Config/UserRights/AllowLocalLogOn',
    format: 'principals',
    catalogIds: ['device_vendor_msft_policy_config_userrights_allowlocallogon'],
    doc: `${CSP}policy-csp-userrights.md (AllowLocalLogOn, chr, SIDs or names separated by U+F000)`,
  },
  {
    fact: 'DenyLogOnLocally',
    rules: ['R-LOGONRIGHT', 'R-TEMPACCT'],
    omaUri: './Device/Vendor/MSFT/Policy/Config/UserRights/DenyLocalLogOn',
    format: 'principals',
    catalogIds: ['device_vendor_msft_policy_config_userrights_denylocallogon'],
    doc: `${CSP}policy-csp-userrights.md (DenyLocalLogOn)`,
  },
  {
    fact: 'ExcludedCredentialProviders',
    rules: ['R-EXCLCP'],
    omaUri: './Device/Vendor/MSFT/Policy/Config/ADMX_CredentialProviders/ExcludedCredentialProviders',
    format: 'admxText',
    catalogIds: ['device_vendor_msft_policy_config_admx_credentialproviders_excludedcredentialproviders'],
    catalogTextChildId:
      'device_vendor_msft_policy_config_admx_credentialproviders_excludedcredentialproviders_excludedcredentialproviders',
    adminTemplate: { displayName: 'Exclude credential providers', categoryPath: '\\System\\Logon' },
    doc: `${CSP}policy-csp-admx-credentialproviders.md; windows-itpro-docs passwordless-experience (password provider CLSID)`,
  },
  {
    fact: 'secureAssessmentProfile',
    rules: ['R-SECURE-ASSESS'],
    omaUri: null,
    format: 'bool',
    catalogIds: [],
    profileProperties: [
      {
        odataType: 'windows10SecureAssessmentConfiguration',
        property: '@odata.type',
        read: () => ({ ok: true, value: true }),
      },
    ],
    doc: 'Graph windows10SecureAssessmentConfiguration ("Secure assessment (Education)" profile)',
  },
];

/** Rule-relevant facts the tenant import cannot read, and where an admin states them. */
export const NOT_IN_INTUNE: Readonly<Record<string, string>> = {
  RequireSmartCard:
    '"Interactive logon: Require smart card" (ScForceOption) has no Policy CSP node; only Group Policy or a security template sets it',
  thirdPartyCredentialProviders: 'Installed credential providers are not reported through Microsoft Graph',
  EnableLostMode: 'Lost Mode state is not reported for Windows devices through Microsoft Graph',
  customShell: 'A replaced Explorer shell is not reported through Microsoft Graph',
  IsContentDeliveryPolicyEnforced: 'Not a Policy CSP setting; not reported through Microsoft Graph',
};

// ---------- lookups ----------
const OMA_INDEX: { pattern: RegExp; mapping: SettingMapping }[] = SETTING_MAP.filter((m) => m.omaUri).map((m) => ({
  pattern: omaPattern(m.omaUri!),
  mapping: m,
}));

const CATALOG_INDEX: { pattern: RegExp; mapping: SettingMapping }[] = SETTING_MAP.flatMap((m) =>
  m.catalogIds.map((id) => ({
    pattern: new RegExp(`^${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\{tenantid\\}', '.+?')}$`),
    mapping: m,
  })),
);

/** The mapping an OMA-URI writes, in either the ./Device/Vendor or ./Vendor form. ./User/... paths never match. */
export function mappingForOmaUri(omaUri: string): SettingMapping | null {
  const uri = normalizeOmaUri(omaUri);
  return OMA_INDEX.find((entry) => entry.pattern.test(uri))?.mapping ?? null;
}

/** A user-scoped OMA-URI of one of our device settings (R-POLICY-TYPE: the device node is never written). */
export function userScopedMapping(omaUri: string): SettingMapping | null {
  const uri = omaUri.trim().toLowerCase();
  if (!uri.startsWith('./user/vendor/')) return null;
  return mappingForOmaUri(uri.replace(/^\.\/user\/vendor\//, './vendor/'));
}

export function mappingForCatalogId(settingDefinitionId: string): SettingMapping | null {
  const id = settingDefinitionId.trim().toLowerCase();
  return CATALOG_INDEX.find((entry) => entry.pattern.test(id))?.mapping ?? null;
}

export function mappingForAdminTemplate(displayName: string, categoryPath: string | null): SettingMapping | null {
  const name = displayName.trim().toLowerCase();
  const category = (categoryPath ?? '').trim().toLowerCase();
  return (
    SETTING_MAP.find(
      (m) =>
        m.adminTemplate &&
        m.adminTemplate.displayName.toLowerCase() === name &&
        (!category || m.adminTemplate.categoryPath.toLowerCase() === category),
    ) ?? null
  );
}

/** Typed profile property, e.g. ("#microsoft.graph.windows10EndpointProtectionConfiguration", "localSecurityOptions…"). */
export function mappingsForProfileType(
  odataType: string,
): { mapping: SettingMapping; property: string; read: (value: unknown) => ReadResult | null }[] {
  const type = odataType.replace(/^#?microsoft\.graph\./, '');
  return SETTING_MAP.flatMap((mapping) =>
    (mapping.profileProperties ?? [])
      .filter((entry) => entry.odataType === type)
      .map((entry) => ({ mapping, property: entry.property, read: entry.read })),
  );
}

/** Intent setting ids read "deviceConfiguration--<profile type>_<property>". */
export function mappingForIntentDefinition(
  definitionId: string,
): { mapping: SettingMapping; read: (value: unknown) => ReadResult | null } | null {
  const match = /^deviceConfiguration--([A-Za-z0-9]+)_([A-Za-z0-9]+)$/.exec(definitionId.trim());
  if (!match) return null;
  const entry = mappingsForProfileType(match[1]).find((candidate) => candidate.property === match[2]);
  return entry ? { mapping: entry.mapping, read: entry.read } : null;
}

// ---------- value transforms ----------
const MAX_DESCRIBED = 80;

export function describe(raw: unknown): string {
  if (raw === null || raw === undefined) return 'nothing';
  const text = typeof raw === 'string' ? JSON.stringify(raw) : String(JSON.stringify(raw) ?? raw);
  return text.length > MAX_DESCRIBED ? `${text.slice(0, MAX_DESCRIBED)}…` : text;
}

function readFlag(raw: unknown): ReadResult {
  const value = typeof raw === 'string' && /^\s*[01]\s*$/.test(raw) ? Number(raw) : raw;
  if (value === 0 || value === 1) return { ok: true, value };
  return { ok: false, problem: `expected 0 or 1, found ${describe(raw)}` };
}

/** ADMX-backed nodes take "<enabled/>" (optionally with <data …/> elements) or "<disabled/>". */
function readAdmxState(raw: unknown): { state: 0 | 1; data: Map<string, string> } | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  const state = /^<\s*enabled\s*\/>/i.test(text) ? 1 : /^<\s*disabled\s*\/>\s*$/i.test(text) ? 0 : null;
  if (state === null) return null;
  const data = new Map<string, string>();
  for (const match of text.matchAll(/<\s*data\s+id\s*=\s*"([^"]*)"\s+value\s*=\s*"([^"]*)"\s*\/>/gi)) {
    data.set(match[1].toLowerCase(), match[2]);
  }
  return { state, data };
}

/** A ";"-list (web sign-in URLs) or a U+F000-list (user rights); commas too, as Intune's UI writes them. */
export function splitList(raw: string, separators: RegExp): string[] {
  return raw
    .split(separators)
    .map((item) => item.trim())
    .filter(Boolean);
}

const PRINCIPAL_SEPARATORS = /\uF000|&#xF000;|,/i;
/** Well-known SIDs (Windows security identifiers reference) → the account names the scenario uses. */
const WELL_KNOWN_SIDS: Readonly<Record<string, string>> = {
  's-1-1-0': 'Everyone',
  's-1-5-4': 'Interactive',
  's-1-5-11': 'Authenticated Users',
  's-1-5-32-544': 'Administrators',
  's-1-5-32-545': 'Users',
  's-1-5-32-546': 'Guests',
  's-1-5-32-551': 'Backup Operators',
  's-1-5-32-555': 'Remote Desktop Users',
  's-1-5-113': 'Local account',
  's-1-5-114': 'Local account and member of Administrators group',
};

export function principalName(entry: string): string {
  const sid = entry.replace(/^\*/, '').trim();
  return WELL_KNOWN_SIDS[sid.toLowerCase()] ?? sid.replace(/^BUILTIN\\/i, '');
}

function readPrincipals(raw: unknown): ReadResult {
  if (Array.isArray(raw) && raw.every((item) => typeof item === 'string')) {
    return { ok: true, value: raw.flatMap((item) => splitList(item, PRINCIPAL_SEPARATORS)).map(principalName) };
  }
  if (typeof raw === 'string') return { ok: true, value: splitList(raw, PRINCIPAL_SEPARATORS).map(principalName) };
  return { ok: false, problem: `expected a list of accounts or SIDs, found ${describe(raw)}` };
}

function readStringList(raw: unknown): ReadResult {
  if (Array.isArray(raw) && raw.every((item) => typeof item === 'string')) {
    return { ok: true, value: raw.flatMap((item) => splitList(item, /;/)) };
  }
  if (typeof raw === 'string') return { ok: true, value: splitList(raw, /;/) };
  return { ok: false, problem: `expected a ";"-separated list, found ${describe(raw)}` };
}

function readBool(raw: unknown): ReadResult {
  if (raw === true || raw === false) return { ok: true, value: raw };
  if (typeof raw === 'string' && /^\s*(true|false)\s*$/i.test(raw)) {
    return { ok: true, value: raw.trim().toLowerCase() === 'true' };
  }
  return { ok: false, problem: `expected true or false, found ${describe(raw)}` };
}

/** A custom OMA-URI value, judged by the CSP node's format and the Intune data type it was sent with. */
export function readOmaValue(mapping: SettingMapping, dataType: string, raw: unknown): ReadResult {
  switch (mapping.format) {
    case 'int01':
      if (dataType !== 'Integer') return { ok: false, problem: `the node is an integer; sent as ${dataType}` };
      return readFlag(raw);
    case 'bool':
      if (dataType !== 'Boolean') return { ok: false, problem: `the node is a boolean; sent as ${dataType}` };
      return readBool(raw);
    case 'admx':
    case 'admxText': {
      if (dataType !== 'String') return { ok: false, problem: `ADMX-backed nodes take a String; sent as ${dataType}` };
      const admx = readAdmxState(raw);
      if (!admx) return { ok: false, problem: `expected <enabled/> or <disabled/>, found ${describe(raw)}` };
      if (mapping.format === 'admx') return { ok: true, value: admx.state };
      if (admx.state === 0) return { ok: true, value: [] };
      const [text] = [...admx.data.values()];
      return text === undefined
        ? { ok: false, problem: 'enabled without a <data …/> value' }
        : { ok: true, value: splitList(text, /[,;]/) };
    }
    case 'stringList':
      if (dataType !== 'String') return { ok: false, problem: `the node is a string; sent as ${dataType}` };
      return readStringList(raw);
    case 'principals':
      if (dataType !== 'String') return { ok: false, problem: `the node is a string; sent as ${dataType}` };
      return readPrincipals(raw);
  }
}

/**
 * A settings-catalog value. Choice values are option ids "<settingDefinitionId>_<n>" (or "_true"/"_false"); an id
 * that does not belong to this setting or ends in another suffix is not understood — never read as 0.
 */
export function readCatalogValue(mapping: SettingMapping, settingDefinitionId: string, raw: unknown): ReadResult {
  const id = settingDefinitionId.toLowerCase();
  switch (mapping.format) {
    case 'int01':
    case 'admx':
    case 'admxText': {
      if (typeof raw !== 'string') return { ok: false, problem: `expected a choice option id, found ${describe(raw)}` };
      const option = raw.trim().toLowerCase();
      if (!option.startsWith(`${id}_`)) return { ok: false, problem: `option ${describe(raw)} is not one of ${id}` };
      const suffix = option.slice(id.length + 1);
      if (suffix !== '0' && suffix !== '1') return { ok: false, problem: `option suffix "_${suffix}" is not _0 or _1` };
      return { ok: true, value: Number(suffix) };
    }
    case 'bool': {
      if (typeof raw !== 'string') return { ok: false, problem: `expected a choice option id, found ${describe(raw)}` };
      const option = raw.trim().toLowerCase();
      if (!option.startsWith(`${id}_`)) return { ok: false, problem: `option ${describe(raw)} is not one of ${id}` };
      const suffix = option.slice(id.length + 1);
      if (suffix !== 'true' && suffix !== 'false') {
        return { ok: false, problem: `option suffix "_${suffix}" is not _true or _false` };
      }
      return { ok: true, value: suffix === 'true' };
    }
    case 'stringList':
      return readStringList(raw);
    case 'principals':
      return readPrincipals(raw);
  }
}

/** An administrative-template definition value: enabled → 1 (or the text element's list), disabled → 0. */
export function readAdminTemplateValue(mapping: SettingMapping, enabled: unknown, text: string | null): ReadResult {
  if (enabled !== true && enabled !== false) {
    return { ok: false, problem: `expected "enabled" true or false, found ${describe(enabled)}` };
  }
  switch (mapping.format) {
    case 'bool':
      return { ok: true, value: enabled };
    case 'admxText':
      if (!enabled) return { ok: true, value: [] };
      return text === null
        ? { ok: false, problem: 'enabled without a list of credential providers' }
        : { ok: true, value: splitList(text, /[,;]/) };
    default:
      return { ok: true, value: enabled ? 1 : 0 };
  }
}
