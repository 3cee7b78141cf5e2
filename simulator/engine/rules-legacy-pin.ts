// Windows 7/8/8.1 add-in and Windows Hello for Business "I forgot my PIN" (plus the personal Microsoft account PIN reset).
import { all, any, eq, FALSE, is, not, TRUE, UNDECIDED, when, type Context, type Truth } from './conditions';
import { DOC, field } from './doc-revisions';
import { legacy, MODERN, rule, type Rule } from './rule';
import { ERA, webSignInBuild } from './rules-visibility';
import { BUILD, WEB_SIGN_IN_ALLOWED_URLS_MIN } from '../model/windows';

/** P-EDITION: 1709–1809 Enterprise only; 1903+ Pro or Enterprise (Education added in the 2024 docs). */
export function nonDestructiveEditionOk(c: Context): Truth {
  const { build, edition } = c.os;
  if (build === 'unknown' || edition === 'unknown') return UNDECIDED;
  if (build < 16299) return FALSE;
  if (build < 18362) return edition === 'Enterprise' ? TRUE : FALSE;
  const education = c.era >= ERA.current && (edition === 'Education' || edition === 'ProEducation');
  return edition === 'Pro' || edition === 'Enterprise' || education ? TRUE : FALSE;
}

/** P-LINK: "I forgot my PIN" on the lock screen from 1709, in Settings > Accounts > Sign-in options from 1703. */
export const PIN_RESET_BUILD = { lockScreen: BUILD.pinResetLockScreen, settings: BUILD.pinRecoveryPolicy } as const;

const hasPin = (c: Context): Truth => eq(c.user.pin.hasPin, true);
const recoveryOn = (c: Context): Truth => eq(c.d.pinRecovery, true);
const hybrid = (c: Context): Truth => eq(c.device.joinState, 'hybridJoined');
const destructive = (c: Context): Truth => when(c.pinMode === 'destructive');
/** The PIN belongs to a work or school account (the enterprise PIN reset; P-MSA-LOCK covers personal accounts). */
const workAccount = (c: Context): Truth => eq(c.user.accountKind, 'workOrSchool');
const fromLockScreen = (c: Context): Truth => eq(c.session.pinResetFrom, 'lockScreen');

/** ConfigureWebSignInAllowedUrls exists from Windows 10 1803 with KB5001339 (17134.2145); older builds can't take it. */
export function allowedUrlsPolicyMissing(c: Context): Truth {
  const { build, ubr } = c.os;
  if (build === 'unknown') return UNDECIDED;
  if (build !== WEB_SIGN_IN_ALLOWED_URLS_MIN.build) return build < WEB_SIGN_IN_ALLOWED_URLS_MIN.build ? TRUE : FALSE;
  if (ubr === 'unknown') return UNDECIDED;
  return ubr < WEB_SIGN_IN_ALLOWED_URLS_MIN.ubr ? TRUE : FALSE;
}

