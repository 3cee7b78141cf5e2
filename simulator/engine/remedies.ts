// Candidate remedies per rule: the setting changes that clear it, each with a cost class.
// Costs: tenant / policy / user / session changes are cheap; device settings next; enrolment, edition, OS upgrade, re-join last.
import type { Scenario } from '../model/scenario';
import { PASSWORD_RESET_CATALOG_ID, UNKNOWN } from '../model/scenario';
import { resolvePasswordResetPolicy } from './policy';
import { coversTemporaryAccount } from './rules-launch';
import { excludesPasswordProvider } from './rules-visibility';
import { getAt as readPath } from '../model/paths';
import type { Change, ChangePhrase } from './types';

export interface Remedy {
  changes: Change[];
  cost: number;
}

export const COST = {
  tenant: 1,
  policy: 1,
  user: 1,
  session: 1,
  device: 2,
  network: 2,
  enrol: 4,
  edition: 6,
  upgrade: 7,
  rejoin: 8,
} as const;

/** A label: plain English, or English with the phrase the app words in the reader's language. */
type Label = string | { text: string; say: ChangePhrase };

/** An English label and its phrase key, with the values the phrase names. */
function phrase(key: string, text: string, params?: ChangePhrase['params']): Label {
  return { text, say: params ? { key, params } : { key } };
}

function set(scenario: Scenario, path: string, to: unknown, label: Label, cost: number): Remedy | null {
  const from = readPath(scenario, path);
  if (JSON.stringify(from) === JSON.stringify(to)) return null;
  const change: Change =
    typeof label === 'string' ? { path, from, to, label } : { path, from, to, label: label.text, say: label.say };
  return { changes: [change], cost };
}

function add(scenario: Scenario, path: string, item: string, label: Label, cost: number): Remedy | null {
  const list = readPath(scenario, path);
  const base = Array.isArray(list) ? list : [];
  if (base.includes(item)) return null;
  return set(scenario, path, [...base, item], label, cost);
}

const compact = (items: (Remedy | null)[]): Remedy[] => items.filter((item): item is Remedy => item !== null);

function flag(path: string, to: unknown, label: Label, cost: number = COST.device) {
  return (s: Scenario) => compact([set(s, path, to, label, cost)]);
}

/** A settings catalog policy assigned to a group the device is in (or All devices). */
function addCatalogPolicy(s: Scenario): Remedy | null {
  const groups = s.device.groups;
  const target =
    groups !== UNKNOWN && groups.length > 0
      ? { target: 'group' as const, group: groups[0], groupType: 'device' as const }
      : { target: 'allDevices' as const };
  const source = {
    kind: 'settingsCatalog' as const,
    name: 'Allow Aad Password Reset',
    settingDefinitionId: PASSWORD_RESET_CATALOG_ID,
    value: 1 as const,
    assignment: { include: [target], exclude: [], applicability: [] },
  };
  const where = target.target === 'group' ? `device group "${target.group}"` : 'All devices';
  const text = `Add settings catalog "Allow Aad Password Reset = Allow" assigned to ${where}`;
  const label =
    target.target === 'group'
      ? phrase('addCatalogToGroup', text, { group: target.group })
      : phrase('addCatalogToAll', text);
  return set(s, 'policies.passwordReset', [...s.policies.passwordReset, source], label, COST.policy);
}

