// Compaction of Microsoft Graph items into snapshot records. Pure: the import service pipes each page item
// through these as it arrives, so raw pages are dropped at once.
// Policies of every kind are compacted in policy-records.ts.
import type { GraphDevice, GraphManagedDevice, GraphRegistration, GraphSku, GraphUser } from './graph-shapes';
import type { SnapshotDevice, SnapshotSku, SnapshotUser } from './snapshot';

/** A Graph string property: a string, or null when absent or of another type (never coerced). */
function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function bool(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

// ---------- compaction ----------
export function compactDevice(raw: GraphDevice): SnapshotDevice {
  return {
    id: raw.id,
    deviceId: text(raw.deviceId),
    displayName: text(raw.displayName) ?? raw.id,
    operatingSystem: text(raw.operatingSystem),
    operatingSystemVersion: text(raw.operatingSystemVersion),
    trustType: text(raw.trustType),
    isManaged: bool(raw.isManaged),
    intune: null,
  };
}

export function compactManagedDevice(raw: GraphManagedDevice): NonNullable<SnapshotDevice['intune']> {
  return {
    id: raw.id,
    osVersion: text(raw.osVersion),
    skuFamily: text(raw.skuFamily),
    joinType: text(raw.joinType),
    userId: text(raw.userId),
    userPrincipalName: text(raw.userPrincipalName),
    manufacturer: text(raw.manufacturer),
    model: text(raw.model),
    deviceCategory: text(raw.deviceCategoryDisplayName),
    ownerType: text(raw.managedDeviceOwnerType),
    enrollmentProfileName: text(raw.enrollmentProfileName),
    skuNumber: typeof raw.skuNumber === 'number' && Number.isInteger(raw.skuNumber) ? raw.skuNumber : null,
  };
}

export function compactUser(raw: GraphUser): SnapshotUser {
  const upn = text(raw.userPrincipalName);
  const licences = Array.isArray(raw.assignedLicenses) ? raw.assignedLicenses : [];
  return {
    id: raw.id,
    userPrincipalName: upn ?? raw.id,
    displayName: text(raw.displayName) ?? upn ?? raw.id,
    onPremisesSyncEnabled: bool(raw.onPremisesSyncEnabled),
    userType: text(raw.userType),
    skuIds: licences.map((licence) => text(licence?.skuId)).filter((id): id is string => !!id),
    registration: null,
  };
}

export function compactRegistration(raw: GraphRegistration): NonNullable<SnapshotUser['registration']> {
  const methods = Array.isArray(raw.methodsRegistered) ? raw.methodsRegistered : [];
  return {
    isAdmin: bool(raw.isAdmin),
    isSsprEnabled: bool(raw.isSsprEnabled),
    isSsprRegistered: bool(raw.isSsprRegistered),
    isSsprCapable: bool(raw.isSsprCapable),
    methodsRegistered: methods.filter((method): method is string => typeof method === 'string'),
  };
}

export function compactSku(raw: GraphSku): SnapshotSku {
  const plans = Array.isArray(raw.servicePlans) ? raw.servicePlans : [];
  const units = raw.prepaidUnits?.enabled;
  return {
    skuId: raw.skuId,
    skuPartNumber: text(raw.skuPartNumber) ?? '',
    // A SKU whose status Graph did not give is not counted as enabled.
    capabilityStatus: text(raw.capabilityStatus) ?? 'Unknown',
    enabledUnits: typeof units === 'number' && Number.isFinite(units) ? units : 0,
    servicePlans: plans.map((plan) => text(plan?.servicePlanName)).filter((n): n is string => !!n),
  };
}
