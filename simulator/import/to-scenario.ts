// A device × user pair of a tenant snapshot → a simulator scenario, with provenance on every field.
// What Graph doesn't give (device settings, session, network, on-premises details) stays "unknown".
import { DEFAULT_SCENARIO } from '../model/defaults';
import { UNKNOWN, type Scenario } from '../model/scenario';
import { ProvenanceRecorder, completeProvenance } from './provenance';
import { mapDeviceSettings } from './to-device-settings';
import { mapPolicies } from './to-policies';
import type { SnapshotDevice, SnapshotUser, TenantStatements } from './snapshot';
import type { TenantIndex } from './tenant-index';
import {
  availableMethods,
  editionForSku,
  joinStateForIntuneJoinType,
  joinStateForTrustType,
  parseOsVersion,
  registeredMethods,
  tenantLicences,
  userLicences,
} from './vocabulary';

function allUnknown<T extends Record<string, unknown>>(shape: T): { [K in keyof T]: 'unknown' } {
  return Object.fromEntries(Object.keys(shape).map((key) => [key, UNKNOWN])) as { [K in keyof T]: 'unknown' };
}

function mapDevice(device: SnapshotDevice | null, index: TenantIndex, prov: ProvenanceRecorder): Scenario['device'] {
  const base = DEFAULT_SCENARIO.device;
  const result: Scenario['device'] = {
    name: device?.displayName ?? '(no device chosen)',
    os: { family: UNKNOWN, build: UNKNOWN, ubr: UNKNOWN, edition: UNKNOWN },
    joinState: UNKNOWN,
    intuneEnrolled: UNKNOWN,
    groups: UNKNOWN,
    settings: allUnknown(base.settings),
    network: allUnknown(base.network),
    legacyAddIn: allUnknown(base.legacyAddIn),
  };
  if (!device) return result;
  prov.imported('device.name', 'devices');

  const entraVersion = parseOsVersion(device.operatingSystemVersion);
  const version = entraVersion ?? parseOsVersion(device.intune?.osVersion ?? null);
  if (version) {
    const source = entraVersion ? 'devices' : 'managedDevices';
    result.os.family = version.family;
    result.os.build = version.build;
    prov.imported(
      'device.os.family',
      source,
      `operatingSystemVersion ${device.operatingSystemVersion ?? device.intune?.osVersion}`,
    );
    prov.imported('device.os.build', source);
    if (version.ubr !== null) {
      result.os.ubr = version.ubr;
      prov.imported('device.os.ubr', source);
    }
  }
  const edition = editionForSku(device.intune?.skuFamily ?? null);
  if (edition) {
    result.os.edition = edition;
    prov.imported('device.os.edition', 'managedDevices', `skuFamily "${device.intune?.skuFamily}" (beta)`);
  }

  const fromTrust = joinStateForTrustType(device.trustType);
  const fromIntune = joinStateForIntuneJoinType(device.intune?.joinType ?? null);
  if (fromTrust) {
    result.joinState = fromTrust;
    prov.imported('device.joinState', 'devices', `trustType ${device.trustType}`);
  } else if (fromIntune) {
    result.joinState = fromIntune;
    prov.imported('device.joinState', 'managedDevices', `joinType ${device.intune?.joinType} (beta)`);
  }

  result.intuneEnrolled = device.intune !== null;
  if (device.intune)
    prov.imported('device.intuneEnrolled', 'managedDevices', 'An Intune managed device has this azureADDeviceId.');
  else prov.inferred('device.intuneEnrolled', "No Intune managed device has this device's deviceId.", 'managedDevices');

  result.groups = index.groupNamesByMember.get(device.id) ?? [];
  prov.imported('device.groups', 'groups', 'Transitive membership of the groups that Intune assignments name.');
  return result;
}

