// From facts to scenario fields: which fact sets which input, how two sources that disagree are settled (the
// documented winner, and saying so), and which inputs no file reported.
import type { Fact } from './types';

export type Precedence =
  /** Security options: Windows reads the value in ...\CurrentVersion\Policies\System whoever wrote it. */
  | 'registryEffective'
  /** ADMX-backed Policy CSP settings: Group Policy stands unless ControlPolicyConflict/MDMWinsOverGP = 1. */
  | 'admx'
  /** User rights: secedit's export of the local security database shows them in force, whoever assigned them. */
  | 'seceditEffective'
  /** One channel only (a Group Policy value, or an MDM-only Policy CSP node). */
  | 'single';

export type Resolution =
  | 'registryIsEffective'
  | 'userRightsInForce'
  | 'mdmWinsOverGp'
  | 'groupPolicyWinsByDefault'
  | 'policyManagerIsCurrent'
  | 'sourcesDisagree';

export interface SettingSpec {
  path: string;
  fact: string;
  kind: 'flag' | 'count' | 'list';
  precedence: Precedence;
  /** The documented value when no policy sets it, used only when every place it can be set was read in full. */
  whenNotConfigured?: number | string[];
}

export const SETTING_SPECS: readonly SettingSpec[] = [
  {
    path: 'device.settings.NoLockScreen',
    fact: 'setting.NoLockScreen',
    kind: 'flag',
    precedence: 'single',
    whenNotConfigured: 0,
  },
  {
    path: 'device.settings.DisableLockScreenAppNotifications',
    fact: 'setting.DisableLockScreenAppNotifications',
    kind: 'flag',
    precedence: 'admx',
    whenNotConfigured: 0,
  },
  {
    path: 'device.settings.HideFastUserSwitching',
    fact: 'setting.HideFastUserSwitching',
    kind: 'flag',
    precedence: 'admx',
    whenNotConfigured: 0,
  },
  {
    path: 'device.settings.DontDisplayLastUserName',
    fact: 'setting.DontDisplayLastUserName',
    kind: 'flag',
    precedence: 'registryEffective',
    whenNotConfigured: 0,
  },
  {
    path: 'device.settings.BlockNonAdminUserInstall',
    fact: 'setting.BlockNonAdminUserInstall',
    kind: 'flag',
    precedence: 'admx',
    whenNotConfigured: 0,
  },
  {
    path: 'device.settings.RequireSmartCard',
    fact: 'setting.RequireSmartCard',
    kind: 'flag',
    precedence: 'single',
    whenNotConfigured: 0,
  },
  { path: 'device.settings.EnableLUA', fact: 'setting.EnableLUA', kind: 'flag', precedence: 'registryEffective' },
  { path: 'device.settings.DisableCAD', fact: 'setting.DisableCAD', kind: 'flag', precedence: 'registryEffective' },
  {
    path: 'device.settings.EnablePasswordlessExperience',
    fact: 'setting.EnablePasswordlessExperience',
    kind: 'flag',
    precedence: 'single',
    whenNotConfigured: 0,
  },
  {
    path: 'device.settings.EnableWebSignIn',
    fact: 'setting.EnableWebSignIn',
    kind: 'flag',
    precedence: 'single',
    whenNotConfigured: 0,
  },
  {
    path: 'device.settings.ConfigureWebSignInAllowedUrls',
    fact: 'setting.ConfigureWebSignInAllowedUrls',
    kind: 'list',
    precedence: 'single',
    whenNotConfigured: [],
  },
  {
    path: 'device.settings.ExcludedCredentialProviders',
    fact: 'setting.ExcludedCredentialProviders',
    kind: 'list',
    precedence: 'admx',
    whenNotConfigured: [],
  },
  {
    path: 'device.settings.AllowLogOnLocally',
    fact: 'setting.AllowLogOnLocally',
    kind: 'list',
    precedence: 'seceditEffective',
  },
  {
    path: 'device.settings.DenyLogOnLocally',
    fact: 'setting.DenyLogOnLocally',
    kind: 'list',
    precedence: 'seceditEffective',
  },
  {
    path: 'device.settings.staleDefaultUserProfiles',
    fact: 'setting.staleDefaultUserProfiles',
    kind: 'count',
    precedence: 'single',
  },
  {
    path: 'device.settings.DelayedDesktopSwitchTimeout',
    fact: 'setting.DelayedDesktopSwitchTimeout',
    kind: 'count',
    precedence: 'single',
  },
];

