// §3 launch and environment: the link is drawn but the reset breaks (FAIL), or may (WARN).
import { anyOf, field, option, type Context } from './conditions';
import { isModern, isTrue, rule, setTo1, type Rule } from './rule';
import { ERA } from './rules-visibility';
import type { Effect } from './types';

const SOMETHING_WENT_WRONG = 'Something went wrong. Please, try again later.';

/** where the Ctrl+Alt+Del line applied, by era. */
function ctrlAltDelFails(ctx: Context): boolean {
  const build = ctx.s.device.os.build;
  if (ctx.era === ERA.t18) return true;
  if (ctx.era === ERA.t19 || ctx.era === ERA.w19a) return build !== 'unknown' && build < 17763;
  if (ctx.era === ERA.w20) return build !== 'unknown' && build <= 18363;
  if (ctx.era === ERA.gh69522 || ctx.era === ERA.gh87326) return build !== 'unknown' && build < 22000;
  return false;
}

function ctrlAltDelEffect(ctx: Context): Effect {
  return ctrlAltDelFails(ctx) ? 'FAIL' : 'WARN';
}

/** the combination's third item changed with the docs. */
function comboThirdItem(ctx: Context): boolean | 'unknown' {
  const { settings, os } = ctx.s.device;
  if (ctx.era === ERA.w19a) return settings.IsContentDeliveryPolicyEnforced === 'unknown' ? 'unknown' : settings.IsContentDeliveryPolicyEnforced === 1;
  if (os.edition === 'unknown') return 'unknown';
  if (ctx.era === ERA.w20 || ctx.era === ERA.gh69522) return os.edition !== 'Home' && os.edition !== 'Pro';
  return os.edition === 'Home';
}

