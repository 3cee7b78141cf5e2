// Service side: the reset dialog opens and the SSPR service decides (DENY), or the new password waits (DEFER).
import { all, any, eq, FALSE, is, not, when, type Context, type Truth } from './conditions';
import { DOC, field } from './doc-revisions';
import { modern, MODERN, rule, type Rule } from './rule';

const notAdmin = (c: Context): Truth => eq(c.user.adminRole, false);
const isAdmin = (c: Context): Truth => eq(c.user.adminRole, true);
const onPremManaged = (c: Context): Truth => eq(c.d.onPremManaged, true);
const writebackOn = (c: Context): Truth => eq(c.d.writebackOn, true);
/** The licence rules apply to admins only under the strict-licensing option. */
const licenceRulesApply = (c: Context): Truth => any(notAdmin(c), when(c.o.strictLicensing));

export const SERVICE_RULES: Rule[] = [
  rule({
    id: 'R-SSPR-NOPOLICY',
    stage: 'service',
    effect: 'DENY',
    errorCode: 'SSPR_0011',
    message: "SsprNotEnabledInUserPolicy = 11: Your organization hasn't defined a password reset policy.",
    sources: ['TS'],
    firstDocumented: DOC.TS,
    reads: ['tenant.passwordResetPolicyDefined'],
    when: (c) => eq(c.tenant.passwordResetPolicyDefined, false),
  }),
  rule({
    id: 'R-SSPR-NONE',
    stage: 'service',
    effect: 'DENY',
    errorCode: 'SSPR_0009',
    message: "TenantSSPRFlagDisabled = 9: The directory isn't enabled for password reset.",
    sources: ['TS', 'UH20'],
    firstDocumented: DOC.UH20,
    reads: ['tenant.sspr.enabled', 'user.adminRole'],
    when: (c) => all(eq(c.tenant.sspr.enabled, 'None'), notAdmin(c)),
  }),
  rule({
    id: 'R-SSPR-SCOPE',
    stage: 'service',
    effect: 'DENY',
    errorCode: 'SSPR_0013',
    message:
      'UserNotMemberOfScopedAccessGroup = 13: the user is not in the selected SSPR group (nested members count).',
    sources: ['TS', 'TUT'],
    firstDocumented: DOC.TUT,
    reads: ['tenant.sspr.enabled', 'derived.inScopeGroup', 'user.adminRole'],
    when: (c) => all(eq(c.tenant.sspr.enabled, 'Selected'), eq(c.d.inScopeGroup, false), notAdmin(c)),
  }),
  rule({
    key: 'R-LICENSE/tenant',
    id: 'R-LICENSE',
    stage: 'service',
    effect: 'DENY',
    errorCode: 'SSPR_0012',
    message:
      "UserNotLicensed = 12: Your organization doesn't have the required licenses necessary to perform password reset.",
    sources: ['TS', 'LIC'],
    firstDocumented: DOC.LIC,
    reads: ['derived.tenantLicensed', 'user.adminRole', 'derived.trialOnlyTenant'],
    when: (c) => all(eq(c.d.tenantLicensed, false), licenceRulesApply(c), not(eq(c.d.trialOnlyTenant, true))),
  }),
  rule({
    id: 'R-LICENSE-TRIAL',
    stage: 'service',
    effect: 'DENY',
    errorCode: 'SSPR_0012',
    message:
      'UserNotLicensed = 12: a Microsoft 365 trial alone does not include password reset. The admin center shows "Get a free Premium trial to use this feature" instead of the properties.',
    sources: ['M365PW', 'TUT', 'azure-docs#61611'],
    reading: 'Applies to users without an admin role; an Entra ID P1 trial does qualify.',
    firstDocumented: DOC.TUT,
    firstFieldReport: field('azure-docs#61611'),
    reads: ['derived.trialOnlyTenant', 'user.adminRole'],
    when: (c) => all(eq(c.d.trialOnlyTenant, true), licenceRulesApply(c)),
  }),
  rule({
    id: 'R-ADMIN-LIC',
    stage: 'service',
    effect: 'INFO',
    message: "Admins use Microsoft's admin reset policy, which doesn't depend on your licences.",
    sources: ['POL'],
    reading:
      'The admin policy is defined for trial and free tenants too, so an admin without a qualifying licence is not denied with SSPR_0012 (the strict-licensing option applies the licence rules to admins as well).',
    firstDocumented: DOC.POL,
    firstFieldReport: field('Microsoft Q&A answer 1904865; cisagov/ScubaGear#284'),
    reads: ['user.adminRole', 'derived.tenantLicensed'],
    when: (c) => all(isAdmin(c), eq(c.d.tenantLicensed, false), when(!c.o.strictLicensing)),
  }),
  rule({
    key: 'R-LICENSE/user',
    id: 'R-LICENSE',
    stage: 'service',
    effect: 'WARN',
    effectFor: (c) => (c.o.strictLicensing ? 'DENY' : 'WARN'),
    errorCode: 'SSPR_0012',
    message:
      'Your administrator has not enabled you to use this feature. (No qualifying licence assigned to the user.)',
    sources: ['TS', 'LIC'],
    reading: 'WARN by default; DENY with the strict-licensing option.',
    firstDocumented: DOC.LIC,
    reads: ['derived.tenantLicensed', 'derived.userLicensed', 'user.adminRole'],
    when: (c) => all(eq(c.d.userLicensed, false), eq(c.d.tenantLicensed, true), licenceRulesApply(c)),
  }),
  rule({
    id: 'R-REG',
    stage: 'service',
    effect: 'DENY',
    errorCode: 'SSPR_0014',
    message:
      'UserNotProperlyConfigured = 14: no registered methods (https://aka.ms/ssprsetup never completed). Older text: "We couldn\'t verify your account."',
    sources: ['W25', 'HOW', 'UH20'],
    firstDocumented: DOC.UH20,
    reads: ['user.registeredMethods'],
    when: (c) => {
      const methods = c.user.registeredMethods;
      return is(methods, methods.length === 0);
    },
  }),
  rule({
    id: 'R-METHODS',
    stage: 'service',
    effect: 'DENY',
    errorCode: 'SSPR_0014',
    message: 'UserNotProperlyConfigured = 14: fewer registered, enabled methods than the number required to reset.',
    sources: ['HOW §Change authentication methods'],
    firstDocumented: DOC.HOW,
    reads: ['user.registeredMethods', 'derived.usableMethods', 'derived.methodsRequired'],
    when: (c) => {
      const registered = c.user.registeredMethods;
      const { usableMethods, methodsRequired } = c.d;
      // Either count unknown: undecided (the last term is then true, the two before it undecided).
      return all(
        is(registered, registered.length > 0),
        is(usableMethods, true),
        is(methodsRequired, true),
        when(
          usableMethods === 'unknown' ||
            methodsRequired === 'unknown' ||
            usableMethods.length < (methodsRequired as number),
        ),
      );
    },
  }),
  rule({
    id: 'R-APPONLY',
    stage: 'service',
    effect: 'WARN',
    message: "Mobile app can't be the only method.",
    sources: ['HOW §Mobile app and SSPR'],
    firstDocumented: DOC.HOW,
    reads: ['tenant.sspr.methodsPolicyMigrated', 'tenant.sspr.methodsAvailable', 'user.adminRole'],
    when: (c) => {
      const head = all(eq(c.tenant.sspr.methodsPolicyMigrated, false), notAdmin(c));
      if (head === FALSE) return FALSE;
      const available = c.tenant.sspr.methodsAvailable;
      return all(
        head,
        is(
          available,
          Array.isArray(available) &&
            available.length > 0 &&
            available.every((m) => m === 'mobileAppNotification' || m === 'mobileAppCode'),
        ),
      );
    },
  }),
  rule({
    id: 'R-ADMIN',
    stage: 'service',
    effect: 'WARN',
    message: 'Admins must pass two checks (no security questions; no phone calls on trial or free tenants).',
    sources: ['POL'],
    firstDocumented: DOC.POL,
    reads: ['user.adminRole', 'derived.adminTwoGates'],
    when: (c) => all(isAdmin(c), eq(c.d.adminTwoGates, true)),
  }),
  rule({
    id: 'R-ADMIN-OFF',
    stage: 'service',
    effect: 'DENY',
    message: 'Admin self-service reset disabled.',
    sources: ['POL'],
    firstDocumented: DOC.POL,
    reads: ['user.adminRole', 'tenant.allowedToUseSSPR'],
    when: (c) => all(eq(c.tenant.allowedToUseSSPR, false), isAdmin(c)),
  }),
  rule({
    id: 'R-WRITEBACK',
    stage: 'service',
    effect: 'DENY',
    errorCode: 'SSPR_0010',
    message:
      'WritebackNotEnabled = 10: the password is managed on-premises and password writeback is off. Older text: "Please contact your administrator."',
    sources: ['HOW', 'TS', 'UH18'],
    firstDocumented: DOC.UH18,
    reads: ['derived.onPremManaged', 'derived.writebackOn'],
    when: (c) => all(onPremManaged(c), eq(c.d.writebackOn, false)),
  }),
  rule({
    id: 'R-ONPREM',
    stage: 'service',
    effect: 'DENY',
    message: 'On-premises policy violation: Active Directory rejects the new password.',
    sources: ['TS', 'QS17'],
    firstDocumented: DOC.QS17,
    reads: ['derived.onPremManaged', 'derived.writebackOn', 'derived.newPasswordOnPremOk'],
    when: (c) => all(eq(c.d.newPasswordOnPremOk, false), onPremManaged(c), writebackOn(c)),
  }),
  rule({
    id: 'R-ONPREM-CONN',
    stage: 'service',
    effect: 'DENY',
    errorCode: 'SSPR_0030',
    message:
      'OnPremisesConnectivityError = 30 / OnPremisesAdminActionRequired = 29: the writeback client is unreachable or misconfigured.',
    sources: ['TS'],
    firstDocumented: DOC.TS,
    reads: ['derived.onPremManaged', 'derived.writebackOn', 'tenant.sspr.onPremises.writebackClient'],
    when: (c) => {
      const client = c.tenant.sspr.onPremises.writebackClient;
      return all(is(client, client !== 'healthy'), onPremManaged(c), writebackOn(c));
    },
  }),
  rule({
    id: 'R-CLOUDPW',
    stage: 'service',
    effect: 'DENY',
    message:
      "Password doesn't comply with fuzzy policy (8–256 characters, 3 of 4 classes, no banned words); choose another.",
    sources: ['POL', 'TS'],
    firstDocumented: DOC.POL,
    reads: ['derived.onPremManaged', 'derived.newPasswordCloudOk', 'user.newPassword'],
    when: (c) => all(eq(c.d.newPasswordCloudOk, false), eq(c.d.onPremManaged, false)),
  }),
  rule({
    id: 'R-THROTTLE',
    stage: 'service',
    effect: 'DENY',
    message: 'Too many attempts; wait 24 hours.',
    sources: ['TS'],
    firstDocumented: DOC.TS,
    reads: ['derived.throttled'],
    when: (c) => eq(c.d.throttled, true),
  }),
  rule({
    id: 'R-MSA-GUEST',
    stage: 'service',
    effect: 'DENY',
    message: 'Use Microsoft account recovery.',
    sources: ['HOW §B2B'],
    firstDocumented: DOC.HOW,
    reads: ['user.guestPersonalAccount'],
    when: (c) => eq(c.user.guestPersonalAccount, true),
  }),
  rule({
    id: 'R-HYBRID-DC',
    stage: 'post',
    effect: 'DEFER',
    message: 'Password changed; connect to corporate network/VPN to use it here.',
    sources: ['W25', 'T19'],
    firstDocumented: DOC.T19,
    reads: ['device.joinState', 'device.network.domainControllerReachable'],
    when: (c) => all(eq(c.device.joinState, 'hybridJoined'), eq(c.network.domainControllerReachable, false)),
  }),
  rule({
    id: 'R-CLOUD-COMMIT',
    stage: 'post',
    effect: 'DEFER',
    message:
      "OnPremisesSuccessCloudFailure: We've reset your password successfully, but you have to wait a few minutes before the changes are committed to the cloud.",
    sources: ['TS'],
    firstDocumented: DOC.TS,
    reads: ['derived.writebackOn', 'derived.onPremManaged', 'tenant.sspr.onPremises.cloudCommitLag'],
    when: (c) => all(eq(c.tenant.sspr.onPremises.cloudCommitLag, true), writebackOn(c), onPremManaged(c)),
  }),
  rule({
    id: 'R-UNLOCK',
    stage: 'post',
    effect: 'WARN',
    message: 'Unlock may need the web portal.',
    sources: ['T19', 'W19a'],
    reading: 'The 2019 text barred on-premises unlock at sign-in; later dropped silently.',
    firstDocumented: DOC.T19,
    reads: ['user.lockedOutOnPremises'],
    when: (c) => eq(c.user.lockedOutOnPremises, true),
  }),
  rule({
    id: 'R-SLOW',
    stage: 'launch',
    effect: 'WARN',
    message:
      "On a slow computer, if the reset dialog doesn't appear after clicking Reset password, retry until it does.",
    sources: ['TS'],
    firstDocumented: DOC.TS,
    reads: [MODERN],
    when: modern,
  }),
];