function policyRemedies(s: Scenario): Remedy[] {
  const out: (Remedy | null)[] = [];
  s.policies.passwordReset.forEach((source, index) => {
    const base = `policies.passwordReset[${index}]`;
    if (source.kind === 'omaUri' && /AllowAadPasswordReset$/.test(source.omaUri)) {
      const fixed = {
        ...source,
        omaUri: source.omaUri.replace(/^\.\/User\//, './Device/'),
        dataType: 'Integer' as const,
        value: 1,
      };
      out.push(
        set(
          s,
          base,
          fixed,
          phrase('fixCustomProfile', `Custom profile "${source.name}": OMA-URI ${fixed.omaUri}, Integer, value 1`, {
            name: source.name,
            omaUri: fixed.omaUri,
          }),
          COST.policy,
        ),
      );
    } else if (source.kind === 'settingsCatalog' && source.value !== 1) {
      out.push(
        set(
          s,
          `${base}.value`,
          1,
          phrase('allowInCatalog', `Settings catalog "${source.name}": Allow Aad Password Reset = Allow`, {
            name: source.name,
          }),
          COST.policy,
        ),
      );
    } else if (source.kind === 'registry' && /AllowPasswordReset/i.test(source.valueName)) {
      out.push(
        set(
          s,
          base,
          { ...source, valueType: 'REG_DWORD', value: 1 },
          phrase('registryDword', `Registry ${source.valueName} = DWORD 1`, { valueName: source.valueName }),
          COST.policy,
        ),
      );
    }
    if (source.kind !== 'registry') {
      const include = source.assignment.include.find((target) => target.target === 'group');
      if (include && include.target === 'group') {
        const path = include.groupType === 'device' ? 'device.groups' : 'user.groups';
        out.push(
          add(
            s,
            path,
            include.group,
            phrase(
              include.groupType === 'device' ? 'addDeviceToGroup' : 'addUserToGroup',
              `Add the ${include.groupType} to group "${include.group}" (assigned to "${source.name}")`,
              { group: include.group, name: source.name },
            ),
            COST.policy,
          ),
        );
      }
      const groups = include?.target === 'group' && include.groupType === 'device' ? s.device.groups : null;
      if (
        groups !== null &&
        groups !== UNKNOWN &&
        source.assignment.exclude.some((target) => groups.includes(target.group))
      ) {
        out.push(
          set(
            s,
            `${base}.assignment.exclude`,
            [],
            phrase('removeExclusions', `Remove the exclusions from "${source.name}"`, { name: source.name }),
            COST.policy,
          ),
        );
      }
      if (source.assignment.applicability.length > 0) {
        out.push(
          set(
            s,
            `${base}.assignment.applicability`,
            [],
            phrase('removeApplicability', `Remove the applicability rules from "${source.name}"`, {
              name: source.name,
            }),
            COST.policy,
          ),
        );
      }
      if (source.assignment.include.length === 0) {
        out.push(
          set(
            s,
            `${base}.assignment.include`,
            [{ target: 'allDevices' }],
            phrase('assignToAllDevices', `Assign "${source.name}" to All devices`, { name: source.name }),
            COST.policy,
          ),
        );
      }
    }
  });
  out.push(addCatalogPolicy(s));
  return compact(out);
}

/**
 * R-POLICY-CONFLICT: remove one of the disagreeing sources, or make it agree with the other (Intune leaves a conflict
 * to be resolved by hand). The engine keeps only the changes after which the reset succeeds.
 */
export function conflictRemedies(s: Scenario): Remedy[] {
  const conflict = resolvePasswordResetPolicy(s).conflict;
  if (!conflict) return [];
  const sources = s.policies.passwordReset;
  const out: (Remedy | null)[] = [];
  for (const index of conflict.indexes) {
    const source = sources[index];
    out.push(
      set(
        s,
        'policies.passwordReset',
        sources.filter((_source, other) => other !== index),
        phrase('removeConflicting', `Remove "${source.name}" (it conflicts with another source)`, {
          name: source.name,
        }),
        COST.policy,
      ),
    );
    const other = conflict.indexes.find((candidate) => sources[candidate].value !== source.value);
    if (other === undefined) continue;
    const agreed = sources[other].value;
    out.push(
      set(
        s,
        `policies.passwordReset[${index}].value`,
        agreed,
        phrase('makeAgree', `Make "${source.name}" agree with "${sources[other].name}": value ${String(agreed)}`, {
          name: source.name,
          other: sources[other].name,
          value: String(agreed),
        }),
        COST.policy,
      ),
    );
  }
  return compact(out);
}

/** An assignment filter that can't be evaluated offline: take it off the inclusion (the policy then reaches the group). */
function unknownFilterRemedies(s: Scenario): Remedy[] {
  const out: (Remedy | null)[] = [];
  s.policies.passwordReset.forEach((source, index) => {
    if (source.kind === 'registry') return;
    source.assignment.include.forEach((target, at) => {
      if (target.filter?.matches !== UNKNOWN) return;
      const { filter, ...unfiltered } = target;
      out.push(
        set(
          s,
          `policies.passwordReset[${index}].assignment.include[${at}]`,
          unfiltered,
          phrase('removeFilter', `Remove the assignment filter "${filter.name}" from "${source.name}"`, {
            filter: filter.name,
            name: source.name,
          }),
          COST.policy,
        ),
      );
    });
  });
  return compact(out);
}

/**
 * Remedies for a rule left undecided by something other than an unknown scenario input: a conflict between sources, or
 * an assignment filter the import couldn't evaluate.
 */
export const UNDECIDED_REMEDIES: Record<string, (s: Scenario) => Remedy[]> = {
  'R-POLICY': (s) => [...conflictRemedies(s), ...unknownFilterRemedies(s)],
  'R-ASSIGN': unknownFilterRemedies,
};

const HYBRID_OR_JOIN = (s: Scenario) =>
  compact([set(s, 'device.joinState', 'entraJoined', 'Join the device to Entra ID', COST.rejoin)]);

/** Remedies by rule key; the engine verifies every combination it proposes. */
export const REMEDIES: Record<string, (s: Scenario) => Remedy[]> = {
  'R-VERSION': (s) =>
    compact([
      set(
        s,
        'device.os',
        { ...s.device.os, family: 'windows10', build: 19045, ubr: 0 },
        phrase('upgradeWindows', 'Upgrade to Windows 10 22H2 (19045)'),
        COST.upgrade,
      ),
    ]),
  'R-EDITION': flag('device.os.edition', 'Pro', 'Upgrade the edition to Pro', COST.edition),
  'R-JOIN': HYBRID_OR_JOIN,
  'R-POLICY': policyRemedies,
  'R-POLICY-TYPE': policyRemedies,
  'R-MDM': flag('device.intuneEnrolled', true, 'Enrol the device in Intune', COST.enrol),
  'R-ASSIGN': policyRemedies,
  'R-NOLOCK': flag('device.settings.NoLockScreen', 0, 'NoLockScreen = 0 (show the lock screen)'),
  'R-PWLESS': (s) =>
    compact([
      set(s, 'session.tile', 'otherUser', 'Use the "Other user" tile', COST.session),
      set(s, 'device.settings.EnablePasswordlessExperience', 0, 'EnablePasswordlessExperience = 0', COST.device),
    ]),
  'R-SESSION-RDP': flag('session.kind', 'console', 'Use the console instead of Remote Desktop', COST.session),
  'R-SESSION-HV': flag('session.kind', 'hyperVBasic', 'Turn off View > Enhanced session (basic session)', COST.session),
  'R-AFTER-FAILURE': flag('session.failedAttempts', 1, 'Enter a wrong password once', COST.session),
  'R-SECURE-ASSESS': flag('device.settings.secureAssessmentProfile', false, 'Unassign the Secure assessment profile'),
  'R-LSNOTIF': flag('device.settings.DisableLockScreenAppNotifications', 0, 'DisableLockScreenAppNotifications = 0'),
  'R-FUS': flag('device.settings.HideFastUserSwitching', 0, 'HideFastUserSwitching = 0'),
  'R-DDLU': flag('device.settings.DontDisplayLastUserName', 0, 'DontDisplayLastUserName = 0'),
  'R-APPX': flag('device.settings.BlockNonAdminUserInstall', 0, 'BlockNonAdminUserInstall = 0'),
  'R-LOST': flag('device.settings.EnableLostMode', false, 'Disable Lost Mode'),
  'R-SHELL': flag('device.settings.customShell', false, 'Restore Explorer.exe as the shell'),
  'R-SMARTCARD': flag('device.settings.RequireSmartCard', 0, 'Interactive logon: Require smart card = Disabled'),
  'R-UAC': flag('device.settings.EnableLUA', 1, 'EnableLUA = 1 (turn UAC on)'),
  'R-8021X': flag(
    'device.network.dot1x',
    'machineAuthentication',
    phrase('machineAuthentication', '802.1x: machine authentication'),
    COST.network,
  ),
  'R-NET': (s) =>
    compact([
      set(
        s,
        'device.network',
        { ...s.device.network, reachesPasswordResetService: true, reachesAjaxCdn: true },
        phrase('allowResetHosts', 'Allow 443 to passwordreset.microsoftonline.com and ajax.aspnetcdn.com'),
        COST.network,
      ),
    ]),
  'R-PROXY': flag(
    'device.network.proxy',
    'machineWide',
    phrase('proxyPerMachine', 'Make proxy settings per-machine'),
    COST.network,
  ),
  'R-AV': flag(
    'device.network.securitySoftwareBlocks',
    [],
    phrase('excludeResetHosts', 'Exclude the reset hosts in the security software'),
    COST.network,
  ),
  'R-TEMPACCT': flag('device.settings.temporaryAccountBlocked', false, 'Let defaultuser1 sign in locally'),
  'R-LOGONRIGHT': logonRightRemedies,
  'R-EXCLCP': (s) => {
    const excluded = s.device.settings.ExcludedCredentialProviders;
    if (excluded === UNKNOWN) return [];
    const kept = excluded.filter((clsid) => !excludesPasswordProvider([clsid]));
    return compact([
      set(
        s,
        'device.settings.ExcludedCredentialProviders',
        kept,
        phrase(
          'removePasswordProvider',
          'Remove the password provider {60b78e88-ead8-445c-9cfd-0b87f74ea6cd} from "Exclude credential providers"',
        ),
        COST.device,
      ),
    ]);
  },
  'R-WSI-DEFAULT/selected': flag(
    'session.credentialProvider',
    'password',
    phrase('choosePasswordKey', 'Choose the password key under Sign-in options'),
    COST.session,
  ),
  'R-CLOUDPC': (s) =>
    compact([
      set(
        s,
        'session',
        { ...s.session, cloudPc: 'none', kind: 'console' },
        phrase(
          'resetFromLocalDevice',
          'Reset from a local Windows device instead of the Cloud PC (or at https://aka.ms/sspr)',
        ),
        COST.session,
      ),
    ]),
  'R-CAD': flag('device.settings.DisableCAD', 1, 'Interactive logon: Do not require CTRL+ALT+DEL = Enabled'),
  'R-COMBO': (s) =>
    compact([
      set(s, 'device.settings.DisableCAD', 1, 'Interactive logon: Do not require CTRL+ALT+DEL = Enabled', COST.device),
      set(
        s,
        'device.settings.DisableLockScreenAppNotifications',
        0,
        'DisableLockScreenAppNotifications = 0',
        COST.device,
      ),
    ]),
  'R-W11-LOCKED': flag(
    'session.startedFrom',
    'signInScreen',
    'Sign out and start the reset from the sign-in screen',
    COST.session,
  ),
  'R-L-INSTALL': flag('device.legacyAddIn.installed', true, 'Install SsprWindowsLogon.PROD.msi'),
  'R-L-OS': flag('device.legacyAddIn.osPatched', true, 'Patch Windows'),
  'R-L-TLS': flag('device.legacyAddIn.tls12Enabled', true, 'Enable TLS 1.2 explicitly'),
  'R-L-NET': flag(
    'device.network.reachesPasswordResetService',
    true,
    'Allow 443 to passwordreset.microsoftonline.com',
    COST.network,
  ),
  'R-SSPR-NOPOLICY': flag('tenant.passwordResetPolicyDefined', true, 'Define a password reset policy', COST.tenant),
  'R-SSPR-NONE': (s) =>
    compact([set(s, 'tenant.sspr.enabled', 'All', 'Self service password reset enabled = All', COST.tenant)]),
  'R-SSPR-SCOPE': (s) =>
    compact([
      typeof s.tenant.sspr.selectedGroup === 'string' && s.tenant.sspr.selectedGroup !== UNKNOWN
        ? add(
            s,
            'user.groups',
            s.tenant.sspr.selectedGroup,
            phrase('addUserToSsprGroup', `Add the user to "${s.tenant.sspr.selectedGroup}"`, {
              group: s.tenant.sspr.selectedGroup,
            }),
            COST.user,
          )
        : null,
      set(s, 'tenant.sspr.enabled', 'All', 'Self service password reset enabled = All', COST.tenant),
    ]),
  'R-LICENSE/tenant': (s) =>
    compact([add(s, 'tenant.licences', 'entraIdP1', phrase('buyP1', 'Buy Entra ID P1 for the tenant'), COST.tenant)]),
  'R-LICENSE-TRIAL': (s) =>
    compact([
      add(
        s,
        'tenant.licences',
        'entraIdP1Trial',
        phrase('startP1Trial', 'Start an Entra ID P1 trial for the tenant'),
        COST.tenant,
      ),
      add(s, 'tenant.licences', 'entraIdP1', phrase('buyP1', 'Buy Entra ID P1 for the tenant'), COST.tenant),
    ]),
  'R-LICENSE/user': (s) =>
    compact([
      add(s, 'user.licences', 'entraIdP1', phrase('assignP1', 'Assign an Entra ID P1 licence to the user'), COST.user),
    ]),
  'R-REG': (s) => registerMethods(s),
  'R-METHODS': (s) => [
    ...registerMethods(s),
    ...compact([
      s.user.adminRole === false
        ? set(s, 'tenant.sspr.methodsRequired', 1, 'Number of methods required to reset = 1', COST.tenant)
        : null,
      s.user.adminRole === false ? enableRegisteredMethods(s) : null,
    ]),
  ],
  'R-ADMIN-OFF': flag('tenant.allowedToUseSSPR', true, 'allowedToUseSSPR = true', COST.tenant),
  'R-WRITEBACK': flag(
    'tenant.sspr.onPremises.writebackEnabled',
    true,
    'Enable password write back for synced users',
    COST.tenant,
  ),
  'R-ONPREM': flag(
    'user.newPassword',
    'Tulip-Harbour-42!',
    phrase('passwordMeetsAd', 'Choose a password that meets the AD policy'),
    COST.user,
  ),
  'R-ONPREM-CONN': flag(
    'tenant.sspr.onPremises.writebackClient',
    'healthy',
    'Repair the writeback client (Entra Connect)',
    COST.tenant,
  ),
  'R-CLOUDPW': flag(
    'user.newPassword',
    'Tulip-Harbour-42!',
    phrase('passwordMeetsCloud', 'Choose a password that meets the cloud rules'),
    COST.user,
  ),
  'R-THROTTLE': (s) =>
    compact([
      set(
        s,
        'user.recentAttempts',
        { phoneValidations: 0, securityQuestionTries: 0, resets: 0 },
        phrase('wait24Hours', 'Wait 24 hours after the last try'),
        COST.user,
      ),
    ]),
  'R-HYBRID-DC': flag(
    'device.network.domainControllerReachable',
    true,
    'Connect to the corporate network or VPN',
    COST.network,
  ),
  'R-CLOUD-COMMIT': flag(
    'tenant.sspr.onPremises.cloudCommitLag',
    false,
    'Wait a few minutes for the cloud commit',
    COST.tenant,
  ),
};

/** "Allow log on locally" names Users again; "Deny log on locally" stops covering the temporary account. */
function logonRightRemedies(s: Scenario): Remedy[] {
  const { AllowLogOnLocally: allow, DenyLogOnLocally: deny } = s.device.settings;
  const out: (Remedy | null)[] = [];
  if (allow !== UNKNOWN && !coversTemporaryAccount(allow))
    out.push(
      set(
        s,
        'device.settings.AllowLogOnLocally',
        [...allow, 'Users'],
        phrase('addUsersToAllowLogOn', 'Add Users back to "Allow log on locally"'),
        COST.device,
      ),
    );
  if (deny !== UNKNOWN && coversTemporaryAccount(deny))
    out.push(
      set(
        s,
        'device.settings.DenyLogOnLocally',
        deny.filter((entry) => !coversTemporaryAccount([entry])),
        phrase(
          'removeFromDenyLogOn',
          `Remove ${deny.filter((entry) => coversTemporaryAccount([entry])).join(', ')} from "Deny log on locally"`,
          { accounts: deny.filter((entry) => coversTemporaryAccount([entry])).join(', ') },
        ),
        COST.device,
      ),
    );
  return compact(out);
}

/** Enable, in the tenant's methods available to users, the methods this user already registered. */
function enableRegisteredMethods(s: Scenario): Remedy | null {
  const registered = s.user.registeredMethods;
  const available = s.tenant.sspr.methodsAvailable;
  if (registered === UNKNOWN || available === UNKNOWN) return null;
  const missing = registered.filter((method) => !available.includes(method) && method !== 'securityQuestions');
  if (missing.length === 0) return null;
  return set(
    s,
    'tenant.sspr.methodsAvailable',
    [...available, ...missing],
    phrase('enableMethods', `Enable ${missing.join(' and ')} in Methods available to users`, { methods: missing }),
    COST.tenant,
  );
}

/** Register the methods the policy allows, as many as required. */
function registerMethods(s: Scenario): Remedy[] {
  const required =
    s.user.adminRole === true ? 2 : s.tenant.sspr.methodsRequired === UNKNOWN ? 2 : s.tenant.sspr.methodsRequired;
  const available =
    s.user.adminRole === true
      ? ['mobileAppNotification', 'email']
      : s.tenant.sspr.methodsAvailable === UNKNOWN
        ? []
        : s.tenant.sspr.methodsAvailable.filter((m) => m !== 'securityQuestions');
  const current = s.user.registeredMethods === UNKNOWN ? [] : s.user.registeredMethods;
  const next = [...current];
  for (const method of available)
    if (
      next.length < required + current.length &&
      !next.includes(method as never) &&
      next.filter((m) => available.includes(m)).length < required
    )
      next.push(method as never);
  return compact([
    set(
      s,
      'user.registeredMethods',
      next,
      phrase(
        'registerMethods',
        `Register ${next.filter((m) => !current.includes(m)).join(' and ') || 'methods'} at https://aka.ms/ssprsetup`,
        { methods: next.filter((m) => !current.includes(m)) },
      ),
      COST.user,
    ),
  ]);
}
