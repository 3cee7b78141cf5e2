// Facts derived once per evaluation from the scenario (policy resolution, methods, licences…), with unknown propagation.
import type { Licence, Method, Scenario } from '../model/scenario';
import { METHODS, UNKNOWN } from '../model/scenario';
import {
  resolvePasswordResetPolicy,
  resolvePinRecovery,
  type PasswordResetResolution,
  type PinRecoveryResolution,
} from './policy';

type U = typeof UNKNOWN;

export interface Derived {
  /** Windows 10/11 (true) or Windows 7/8/8.1 (false). */
  modern: boolean | U;
  policy: 0 | 1 | U;
  policyTypeError: boolean;
  /** Two reaching AllowAadPasswordReset sources disagree (unknown: one of them may not reach the device). */
  policyConflict: boolean | U;
  mdmBlocked: boolean | U;
  assignBlocked: boolean | U;
  mixedExclusionIgnored: boolean;
  userTargetedPolicy: boolean;
  /** User's password is managed on-premises (PHS, PTA or federated). */
  onPremManaged: boolean | U;
  writebackOn: boolean | U;
  /** Admin policy governs this user (admin role), with two gates when past trial / custom domain / sync (R-ADMIN). */
  adminTwoGates: boolean | U;
  inScopeGroup: boolean | U;
  tenantLicensed: boolean | U;
  /** The tenant's only subscription is a Microsoft 365 trial (R-LICENSE-TRIAL). */
  trialOnlyTenant: boolean | U;
  userLicensed: boolean | U;
  /** Registered methods the applicable policy lets this user use. */
  usableMethods: Method[] | U;
  /** usableMethods as bits of METHODS order (0 when unknown). */
  usableMask: number;
  /** How the mobile phone can verify: bit 1 text, bit 2 call (0 when the mobile phone is not usable). */
  phoneChannels: number;
  methodsRequired: 1 | 2 | U;
  newPasswordCloudOk: boolean;
  newPasswordOnPremOk: boolean | U;
  throttled: boolean | U;
  pinRecovery: boolean | U;
  /** An EnablePinRecovery OMA-URI uses the path the 2024 PIN document misprints. */
  pinRecoveryTypo: boolean;
  /** Two reaching EnablePinRecovery sources disagree (unknown: one of them may not reach the device). */
  pinRecoveryConflict: boolean | U;
  pinPolicy: PinRecoveryResolution;
  passwordPolicy: PasswordResetResolution;
  /** Scenario paths behind each unknown derived fact. */
  missing: Record<string, string[]>;
}

const CLOUD_RESET_LICENCES: readonly Licence[] = [
  'entraIdP1Trial',
  'microsoft365BusinessStandard',
  'microsoft365BusinessPremium',
  'entraIdP1',
  'entraIdP2',
  'microsoft365E3',
  'microsoft365E5',
];
const WRITEBACK_LICENCES: readonly Licence[] = [
  'entraIdP1Trial',
  'microsoft365BusinessPremium',
  'entraIdP1',
  'entraIdP2',
  'microsoft365E3',
  'microsoft365E5',
];
/** Paid plans that include Entra ID P1 or P2: without one, the tenant runs the free (or a trial) version of Entra ID. */
const PAID_PREMIUM_LICENCES: readonly Licence[] = [
  'microsoft365BusinessPremium',
  'entraIdP1',
  'entraIdP2',
  'microsoft365E3',
  'microsoft365E5',
];
export const PHONE_TEXT = 1;
export const PHONE_CALL = 2;
const METHOD_BIT = Object.fromEntries(METHODS.map((method, index) => [method, 1 << index])) as Record<Method, number>;
const ADMIN_MASK =
  METHOD_BIT.email |
  METHOD_BIT.mobilePhone |
  METHOD_BIT.officePhone |
  METHOD_BIT.mobileAppNotification |
  METHOD_BIT.mobileAppCode;
