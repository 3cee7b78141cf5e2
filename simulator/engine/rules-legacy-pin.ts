// §6 Windows 7/8/8.1 add-in and §7 Windows Hello for Business "I forgot my PIN" (plus P-MSA of §11).
import { all, any, eq, FALSE, is, not, TRUE, UNDECIDED, when, type Context, type Truth } from './conditions';
import { legacy, MODERN, rule, type Rule } from './rule';
import { ERA } from './rules-visibility';

/** P-EDITION: 1709–1809 Enterprise only; 1903+ Pro or Enterprise (Education added in the 2024 docs). */
export function nonDestructiveEditionOk(c: Context): Truth {
  const { build, edition } = c.os;
  if (build === 'unknown' || edition === 'unknown') return UNDECIDED;
  if (build < 16299) return FALSE;
  if (build < 18362) return edition === 'Enterprise' ? TRUE : FALSE;
  const education = c.era >= ERA.current && (edition === 'Education' || edition === 'ProEducation');
  return edition === 'Pro' || edition === 'Enterprise' || education ? TRUE : FALSE;
}

const hasPin = (c: Context): Truth => eq(c.user.pin.hasPin, true);
const recoveryOn = (c: Context): Truth => eq(c.d.pinRecovery, true);
const hybrid = (c: Context): Truth => eq(c.device.joinState, 'hybridJoined');
const destructive = (c: Context): Truth => when(c.pinMode === 'destructive');

