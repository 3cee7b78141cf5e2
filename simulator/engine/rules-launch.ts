// Launch and environment: the link is drawn but the reset breaks (FAIL), or may (WARN).
import { all, any, eq, is, when, type Context, type Truth } from './conditions';
import { DOC, field } from './doc-revisions';
import { MODERN, rule, type Rule } from './rule';
import { ERA } from './rules-visibility';
import type { Effect } from './types';

const SOMETHING_WENT_WRONG = 'Something went wrong. Please, try again later.';

/** Where the Ctrl+Alt+Del line made the reset fail, by era (2023+: WARN only, citing GH#69522). */
function ctrlAltDelEffect(c: Context): Effect {
  const build = c.os.build;
  const known = build !== 'unknown';
  if (c.era === ERA.t18) return 'FAIL';
  if (c.era === ERA.t19 || c.era === ERA.w19a) return known && build < 17763 ? 'FAIL' : 'WARN';
  // No stored 2020 revision says "v1909" (only PR #69522's description does): the 2020 text still reads "before v1809".
  if (c.era === ERA.w20) return known && build < 17763 ? 'FAIL' : 'WARN';
  if (c.era === ERA.gh69522 || c.era === ERA.gh87326) return known && build < 22000 ? 'FAIL' : 'WARN';
  return 'WARN';
}

/** Ctrl+Alt+Del required and lock-screen notifications off: the first two items of every documented combination. */
const comboBase = (c: Context): Truth =>
  all(eq(c.settings.DisableCAD, 0), eq(c.settings.DisableLockScreenAppNotifications, 1), c.modern);

/** The docs' three-setting combination in force for the selected era (see the R-COMBO entries). */
export const comboEra = (c: Context): 2019 | 2020 | 2022 | 2023 | null =>
  c.era < ERA.w19a
    ? null
    : c.era === ERA.w19a
      ? 2019
      : c.era <= ERA.gh69522
        ? 2020
        : c.era === ERA.gh87326
          ? 2022
          : 2023;

/** "Allow log on locally" entries that cover the temporary defaultuser1 account (a local member of Users). */
const COVERS_TEMPORARY_ACCOUNT = [
  'users',
  'builtin\\users',
  'everyone',
  'authenticated users',
  'nt authority\\authenticated users',
  'local account',
  'nt authority\\local account',
  'defaultuser1',
  's-1-5-32-545',
  's-1-1-0',
  's-1-5-11',
  's-1-5-113',
];

/** Whether a user rights list names the temporary reset account (directly or through a group it is in). */
export function coversTemporaryAccount(entries: readonly string[]): boolean {
  return entries.some((entry) => COVERS_TEMPORARY_ACCOUNT.includes(entry.trim().replace(/^\*/, '').toLowerCase()));
}