export const LAUNCH_RULES: Rule[] = [
  rule({ id: 'R-LSNOTIF', stage: 'launch', effect: 'FAIL', message: 'Lock-screen notifications are off.', sources: ['W25'], when: [isModern, setTo1('device.settings.DisableLockScreenAppNotifications')] }),
  rule({ id: 'R-FUS', stage: 'launch', effect: 'FAIL', message: 'Fast user switching hidden.', sources: ['W25'], when: [isModern, setTo1('device.settings.HideFastUserSwitching')] }),
  rule({ id: 'R-DDLU', stage: 'launch', effect: 'FAIL', message: "'Don't display last signed-in' blocks reset.", sources: ['W25'], when: [isModern, setTo1('device.settings.DontDisplayLastUserName')] }),
  rule({ id: 'R-APPX', stage: 'launch', effect: 'FAIL', message: 'Non-admin app install block.', sources: ['W25'], when: [isModern, setTo1('device.settings.BlockNonAdminUserInstall')] }),
  rule({ id: 'R-LOST', stage: 'launch', effect: 'FAIL', message: 'Device in Lost Mode.', sources: ['W25'], when: [isModern, isTrue('device.settings.EnableLostMode')] }),
  rule({ id: 'R-SHELL', stage: 'launch', effect: 'FAIL', message: 'Custom shell unsupported.', sources: ['W25'], when: [isModern, isTrue('device.settings.customShell')] }),
  rule({ id: 'R-SMARTCARD', stage: 'launch', effect: 'FAIL', message: 'Smart-card-only logon.', sources: ['W23', 'W25'], when: [isModern, setTo1('device.settings.RequireSmartCard')] }),
  rule({
    id: 'R-UAC',
    stage: 'launch',
    effect: 'FAIL',
    message: 'UAC disabled; reset returns to sign-in.',
    sources: ['W25', 'GH#40734'],
    when: [isModern, field('device.settings.EnableLUA', (value) => value === 0)],
  }),
  rule({
    id: 'R-3PCP',
    stage: 'launch',
    effect: 'WARN',
    message: 'Third-party credential provider may interfere.',
    sources: ['W25'],
    when: [isModern, field<number>('device.settings.thirdPartyCredentialProviders', (count) => count > 0)],
  }),
  rule({
    id: 'R-8021X',
    stage: 'launch',
    effect: 'FAIL',
    message: 'Use machine authentication for 802.1x.',
    sources: ['W25'],
    when: [isModern, field('device.network.dot1x', (mode) => mode === 'beforeUserLogon')],
  }),
  rule({
    id: 'R-NET',
    stage: 'launch',
    effect: 'FAIL',
    message: SOMETHING_WENT_WRONG,
    sources: ['W25 §prerequisites'],
    when: [
      isModern,
      anyOf(
        'network',
        field('device.network.reachesPasswordResetService', (ok) => ok === false),
        field('device.network.reachesAjaxCdn', (ok) => ok === false),
      ),
    ],
  }),
  rule({
    id: 'R-PROXY',
    stage: 'launch',
    effect: 'FAIL',
    message: SOMETHING_WENT_WRONG,
    sources: ['W25 §Proxy configurations'],
    when: [isModern, field('device.network.proxy', (proxy) => proxy === 'perUser' || proxy === 'authenticated')],
  }),
  rule({
    id: 'R-AV',
    stage: 'launch',
    effect: 'FAIL',
    message: SOMETHING_WENT_WRONG,
    sources: ['W25 §Proxy configurations'],
    when: [isModern, field<string[]>('device.network.securitySoftwareBlocks', (hosts) => hosts.length > 0)],
  }),
  rule({
    id: 'R-TEMPACCT',
    stage: 'launch',
    effect: 'FAIL',
    message: "Temporary reset account couldn't start.",
    sources: ['W25 §Troubleshoot', 'GH#62713'],
    when: [isModern, isTrue('device.settings.temporaryAccountBlocked')],
  }),
  rule({
    id: 'R-CAD',
    stage: 'launch',
    effect: 'FAIL',
    effectFor: ctrlAltDelEffect,
    message: 'Ctrl+Alt+Del requirement can stop reset.',
    sources: ['T18', 'W19a', 'GH#69522', 'W23'],
    reading: 'A-4: 2018 any build; 2019 before 1809; 2020 up to 1909; 2021 any Windows 10; 2023+ only in R-COMBO, WARN elsewhere.',
    when: [
      isModern,
      field('device.settings.DisableCAD', (value) => value === 0),
      // The Nov 2017 docs had no Ctrl+Alt+Del line.
      option('option.docsAsOf', (ctx) => ctx.era !== ERA.seed),
    ],
  }),
  rule({
    id: 'R-COMBO',
    stage: 'launch',
    effect: 'FAIL',
    message: 'Known bad three-setting combination.',
    sources: ['W23', 'W25'],
    reading: 'A-5: third item by era (IsContentDeliveryPolicyEnforced, then "not Home or Pro", then Home); "1710 and earlier" read as ≤ 16299.',
    when: [
      isModern,
      field('device.settings.DisableCAD', (value, ctx) => value === 0 && ctx.era >= ERA.w19a),
      field<number>('device.os.build', (build) => build <= 16299),
      setTo1('device.settings.DisableLockScreenAppNotifications'),
      field('device.os.edition', (_edition, ctx) => comboThirdItem(ctx) === true),
    ],
  }),
  rule({
    id: 'R-W11-LOCKED',
    stage: 'launch',
    effect: 'FAIL',
    message: 'On Windows 11 start reset from the sign-in screen.',
    sources: ['entra-docs PR #1550'],
    unofficial: true,
    reading: 'A-7: one stored revision and an open PR; tagged unofficial.',
    when: [isModern, field<number>('device.os.build', (build) => build >= 22000), field('session.startedFrom', (from) => from === 'lockedSession')],
  }),
  rule({
    id: 'R-SYSPREP',
    stage: 'launch',
    effect: 'WARN',
    message: 'Clear web cache before CopyProfile.',
    sources: ['W25'],
    when: [isModern, isTrue('device.settings.copyProfileWebCacheNotCleared')],
  }),
];