/** One shared, frozen method list per combination (METHODS order), so derive() allocates none. */
const METHOD_SETS: readonly (readonly Method[])[] = Array.from({ length: 1 << METHODS.length }, (_, mask) =>
  Object.freeze(METHODS.filter((_method, index) => mask & (1 << index))),
);

function methodBit(method: Method): number {
  switch (method) {
    case 'mobileAppNotification':
      return METHOD_BIT.mobileAppNotification;
    case 'mobileAppCode':
      return METHOD_BIT.mobileAppCode;
    case 'email':
      return METHOD_BIT.email;
    case 'mobilePhone':
      return METHOD_BIT.mobilePhone;
    case 'officePhone':
      return METHOD_BIT.officePhone;
    default:
      return METHOD_BIT.securityQuestions;
  }
}

function methodMask(methods: readonly Method[]): number {
  let mask = 0;
  for (let i = 0; i < methods.length; i++) mask |= methodBit(methods[i]);
  return mask;
}

function methodsOf(mask: number): Method[] {
  return METHOD_SETS[mask] as Method[];
}
/** A small banned list for the cloud password rules (R-CLOUDPW); Entra's own list is larger and fuzzy. */
export const BANNED_PASSWORD_WORDS = [
  'password',
  'wachtwoord',
  'welcome',
  'welkom',
  'qwerty',
  'letmein',
  'contoso',
  'summer',
  'winter',
  'spring',
  'autumn',
  'admin',
  '123456',
];

export function characterClasses(text: string): number {
  return (
    (/[a-z]/.test(text) ? 1 : 0) +
    (/[A-Z]/.test(text) ? 1 : 0) +
    (/[0-9]/.test(text) ? 1 : 0) +
    (/[^a-zA-Z0-9]/.test(text) ? 1 : 0)
  );
}

/** Cloud rules: 8–256 characters, 3 of 4 classes, no banned word (normalised for common substitutions). */
export function cloudPasswordProblems(password: string): string[] {
  const problems: string[] = [];
  if (password.length < 8) problems.push('at least 8 characters');
  if (password.length > 256) problems.push('at most 256 characters');
  if (characterClasses(password) < 3) problems.push('3 of 4: lowercase, uppercase, digits, symbols');
  const normalised = password
    .toLowerCase()
    .replace(/0/g, 'o')
    .replace(/1/g, 'l')
    .replace(/3/g, 'e')
    .replace(/4|@/g, 'a')
    .replace(/\$|5/g, 's');
  const banned = BANNED_PASSWORD_WORDS.find((word) => normalised.includes(word));
  if (banned) problems.push(`contains a banned word ("${banned}")`);
  return problems;
}

/** R-THROTTLE: five attempts of a kind within the hour. */
const atLimit = (count: number | U): boolean => typeof count === 'number' && count >= 5;

function hasAny(list: readonly string[] | U, wanted: readonly string[]): boolean | U {
  if (list === UNKNOWN) return UNKNOWN;
  for (let i = 0; i < list.length; i++) if (wanted.includes(list[i])) return true;
  return false;
}

/** Text and/or call for a usable mobile phone; unknown options offer both (what Entra shows by default). */
function channelsOf(options: Scenario['user']['mobilePhoneOptions'], mask: number): number {
  if ((mask & METHOD_BIT.mobilePhone) === 0) return 0;
  if (options === 'textOnly') return PHONE_TEXT;
  if (options === 'callOnly') return PHONE_CALL;
  return PHONE_TEXT | PHONE_CALL;
}