export const LAUNCH_RULES: Rule[] = [
  rule({
    id: 'R-LSNOTIF',
    stage: 'launch',
    effect: 'FAIL',
    message: 'Lock-screen notifications are off.',
    sources: ['W25'],
    firstDocumented: DOC.T18,
    reads: [MODERN, 'device.settings.DisableLockScreenAppNotifications'],
    when: (c) => all(eq(c.settings.DisableLockScreenAppNotifications, 1), c.modern),
  }),
  rule({
    id: 'R-FUS',
    stage: 'launch',
    effect: 'FAIL',
    message: 'Fast user switching hidden.',
    sources: ['W25'],
    firstDocumented: DOC.T19,
    reads: [MODERN, 'device.settings.HideFastUserSwitching'],
    when: (c) => all(eq(c.settings.HideFastUserSwitching, 1), c.modern),
  }),
  rule({
    id: 'R-DDLU',
    stage: 'launch',
    effect: 'FAIL',
    message: "'Don't display last signed-in' blocks reset.",
    sources: ['W25'],
    firstDocumented: DOC.T19,
    reads: [MODERN, 'device.settings.DontDisplayLastUserName'],
    when: (c) => all(eq(c.settings.DontDisplayLastUserName, 1), c.modern),
  }),
  rule({
    id: 'R-APPX',
    stage: 'launch',
    effect: 'FAIL',
    message: 'Non-admin app install block.',
    sources: ['W25'],
    firstDocumented: DOC.mid2021,
    reads: [MODERN, 'device.settings.BlockNonAdminUserInstall'],
    when: (c) => all(eq(c.settings.BlockNonAdminUserInstall, 1), c.modern),
  }),
  rule({
    id: 'R-LOST',
    stage: 'launch',
    effect: 'FAIL',
    message: 'Device in Lost Mode.',
    sources: ['W25'],
    firstDocumented: DOC.T19,
    reads: [MODERN, 'device.settings.EnableLostMode'],
    when: (c) => all(eq(c.settings.EnableLostMode, true), c.modern),
  }),
  rule({
    id: 'R-SHELL',
    stage: 'launch',
    effect: 'FAIL',
    message: 'Custom shell unsupported.',
    sources: ['W25'],
    firstDocumented: DOC.T19,
    reads: [MODERN, 'device.settings.customShell'],
    when: (c) => all(eq(c.settings.customShell, true), c.modern),
  }),
  rule({
    id: 'R-SMARTCARD',
    stage: 'launch',
    effect: 'FAIL',
    message:
      'Smart-card-only logon. Windows shows "You must use Windows Hello or a smartcard to sign in" (field report).',
    sources: ['W23', 'W25'],
    firstDocumented: DOC.W23,
    firstFieldReport: field('azure-docs#70843', '2021-02-18'),
    reads: [MODERN, 'device.settings.RequireSmartCard'],
    when: (c) => all(eq(c.settings.RequireSmartCard, 1), c.modern),
  }),
  rule({
    id: 'R-UAC',
    stage: 'launch',
    effect: 'FAIL',
    message: 'UAC disabled; reset returns to sign-in.',
    sources: ['W25', 'GH#40734'],
    firstDocumented: DOC.W20early,
    firstFieldReport: field('GH#40734', '2019-10-14'),
    reads: [MODERN, 'device.settings.EnableLUA'],
    when: (c) => all(eq(c.settings.EnableLUA, 0), c.modern),
  }),
  rule({
    id: 'R-TEMPACCT',
    stage: 'launch',
    effect: 'FAIL',
    message: "Temporary reset account couldn't start.",
    sources: ['W25 §Troubleshoot', 'GH#62713'],
    firstDocumented: DOC.W25,
    firstFieldReport: field('GH#62713', '2020-09-16'),
    reads: [MODERN, 'device.settings.temporaryAccountBlocked'],
    when: (c) => all(eq(c.settings.temporaryAccountBlocked, true), c.modern),
  }),
  rule({
    id: 'R-LOGONRIGHT',
    stage: 'launch',
    effect: 'FAIL',
    message:
      "The sign in method you're trying to use isn't allowed. For more info, contact your network administrator.",
    sources: ['azure-docs#105548', 'GH#62713'],
    unofficial: true,
    reading:
      'Refines R-TEMPACCT ("local logon denied"), as CIS-style hardening profiles do (eneerge/CIS-Microsoft-Intune-For-Windows-IntuneProfile#11): the temporary defaultuser1 account is a local member of Users, so "Allow log on locally" must name Users (or Everyone, Authenticated Users, Local account) and "Deny log on locally" must not.',
    firstDocumented: null,
    firstFieldReport: field('GH#62713', '2020-09-16'),
    reads: [MODERN, 'device.settings.AllowLogOnLocally', 'device.settings.DenyLogOnLocally'],
    when: (c) => {
      const allow = c.settings.AllowLogOnLocally;
      const deny = c.settings.DenyLogOnLocally;
      return all(
        any(
          is(allow, allow !== 'unknown' && !coversTemporaryAccount(allow)),
          is(deny, deny !== 'unknown' && coversTemporaryAccount(deny)),
        ),
        c.modern,
      );
    },
  }),
  rule({
    id: 'R-DU-PILE',
    stage: 'launch',
    effect: 'WARN',
    message: 'Stale temporary reset profiles can stop the reset; delete them.',
    sources: ['azure-docs#47674', 'W25'],
    unofficial: true,
    reading:
      'Contradicts the docs ("can be safely ignored"), so only with the field-reports option; more than one leftover profile (one is the normal Windows 10 leftover, R-DU-CLEANUP).',
    firstDocumented: null,
    firstFieldReport: field('azure-docs#47674', '2020-02-07'),
    reads: [MODERN, 'device.settings.staleDefaultUserProfiles'],
    when: (c) => {
      const stale = c.settings.staleDefaultUserProfiles;
      return all(when(c.o.fieldReports), is(stale, (stale as number) >= 2), c.modern);
    },
  }),
  rule({
    id: 'R-DU-CLEANUP',
    stage: 'launch',
    effect: 'INFO',
    message: 'Temporary account clean-up waits for a local admin sign-in (Windows 10).',
    sources: ['azure-docs#98644'],
    unofficial: true,
    reading: 'Keyed on the device build: before Windows 11 a leftover defaultuser1 stays until a local admin signs in.',
    firstDocumented: null,
    firstFieldReport: field('azure-docs#98644', '2022-09-19'),
    reads: [MODERN, 'device.settings.staleDefaultUserProfiles', 'device.os.build'],
    when: (c) => {
      const stale = c.settings.staleDefaultUserProfiles;
      const build = c.os.build;
      return all(is(stale, (stale as number) >= 1), is(build, (build as number) < 22000), c.modern);
    },
  }),
  rule({
    id: 'R-3PCP',
    stage: 'launch',
    effect: 'WARN',
    message: 'Third-party credential provider may interfere.',
    sources: ['W25'],
    firstDocumented: DOC.W20early,
    reads: [MODERN, 'device.settings.thirdPartyCredentialProviders'],
    when: (c) => {
      const count = c.settings.thirdPartyCredentialProviders;
      return all(is(count, (count as number) > 0), c.modern);
    },
  }),
  rule({
    id: 'R-8021X',
    stage: 'launch',
    effect: 'FAIL',
    message: 'Use machine authentication for 802.1x.',
    sources: ['W25'],
    firstDocumented: DOC.T19,
    reads: [MODERN, 'device.network.dot1x'],
    when: (c) => all(eq(c.network.dot1x, 'beforeUserLogon'), c.modern),
  }),
  rule({
    id: 'R-NET',
    stage: 'launch',
    effect: 'FAIL',
    message: SOMETHING_WENT_WRONG,
    sources: ['W25 §prerequisites'],
    firstDocumented: DOC.T19,
    reads: [MODERN, 'device.network.reachesPasswordResetService', 'device.network.reachesAjaxCdn'],
    when: (c) => {
      const network = c.network;
      return all(any(eq(network.reachesPasswordResetService, false), eq(network.reachesAjaxCdn, false)), c.modern);
    },
  }),
  rule({
    id: 'R-PROXY',
    stage: 'launch',
    effect: 'FAIL',
    message: SOMETHING_WENT_WRONG,
    sources: ['W25 §Proxy configurations'],
    firstDocumented: DOC.T19,
    firstFieldReport: field('azure-docs#15584', '2018-09-25'),
    reads: [MODERN, 'device.network.proxy'],
    when: (c) => {
      const proxy = c.network.proxy;
      return all(is(proxy, proxy === 'perUser' || proxy === 'authenticated'), c.modern);
    },
  }),
  rule({
    id: 'R-AV',
    stage: 'launch',
    effect: 'FAIL',
    message: SOMETHING_WENT_WRONG,
    sources: ['W25 §Proxy configurations'],
    firstDocumented: DOC.W23,
    reads: [MODERN, 'device.network.securitySoftwareBlocks'],
    when: (c) => {
      const blocks = c.network.securitySoftwareBlocks;
      return all(is(blocks, blocks.length > 0), c.modern);
    },
  }),
  rule({
    id: 'R-CAD',
    stage: 'launch',
    effect: 'FAIL',
    effectFor: ctrlAltDelEffect,
    message: 'Ctrl+Alt+Del requirement can stop reset.',
    sources: ['T18', 'W19a', 'GH#69522', 'W23'],
    reading:
      '2018 any build; 2019 before 1809; 2020 up to 1909; 2021 any Windows 10; 2023+ only in R-COMBO, WARN elsewhere. None in the Nov 2017 docs.',
    firstDocumented: DOC.T18,
    reads: [MODERN, 'device.settings.DisableCAD', 'device.os.build'],
    when: (c) => all(eq(c.settings.DisableCAD, 0), when(c.era !== ERA.seed), c.modern),
  }),
  // R-COMBO: one entry per documented form of the three-setting combination. Lock-screen notifications off already
  // fail through R-LSNOTIF, so R-COMBO only explains (secondary) and never decides alone.
  rule({
    key: 'R-COMBO/2019',
    id: 'R-COMBO',
    stage: 'launch',
    effect: 'FAIL',
    secondary: true,
    message:
      'Also matches the three-setting combination of the July 2019 docs: Ctrl+Alt+Del required, lock-screen notifications off and IsContentDeliveryPolicyEnforced = 1.',
    sources: ['W19a', 'W19b'],
    reading: 'Shown as written in the July–October 2019 revisions; any build the docs support.',
    firstDocumented: DOC.W19a,
    reads: [
      MODERN,
      'device.settings.DisableCAD',
      'device.settings.DisableLockScreenAppNotifications',
      'device.settings.IsContentDeliveryPolicyEnforced',
    ],
    when: (c) => all(when(comboEra(c) === 2019), eq(c.settings.IsContentDeliveryPolicyEnforced, 1), comboBase(c)),
  }),
  rule({
    key: 'R-COMBO/2020',
    id: 'R-COMBO',
    stage: 'launch',
    effect: 'FAIL',
    secondary: true,
    message:
      'Also matches the three-setting combination of the 2020–2021 docs: Ctrl+Alt+Del required, lock-screen notifications off and "Windows SKU isn\'t Home or Professional edition".',
    sources: ['W20', 'GH#69522'],
    reading:
      'The wording from spring 2020 to February 2021, the only form that matches what IsContentDeliveryPolicyEnforced appears to be; any build the docs support.',
    firstDocumented: DOC.W20early,
    reads: [
      MODERN,
      'device.settings.DisableCAD',
      'device.settings.DisableLockScreenAppNotifications',
      'device.os.edition',
    ],
    when: (c) => {
      const edition = c.os.edition;
      return all(when(comboEra(c) === 2020), is(edition, edition !== 'Home' && edition !== 'Pro'), comboBase(c));
    },
  }),
  rule({
    key: 'R-COMBO/2022',
    id: 'R-COMBO',
    stage: 'launch',
    effect: 'FAIL',
    secondary: true,
    message:
      'Also matches the three-setting combination of the 2022 docs: Ctrl+Alt+Del required, lock-screen notifications off and "Windows SKU is Home edition".',
    sources: ['GH#87326'],
    reading: 'Home cannot take the policy (R-EDITION), so this form cannot be reached on a supported device.',
    firstDocumented: DOC.GH87326,
    reads: [
      MODERN,
      'device.settings.DisableCAD',
      'device.settings.DisableLockScreenAppNotifications',
      'device.os.edition',
    ],
    when: (c) => all(when(comboEra(c) === 2022), eq(c.os.edition, 'Home'), comboBase(c)),
  }),
  rule({
    key: 'R-COMBO/2023',
    id: 'R-COMBO',
    stage: 'launch',
    effect: 'FAIL',
    secondary: true,
    message:
      'Also matches the three-setting combination of the docs since September 2023: Ctrl+Alt+Del required "(only for Windows 10 version 1710 and earlier)", lock-screen notifications off and Home edition.',
    sources: ['W23', 'W25'],
    reading: '"1710 and earlier" read as build 16299 or lower; with Home, unreachable on a supported device.',
    firstDocumented: DOC.W23,
    reads: [
      MODERN,
      'device.settings.DisableCAD',
      'device.settings.DisableLockScreenAppNotifications',
      'device.os.build',
      'device.os.edition',
    ],
    when: (c) => {
      const build = c.os.build;
      return all(
        when(comboEra(c) === 2023),
        is(build, (build as number) <= 16299),
        eq(c.os.edition, 'Home'),
        comboBase(c),
      );
    },
  }),
  rule({
    id: 'R-W11-LOCKED',
    stage: 'launch',
    effect: 'FAIL',
    effectFor: (c) => {
      const build = c.os.build;
      return build !== 'unknown' && build < 22000 ? 'WARN' : 'FAIL';
    },
    message: 'On Windows 11 start reset from the sign-in screen.',
    sources: ['entra-docs PR #1550', 'azure-docs#11714'],
    unofficial: true,
    reading:
      'An open PR (FAIL on Windows 11) and a 2018 issue (WARN before Windows 11); keyed on the device build, tagged unofficial.',
    firstDocumented: null,
    firstFieldReport: field('azure-docs#11714', '2018-07-13'),
    reads: [MODERN, 'session.startedFrom', 'device.os.build'],
    when: (c) => {
      const build = c.os.build;
      return all(eq(c.session.startedFrom, 'lockedSession'), is(build, true), c.modern);
    },
  }),
  rule({
    id: 'R-SYSPREP',
    stage: 'launch',
    effect: 'WARN',
    message: 'Clear web cache before CopyProfile.',
    sources: ['W25'],
    firstDocumented: DOC.T19,
    reads: [MODERN, 'device.settings.copyProfileWebCacheNotCleared'],
    when: (c) => all(eq(c.settings.copyProfileWebCacheNotCleared, true), c.modern),
  }),
];