function mapUser(
  user: SnapshotUser | null,
  index: TenantIndex,
  statements: TenantStatements | null,
  prov: ProvenanceRecorder,
): Scenario['user'] {
  const base = DEFAULT_SCENARIO.user;
  const result: Scenario['user'] = {
    ...base,
    userPrincipalName: user?.userPrincipalName ?? '(no user chosen)',
    displayName: user?.displayName ?? '(no user chosen)',
    groups: UNKNOWN,
    licences: UNKNOWN,
    adminRole: UNKNOWN,
    authentication: UNKNOWN,
    registeredMethods: UNKNOWN,
    securityQuestionsRegistered: 0,
    recentAttempts: allUnknown(base.recentAttempts),
    guestPersonalAccount: UNKNOWN,
    accountKind: UNKNOWN,
    lockedOutOnPremises: UNKNOWN,
    passwordLastSetHoursAgo: UNKNOWN,
    newPassword: null,
    newPasswordInHistory: UNKNOWN,
    pin: { hasPin: UNKNOWN, trustType: UNKNOWN, passkeysInContainer: UNKNOWN },
    mobilePhoneOptions: UNKNOWN,
    smartCardRequired: UNKNOWN,
  };
  // Neither is in Graph: text vs call depends on the phone and the tenant's trial state, and "Smart card is
  // required for interactive logon" is an on-premises account flag Graph does not return.
  prov.unknown('user.mobilePhoneOptions', 'Whether the mobile phone takes texts, calls or both is not in Graph.');
  prov.unknown('user.smartCardRequired', 'The on-premises "smart card is required" account flag is not in Graph.');
  if (!user) return result;
  const { snapshot } = index;
  prov.imported('user.userPrincipalName', 'users');
  prov.imported('user.displayName', 'users');

  const groups = [...(index.groupNamesByMember.get(user.id) ?? [])];
  result.groups = groups;
  prov.imported('user.groups', 'groups', 'Transitive membership of the groups that Intune assignments name.');
  if (statements?.ssprEnabled === 'Selected' && statements.selectedGroup) {
    const scopeGroup = snapshot.groups.find((group) => group.displayName === statements.selectedGroup);
    if (!scopeGroup) {
      const enabled = user.registration?.isSsprEnabled;
      if (enabled === true || enabled === false) {
        if (enabled) groups.push(statements.selectedGroup);
        prov.inferred(
          'user.groups',
          `Membership of "${statements.selectedGroup}" inferred from isSsprEnabled = ${enabled}.`,
          'userRegistrationDetails',
        );
      } else {
        result.groups = UNKNOWN;
        prov.unknown('user.groups', `Membership of the SSPR group "${statements.selectedGroup}" is not known.`);
      }
    }
  }

  result.licences = userLicences(user.skuIds, snapshot.skus);
  prov.imported('user.licences', 'users', 'assignedLicenses resolved through subscribedSkus.');

  result.accountKind = 'workOrSchool';
  prov.inferred('user.accountKind', 'A directory user is a work or school account.', 'users');
  // Only a user Graph calls a Member is taken for one; a Guest or an unstated type stays unknown.
  const member = user.userType === 'Member' && !user.userPrincipalName.includes('#EXT#');
  if (member) {
    result.guestPersonalAccount = false;
    prov.inferred('user.guestPersonalAccount', 'userType Member (no #EXT# in the user principal name).', 'users');
  } else {
    const why =
      user.userType === 'Guest' || user.userPrincipalName.includes('#EXT#')
        ? 'A guest account: whether it is a personal Microsoft account is not in Graph.'
        : 'Graph did not give the userType; a guest is not taken for a member.';
    prov.unknown('user.guestPersonalAccount', why);
  }
  if (user.onPremisesSyncEnabled !== true) {
    result.authentication = 'cloudOnly';
    prov.inferred(
      'user.authentication',
      'Not synchronised from on-premises (onPremisesSyncEnabled is not true).',
      'users',
    );
  } else {
    prov.unknown('user.authentication', 'Synchronised user: hash sync, pass-through or federation is not in Graph.');
  }

  const registration = user.registration;
  if (registration) {
    if (registration.isAdmin !== null) {
      result.adminRole = registration.isAdmin;
      prov.imported('user.adminRole', 'userRegistrationDetails', 'isAdmin');
    }
    result.registeredMethods = registeredMethods(registration.methodsRegistered);
    prov.imported(
      'user.registeredMethods',
      'userRegistrationDetails',
      `methodsRegistered: ${registration.methodsRegistered.join(', ') || 'none'}`,
    );
    if (registration.methodsRegistered.includes('securityQuestion')) {
      result.securityQuestionsRegistered = DEFAULT_SCENARIO.tenant.sspr.questionsToReset;
      prov.inferred(
        'user.securityQuestionsRegistered',
        'Security questions registered; the count is not in Graph.',
        'userRegistrationDetails',
      );
    } else {
      prov.imported('user.securityQuestionsRegistered', 'userRegistrationDetails', 'No security questions registered.');
    }
    result.pin.hasPin = registration.methodsRegistered.includes('windowsHelloForBusiness');
    prov.inferred(
      'user.pin.hasPin',
      'Windows Hello for Business registered somewhere (not necessarily on this device).',
      'userRegistrationDetails',
    );
  } else {
    prov.unknown(
      'user.registeredMethods',
      'No registration details for this user (needs Entra ID P1/P2; disabled users are not listed).',
    );
  }
  return result;
}