export const LEGACY_RULES: Rule[] = [
  rule({
    id: 'R-L-INSTALL',
    stage: 'legacy',
    effect: 'HIDE',
    message: 'SsprWindowsLogon.PROD.msi is not installed (https://aka.ms/sspraddin).',
    sources: ['W25 §Install'],
    firstDocumented: DOC.W19a,
    reads: [MODERN, 'device.legacyAddIn.installed'],
    when: (c) => all(eq(c.device.legacyAddIn.installed, false), legacy(c)),
  }),
  rule({
    id: 'R-L-OS',
    stage: 'legacy',
    effect: 'HIDE',
    message: 'Windows 7/8.1 not patched: unsupported.',
    sources: ['W25'],
    firstDocumented: DOC.W19a,
    reads: [MODERN, 'device.legacyAddIn.osPatched'],
    when: (c) => all(eq(c.device.legacyAddIn.osPatched, false), legacy(c)),
  }),
  rule({
    id: 'R-L-TLS',
    stage: 'legacy',
    effect: 'FAIL',
    message: 'TLS 1.2 must be explicitly enabled (auto-negotiate is not enough).',
    sources: ['W25'],
    firstDocumented: DOC.W19a,
    reads: [MODERN, 'device.legacyAddIn.tls12Enabled'],
    when: (c) => all(eq(c.device.legacyAddIn.tls12Enabled, false), legacy(c)),
  }),
  rule({
    id: 'R-L-NET',
    stage: 'legacy',
    effect: 'FAIL',
    message: 'No 443 to passwordreset.microsoftonline.com.',
    sources: ['W25'],
    firstDocumented: DOC.W19a,
    reads: [MODERN, 'device.network.reachesPasswordResetService'],
    when: (c) => all(eq(c.network.reachesPasswordResetService, false), legacy(c)),
  }),
  rule({
    id: 'R-L-MULTICP',
    stage: 'legacy',
    effect: 'WARN',
    message: 'More than one third-party credential provider: duplicate user tiles.',
    sources: ['W25'],
    firstDocumented: DOC.W19a,
    reads: [MODERN, 'device.settings.thirdPartyCredentialProviders'],
    when: (c) => {
      const count = c.settings.thirdPartyCredentialProviders;
      return all(is(count, (count as number) > 1), legacy(c));
    },
  }),
  rule({
    id: 'R-L-LOG',
    stage: 'legacy',
    effect: 'INFO',
    message: 'EnableLogging = 1: events from AADPasswordResetCredentialProvider are logged.',
    sources: ['W25'],
    firstDocumented: DOC.W19a,
    reads: [MODERN, 'device.legacyAddIn.loggingEnabled'],
    when: (c) => all(eq(c.device.legacyAddIn.loggingEnabled, true), legacy(c)),
  }),
];