export function derive(s: Scenario): Derived {
  const missing: Record<string, string[]> = {};
  const { device, tenant, user } = s;
  const family = device.os.family;
  const build = device.os.build;

  let modern: boolean | U;
  if (family !== UNKNOWN) modern = family === 'windows10' || family === 'windows11';
  else if (build !== UNKNOWN) modern = build >= 10240;
  else {
    modern = UNKNOWN;
    missing.modern = ['device.os.family', 'device.os.build'];
  }

  const passwordPolicy = resolvePasswordResetPolicy(s);
  if (passwordPolicy.value === UNKNOWN) missing.policy = passwordPolicy.missing;
  if (passwordPolicy.mdmBlocked === UNKNOWN) missing.mdmBlocked = passwordPolicy.missing;
  if (passwordPolicy.assignBlocked === UNKNOWN) missing.assignBlocked = passwordPolicy.missing;
  const policyConflict = passwordPolicy.conflict ? passwordPolicy.conflict.state : false;
  if (policyConflict === UNKNOWN) missing.policyConflict = passwordPolicy.missing;

  const auth = user.authentication;
  const onPremManaged: boolean | U = auth === UNKNOWN ? UNKNOWN : auth !== 'cloudOnly';
  if (onPremManaged === UNKNOWN) missing.onPremManaged = ['user.authentication'];
  const onPrem = tenant.sspr.onPremises;
  let writebackOn: boolean | U;
  if (onPrem.writebackEnabled === true || onPrem.cloudSyncWriteback === true) writebackOn = true;
  else if (onPrem.writebackEnabled === UNKNOWN || onPrem.cloudSyncWriteback === UNKNOWN) {
    writebackOn = UNKNOWN;
    missing.writebackOn = [
      'tenant.sspr.onPremises.writebackEnabled',
      'tenant.sspr.onPremises.cloudSyncWriteback',
    ].filter(
      (path) => (path.endsWith('writebackEnabled') ? onPrem.writebackEnabled : onPrem.cloudSyncWriteback) === UNKNOWN,
    );
  } else writebackOn = false;

  // R-ADMIN (POL): admins follow the Microsoft-managed policy; two gates past a 30-day trial, with a custom domain or with sync.
  let adminTwoGates: boolean | U;
  const adminKnown = user.adminRole !== UNKNOWN;
  if (!adminKnown) {
    adminTwoGates = UNKNOWN;
    missing.adminTwoGates = ['user.adminRole'];
  } else if (user.adminRole === false) adminTwoGates = false;
  else if (
    tenant.customDomain === true ||
    tenant.directorySync === true ||
    (tenant.trialDaysElapsed !== UNKNOWN && tenant.trialDaysElapsed >= 30)
  )
    adminTwoGates = true;
  else if (tenant.customDomain === UNKNOWN || tenant.directorySync === UNKNOWN || tenant.trialDaysElapsed === UNKNOWN) {
    adminTwoGates = UNKNOWN;
    missing.adminTwoGates = ['tenant.customDomain', 'tenant.directorySync', 'tenant.trialDaysElapsed'];
  } else adminTwoGates = false;

  const selected = tenant.sspr.selectedGroup;
  let inScopeGroup: boolean | U;
  if (selected === UNKNOWN || user.groups === UNKNOWN) {
    inScopeGroup = UNKNOWN;
    missing.inScopeGroup = [selected === UNKNOWN ? 'tenant.sspr.selectedGroup' : 'user.groups'];
  } else inScopeGroup = selected !== null && user.groups.includes(selected);

  const neededLicences = onPremManaged === true ? WRITEBACK_LICENCES : CLOUD_RESET_LICENCES;
  const tenantLicensed = onPremManaged === UNKNOWN ? UNKNOWN : hasAny(tenant.licences, neededLicences);
  if (tenantLicensed === UNKNOWN)
    missing.tenantLicensed = onPremManaged === UNKNOWN ? ['user.authentication'] : ['tenant.licences'];
  const tenantLicences = tenant.licences;
  const trialOnlyTenant: boolean | U =
    tenantLicences === UNKNOWN
      ? UNKNOWN
      : tenantLicences.includes('microsoft365Trial') &&
        tenantLicences.every((licence) => licence === 'microsoft365Trial' || licence === 'free');
  if (trialOnlyTenant === UNKNOWN) missing.trialOnlyTenant = ['tenant.licences'];
  const userLicensed = onPremManaged === UNKNOWN ? UNKNOWN : hasAny(user.licences, neededLicences);
  if (userLicensed === UNKNOWN)
    missing.userLicensed = onPremManaged === UNKNOWN ? ['user.authentication'] : ['user.licences'];

  // Methods: the admin policy (no security questions; voice barred during a trial) or the tenant's SSPR methods.
  let usableMethods: Method[] | U;
  let usableMask = 0;
  let phoneChannels = 0;
  let methodsRequired: 1 | 2 | U;
  const registered = user.registeredMethods;
  if (registered === UNKNOWN || (adminTwoGates === UNKNOWN && user.adminRole !== false)) {
    usableMethods = UNKNOWN;
    missing.usableMethods =
      registered === UNKNOWN ? ['user.registeredMethods'] : (missing.adminTwoGates ?? ['user.adminRole']);
  } else if (user.adminRole === true) {
    // POL: no phone calls (office or mobile) for admins in trial or free tenants.
    const trial = tenant.trialDaysElapsed !== UNKNOWN && tenant.trialDaysElapsed < 30 && tenant.customDomain !== true;
    const premium = hasAny(tenant.licences, PAID_PREMIUM_LICENCES);
    const voiceBarred: boolean | U = trial || premium === false ? true : premium === true ? false : UNKNOWN;
    let mask = methodMask(registered) & ADMIN_MASK;
    const callOnly = user.mobilePhoneOptions === 'callOnly';
    const voiceMatters =
      (mask & METHOD_BIT.officePhone) !== 0 ||
      ((mask & METHOD_BIT.mobilePhone) !== 0 && (callOnly || user.mobilePhoneOptions === UNKNOWN));
    if (voiceBarred === true) {
      mask &= ~METHOD_BIT.officePhone;
      if (callOnly) mask &= ~METHOD_BIT.mobilePhone;
      phoneChannels = (mask & METHOD_BIT.mobilePhone) !== 0 ? PHONE_TEXT : 0;
    } else if (voiceBarred === false) phoneChannels = channelsOf(user.mobilePhoneOptions, mask);
    if (voiceMatters && (voiceBarred === UNKNOWN || (voiceBarred === true && user.mobilePhoneOptions === UNKNOWN))) {
      usableMethods = UNKNOWN;
      phoneChannels = 0;
      missing.usableMethods = voiceBarred === UNKNOWN ? ['tenant.licences'] : ['user.mobilePhoneOptions'];
    } else {
      usableMask = mask;
      usableMethods = methodsOf(mask);
    }
  } else {
    const available = tenant.sspr.methodsAvailable;
    if (available === UNKNOWN) {
      usableMethods = UNKNOWN;
      missing.usableMethods = ['tenant.sspr.methodsAvailable'];
    } else {
      let mask = methodMask(registered) & methodMask(available);
      if (user.securityQuestionsRegistered < tenant.sspr.questionsToReset) mask &= ~METHOD_BIT.securityQuestions;
      usableMask = mask;
      usableMethods = methodsOf(mask);
      phoneChannels = channelsOf(user.mobilePhoneOptions, mask);
    }
  }
  if (user.adminRole === true && adminTwoGates !== UNKNOWN) methodsRequired = adminTwoGates ? 2 : 1;
  else if (user.adminRole === UNKNOWN) {
    methodsRequired = UNKNOWN;
    missing.methodsRequired = ['user.adminRole'];
  } else {
    methodsRequired = tenant.sspr.methodsRequired;
    if (methodsRequired === UNKNOWN) missing.methodsRequired = ['tenant.sspr.methodsRequired'];
  }
  if (usableMethods !== UNKNOWN && methodsRequired === UNKNOWN) missing.usableMethods = missing.methodsRequired;

  const newPassword = user.newPassword;
  const newPasswordCloudOk = newPassword === null || cloudPasswordProblems(newPassword).length === 0;
  let newPasswordOnPremOk: boolean | U = true;
  if (newPassword !== null) {
    const policy = onPrem.passwordPolicy;
    const checks: (boolean | U)[] = [
      policy.minimumLength === UNKNOWN ? UNKNOWN : newPassword.length >= policy.minimumLength,
      policy.complexity === UNKNOWN
        ? UNKNOWN
        : !policy.complexity ||
          (characterClasses(newPassword) >= 3 &&
            !newPassword.toLowerCase().includes(user.userPrincipalName.split('@')[0].toLowerCase())),
      user.newPasswordInHistory === UNKNOWN ? UNKNOWN : !user.newPasswordInHistory,
      policy.minimumAgeDays === UNKNOWN || user.passwordLastSetHoursAgo === UNKNOWN
        ? UNKNOWN
        : user.passwordLastSetHoursAgo >= policy.minimumAgeDays * 24,
    ];
    if (checks.includes(false)) newPasswordOnPremOk = false;
    else if (checks.includes(UNKNOWN)) {
      newPasswordOnPremOk = UNKNOWN;
      const inputs: [string, unknown][] = [
        ['tenant.sspr.onPremises.passwordPolicy.minimumLength', policy.minimumLength],
        ['tenant.sspr.onPremises.passwordPolicy.complexity', policy.complexity],
        ['user.newPasswordInHistory', user.newPasswordInHistory],
        ['tenant.sspr.onPremises.passwordPolicy.minimumAgeDays', policy.minimumAgeDays],
        ['user.passwordLastSetHoursAgo', user.passwordLastSetHoursAgo],
      ];
      missing.newPasswordOnPremOk = inputs.filter(([, value]) => value === UNKNOWN).map(([path]) => path);
    }
  }

  const { phoneValidations, securityQuestionTries, resets } = user.recentAttempts;
  let throttled: boolean | U = atLimit(phoneValidations) || atLimit(securityQuestionTries) || atLimit(resets);
  if (!throttled && (phoneValidations === UNKNOWN || securityQuestionTries === UNKNOWN || resets === UNKNOWN)) {
    throttled = UNKNOWN;
    missing.throttled = (['phoneValidations', 'securityQuestionTries', 'resets'] as const)
      .filter((key) => user.recentAttempts[key] === UNKNOWN)
      .map((key) => `user.recentAttempts.${key}`);
  }

  const pinPolicy = resolvePinRecovery(s);
  if (pinPolicy.value === UNKNOWN) missing.pinRecovery = pinPolicy.missing;
  const pinRecoveryConflict = pinPolicy.conflict ? pinPolicy.conflict.state : false;
  if (pinRecoveryConflict === UNKNOWN) missing.pinRecoveryConflict = pinPolicy.missing;

  return {
    modern,
    policy: passwordPolicy.value,
    policyTypeError: passwordPolicy.typeError,
    policyConflict,
    mdmBlocked: passwordPolicy.mdmBlocked,
    assignBlocked: passwordPolicy.assignBlocked,
    mixedExclusionIgnored: passwordPolicy.mixedExclusionIgnored,
    userTargetedPolicy: passwordPolicy.userTargeted,
    onPremManaged,
    writebackOn,
    adminTwoGates,
    inScopeGroup,
    tenantLicensed,
    trialOnlyTenant,
    userLicensed,
    usableMethods,
    usableMask,
    phoneChannels,
    methodsRequired,
    newPasswordCloudOk,
    newPasswordOnPremOk,
    throttled,
    pinRecovery: pinPolicy.value,
    pinRecoveryTypo: pinPolicy.typoPath,
    pinRecoveryConflict,
    pinPolicy,
    passwordPolicy,
    missing,
  };
}