function mapTenant(
  user: SnapshotUser | null,
  index: TenantIndex,
  statements: TenantStatements | null,
  prov: ProvenanceRecorder,
): Scenario['tenant'] {
  const { snapshot } = index;
  const base = DEFAULT_SCENARIO.tenant;
  const result: Scenario['tenant'] = {
    ...base,
    name: snapshot.tenant.displayName,
    cloud: snapshot.tenant.cloud,
    passwordResetPolicyDefined: UNKNOWN,
    sspr: {
      ...base.sspr,
      enabled: UNKNOWN,
      selectedGroup: UNKNOWN,
      methodsRequired: UNKNOWN,
      methodsAvailable: UNKNOWN,
      methodsPolicyMigrated: UNKNOWN,
      onPremises: {
        ...allUnknown(base.sspr.onPremises),
        passwordPolicy: allUnknown(base.sspr.onPremises.passwordPolicy),
      },
    },
    allowedToUseSSPR: UNKNOWN,
    licences: tenantLicences(snapshot.skus),
    trialDaysElapsed: UNKNOWN,
    customDomain: snapshot.tenant.customDomain ?? UNKNOWN,
    directorySync: snapshot.tenant.directorySync ?? UNKNOWN,
    identityProvider: UNKNOWN,
    identityProviderDomains: UNKNOWN,
    pinResetConsent: UNKNOWN,
  };
  prov.imported('tenant.name', 'organization');
  prov.inferred('tenant.cloud', 'The cloud the admin signed in to.');
  prov.imported('tenant.licences', 'subscribedSkus', 'Enabled SKUs with units; Entra ID P1/P2 service plans count.');
  if (snapshot.tenant.customDomain !== null) prov.imported('tenant.customDomain', 'organization', 'verifiedDomains');
  if (snapshot.tenant.directorySync !== null)
    prov.imported('tenant.directorySync', 'organization', 'onPremisesSyncEnabled');

  if (statements?.ssprEnabled) {
    result.sspr.enabled = statements.ssprEnabled;
    prov.stated('tenant.sspr.enabled', statements.statedAt, 'Graph has no API for this switch.');
    result.sspr.selectedGroup = statements.ssprEnabled === 'Selected' ? statements.selectedGroup : null;
    prov.stated('tenant.sspr.selectedGroup', statements.statedAt);
  } else if (user?.registration?.isSsprEnabled === true && user.registration.isAdmin !== true) {
    result.sspr.enabled = 'All';
    result.sspr.selectedGroup = null;
    const note =
      'isSsprEnabled = true for this user, so the policy covers them; None/Selected/All itself is not in Graph.';
    prov.inferred('tenant.sspr.enabled', note, 'userRegistrationDetails');
    prov.inferred('tenant.sspr.selectedGroup', note, 'userRegistrationDetails');
  } else {
    const note =
      user?.registration?.isSsprEnabled === false
        ? 'isSsprEnabled = false: the scope is None, or Selected without this user. State which.'
        : 'Graph has no API for "Self service password reset enabled". State it.';
    prov.unknown('tenant.sspr.enabled', note);
    prov.unknown('tenant.sspr.selectedGroup', note);
  }
  if (statements?.methodsRequired) {
    result.sspr.methodsRequired = statements.methodsRequired;
    prov.stated('tenant.sspr.methodsRequired', statements.statedAt);
  }

  const methods = snapshot.authenticationMethods;
  if (methods && methods.policyMigrationState === null) {
    prov.unknown('tenant.sspr.methodsPolicyMigrated', 'The methods policy did not give policyMigrationState.');
    prov.unknown('tenant.sspr.methodsAvailable', 'Unknown until the migration state is known.');
  } else if (methods) {
    const migrated = methods.policyMigrationState === 'migrationComplete';
    result.sspr.methodsPolicyMigrated = migrated;
    prov.imported(
      'tenant.sspr.methodsPolicyMigrated',
      'authenticationMethodsPolicy',
      `policyMigrationState ${methods.policyMigrationState}`,
    );
    if (migrated) {
      result.sspr.methodsAvailable = availableMethods(methods.methods);
      prov.imported('tenant.sspr.methodsAvailable', 'authenticationMethodsPolicy', 'Enabled method configurations.');
    } else {
      prov.unknown(
        'tenant.sspr.methodsAvailable',
        'Not migrated: the legacy SSPR method list governs and is not in Graph.',
      );
    }
  }
  const allowed = snapshot.authorization?.allowedToUseSSPR;
  if (allowed === true || allowed === false) {
    result.allowedToUseSSPR = allowed;
    prov.imported('tenant.allowedToUseSSPR', 'authorizationPolicy', 'Administrators only — never the user scope.');
  }
  return result;
}

