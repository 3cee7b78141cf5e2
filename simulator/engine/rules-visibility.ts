// Link visibility (device and session gates, all HIDE) plus the optional link-after-failure and field-report rules.
import { all, eq, is, not, when, type Context, type Truth } from './conditions';
import { DOC, field } from './doc-revisions';
import { legacy, MODERN, rule, type Rule } from './rule';
import { PASSWORD_PROVIDER_CLSID } from '../model/scenario';
import { WEB_SIGN_IN_MIN } from '../model/windows';
import { ERAS } from './types';

export const ERA = {
  seed: ERAS.indexOf('2017-11'),
  t18: ERAS.indexOf('2018-07'),
  t19: ERAS.indexOf('2019-02'),
  w19a: ERAS.indexOf('2019-07'),
  w20: ERAS.indexOf('2020-07'),
  gh69522: ERAS.indexOf('2021-02'),
  gh87326: ERAS.indexOf('2022-02'),
  w23: ERAS.indexOf('2023-09'),
  current: ERAS.indexOf('current'),
} as const;

/** R-PWLESS-DDLU: DontDisplayLastUserName = 1 turns the passwordless experience off. */
export const passwordlessNotDisabled = (c: Context): Truth => not(eq(c.settings.DontDisplayLastUserName, 1));

/** The password provider's CLSID, with or without braces, in any case. */
export function excludesPasswordProvider(clsids: readonly string[]): boolean {
  const wanted = PASSWORD_PROVIDER_CLSID.slice(1, -1);
  return clsids.some(
    (clsid) =>
      clsid
        .trim()
        .replace(/^\{|\}$/g, '')
        .toLowerCase() === wanted,
  );
}

/** Windows 11 22H2 with KB5030310 (22621.2361) or later. */
export const webSignInBuild = (c: Context): Truth => {
  const { build, ubr } = c.os;
  return is(
    build,
    (build as number) > WEB_SIGN_IN_MIN.build ||
      (build === WEB_SIGN_IN_MIN.build && ubr !== 'unknown' && ubr >= WEB_SIGN_IN_MIN.ubr),
  );
};

/** R-WSI-DEFAULT and P-W11: web sign-in on (EnableWebSignIn = 1, Entra joined, 22H2 + KB5030310). */
export const webSignInDefault = (c: Context): Truth =>
  all(eq(c.settings.EnableWebSignIn, 1), webSignInBuild(c), eq(c.device.joinState, 'entraJoined'), c.modern);

