// Built-in scenarios from the docs, each with the verdict the docs predict (checked by the test suite).
import { DEFAULT_DEVICE_GROUP } from '../model/defaults';
import { parseScenario, formatProblems } from '../model/parse';
import type { Scenario, ScenarioInput } from '../model/scenario';
import type { EvaluateOptions, Outcome, Tri } from '../engine/types';

export interface Preset {
  id: string;
  title: string;
  description: string;
  scenario: Scenario;
  options: EvaluateOptions;
  expected: {
    outcome: Outcome;
    passwordLink: Tri;
    rules: string[];
    pinOutcome?: Outcome;
    pinMode?: 'destructive' | 'nonDestructive';
  };
  sources: string[];
}

type PresetInput = Omit<Preset, 'scenario'> & { scenario: Partial<Record<keyof ScenarioInput, unknown>> };

const SEED_OMA_URI = './Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset';
const windows10_1709 = { family: 'windows10', build: 16299, ubr: 15, edition: 'Enterprise' };
const windows10_22H2 = { family: 'windows10', build: 19045, ubr: 5371, edition: 'Enterprise' };
const deviceGroup = [{ target: 'group', group: DEFAULT_DEVICE_GROUP, groupType: 'device' }];

const seedPolicy = {
  passwordReset: [
    {
      kind: 'omaUri',
      name: 'Wachtwoord opnieuw instellen bij aanmelden',
      omaUri: SEED_OMA_URI,
      dataType: 'Integer',
      value: 1,
      assignment: { include: deviceGroup, exclude: [], applicability: [] },
    },
  ],
  pinRecovery: [],
};

const syncedUser = { authentication: 'passwordHashSync' };

