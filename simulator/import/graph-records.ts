// Compaction of Microsoft Graph items into snapshot records. Pure: the import service pipes each page item
// through these as it arrives, so raw pages are dropped at once.
import { PASSWORD_RESET_CATALOG_ID } from '../model/scenario';
import type {
  GraphAssignment,
  GraphConfigurationPolicy,
  GraphDevice,
  GraphDeviceConfiguration,
  GraphManagedDevice,
  GraphRegistration,
  GraphSku,
  GraphUser,
} from './graph-shapes';
import type {
  SnapshotAssignment,
  SnapshotDevice,
  SnapshotPolicy,
  SnapshotPolicySetting,
  SnapshotSku,
  SnapshotUser,
} from './snapshot';

// ---------- compaction ----------
export function compactDevice(raw: GraphDevice): SnapshotDevice {
  return {
    id: raw.id,
    deviceId: raw.deviceId ?? null,
    displayName: raw.displayName ?? raw.id,
    operatingSystem: raw.operatingSystem ?? null,
    operatingSystemVersion: raw.operatingSystemVersion ?? null,
    trustType: raw.trustType ?? null,
    isManaged: raw.isManaged ?? null,
    intune: null,
  };
}

export function compactManagedDevice(raw: GraphManagedDevice): NonNullable<SnapshotDevice['intune']> {
  return {
    id: raw.id,
    osVersion: raw.osVersion ?? null,
    skuFamily: raw.skuFamily ?? null,
    joinType: raw.joinType ?? null,
    userId: raw.userId ?? null,
    userPrincipalName: raw.userPrincipalName ?? null,
  };
}

export function compactUser(raw: GraphUser): SnapshotUser {
  return {
    id: raw.id,
    userPrincipalName: raw.userPrincipalName ?? raw.id,
    displayName: raw.displayName ?? raw.userPrincipalName ?? raw.id,
    onPremisesSyncEnabled: raw.onPremisesSyncEnabled ?? null,
    skuIds: (raw.assignedLicenses ?? []).map((licence) => licence.skuId).filter((id): id is string => !!id),
    registration: null,
  };
}

export function compactRegistration(raw: GraphRegistration): NonNullable<SnapshotUser['registration']> {
  return {
    isAdmin: raw.isAdmin ?? null,
    isSsprEnabled: raw.isSsprEnabled ?? null,
    isSsprRegistered: raw.isSsprRegistered ?? null,
    isSsprCapable: raw.isSsprCapable ?? null,
    methodsRegistered: raw.methodsRegistered ?? [],
  };
}

export function compactSku(raw: GraphSku): SnapshotSku {
  return {
    skuId: raw.skuId,
    skuPartNumber: raw.skuPartNumber ?? '',
    capabilityStatus: raw.capabilityStatus ?? 'Enabled',
    enabledUnits: raw.prepaidUnits?.enabled ?? 0,
    servicePlans: (raw.servicePlans ?? []).map((plan) => plan.servicePlanName).filter((n): n is string => !!n),
  };
}

function compactAssignment(raw: GraphAssignment): SnapshotAssignment {
  const type = raw.target?.['@odata.type'] ?? '';
  const target: SnapshotAssignment['target'] = type.endsWith('.exclusionGroupAssignmentTarget')
    ? 'exclusionGroup'
    : type.endsWith('.groupAssignmentTarget')
      ? 'group'
      : type.endsWith('.allDevicesAssignmentTarget')
        ? 'allDevices'
        : type.endsWith('.allLicensedUsersAssignmentTarget')
          ? 'allLicensedUsers'
          : 'other';
  return {
    target,
    groupId: raw.target?.groupId ?? null,
    filterId: raw.target?.deviceAndAppManagementAssignmentFilterId ?? null,
  };
}

const RESET_URI_TAIL = '/vendor/msft/policy/config/authentication/allowaadpasswordreset';
const PIN_RECOVERY_URI = /\/passportforwork\/[^/]+\/policies\/enablepinrecovery$/;
const PIN_RECOVERY_CATALOG = /^device_vendor_msft_passportforwork_.+_policies_enablepinrecovery$/;

