// §3 launch and environment: the link is drawn but the reset breaks (FAIL), or may (WARN).
import { all, any, eq, is, when, type Context, type Truth } from './conditions';
import { MODERN, rule, type Rule } from './rule';
import { ERA } from './rules-visibility';
import type { Effect } from './types';

const SOMETHING_WENT_WRONG = 'Something went wrong. Please, try again later.';

/** where the Ctrl+Alt+Del line made the reset fail, by era (2023+: WARN only, citing GH#69522). */
function ctrlAltDelEffect(c: Context): Effect {
  const build = c.os.build;
  const known = build !== 'unknown';
  if (c.era === ERA.t18) return 'FAIL';
  if (c.era === ERA.t19 || c.era === ERA.w19a) return known && build < 17763 ? 'FAIL' : 'WARN';
  if (c.era === ERA.w20) return known && build <= 18363 ? 'FAIL' : 'WARN';
  if (c.era === ERA.gh69522 || c.era === ERA.gh87326) return known && build < 22000 ? 'FAIL' : 'WARN';
  return 'WARN';
}

/** the combination's third item changed with the docs. */
export function comboThirdItem(c: Context): Truth {
  const { settings, os } = c;
  if (c.era === ERA.w19a) return eq(settings.IsContentDeliveryPolicyEnforced, 1);
  if (c.era === ERA.w20 || c.era === ERA.gh69522) return is(os.edition, os.edition !== 'Home' && os.edition !== 'Pro');
  return eq(os.edition, 'Home');
}

export const LAUNCH_RULES: Rule[] = [
  rule({
    id: 'R-LSNOTIF',
    stage: 'launch',
    effect: 'FAIL',
    message: 'Lock-screen notifications are off.',
    sources: ['W25'],
    reads: [MODERN, 'device.settings.DisableLockScreenAppNotifications'],
    when: (c) => all(eq(c.settings.DisableLockScreenAppNotifications, 1), c.modern),
  }),
  rule({
    id: 'R-FUS',
    stage: 'launch',
    effect: 'FAIL',
    message: 'Fast user switching hidden.',
    sources: ['W25'],
    reads: [MODERN, 'device.settings.HideFastUserSwitching'],
    when: (c) => all(eq(c.settings.HideFastUserSwitching, 1), c.modern),
  }),
  rule({
    id: 'R-DDLU',
    stage: 'launch',
    effect: 'FAIL',
    message: "'Don't display last signed-in' blocks reset.",
    sources: ['W25'],
    reads: [MODERN, 'device.settings.DontDisplayLastUserName'],
    when: (c) => all(eq(c.settings.DontDisplayLastUserName, 1), c.modern),
  }),
  rule({
    id: 'R-APPX',
    stage: 'launch',
    effect: 'FAIL',
    message: 'Non-admin app install block.',
    sources: ['W25'],
    reads: [MODERN, 'device.settings.BlockNonAdminUserInstall'],
    when: (c) => all(eq(c.settings.BlockNonAdminUserInstall, 1), c.modern),
  }),
  rule({
    id: 'R-LOST',
    stage: 'launch',
    effect: 'FAIL',
    message: 'Device in Lost Mode.',
    sources: ['W25'],
    reads: [MODERN, 'device.settings.EnableLostMode'],
    when: (c) => all(eq(c.settings.EnableLostMode, true), c.modern),
  }),
  rule({
    id: 'R-SHELL',
    stage: 'launch',
    effect: 'FAIL',
    message: 'Custom shell unsupported.',
    sources: ['W25'],
    reads: [MODERN, 'device.settings.customShell'],
    when: (c) => all(eq(c.settings.customShell, true), c.modern),
  }),
  rule({
    id: 'R-SMARTCARD',
    stage: 'launch',
    effect: 'FAIL',
    message: 'Smart-card-only logon.',
    sources: ['W23', 'W25'],
    reads: [MODERN, 'device.settings.RequireSmartCard'],
    when: (c) => all(eq(c.settings.RequireSmartCard, 1), c.modern),
  }),
  rule({
    id: 'R-UAC',
    stage: 'launch',
    effect: 'FAIL',
    message: 'UAC disabled; reset returns to sign-in.',
    sources: ['W25', 'GH#40734'],
    reads: [MODERN, 'device.settings.EnableLUA'],
    when: (c) => all(eq(c.settings.EnableLUA, 0), c.modern),
  }),
  rule({
    id: 'R-TEMPACCT',
    stage: 'launch',
    effect: 'FAIL',
    message: "Temporary reset account couldn't start.",
    sources: ['W25 §Troubleshoot', 'GH#62713'],
    reads: [MODERN, 'device.settings.temporaryAccountBlocked'],
    when: (c) => all(eq(c.settings.temporaryAccountBlocked, true), c.modern),
  }),
  rule({
    id: 'R-3PCP',
    stage: 'launch',
    effect: 'WARN',
    message: 'Third-party credential provider may interfere.',
    sources: ['W25'],
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
    reads: [MODERN, 'device.network.dot1x'],
    when: (c) => all(eq(c.network.dot1x, 'beforeUserLogon'), c.modern),
  }),
  rule({
    id: 'R-NET',
    stage: 'launch',
    effect: 'FAIL',
    message: SOMETHING_WENT_WRONG,
    sources: ['W25 §prerequisites'],
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
      'A-4: 2018 any build; 2019 before 1809; 2020 up to 1909; 2021 any Windows 10; 2023+ only in R-COMBO, WARN elsewhere. None in the Nov 2017 docs.',
    reads: [MODERN, 'device.settings.DisableCAD', 'device.os.build'],
    when: (c) => all(eq(c.settings.DisableCAD, 0), when(c.era !== ERA.seed), c.modern),
  }),
  rule({
    id: 'R-COMBO',
    stage: 'launch',
    effect: 'FAIL',
    message: 'Known bad three-setting combination.',
    sources: ['W23', 'W25'],
    reading:
      'A-5: third item by era (IsContentDeliveryPolicyEnforced, then "not Home or Pro", then Home); "1710 and earlier" read as ≤ 16299.',
    reads: [
      MODERN,
      'device.settings.DisableCAD',
      'device.settings.DisableLockScreenAppNotifications',
      'device.os.build',
      'device.os.edition',
      'device.settings.IsContentDeliveryPolicyEnforced',
    ],
    when: (c) => {
      const { settings, os } = c;
      return all(
        when(c.era >= ERA.w19a),
        eq(settings.DisableCAD, 0),
        eq(settings.DisableLockScreenAppNotifications, 1),
        is(os.build, (os.build as number) <= 16299),
        comboThirdItem(c),
        c.modern,
      );
    },
  }),
  rule({
    id: 'R-W11-LOCKED',
    stage: 'launch',
    effect: 'FAIL',
    message: 'On Windows 11 start reset from the sign-in screen.',
    sources: ['entra-docs PR #1550'],
    unofficial: true,
    reading: 'A-7: one stored revision and an open PR; tagged unofficial.',
    reads: [MODERN, 'session.startedFrom', 'device.os.build'],
    when: (c) => {
      const build = c.os.build;
      return all(eq(c.session.startedFrom, 'lockedSession'), is(build, (build as number) >= 22000), c.modern);
    },
  }),
  rule({
    id: 'R-SYSPREP',
    stage: 'launch',
    effect: 'WARN',
    message: 'Clear web cache before CopyProfile.',
    sources: ['W25'],
    reads: [MODERN, 'device.settings.copyProfileWebCacheNotCleared'],
    when: (c) => all(eq(c.settings.copyProfileWebCacheNotCleared, true), c.modern),
  }),
];