export const LEGACY_RULES: Rule[] = [
  rule({
    id: 'R-L-INSTALL',
    stage: 'legacy',
    effect: 'HIDE',
    message: 'SsprWindowsLogon.PROD.msi is not installed (https://aka.ms/sspraddin).',
    sources: ['W25 §Install'],
    reads: [MODERN, 'device.legacyAddIn.installed'],
    when: (c) => all(eq(c.device.legacyAddIn.installed, false), legacy(c)),
  }),
  rule({
    id: 'R-L-OS',
    stage: 'legacy',
    effect: 'HIDE',
    message: 'Windows 7/8.1 not patched: unsupported.',
    sources: ['W25'],
    reads: [MODERN, 'device.legacyAddIn.osPatched'],
    when: (c) => all(eq(c.device.legacyAddIn.osPatched, false), legacy(c)),
  }),
  rule({
    id: 'R-L-TLS',
    stage: 'legacy',
    effect: 'FAIL',
    message: 'TLS 1.2 must be explicitly enabled (auto-negotiate is not enough).',
    sources: ['W25'],
    reads: [MODERN, 'device.legacyAddIn.tls12Enabled'],
    when: (c) => all(eq(c.device.legacyAddIn.tls12Enabled, false), legacy(c)),
  }),
  rule({
    id: 'R-L-NET',
    stage: 'legacy',
    effect: 'FAIL',
    message: 'No 443 to passwordreset.microsoftonline.com.',
    sources: ['W25'],
    reads: [MODERN, 'device.network.reachesPasswordResetService'],
    when: (c) => all(eq(c.network.reachesPasswordResetService, false), legacy(c)),
  }),
  rule({
    id: 'R-L-MULTICP',
    stage: 'legacy',
    effect: 'WARN',
    message: 'More than one third-party credential provider: duplicate user tiles.',
    sources: ['W25'],
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
    reads: [MODERN, 'user.pin.hasPin', 'device.os.build', 'session.credentialProvider'],
    when: (c) => {
      const build = c.os.build;
      return all(hasPin(c), eq(c.session.credentialProvider, 'pin'), is(build, (build as number) >= 16299), c.modern);
    },
  }),
  rule({
    id: 'P-SSPR-LIMITS',
    target: 'pin',
    stage: 'pin',
    effect: 'HIDE',
    effectFor: (c) => (c.sharedLimit === 'HIDE' ? 'HIDE' : 'FAIL'),
    message: 'Lock-screen PIN reset shares SSPR limits.',
    sources: ['W25 note', 'PIN'],
    reading: 'Applies the device, session and launch limits of §2/§3, not the AllowAadPasswordReset policy rules.',
    reads: ['user.pin.hasPin'],
    when: (c) => all(when(c.sharedLimit !== null), hasPin(c)),
  }),
  rule({
    id: 'P-POLICY-SRC',
    target: 'pin',
    stage: 'pin',
    effect: 'INFO',
    message: 'EnablePinRecovery = True applied from a policy source.',
    sources: ['PIN', 'INT18'],
    reads: ['derived.pinRecovery'],
    when: recoveryOn,
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
    reading: 'A-11',
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
    reads: ['user.pin.hasPin', 'device.joinState', 'user.pin.trustType', 'derived.pinRecovery'],
    when: (c) => all(eq(c.user.pin.trustType, 'key'), hybrid(c), destructive(c), hasPin(c)),
  }),
  rule({
    id: 'P-HYB-DC',
    target: 'pin',
    stage: 'pin',
    effect: 'FAIL',
    message: 'Connect to the corporate network.',
    sources: ['PIN'],
    reads: [
      'user.pin.hasPin',
      'device.joinState',
      'device.network.domainControllerReachable',
      'user.pin.trustType',
      'device.network.adfsReachable',
    ],
    when: (c) => {
      const { domainControllerReachable: dc, adfsReachable: adfs } = c.network;
      const offline = c.user.pin.trustType === 'certificate' ? any(eq(dc, false), eq(adfs, false)) : eq(dc, false);
      return all(offline, hybrid(c), destructive(c), hasPin(c));
    },
  }),
  rule({
    id: 'P-HYB-PW',
    target: 'pin',
    stage: 'pin',
    effect: 'INFO',
    message: 'Enter your password to continue.',
    sources: ['PIN'],
    reads: ['user.pin.hasPin', 'device.joinState'],
    when: (c) => all(hybrid(c), hasPin(c)),
  }),
  rule({
    id: 'P-FED',
    target: 'pin',
    stage: 'pin',
    effect: 'FAIL',
    message: "We can't open that page right now",
    sources: ['PIN', 'CSP'],
    reads: [
      'user.pin.hasPin',
      'device.joinState',
      'tenant.identityProvider',
      'tenant.identityProviderDomains',
      'device.settings.ConfigureWebSignInAllowedUrls',
    ],
    when: (c) => {
      const idp = c.tenant.identityProvider;
      const head = all(
        is(idp, idp === 'adfs' || idp === 'thirdParty'),
        eq(c.device.joinState, 'entraJoined'),
        hasPin(c),
      );
      if (head === FALSE) return FALSE; // the lists are only read when they matter
      const domains = c.tenant.identityProviderDomains;
      const allowed = c.settings.ConfigureWebSignInAllowedUrls;
      const lacks = is(
        domains === 'unknown' ? domains : allowed,
        domains !== 'unknown' && allowed !== 'unknown' && domains.some((domain) => !allowed.includes(domain)),
      );
      return all(head, lacks);
    },
  }),
  rule({
    id: 'P-GOV',
    target: 'pin',
    stage: 'pin',
    effect: 'FAIL',
    message: "We can't open that page right now",
    sources: ['PIN', 'PIN21'],
    reads: ['user.pin.hasPin', 'tenant.cloud', 'device.settings.ConfigureWebSignInAllowedUrls'],
    when: (c) => {
      const head = all(eq(c.tenant.cloud, 'usGovernment'), hasPin(c));
      if (head === FALSE) return FALSE;
      const allowed = c.settings.ConfigureWebSignInAllowedUrls;
      return all(head, is(allowed, Array.isArray(allowed) && !allowed.includes('login.microsoftonline.us')));
    },
  }),
  rule({
    id: 'P-W11',
    target: 'pin',
    stage: 'pin',
    effect: 'WARN',
    message: 'Web sign-in makes PIN reset smoother on Windows 11 22H2 with KB5030310 or later.',
    sources: ['WSI', 'CSP'],
    reads: [
      'user.pin.hasPin',
      'device.os.build',
      'device.os.ubr',
      'device.settings.EnableWebSignIn',
      'device.joinState',
    ],
    when: (c) => {
      const { build, ubr } = c.os;
      const recent = is(build, (build as number) > 22621 || (build === 22621 && ubr !== 'unknown' && ubr >= 2361));
      return all(eq(c.settings.EnableWebSignIn, 1), recent, eq(c.device.joinState, 'entraJoined'), hasPin(c));
    },
  }),
];