/** Which of our two settings an OMA-URI writes, if any (both ./Device/… and ./Vendor/… forms, any case). */
export function settingForOmaUri(omaUri: string): SnapshotPolicySetting['setting'] | null {
  const uri = omaUri.trim().toLowerCase();
  if (uri.endsWith(RESET_URI_TAIL)) return 'allowAadPasswordReset';
  if (PIN_RECOVERY_URI.test(uri)) return 'enablePinRecovery';
  return null;
}

/** "#microsoft.graph.omaSettingInteger" → "Integer" (the Intune data type names). */
export function omaDataType(odataType: string | undefined): string {
  const name = (odataType ?? '').replace(/^#?microsoft\.graph\.omaSetting/, '');
  if (name === 'StringXml') return 'XML';
  if (name === 'FloatingPoint') return 'Float';
  return name || 'String';
}

function scalar(value: unknown): string | number | boolean | null {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
}

/** A custom profile, kept only if one of its OMA settings touches our two settings. */
export function compactCustomProfile(raw: GraphDeviceConfiguration): SnapshotPolicy | null {
  if (raw['@odata.type'] !== '#microsoft.graph.windows10CustomConfiguration') return null;
  const settings: SnapshotPolicySetting[] = [];
  for (const oma of raw.omaSettings ?? []) {
    const setting = oma.omaUri ? settingForOmaUri(oma.omaUri) : null;
    if (!setting) continue;
    settings.push({
      setting,
      omaUri: oma.omaUri ?? null,
      dataType: omaDataType(oma['@odata.type']),
      settingDefinitionId: null,
      value: scalar(oma.value),
    });
  }
  if (settings.length === 0) return null;
  const applicability: SnapshotPolicy['applicability'] = [];
  const edition = raw.deviceManagementApplicabilityRuleOsEdition;
  if (edition?.osEditionTypes?.length) {
    applicability.push({
      property: 'osEdition',
      ruleType: edition.ruleType ?? 'include',
      editions: edition.osEditionTypes,
    });
  }
  const version = raw.deviceManagementApplicabilityRuleOsVersion;
  if (version?.minOSVersion || version?.maxOSVersion) {
    applicability.push({
      property: 'osVersion',
      ruleType: version.ruleType ?? 'include',
      min: version.minOSVersion ?? '10.0.0',
      max: version.maxOSVersion ?? '10.0.99999',
    });
  }
  return {
    id: raw.id,
    kind: 'customProfile',
    displayName: raw.displayName ?? raw.id,
    settings,
    assignments: (raw.assignments ?? []).map(compactAssignment),
    applicability,
  };
}

/** A settings-catalog policy, kept only if it sets Allow Aad Password Reset or Enable Pin Recovery. */
export function compactCatalogPolicy(raw: GraphConfigurationPolicy): SnapshotPolicy | null {
  const settings: SnapshotPolicySetting[] = [];
  for (const entry of raw.settings ?? []) {
    const definition = entry.settingInstance?.settingDefinitionId?.toLowerCase();
    if (!definition) continue;
    const setting =
      definition === PASSWORD_RESET_CATALOG_ID
        ? 'allowAadPasswordReset'
        : PIN_RECOVERY_CATALOG.test(definition)
          ? 'enablePinRecovery'
          : null;
    if (!setting) continue;
    settings.push({
      setting,
      omaUri: null,
      dataType: null,
      settingDefinitionId: definition,
      value: entry.settingInstance?.choiceSettingValue?.value ?? null,
    });
  }
  if (settings.length === 0) return null;
  return {
    id: raw.id,
    kind: 'settingsCatalog',
    displayName: raw.name ?? raw.id,
    settings,
    assignments: (raw.assignments ?? []).map(compactAssignment),
    applicability: [],
  };
}

/** Every group an assignment of these policies names (the only memberships the import reads). */
export function assignmentGroupIds(policies: readonly SnapshotPolicy[]): string[] {
  const ids = new Set<string>();
  for (const policy of policies) {
    for (const assignment of policy.assignments) if (assignment.groupId) ids.add(assignment.groupId);
  }
  return [...ids].sort();
}