export const PIN_RULES: Rule[] = [
  rule({
    id: 'P-LINK',
    target: 'pin',
    stage: 'pin',
    effect: 'INFO',
    message:
      '"I forgot my PIN" on the lock screen (1709+) once the PIN provider is chosen under Sign-in options; also in Settings > Accounts > Sign-in options (1703+).',
    sources: ['PIN21', 'PIN'],
    firstDocumented: DOC.PIN19,
    reads: [MODERN, 'user.pin.hasPin', 'device.os.build', 'session.credentialProvider', 'session.pinResetFrom'],
    when: (c) => {
      const build = c.os.build;
      const lockScreen = all(
        fromLockScreen(c),
        eq(c.session.credentialProvider, 'pin'),
        is(build, (build as number) >= PIN_RESET_BUILD.lockScreen),
      );
      const settings = all(
        eq(c.session.pinResetFrom, 'settings'),
        is(build, (build as number) >= PIN_RESET_BUILD.settings),
      );
      return all(hasPin(c), any(lockScreen, settings), c.modern);
    },
  }),
  rule({
    id: 'P-SSPR-LIMITS',
    target: 'pin',
    stage: 'pin',
    effect: 'HIDE',
    effectFor: (c) => c.sharedLimit ?? 'WARN',
    message: "Lock-screen PIN reset shares SSPR's general limitations.",
    sources: ['W25 note', 'PIN'],
    reading:
      "Only the rules of SSPR's General limitations (sessions, lock screen and launch settings), not its prerequisites (policy, join, version, edition, enrolment, assignment, network); only for a work or school account's PIN reset from the lock screen. The Settings path after sign-in is unaffected.",
    firstDocumented: DOC.GH69522,
    reads: ['user.pin.hasPin', 'session.pinResetFrom', 'user.accountKind'],
    when: (c) => all(when(c.sharedLimit !== null), fromLockScreen(c), workAccount(c), hasPin(c)),
  }),
  rule({
    id: 'P-POLICY-SRC',
    target: 'pin',
    stage: 'pin',
    effect: 'INFO',
    message: 'EnablePinRecovery = True applied from a policy source.',
    sources: ['PIN', 'INT18'],
    firstDocumented: DOC.PIN19,
    reads: ['derived.pinRecovery'],
    when: recoveryOn,
  }),
  rule({
    id: 'P-POLICY-CONFLICT',
    target: 'pin',
    stage: 'pin',
    effect: 'WARN',
    message:
      'Policy sources that reach this device set EnablePinRecovery to different values: Intune reports the conflict for you to resolve, and which value the device uses is not determined. Remove one source or make them agree.',
    sources: ['CONFLICT', 'CPC'],
    reading:
      'Intune: "If a configuration policy setting conflicts with a setting in another configuration policy, this conflict is shown in Intune. Manually resolve these conflicts."',
    firstDocumented: DOC.CONFLICT,
    reads: ['derived.pinRecoveryConflict'],
    when: (c) => eq(c.d.pinRecoveryConflict, true),
  }),
  rule({
    key: 'P-POLICY-SRC/typo',
    id: 'P-POLICY-SRC',
    target: 'pin',
    stage: 'pin',
    effect: 'WARN',
    message:
      'OMA-URI "./Vendor/MSFT/Policy/PassportForWork/..." is a doc typo and is not applied; use ./Device/Vendor/MSFT/PassportForWork/{TenantId}/Policies/EnablePinRecovery.',
    sources: ['PIN', 'CSP'],
    reading: 'The 2024 PIN document prints this path; it is read as a typo (not applied, WARN).',
    firstDocumented: DOC.PIN,
    reads: ['derived.pinRecoveryTypo'],
    when: (c) => when(c.d.pinRecoveryTypo),
  }),
  rule({
    id: 'P-MODE',
    target: 'pin',
    stage: 'pin',
    effect: 'INFO',
    message: 'PIN and Hello keys will be recreated.',
    sources: ['PIN'],
    firstDocumented: DOC.PIN19,
    reads: ['user.pin.hasPin', 'derived.pinRecovery'],
    when: (c) => all(destructive(c), hasPin(c)),
  }),
  rule({
    id: 'P-NONDESTR',
    target: 'pin',
    stage: 'pin',
    effect: 'INFO',
    message: 'PIN changed; keys kept.',
    sources: ['PIN'],
    firstDocumented: DOC.PIN19,
    reads: ['user.pin.hasPin', 'derived.pinRecovery', 'tenant.pinResetConsent'],
    when: (c) => all(when(c.pinMode === 'nonDestructive'), hasPin(c)),
  }),
  rule({
    id: 'P-EDITION',
    target: 'pin',
    stage: 'pin',
    effect: 'INFO',
    message: 'Non-destructive reset unsupported here.',
    sources: ['PIN19', 'PIN23', 'PIN'],
    firstDocumented: DOC.PIN19,
    reads: ['user.pin.hasPin', 'derived.pinRecovery', 'device.os.build', 'device.os.edition'],
    when: (c) => {
      const ok = nonDestructiveEditionOk(c);
      return all(not(ok), recoveryOn(c), hasPin(c));
    },
  }),
  rule({
    id: 'P-JOIN',
    target: 'pin',
    stage: 'pin',
    effect: 'INFO',
    message:
      'Non-destructive reset needs an Entra joined or hybrid joined device; on-premises-only deployments reset destructively.',
    sources: ['PIN'],
    firstDocumented: DOC.PIN,
    reads: ['user.pin.hasPin', 'derived.pinRecovery', 'device.joinState'],
    when: (c) => {
      const join = c.device.joinState;
      return all(is(join, join !== 'entraJoined' && join !== 'hybridJoined'), recoveryOn(c), hasPin(c));
    },
  }),
  rule({
    id: 'P-MSA',
    target: 'pin',
    stage: 'pin',
    effect: 'INFO',
    message: 'Non-destructive PIN reset is for work or school accounts only.',
    sources: ['PIN'],
    firstDocumented: DOC.PIN,
    reads: ['user.pin.hasPin', 'user.accountKind'],
    when: (c) => all(eq(c.user.accountKind, 'personalMicrosoftAccount'), hasPin(c)),
  }),
  rule({
    id: 'P-HYB-KEY',
    target: 'pin',
    stage: 'pin',
    effect: 'FAIL',
    message: 'Key trust needs non-destructive reset.',
    sources: ['PIN'],
    firstDocumented: DOC.PIN21,
    reads: [
      'user.pin.hasPin',
      'device.joinState',
      'user.pin.trustType',
      'derived.pinRecovery',
      'session.pinResetFrom',
      'user.accountKind',
    ],
    when: (c) =>
      all(eq(c.user.pin.trustType, 'key'), hybrid(c), destructive(c), fromLockScreen(c), workAccount(c), hasPin(c)),
  }),
  rule({
    id: 'P-HYB-DC',
    target: 'pin',
    stage: 'pin',
    effect: 'FAIL',
    message: 'Connect to the corporate network.',
    sources: ['PIN'],
    firstDocumented: DOC.PIN,
    reads: [
      'user.pin.hasPin',
      'device.joinState',
      'device.network.domainControllerReachable',
      'user.pin.trustType',
      'device.network.adfsReachable',
      'user.accountKind',
    ],
    when: (c) => {
      const { domainControllerReachable: dc, adfsReachable: adfs } = c.network;
      const offline = c.user.pin.trustType === 'certificate' ? any(eq(dc, false), eq(adfs, false)) : eq(dc, false);
      return all(offline, hybrid(c), destructive(c), workAccount(c), hasPin(c));
    },
  }),
  rule({
    id: 'P-HYB-PW',
    target: 'pin',
    stage: 'pin',
    effect: 'INFO',
    message: 'Enter your password to continue.',
    sources: ['PIN'],
    firstDocumented: DOC.PIN,
    reads: ['user.pin.hasPin', 'device.joinState', 'session.pinResetFrom', 'user.accountKind'],
    when: (c) => all(hybrid(c), fromLockScreen(c), workAccount(c), hasPin(c)),
  }),
  rule({
    id: 'P-FED',
    target: 'pin',
    stage: 'pin',
    effect: 'FAIL',
    message: "We can't open that page right now",
    sources: ['PIN', 'CSP'],
    firstDocumented: DOC.PIN21,
    reads: [
      'user.pin.hasPin',
      'device.joinState',
      'tenant.identityProvider',
      'tenant.identityProviderDomains',
      'device.settings.ConfigureWebSignInAllowedUrls',
      'device.os.build',
      'device.os.ubr',
      'user.accountKind',
    ],
    when: (c) => {
      const idp = c.tenant.identityProvider;
      const head = all(
        is(idp, idp === 'adfs' || idp === 'thirdParty'),
        eq(c.device.joinState, 'entraJoined'),
        workAccount(c),
        hasPin(c),
      );
      if (head === FALSE) return FALSE; // the lists are only read when they matter
      const domains = c.tenant.identityProviderDomains;
      const allowed = c.settings.ConfigureWebSignInAllowedUrls;
      const lacks = is(
        domains === 'unknown' ? domains : allowed,
        domains !== 'unknown' && allowed !== 'unknown' && domains.some((domain) => !allowed.includes(domain)),
      );
      return all(head, any(allowedUrlsPolicyMissing(c), lacks));
    },
  }),
  rule({
    id: 'P-GOV',
    target: 'pin',
    stage: 'pin',
    effect: 'FAIL',
    message: "We can't open that page right now",
    sources: ['PIN', 'PIN21'],
    firstDocumented: DOC.PIN21,
    reads: [
      'user.pin.hasPin',
      'tenant.cloud',
      'device.settings.ConfigureWebSignInAllowedUrls',
      'device.os.build',
      'device.os.ubr',
      'user.accountKind',
    ],
    when: (c) => {
      const head = all(eq(c.tenant.cloud, 'usGovernment'), workAccount(c), hasPin(c));
      if (head === FALSE) return FALSE;
      const allowed = c.settings.ConfigureWebSignInAllowedUrls;
      const lacks = is(allowed, Array.isArray(allowed) && !allowed.includes('login.microsoftonline.us'));
      return all(head, any(allowedUrlsPolicyMissing(c), lacks));
    },
  }),
  rule({
    id: 'P-W11',
    target: 'pin',
    stage: 'pin',
    effect: 'WARN',
    message: 'Web sign-in makes PIN reset smoother on Windows 11 22H2 with KB5030310 or later.',
    sources: ['WSI', 'CSP'],
    firstDocumented: DOC.WSI,
    reads: [
      'user.pin.hasPin',
      'device.os.build',
      'device.os.ubr',
      'device.settings.EnableWebSignIn',
      'device.joinState',
      'user.accountKind',
    ],
    when: (c) =>
      all(
        eq(c.settings.EnableWebSignIn, 1),
        webSignInBuild(c),
        eq(c.device.joinState, 'entraJoined'),
        workAccount(c),
        hasPin(c),
      ),
  }),
  rule({
    id: 'P-MSA-LOCK',
    target: 'pin',
    stage: 'pin',
    effect: 'INFO',
    message:
      'Personal Microsoft account: consumer PIN reset (Microsoft account password, then a security code, then a new PIN; needs internet). SSPR limitations and prerequisites do not apply.',
    sources: ['MSAPIN', 'PIN'],
    reading:
      'The notes that SSPR limitations also apply to the PIN reset concern work or school accounts; no document limits the consumer flow, on any join state, workgroup included.',
    firstDocumented: DOC.PIN,
    reads: ['user.pin.hasPin', 'user.accountKind'],
    when: (c) => all(eq(c.user.accountKind, 'personalMicrosoftAccount'), hasPin(c)),
  }),
  rule({
    id: 'P-SCRIL',
    target: 'pin',
    stage: 'pin',
    effect: 'FAIL',
    message: "This account has no usable password; PIN reset can't verify you.",
    sources: ['windows-itpro-docs#5211', 'PIN'],
    unofficial: true,
    reading:
      'The hybrid lock-screen flow asks for the password first ("Enter your password and press enter"), which a smart-card-only account does not have.',
    firstDocumented: null,
    firstFieldReport: field('windows-itpro-docs#5211', '2019-10-18'),
    reads: [
      'user.pin.hasPin',
      'device.joinState',
      'user.smartCardRequired',
      'derived.pinRecovery',
      'session.pinResetFrom',
      'user.accountKind',
    ],
    when: (c) =>
      all(eq(c.user.smartCardRequired, true), hybrid(c), destructive(c), fromLockScreen(c), workAccount(c), hasPin(c)),
  }),
  rule({
    id: 'P-PASSKEY',
    target: 'pin',
    stage: 'pin',
    effect: 'WARN',
    message: 'Resetting the PIN deletes passkeys saved in Windows Hello.',
    sources: ['PIN'],
    reading:
      'Inferred: a destructive reset deletes "any keys or certificates added to their Windows Hello container"; the user registers the passkeys again.',
    firstDocumented: DOC.PASSKEYS,
    reads: ['user.pin.hasPin', 'user.pin.passkeysInContainer', 'derived.pinRecovery', 'user.accountKind'],
    when: (c) => all(eq(c.user.pin.passkeysInContainer, true), destructive(c), workAccount(c), hasPin(c)),
  }),
  rule({
    id: 'R-BASELINE',
    target: 'pin',
    stage: 'pin',
    effect: 'WARN',
    message: 'Lock-screen notifications off (a security baseline setting) may also break the PIN reset from Settings.',
    sources: ['windows-itpro-docs#3696', 'azure-docs#30919'],
    unofficial: true,
    reading: 'The baseline case fires R-LSNOTIF for the password; this field report extends it to the Settings path.',
    firstDocumented: null,
    firstFieldReport: field('windows-itpro-docs#3696', '2019-05'),
    reads: [MODERN, 'user.pin.hasPin', 'session.pinResetFrom', 'device.settings.DisableLockScreenAppNotifications'],
    when: (c) =>
      all(
        eq(c.settings.DisableLockScreenAppNotifications, 1),
        eq(c.session.pinResetFrom, 'settings'),
        hasPin(c),
        c.modern,
      ),
  }),
];
