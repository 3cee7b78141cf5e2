// §6 Windows 7/8/8.1 add-in and §7 Windows Hello for Business "I forgot my PIN" (plus P-MSA of §11).
import { derived, field, option, type Context } from './conditions';
import { isFalse, isLegacy, isModern, isTrue, rule, type Rule } from './rule';
import { ERA } from './rules-visibility';

/** P-EDITION: 1709–1809 Enterprise only; 1903+ Pro or Enterprise (Education added in the 2024 docs). */
export function nonDestructiveEditionOk(ctx: Context): boolean | 'unknown' {
  const { build, edition } = ctx.s.device.os;
  if (build === 'unknown' || edition === 'unknown') return 'unknown';
  if (build < 16299) return false;
  if (build < 18362) return edition === 'Enterprise';
  const education = ctx.era >= ERA.current && (edition === 'Education' || edition === 'ProEducation');
  return edition === 'Pro' || edition === 'Enterprise' || education;
}

const pinExists = isTrue('user.pin.hasPin');
const recoveryOn = derived('pinRecovery', (on) => on === true);
const isHybrid = field('device.joinState', (join) => join === 'hybridJoined');

export const LEGACY_RULES: Rule[] = [
  rule({ id: 'R-L-INSTALL', stage: 'legacy', effect: 'HIDE', message: 'SsprWindowsLogon.PROD.msi is not installed (https://aka.ms/sspraddin).', sources: ['W25 §Install'], when: [isLegacy, isFalse('device.legacyAddIn.installed')] }),
  rule({ id: 'R-L-OS', stage: 'legacy', effect: 'HIDE', message: 'Windows 7/8.1 not patched: unsupported.', sources: ['W25'], when: [isLegacy, isFalse('device.legacyAddIn.osPatched')] }),
  rule({ id: 'R-L-TLS', stage: 'legacy', effect: 'FAIL', message: 'TLS 1.2 must be explicitly enabled (auto-negotiate is not enough).', sources: ['W25'], when: [isLegacy, isFalse('device.legacyAddIn.tls12Enabled')] }),
  rule({ id: 'R-L-NET', stage: 'legacy', effect: 'FAIL', message: 'No 443 to passwordreset.microsoftonline.com.', sources: ['W25'], when: [isLegacy, isFalse('device.network.reachesPasswordResetService')] }),
  rule({
    id: 'R-L-MULTICP',
    stage: 'legacy',
    effect: 'WARN',
    message: 'More than one third-party credential provider: duplicate user tiles.',
    sources: ['W25'],
    when: [isLegacy, field<number>('device.settings.thirdPartyCredentialProviders', (count) => count > 1)],
  }),
  rule({
    id: 'R-L-LOG',
    stage: 'legacy',
    effect: 'INFO',
    message: 'EnableLogging = 1: events from AADPasswordResetCredentialProvider are logged.',
    sources: ['W25'],
    when: [isLegacy, isTrue('device.legacyAddIn.loggingEnabled')],
  }),
];