const INPUTS: PresetInput[] = [
  {
    id: 'seed-2017-intune',
    title: 'Windows 10 1709 in November 2017: Intune custom OMA-URI (2017 rules)',
    description:
      'Azure AD joined Windows 10 Fall Creators Update with the custom profile AllowAadPasswordReset = 1 (Integer) assigned to a device group.',
    scenario: { name: 'Windows 10 1709 (Nov 2017)', device: { os: windows10_1709 }, policies: seedPolicy },
    options: { docsAsOf: '2017-11' },
    expected: { outcome: 'success', passwordLink: 'yes', rules: ['R-POLICY-SRC'] },
    sources: ['L17', 'L17d'],
  },
  {
    id: 'seed-2017-registry',
    title: 'Windows 10 1709 in November 2017: registry value (the docs advised it for testing)',
    description:
      'Same 1709 device, not Intune-enrolled, with HKLM\\SOFTWARE\\Policies\\Microsoft\\AzureADAccount AllowPasswordReset = DWORD 1.',
    scenario: {
      name: 'Windows 10 1709, registry (Nov 2017)',
      device: { os: windows10_1709, intuneEnrolled: false },
      policies: {
        passwordReset: [
          {
            kind: 'registry',
            name: 'Registry (test)',
            key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\AzureADAccount',
            valueName: 'AllowPasswordReset',
            valueType: 'REG_DWORD',
            value: 1,
          },
        ],
        pinRecovery: [],
      },
    },
    options: { docsAsOf: '2017-11' },
    expected: { outcome: 'success', passwordLink: 'yes', rules: ['R-POLICY-SRC'] },
    sources: ['L17'],
  },
  {
    id: 'seed-today',
    title: "The 2017 Windows 10 1709 device under today's docs",
    description: 'The 2017 device evaluated against the current docs: 1709 is below the 1803 minimum.',
    scenario: { name: 'Windows 10 1709, current docs', device: { os: windows10_1709 }, policies: seedPolicy },
    options: { docsAsOf: 'current' },
    expected: { outcome: 'hidden', passwordLink: 'no', rules: ['R-VERSION'] },
    sources: ['W25'],
  },
  {
    id: 'happy-path',
    title: "Today's happy path: Windows 11, settings catalog",
    description:
      'Entra joined Windows 11 24H2 with "Authentication > Allow Aad Password Reset = Allow"; SSPR enabled for All.',
    scenario: {},
    options: {},
    expected: { outcome: 'success', passwordLink: 'yes', rules: ['R-POLICY-SRC'] },
    sources: ['W25'],
  },
  {
    id: 'hyperv-enhanced',
    title: 'Hyper-V enhanced session',
    description: 'The VM console is in enhanced session mode: the link is not drawn.',
    scenario: { session: { kind: 'hyperVEnhanced' } },
    options: {},
    expected: { outcome: 'hidden', passwordLink: 'no', rules: ['R-SESSION-HV'] },
    sources: ['W25', 'L17 §Common issues'],
  },
  {
    id: 'remote-desktop',
    title: 'Remote Desktop',
    description: 'Signing in over Remote Desktop: the link is not supported.',
    scenario: { session: { kind: 'remoteDesktop' } },
    options: {},
    expected: { outcome: 'hidden', passwordLink: 'no', rules: ['R-SESSION-RDP'] },
    sources: ['W25 §General limitations'],
  },
  {
    id: 'home-edition',
    title: 'Windows 11 Home',
    description: 'Home has no AllowAadPasswordReset and can only register with Entra ID.',
    scenario: { device: { os: { edition: 'Home' }, joinState: 'registered', intuneEnrolled: false } },
    options: {},
    expected: { outcome: 'hidden', passwordLink: 'no', rules: ['R-EDITION', 'R-JOIN'] },
    sources: ['CSP', 'W25'],
  },
  {
    id: 'registered-only',
    title: 'Entra registered device (not joined)',
    description: 'A Pro device only registered with Entra ID (workplace join).',
    scenario: { device: { os: { edition: 'Pro' }, joinState: 'registered' } },
    options: {},
    expected: { outcome: 'hidden', passwordLink: 'no', rules: ['R-JOIN'] },
    sources: ['W25'],
  },
  {
    id: 'no-lock-screen',
    title: 'Lock screen disabled (NoLockScreen)',
    description: '"Do not display the lock screen" = Enabled.',
    scenario: { device: { settings: { NoLockScreen: 1 } } },
    options: {},
    expected: { outcome: 'hidden', passwordLink: 'no', rules: ['R-NOLOCK'] },
    sources: ['T18', 'W25', 'GH#11080'],
  },
  {
    id: 'uac-off',
    title: 'UAC off: reset loops back to sign-in',
    description: 'EnableLUA = 0: clicking Reset password returns to the sign-in screen.',
    scenario: { device: { settings: { EnableLUA: 0 } } },
    options: {},
    expected: { outcome: 'fails', passwordLink: 'yes', rules: ['R-UAC'] },
    sources: ['W25', 'GH#40734'],
  },
  {
    id: 'security-baseline',
    title: 'Security baseline turns off lock-screen notifications',
    description: 'A baseline profile sets DisableLockScreenAppNotifications = 1 next to AllowAadPasswordReset = 1.',
    scenario: { device: { settings: { DisableLockScreenAppNotifications: 1 } } },
    options: {},
    expected: { outcome: 'fails', passwordLink: 'yes', rules: ['R-LSNOTIF'] },
    sources: ['azure-docs#30919', 'OpenIntuneBaseline#5'],
  },
  {
    id: 'user-outside-group',
    title: 'User outside the selected SSPR group',
    description: 'Self service password reset enabled = Selected ("SSPR pilot"); the user is not a member.',
    scenario: { tenant: { sspr: { enabled: 'Selected', selectedGroup: 'SSPR pilot' } } },
    options: {},
    expected: { outcome: 'denied', passwordLink: 'yes', rules: ['R-SSPR-SCOPE'] },
    sources: ['TS', 'TUT'],
  },
  {
    id: 'no-methods',
    title: 'User with no registered methods',
    description: 'The user never completed https://aka.ms/ssprsetup.',
    scenario: { user: { registeredMethods: [] } },
    options: {},
    expected: { outcome: 'denied', passwordLink: 'yes', rules: ['R-REG'] },
    sources: ['W25', 'HOW'],
  },
  {
    id: 'synced-no-writeback',
    title: 'Synced user without password writeback',
    description: 'Password hash sync user; "Enable password write back for synced users" is off.',
    scenario: { tenant: { directorySync: true }, user: syncedUser },
    options: {},
    expected: { outcome: 'denied', passwordLink: 'yes', rules: ['R-WRITEBACK'] },
    sources: ['HOW', 'TS'],
  },
  {
    id: 'hybrid-off-network',
    title: 'Hybrid joined laptop off the corporate network',
    description:
      'Reset succeeds in Entra with writeback, but Windows needs a domain controller to use the new password.',
    scenario: {
      device: { os: windows10_22H2, joinState: 'hybridJoined', network: { domainControllerReachable: false } },
      tenant: { directorySync: true, sspr: { onPremises: { writebackEnabled: true } } },
      user: syncedUser,
    },
    options: {},
    expected: { outcome: 'deferred', passwordLink: 'yes', rules: ['R-HYBRID-DC'] },
    sources: ['W25', 'T19'],
  },
  {
    id: 'windows7-addin',
    title: 'Windows 7 with the SSPR add-in',
    description:
      'Patched Windows 7 SP1 with SsprWindowsLogon.PROD.msi and TLS 1.2: "Forgot password?" after choosing a user.',
    scenario: {
      device: {
        os: { family: 'windows7', build: 7601, ubr: 0, edition: 'Enterprise' },
        joinState: 'adDomainOnly',
        intuneEnrolled: false,
        legacyAddIn: { installed: true, osPatched: true, tls12Enabled: true, loggingEnabled: false },
      },
      policies: { passwordReset: [], pinRecovery: [] },
      user: { pin: { hasPin: false } },
    },
    options: {},
    expected: { outcome: 'success', passwordLink: 'yes', rules: ['R-OS'] },
    sources: ['W25 §Windows 7, 8, and 8.1'],
  },
  {
    id: 'pin-non-destructive',
    title: 'Non-destructive PIN reset',
    description:
      'Enable Pin Recovery = True (settings catalog) and consent to the Microsoft Pin Reset Service and Client.',
    scenario: {
      session: { credentialProvider: 'pin', lastSignInMethod: 'pin' },
      policies: {
        passwordReset: [
          {
            kind: 'settingsCatalog',
            name: 'SSPR at Windows sign-in',
            value: 1,
            assignment: { include: deviceGroup, exclude: [], applicability: [] },
          },
        ],
        pinRecovery: [
          {
            kind: 'settingsCatalog',
            value: true,
            assignment: { include: deviceGroup, exclude: [], applicability: [] },
          },
        ],
      },
      tenant: { pinResetConsent: true },
    },
    options: {},
    expected: {
      outcome: 'success',
      passwordLink: 'yes',
      rules: ['P-LINK', 'P-NONDESTR', 'P-POLICY-SRC'],
      pinOutcome: 'success',
      pinMode: 'nonDestructive',
    },
    sources: ['PIN'],
  },
  {
    id: 'pin-hybrid-key-trust',
    title: 'PIN reset on hybrid key trust (destructive)',
    description: 'Hybrid joined, key trust, no PIN recovery: the lock-screen PIN reset fails.',
    scenario: {
      device: { os: windows10_22H2, joinState: 'hybridJoined' },
      session: { credentialProvider: 'pin', lastSignInMethod: 'pin' },
      tenant: { directorySync: true, sspr: { onPremises: { writebackEnabled: true } } },
      user: { ...syncedUser, pin: { hasPin: true, trustType: 'key' } },
    },
    options: {},
    expected: {
      outcome: 'success',
      passwordLink: 'yes',
      rules: ['P-HYB-KEY', 'P-MODE', 'P-HYB-PW'],
      pinOutcome: 'fails',
      pinMode: 'destructive',
    },
    sources: ['PIN'],
  },
  {
    id: 'string-oma-uri',
    title: 'OMA-URI typed String',
    description: 'The custom profile sends AllowAadPasswordReset as a String "1": not applied.',
    scenario: {
      policies: {
        passwordReset: [
          {
            kind: 'omaUri',
            name: 'SSPR (String)',
            omaUri: './Device/Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset',
            dataType: 'String',
            value: '1',
            assignment: { include: deviceGroup, exclude: [], applicability: [] },
          },
        ],
        pinRecovery: [],
      },
    },
    options: {},
    expected: { outcome: 'hidden', passwordLink: 'no', rules: ['R-POLICY-TYPE', 'R-POLICY'] },
    sources: ['CSP'],
  },
  {
    id: 'not-enrolled',
    title: 'Intune policy, device not enrolled',
    description: 'The settings catalog policy exists, but the device is not enrolled in Intune.',
    scenario: { device: { intuneEnrolled: false } },
    options: {},
    expected: { outcome: 'hidden', passwordLink: 'no', rules: ['R-MDM', 'R-POLICY'] },
    sources: ['W25'],
  },
  {
    id: 'windows11-locked-session',
    title: 'Windows 11: reset from a locked session',
    description:
      'Reset started from the lock screen of a signed-in session (unofficial: a proposed change to the docs, not published).',
    scenario: { session: { startedFrom: 'lockedSession' } },
    options: {},
    expected: { outcome: 'fails', passwordLink: 'yes', rules: ['R-W11-LOCKED'] },
    sources: ['entra-docs PR #1550'],
  },
  {
    id: 'ctrl-alt-del-2018',
    title: 'Ctrl+Alt+Del required (July 2018 docs)',
    description:
      'Windows 10 1803 with "Interactive logon: Do not require CTRL+ALT+DEL" = Disabled, under the 2018 docs.',
    scenario: {
      device: {
        os: { family: 'windows10', build: 17134, ubr: 2145, edition: 'Enterprise' },
        settings: { DisableCAD: 0 },
      },
    },
    options: { docsAsOf: '2018-07' },
    expected: { outcome: 'fails', passwordLink: 'yes', rules: ['R-CAD'] },
    sources: ['T18'],
  },
  {
    id: 'admin-disabled',
    title: 'Administrator with allowedToUseSSPR = false',
    description: 'A Global Administrator in a tenant that turned off admin self-service reset.',
    scenario: { tenant: { allowedToUseSSPR: false }, user: { adminRole: true } },
    options: {},
    expected: { outcome: 'denied', passwordLink: 'yes', rules: ['R-ADMIN-OFF', 'R-ADMIN'] },
    sources: ['POL'],
  },
  {
    id: 'imported-unknown-scope',
    title: 'Imported tenant: SSPR scope unknown',
    description:
      'Graph does not expose "Self service password reset enabled"; until the admin states it, the verdict is undecided.',
    scenario: {
      tenant: { sspr: { enabled: 'unknown', selectedGroup: 'unknown' } },
      provenance: { 'tenant.sspr.enabled': { kind: 'unknown', note: 'No Graph API' } },
    },
    options: {},
    expected: { outcome: 'undecided', passwordLink: 'yes', rules: [] },
    sources: ['TUT'],
  },
  // Revision 2 of the rules: doc eras, admins without licences, PIN resets that aren't SSPR, field reports.
  {
    id: 'combo-2019',
    title: 'The July 2019 three-setting combination (Windows 10 1809)',
    description:
      'Ctrl+Alt+Del required, lock-screen notifications off and IsContentDeliveryPolicyEnforced = 1, read with the July 2019 docs: the notifications setting fails the reset; the combination of that era also matches.',
    scenario: {
      name: 'Three-setting combination (Jul 2019)',
      device: {
        os: { family: 'windows10', build: 17763, ubr: 1, edition: 'Enterprise' },
        settings: { DisableCAD: 0, DisableLockScreenAppNotifications: 1, IsContentDeliveryPolicyEnforced: 1 },
      },
    },
    options: { docsAsOf: '2019-07' },
    expected: { outcome: 'fails', passwordLink: 'yes', rules: ['R-LSNOTIF', 'R-COMBO', 'R-CAD'] },
    sources: ['W19a', 'W19b'],
  },
  {
    id: 'admin-free-tenant',
    title: 'Administrator in a Free tenant',
    description:
      "A Global Administrator with email and mobile phone registered, in a tenant without Entra ID P1/P2: Microsoft's admin reset policy applies (two checks, text only, no calls), not the licence check.",
    scenario: {
      name: 'Admin, Free tenant',
      tenant: { licences: ['free'] },
      user: {
        adminRole: true,
        licences: [],
        registeredMethods: ['email', 'mobilePhone'],
        mobilePhoneOptions: 'textOrCall',
      },
    },
    options: {},
    expected: { outcome: 'success', passwordLink: 'yes', rules: ['R-ADMIN-LIC', 'R-ADMIN'] },
    sources: ['POL'],
  },
  {
    id: 'msa-pin-workgroup',
    title: 'Personal Microsoft account PIN reset on a workgroup PC',
    description:
      'A home PC in a workgroup, signed in with a personal Microsoft account and a PIN: "I forgot my PIN" runs the consumer Microsoft account flow; SSPR\'s Reset password link is not there (it is for work or school accounts on joined devices).',
    scenario: {
      name: 'Personal account PIN, workgroup',
      device: {
        os: { family: 'windows11', build: 26100, ubr: 2605, edition: 'Pro' },
        joinState: 'workgroup',
        intuneEnrolled: false,
        groups: [],
      },
      session: { credentialProvider: 'pin', lastSignInMethod: 'pin' },
      policies: { passwordReset: [], pinRecovery: [] },
      user: {
        userPrincipalName: 'sam@outlook.com',
        displayName: 'Sam',
        accountKind: 'personalMicrosoftAccount',
        pin: { hasPin: true, trustType: 'key' },
      },
    },
    options: {},
    expected: {
      outcome: 'hidden',
      passwordLink: 'no',
      rules: ['R-JOIN', 'R-POLICY', 'P-LINK', 'P-MSA-LOCK', 'P-MSA'],
      pinOutcome: 'success',
      pinMode: 'destructive',
    },
    sources: ['MSAPIN', 'PIN'],
  },
  {
    id: 'cis-logon-right',
    title: 'CIS-style profile: "Allow log on locally" without Users',
    description:
      'A hardening profile leaves only Administrators in "Allow log on locally" (and denies Guests): the temporary reset account cannot sign in, and Windows says the sign-in method isn\'t allowed.',
    scenario: {
      name: 'CIS logon right',
      device: { settings: { AllowLogOnLocally: ['Administrators'], DenyLogOnLocally: ['Guests'] } },
    },
    options: {},
    expected: { outcome: 'fails', passwordLink: 'yes', rules: ['R-LOGONRIGHT'] },
    sources: ['azure-docs#105548', 'GH#62713'],
  },
  {
    id: 'web-sign-in-default',
    title: 'Web sign-in as the default provider (Windows 11)',
    description:
      'Windows 11 23H2 with EnableWebSignIn = 1: the tile opens on web sign-in, which has no password box and so no Reset password link until the password key is chosen under Sign-in options.',
    scenario: {
      name: 'Web sign-in default',
      device: {
        os: { family: 'windows11', build: 22631, ubr: 4460, edition: 'Enterprise' },
        settings: { EnableWebSignIn: 1 },
      },
      session: { credentialProvider: 'webSignIn', lastSignInMethod: 'webSignIn' },
    },
    options: {},
    expected: { outcome: 'hidden', passwordLink: 'no', rules: ['R-WSI-DEFAULT'] },
    sources: ['WSI'],
  },
  {
    id: 'cloud-pc',
    title: 'Windows 365 Cloud PC',
    description: 'The user connects to a Cloud PC through a remote session: reset from a local device or the web.',
    scenario: { name: 'Cloud PC', session: { kind: 'remoteDesktop', cloudPc: 'windows365' } },
    options: {},
    expected: { outcome: 'hidden', passwordLink: 'no', rules: ['R-CLOUDPC', 'R-SESSION-RDP'] },
    sources: ['W25 §General limitations'],
  },
  {
    id: 'excluded-password-provider',
    title: 'Password provider excluded',
    description:
      '"Exclude credential providers" lists the password provider {60b78e88-ead8-445c-9cfd-0b87f74ea6cd}: no tile has a password box.',
    scenario: {
      name: 'Password provider excluded',
      device: { settings: { ExcludedCredentialProviders: ['{60b78e88-ead8-445c-9cfd-0b87f74ea6cd}'] } },
    },
    options: {},
    expected: { outcome: 'hidden', passwordLink: 'no', rules: ['R-EXCLCP'] },
    sources: ['PWL', 'windows-itpro-docs#10583'],
  },
  {
    id: 'm365-trial',
    title: 'Microsoft 365 trial tenant',
    description:
      'The only subscription is a Microsoft 365 trial: password reset needs a paid plan or an Entra ID P1 trial.',
    scenario: {
      name: 'Microsoft 365 trial',
      tenant: { licences: ['microsoft365Trial'] },
      user: { licences: ['microsoft365Trial'] },
    },
    options: {},
    expected: { outcome: 'denied', passwordLink: 'yes', rules: ['R-LICENSE-TRIAL'] },
    sources: ['M365PW', 'TUT'],
  },
  {
    id: 'federated-1803-before-kb',
    title: 'Federated PIN reset on Windows 10 1803 without KB5001339',
    description:
      'Entra joined 1803 (17134.1) with AD FS: ConfigureWebSignInAllowedUrls needs 17134.2145, so the PIN reset page is blocked even with the domains listed.',
    scenario: {
      name: 'Federated PIN reset, 1803',
      device: {
        os: { family: 'windows10', build: 17134, ubr: 1, edition: 'Enterprise' },
        settings: { ConfigureWebSignInAllowedUrls: ['sts.contoso.com'] },
      },
      session: { credentialProvider: 'pin', lastSignInMethod: 'pin' },
      tenant: { identityProvider: 'adfs', identityProviderDomains: ['sts.contoso.com'] },
    },
    options: {},
    expected: { outcome: 'success', passwordLink: 'yes', rules: ['P-FED', 'P-LINK'], pinOutcome: 'fails' },
    sources: ['PIN', 'CSP'],
  },
  {
    id: 'pin-settings-baseline',
    title: 'PIN reset from Settings on a baseline device',
    description:
      'Lock-screen notifications are off (security baseline): the password reset fails at sign-in, while "I forgot my PIN" in Settings > Accounts > Sign-in options still works, with a field report that it may fail too.',
    scenario: {
      name: 'PIN reset from Settings, baseline',
      device: { settings: { DisableLockScreenAppNotifications: 1 } },
      session: { pinResetFrom: 'settings' },
    },
    options: {},
    expected: {
      outcome: 'fails',
      passwordLink: 'yes',
      rules: ['R-LSNOTIF', 'P-LINK', 'R-BASELINE'],
      pinOutcome: 'success',
    },
    sources: ['PIN', 'windows-itpro-docs#3696'],
  },
  {
    id: 'hybrid-smart-card-pin',
    title: 'Smart-card-only account resets its PIN (hybrid)',
    description:
      'Hybrid joined, the AD account has "Smart card is required for interactive logon": the lock-screen PIN reset asks for a password the user does not have.',
    scenario: {
      name: 'Smart-card-only PIN reset',
      device: { os: windows10_22H2, joinState: 'hybridJoined' },
      session: { credentialProvider: 'pin', lastSignInMethod: 'pin' },
      tenant: { directorySync: true, sspr: { onPremises: { writebackEnabled: true } } },
      user: { ...syncedUser, smartCardRequired: true },
    },
    options: {},
    expected: {
      outcome: 'success',
      passwordLink: 'yes',
      rules: ['P-SCRIL', 'P-HYB-PW', 'P-MODE'],
      pinOutcome: 'fails',
      pinMode: 'destructive',
    },
    sources: ['windows-itpro-docs#5211', 'PIN'],
  },
];

function build(input: PresetInput): Preset {
  const parsed = parseScenario({
    ...input.scenario,
    name: (input.scenario.name as string) ?? input.title,
    description: input.description,
  });
  if (!parsed.ok) throw new Error(`Preset ${input.id} is invalid:\n${formatProblems(parsed.problems)}`);
  return { ...input, scenario: parsed.scenario };
}

export const PRESETS: readonly Preset[] = INPUTS.map(build);

export function presetById(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}

export function presetScenario(id: string): Scenario | undefined {
  return presetById(id)?.scenario;
}