export interface PairSelection {
  deviceObjectId: string | null;
  userId: string | null;
}

/** Build the scenario of one device × user pair. Unknown ids give an "unknown" side rather than an error. */
export function scenarioFromSnapshot(
  index: TenantIndex,
  selection: PairSelection,
  statements: TenantStatements | null = null,
): Scenario {
  const { snapshot } = index;
  const device = selection.deviceObjectId ? (index.devicesById.get(selection.deviceObjectId) ?? null) : null;
  const user = selection.userId ? (index.usersById.get(selection.userId) ?? null) : null;
  const prov = new ProvenanceRecorder(snapshot);
  const scenario: Scenario = {
    ...DEFAULT_SCENARIO,
    name: `${device?.displayName ?? 'No device'} × ${user?.userPrincipalName ?? 'no user'}`,
    description: `Imported from ${snapshot.tenant.displayName} (${snapshot.tenant.id}), snapshot of ${snapshot.completedAt}.`,
    device: mapDeviceSettings(mapDevice(device, index, prov), device, user, index, prov),
    session: { ...DEFAULT_SCENARIO.session, kind: UNKNOWN, startedFrom: UNKNOWN, lastSignInMethod: UNKNOWN },
    policies: mapPolicies(index, prov, device, user),
    tenant: mapTenant(user, index, statements, prov),
    user: mapUser(user, index, statements, prov),
    provenance: {},
    stringOverrides: {},
  };
  scenario.provenance = completeProvenance(scenario, prov.entries);
  return scenario;
}