export const VISIBILITY_RULES: Rule[] = [
  rule({
    id: 'R-OS',
    stage: 'device',
    effect: 'INFO',
    message: 'Legacy Windows needs the SSPR add-in.',
    sources: ['W25 §Windows 7, 8, and 8.1'],
    firstDocumented: DOC.W19a,
    reads: [MODERN],
    when: legacy,
  }),
  rule({
    id: 'R-VERSION',
    stage: 'device',
    effect: 'HIDE',
    message: 'Needs Windows 10 1803 (17134) or later.',
    sources: ['W25 §prerequisites', 'L17'],
    reading: '2017-era rules (L17): 1709 (16299) was the minimum.',
    firstDocumented: DOC.L17,
    reads: [MODERN, 'device.os.build'],
    when: (c) => {
      const build = c.os.build;
      return all(c.modern, is(build, (build as number) < (c.era === ERA.seed ? 16299 : 17134)));
    },
  }),
  rule({
    id: 'R-EDITION',
    stage: 'device',
    effect: 'HIDE',
    message: "AllowAadPasswordReset isn't available on Home.",
    sources: ['CSP'],
    firstDocumented: DOC.CSP,
    reads: [MODERN, 'device.os.edition'],
    when: (c) => all(eq(c.os.edition, 'Home'), c.modern),
  }),
  rule({
    id: 'R-JOIN',
    stage: 'device',
    effect: 'HIDE',
    message: 'Device must be Entra joined or hybrid joined.',
    sources: ['W25', 'L17', 'T18'],
    reading: 'Nov 2017 docs (L17): Azure AD joined only; hybrid joined added in Jul 2018 (T18).',
    firstDocumented: DOC.L17,
    reads: [MODERN, 'device.joinState'],
    when: (c) => {
      const join = c.device.joinState;
      return all(is(join, join !== 'entraJoined' && (join !== 'hybridJoined' || c.era === ERA.seed)), c.modern);
    },
  }),
  rule({
    id: 'R-POLICY',
    stage: 'device',
    effect: 'HIDE',
    message: 'Reset at sign-in not enabled on this device.',
    sources: ['CSP'],
    firstDocumented: DOC.L17,
    reads: [MODERN, 'derived.policy'],
    when: (c) => all(is(c.d.policy, c.d.policy !== 1), c.modern),
  }),
  rule({
    id: 'R-POLICY-SRC',
    stage: 'device',
    effect: 'INFO',
    message: 'AllowAadPasswordReset = 1 applied from a policy source.',
    sources: ['W25', 'W19a', 'PCSP', 'live page (settings catalog)'],
    firstDocumented: DOC.L17,
    reads: [MODERN, 'derived.policy'],
    when: (c) => all(eq(c.d.policy, 1), c.modern),
  }),
  rule({
    id: 'R-POLICY-CONFLICT',
    stage: 'device',
    effect: 'WARN',
    message:
      'Policy sources that reach this device set AllowAadPasswordReset to different values: Intune reports the conflict for you to resolve, and which value the device uses is not determined. Remove one source or make them agree.',
    sources: ['CONFLICT', 'CPC'],
    reading:
      'Intune: "If a configuration policy setting conflicts with a setting in another configuration policy, this conflict is shown in Intune. Manually resolve these conflicts." Group policy against MDM outside MDMWinsOverGP: "no guarantee which one wins".',
    firstDocumented: DOC.CONFLICT,
    reads: [MODERN, 'derived.policyConflict'],
    when: (c) => all(eq(c.d.policyConflict, true), c.modern),
  }),
  rule({
    id: 'R-POLICY-TYPE',
    stage: 'device',
    effect: 'HIDE',
    message: 'Device-scope integer 0/1 expected.',
    sources: ['CSP'],
    firstDocumented: DOC.L17,
    reads: [MODERN, 'derived.policyTypeError', 'derived.policy'],
    when: (c) => all(when(c.d.policyTypeError), is(c.d.policy, c.d.policy !== 1), c.modern),
  }),
  rule({
    id: 'R-MDM',
    stage: 'device',
    effect: 'HIDE',
    message: 'Intune method needs an enrolled device.',
    sources: ['W25 §Enable ... using Intune'],
    firstDocumented: DOC.L17,
    reads: [MODERN, 'derived.mdmBlocked'],
    when: (c) => all(eq(c.d.mdmBlocked, true), c.modern),
  }),
  rule({
    id: 'R-ASSIGN',
    stage: 'device',
    effect: 'HIDE',
    message: 'Profile not assigned/applicable.',
    sources: ['ASG', 'CRT'],
    firstDocumented: DOC.ASG,
    reads: [MODERN, 'derived.assignBlocked'],
    when: (c) => all(eq(c.d.assignBlocked, true), c.modern),
  }),
  rule({
    key: 'R-ASSIGN/user',
    id: 'R-ASSIGN',
    stage: 'device',
    effect: 'WARN',
    message:
      'Assigned through a user group: the device-scoped setting arrives only after that user has signed in on this device; assign it to a device group.',
    sources: ['ASG', 'CSP'],
    reading: 'The CSP is device-scoped, so device-group assignment is preferred.',
    firstDocumented: DOC.ASG,
    reads: [MODERN, 'derived.userTargetedPolicy', 'derived.policy'],
    when: (c) => all(when(c.d.userTargetedPolicy), eq(c.d.policy, 1), c.modern),
  }),
  rule({
    id: 'R-ASSIGN-MIX',
    stage: 'device',
    effect: 'WARN',
    message: "Intune doesn't evaluate mixed user/device exclusions.",
    sources: ['ASG matrix'],
    firstDocumented: DOC.ASG,
    reads: [MODERN, 'derived.mixedExclusionIgnored'],
    when: (c) => all(when(c.d.mixedExclusionIgnored), c.modern),
  }),
  rule({
    id: 'R-NOLOCK',
    stage: 'device',
    effect: 'HIDE',
    message: 'Lock screen disabled; reset unavailable.',
    sources: ['T18', 'W25', 'GH#11080'],
    firstDocumented: DOC.T18,
    firstFieldReport: field('GH#11080', '2018-07-02'),
    reads: [MODERN, 'device.settings.NoLockScreen'],
    when: (c) => all(eq(c.settings.NoLockScreen, 1), c.modern),
  }),
  rule({
    id: 'R-PWLESS',
    stage: 'device',
    effect: 'HIDE',
    message: 'Passwordless experience hides the password tile.',
    sources: ['PWL'],
    reading: 'Inferred; only the last user\'s tile, "Other user" is unaffected.',
    firstDocumented: DOC.PWL,
    reads: [
      MODERN,
      'device.settings.EnablePasswordlessExperience',
      'device.os.build',
      'session.lastSignInMethod',
      'session.tile',
      'device.settings.DontDisplayLastUserName',
    ],
    when: (c) => {
      const { os, settings } = c;
      const method = c.session.lastSignInMethod;
      return all(
        eq(settings.EnablePasswordlessExperience, 1),
        eq(c.session.tile, 'lastUser'),
        is(method, method === 'pin' || method === 'fido2'),
        is(os.build, (os.build as number) >= 22000),
        passwordlessNotDisabled(c),
        c.modern,
      );
    },
  }),
  rule({
    id: 'R-PWLESS-DDLU',
    stage: 'device',
    effect: 'INFO',
    message: "Don't-display-last-signed-in breaks both the passwordless experience and reset.",
    sources: ['PWL'],
    reading:
      'The passwordless experience is off while DontDisplayLastUserName = 1, so R-PWLESS does not fire; R-DDLU does.',
    firstDocumented: DOC.PWL,
    reads: [MODERN, 'device.settings.EnablePasswordlessExperience', 'device.settings.DontDisplayLastUserName'],
    when: (c) =>
      all(eq(c.settings.EnablePasswordlessExperience, 1), eq(c.settings.DontDisplayLastUserName, 1), c.modern),
  }),
  rule({
    id: 'R-EXCLCP',
    stage: 'device',
    effect: 'HIDE',
    message: 'Password sign-in is excluded, so there is no Reset password link.',
    sources: ['PWL', 'windows-itpro-docs#10583'],
    reading: 'Inferred: without the password provider no tile has a password box, "Other user" included.',
    firstDocumented: DOC.PWL,
    firstFieldReport: field('windows-itpro-docs#10583'),
    reads: [MODERN, 'device.settings.ExcludedCredentialProviders'],
    when: (c) => {
      const excluded = c.settings.ExcludedCredentialProviders;
      return all(is(excluded, excluded !== 'unknown' && excludesPasswordProvider(excluded)), c.modern);
    },
  }),
  rule({
    id: 'R-WSI-DEFAULT',
    stage: 'device',
    effect: 'WARN',
    message: 'Web sign-in is the default; pick the password option to reset.',
    sources: ['WSI'],
    reading:
      'Inferred: with web sign-in on, new users get the web sign-in provider and signed-out users are not listed; the password provider (Sign-in options or Other user) brings the link back.',
    firstDocumented: DOC.WSI,
    reads: [MODERN, 'device.settings.EnableWebSignIn', 'device.os.build', 'device.os.ubr', 'device.joinState'],
    when: webSignInDefault,
  }),
  rule({
    key: 'R-WSI-DEFAULT/selected',
    id: 'R-WSI-DEFAULT',
    stage: 'session',
    effect: 'HIDE',
    message:
      'The web sign-in provider is on screen: there is no password box, so no Reset password link. Choose the password key under Sign-in options.',
    sources: ['WSI'],
    reading: 'Inferred: Reset password sits under the password box, which the web sign-in provider does not draw.',
    firstDocumented: DOC.WSI,
    reads: ['session.credentialProvider'],
    when: (c) => eq(c.session.credentialProvider, 'webSignIn'),
  }),
  rule({
    id: 'R-SESSION-RDP',
    stage: 'session',
    effect: 'HIDE',
    message: 'Not supported over Remote Desktop.',
    sources: ['W25 §General limitations', 'L17'],
    firstDocumented: DOC.L17,
    reads: ['session.kind'],
    when: (c) => eq(c.session.kind, 'remoteDesktop'),
  }),
  rule({
    id: 'R-SESSION-HV',
    stage: 'session',
    effect: 'HIDE',
    message: 'Turn off View > Enhanced session.',
    sources: ['W25', 'L17 §Common issues'],
    firstDocumented: DOC.L17,
    reads: ['session.kind'],
    when: (c) => eq(c.session.kind, 'hyperVEnhanced'),
  }),
  rule({
    id: 'R-CLOUDPC',
    stage: 'session',
    effect: 'HIDE',
    message: 'Cloud PCs are used over Remote Desktop; reset from a local device or the web.',
    sources: ['W25 §General limitations'],
    reading:
      'Inferred: a Windows 365 Cloud PC or Azure Virtual Desktop session host is reached through a remote session, so it is treated as Remote Desktop; no Cloud-PC-specific document exists.',
    firstDocumented: DOC.L17,
    reads: ['session.cloudPc'],
    when: (c) => {
      const cloudPc = c.session.cloudPc;
      return is(cloudPc, cloudPc !== 'none');
    },
  }),
  rule({
    id: 'R-AFTER-FAILURE',
    stage: 'session',
    effect: 'HIDE',
    message: 'Link shown only after a failed sign-in attempt (option).',
    sources: ['W25 §What do users see?'],
    reading: 'Off by default; the Entra docs show the link without a failed attempt.',
    firstDocumented: DOC.UH18,
    reads: ['session.failedAttempts'],
    when: (c) => all(when(c.o.linkAfterFailedAttempt), eq(c.session.failedAttempts, 0)),
  }),
  rule({
    id: 'R-SECURE-ASSESS',
    stage: 'device',
    effect: 'HIDE',
    message: 'Secure assessment profile removes the Reset password link.',
    sources: ['MicrosoftDocs/memdocs#418'],
    unofficial: true,
    reading: 'Field report, only with the field-reports option.',
    firstDocumented: null,
    firstFieldReport: field('MicrosoftDocs/memdocs#418', '2020-06-24'),
    reads: [MODERN, 'device.settings.secureAssessmentProfile'],
    when: (c) => all(when(c.o.fieldReports), eq(c.settings.secureAssessmentProfile, true), c.modern),
  }),
  rule({
    id: 'R-FIELD-REBOOT',
    stage: 'device',
    effect: 'WARN',
    message: 'Field report: link missing after a restart until a user signs out once.',
    sources: ['GH#44561'],
    unofficial: true,
    reading: 'Field report: only with the field-reports option.',
    firstDocumented: null,
    firstFieldReport: field('GH#44561', '2019-12-12'),
    reads: [MODERN, 'device.settings.restartedSinceLastSignOut'],
    when: (c) => all(when(c.o.fieldReports), eq(c.settings.restartedSinceLastSignOut, true), c.modern),
  }),
  rule({
    id: 'R-FIELD-LOCKIMAGE',
    stage: 'launch',
    effect: 'WARN',
    message: 'Field report: a custom lock-screen image can leave reset on "Please wait".',
    sources: ['GH#38887'],
    unofficial: true,
    reading: 'Field report: only with the field-reports option.',
    firstDocumented: null,
    firstFieldReport: field('GH#38887', '2019-09-13'),
    reads: [MODERN, 'device.settings.customLockScreenImage'],
    when: (c) => all(when(c.o.fieldReports), eq(c.settings.customLockScreenImage, true), c.modern),
  }),
  rule({
    id: 'R-FIELD-DESKTOPSWITCH',
    stage: 'launch',
    effect: 'WARN',
    message: 'Field report: DelayedDesktopSwitchTimeout = 1 loops back to the sign-in screen.',
    sources: ['GH#113847'],
    unofficial: true,
    reading: 'Field report: only with the field-reports option.',
    firstDocumented: null,
    firstFieldReport: field('GH#113847', '2023-08-23'),
    reads: [MODERN, 'device.settings.DelayedDesktopSwitchTimeout'],
    when: (c) => all(when(c.o.fieldReports), eq(c.settings.DelayedDesktopSwitchTimeout, 1), c.modern),
  }),
];