/** Inputs a device's own diagnostics can report; those no file reported become "unknown". */
export const DEVICE_OBSERVABLE_PATHS: readonly string[] = [
  'device.os.family',
  'device.os.build',
  'device.os.ubr',
  'device.os.edition',
  'device.joinState',
  'device.intuneEnrolled',
  ...SETTING_SPECS.map((spec) => spec.path),
  'device.settings.customShell',
  'user.pin.hasPin',
];

export const RESOLUTION_TEXT: Record<Resolution, string> = {
  registryIsEffective:
    'Windows reads this security option from ...\\CurrentVersion\\Policies\\System, whoever set it: the registry value wins.',
  userRightsInForce:
    'secedit exports the user rights in force in the local security database, whoever assigned them: its list wins.',
  mdmWinsOverGp: 'ControlPolicyConflict/MDMWinsOverGP = 1 on this device: the MDM value wins over Group Policy.',
  groupPolicyWinsByDefault:
    'MDMWinsOverGP is not set to 1 (its default is 0): the Group Policy value stands over the MDM value.',
  policyManagerIsCurrent:
    'PolicyManager\\current holds the value in force now; the MDM report is a snapshot taken when it was exported.',
  sourcesDisagree: 'The files disagree and no documented rule picks one: left unknown.',
};

/** Lower rank wins. Group Policy first unless MDM wins over it; PolicyManager (current) before the MDM report. */
function rank(fact: Fact, mdmWins: boolean): number {
  const mdm = fact.channel === 'mdm';
  const report = fact.source === 'mdmReport';
  if (!mdm) return mdmWins ? 3 : 1;
  if (report) return mdmWins ? 2 : 3;
  return mdmWins ? 1 : 2;
}

/** Lists compare as sets (secedit and the CSP may list the same accounts in another order and case). */
function same(a: Fact['value'], b: Fact['value']): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const norm = (list: string[]) => JSON.stringify([...new Set(list.map((item) => item.toLowerCase()))].sort());
    return norm(a) === norm(b);
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface Settled {
  value: Fact['value'] | undefined;
  winner?: Fact;
  resolution?: Resolution;
}

/** Settles facts about one input: agreement, the documented winner, or undecided (value undefined). */
export function settle(facts: readonly Fact[], precedence: Precedence, mdmWinsOverGp: boolean): Settled {
  if (facts.length === 0) return { value: undefined };
  if (facts.every((fact) => same(fact.value, facts[0].value))) return { value: facts[0].value, winner: facts[0] };
  const mdmWins = precedence === 'admx' && mdmWinsOverGp;
  const ranked = [...facts].sort((a, b) => rank(a, mdmWins) - rank(b, mdmWins));
  const best = rank(ranked[0], mdmWins);
  const top = ranked.filter((fact) => rank(fact, mdmWins) === best);
  if (!top.every((fact) => same(fact.value, top[0].value))) return { value: undefined, resolution: 'sourcesDisagree' };
  const winner = top[0];
  const losers = ranked.filter((fact) => !same(fact.value, winner.value));
  const crossChannel = losers.some((fact) => (fact.channel === 'mdm') !== (winner.channel === 'mdm'));
  let resolution: Resolution;
  if (!crossChannel) resolution = 'policyManagerIsCurrent';
  else if (precedence === 'registryEffective') resolution = 'registryIsEffective';
  else if (precedence === 'seceditEffective') resolution = 'userRightsInForce';
  else if (precedence === 'admx') resolution = mdmWins ? 'mdmWinsOverGp' : 'groupPolicyWinsByDefault';
  else return { value: undefined, resolution: 'sourcesDisagree' };
  return { value: winner.value, winner, resolution };
}