export const PIN_RULES: Rule[] = [
  rule({
    id: 'P-LINK',
    target: 'pin',
    stage: 'pin',
    effect: 'INFO',
    message: '"I forgot my PIN" on the lock screen (1709+) and in Settings > Accounts > Sign-in options (1703+).',
    sources: ['PIN21', 'PIN'],
    when: [isModern, pinExists, field<number>('device.os.build', (build) => build >= 16299)],
  }),
  rule({
    id: 'P-SSPR-LIMITS',
    target: 'pin',
    stage: 'pin',
    effect: 'HIDE',
    effectFor: (ctx) => (ctx.sharedLimit === 'HIDE' ? 'HIDE' : 'FAIL'),
    message: 'Lock-screen PIN reset shares SSPR limits.',
    sources: ['W25 note', 'PIN'],
    reading: 'Applies the device, session and launch limits of §2/§3, not the AllowAadPasswordReset policy rules.',
    when: [pinExists, option('option.sharedLimit', (ctx) => ctx.sharedLimit !== null)],
  }),
  rule({
    id: 'P-POLICY-SRC',
    target: 'pin',
    stage: 'pin',
    effect: 'INFO',
    message: 'EnablePinRecovery = True applied from a policy source.',
    sources: ['PIN', 'INT18'],
    when: [recoveryOn],
  }),
  rule({
    key: 'P-POLICY-SRC/typo',
    id: 'P-POLICY-SRC',
    target: 'pin',
    stage: 'pin',
    effect: 'WARN',
    message: 'OMA-URI "./Vendor/MSFT/Policy/PassportForWork/..." is a doc typo and is not applied; use ./Device/Vendor/MSFT/PassportForWork/{TenantId}/Policies/EnablePinRecovery.',
    sources: ['PIN', 'CSP'],
    reading: 'A-11',
    when: [option('option.pinTypo', (ctx) => ctx.d.pinPolicy.typoPath)],
  }),
  rule({
    id: 'P-MODE',
    target: 'pin',
    stage: 'pin',
    effect: 'INFO',
    message: 'PIN and Hello keys will be recreated.',
    sources: ['PIN'],
    when: [pinExists, option('option.pinMode', (ctx) => ctx.pinMode === 'destructive')],
  }),
  rule({
    id: 'P-NONDESTR',
    target: 'pin',
    stage: 'pin',
    effect: 'INFO',
    message: 'PIN changed; keys kept.',
    sources: ['PIN'],
    when: [pinExists, option('option.pinMode', (ctx) => ctx.pinMode === 'nonDestructive')],
  }),
  rule({
    id: 'P-EDITION',
    target: 'pin',
    stage: 'pin',
    effect: 'INFO',
    message: 'Non-destructive reset unsupported here.',
    sources: ['PIN19', 'PIN23', 'PIN'],
    when: [pinExists, recoveryOn, field('device.os.edition', (_edition, ctx) => nonDestructiveEditionOk(ctx) === false)],
  }),
  rule({
    id: 'P-JOIN',
    target: 'pin',
    stage: 'pin',
    effect: 'INFO',
    message: 'Non-destructive reset needs an Entra joined or hybrid joined device; on-premises-only deployments reset destructively.',
    sources: ['PIN'],
    when: [pinExists, recoveryOn, field('device.joinState', (join) => join !== 'entraJoined' && join !== 'hybridJoined')],
  }),
  rule({
    id: 'P-MSA',
    target: 'pin',
    stage: 'pin',
    effect: 'INFO',
    message: 'Non-destructive PIN reset is for work or school accounts only.',
    sources: ['PIN'],
    when: [pinExists, field('user.accountKind', (kind) => kind === 'personalMicrosoftAccount')],
  }),
  rule({
    id: 'P-HYB-KEY',
    target: 'pin',
    stage: 'pin',
    effect: 'FAIL',
    message: 'Key trust needs non-destructive reset.',
    sources: ['PIN'],
    when: [pinExists, isHybrid, field('user.pin.trustType', (trust) => trust === 'key'), option('option.pinMode', (ctx) => ctx.pinMode === 'destructive')],
  }),
  rule({
    id: 'P-HYB-DC',
    target: 'pin',
    stage: 'pin',
    effect: 'FAIL',
    message: 'Connect to the corporate network.',
    sources: ['PIN'],
    when: [
      pinExists,
      isHybrid,
      option('option.pinMode', (ctx) => ctx.pinMode === 'destructive'),
      field('device.network.domainControllerReachable', (ok, ctx) => ok === false || (ctx.s.user.pin.trustType === 'certificate' && ctx.s.device.network.adfsReachable === false)),
    ],
  }),
  rule({
    id: 'P-HYB-PW',
    target: 'pin',
    stage: 'pin',
    effect: 'INFO',
    message: 'Enter your password to continue.',
    sources: ['PIN'],
    when: [pinExists, isHybrid],
  }),
  rule({
    id: 'P-FED',
    target: 'pin',
    stage: 'pin',
    effect: 'FAIL',
    message: "We can't open that page right now",
    sources: ['PIN', 'CSP'],
    when: [
      pinExists,
      field('device.joinState', (join) => join === 'entraJoined'),
      field('tenant.identityProvider', (idp) => idp === 'adfs' || idp === 'thirdParty'),
      field<string[]>('tenant.identityProviderDomains', (domains, ctx) => {
        const allowed = ctx.s.device.settings.ConfigureWebSignInAllowedUrls;
        return allowed !== 'unknown' && domains.some((domain) => !allowed.includes(domain));
      }),
    ],
  }),
  rule({
    id: 'P-GOV',
    target: 'pin',
    stage: 'pin',
    effect: 'FAIL',
    message: "We can't open that page right now",
    sources: ['PIN', 'PIN21'],
    when: [
      pinExists,
      field('tenant.cloud', (cloud) => cloud === 'usGovernment'),
      field<string[]>('device.settings.ConfigureWebSignInAllowedUrls', (urls) => !urls.includes('login.microsoftonline.us')),
    ],
  }),
  rule({
    id: 'P-W11',
    target: 'pin',
    stage: 'pin',
    effect: 'WARN',
    message: 'Web sign-in makes PIN reset smoother on Windows 11 22H2 with KB5030310 or later.',
    sources: ['WSI', 'CSP'],
    when: [
      pinExists,
      field<number>('device.os.build', (build, ctx) => build > 22621 || (build === 22621 && ctx.s.device.os.ubr !== 'unknown' && ctx.s.device.os.ubr >= 2361)),
      field('device.settings.EnableWebSignIn', (value) => value === 1),
      field('device.joinState', (join) => join === 'entraJoined'),
    ],
  }),
];
