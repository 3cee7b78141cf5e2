// The Graph reads of rules.md §12 (version, path, $select) and the response shapes we select — the contract the
// import service and the local test Graph server share.

/** One Graph read: path relative to the version root, and the version it lives in (rules.md §12). */
export interface GraphRead {
  version: 'v1.0' | 'beta';
  path: string;
}

export const GRAPH_READS = {
  organization: { version: 'v1.0', path: '/organization?$select=id,displayName,verifiedDomains,onPremisesSyncEnabled' },
  devices: {
    version: 'v1.0',
    path: '/devices?$select=id,deviceId,displayName,operatingSystem,operatingSystemVersion,trustType,isManaged&$top=999',
  },
  managedDevices: {
    version: 'beta',
    path:
      '/deviceManagement/managedDevices?$select=id,deviceName,azureADDeviceId,osVersion,operatingSystem,' +
      "userId,userPrincipalName,skuFamily,joinType&$filter=operatingSystem eq 'Windows'",
  },
  // No $select: omaSettings and the applicability rules belong to derived types, which $select on the base
  // collection cannot name; the compactor keeps only windows10CustomConfiguration profiles that touch our settings.
  deviceConfigurations: {
    version: 'v1.0',
    path: '/deviceManagement/deviceConfigurations?$expand=assignments',
  },
  configurationPolicies: {
    version: 'beta',
    path: '/deviceManagement/configurationPolicies?$select=id,name,platforms,technologies&$expand=settings,assignments',
  },
  authenticationMethodsPolicy: { version: 'v1.0', path: '/policies/authenticationMethodsPolicy' },
  authorizationPolicy: { version: 'v1.0', path: '/policies/authorizationPolicy?$select=id,allowedToUseSSPR' },
  userRegistrationDetails: {
    version: 'v1.0',
    path:
      '/reports/authenticationMethods/userRegistrationDetails?$select=id,userPrincipalName,isAdmin,isSsprEnabled,' +
      'isSsprRegistered,isSsprCapable,methodsRegistered',
  },
  subscribedSkus: {
    version: 'v1.0',
    path: '/subscribedSkus?$select=skuId,skuPartNumber,capabilityStatus,prepaidUnits,servicePlans',
  },
  users: {
    version: 'v1.0',
    path: '/users?$select=id,userPrincipalName,displayName,assignedLicenses,onPremisesSyncEnabled&$top=999',
  },
} as const satisfies Record<string, GraphRead>;

export function groupReads(groupId: string): { group: GraphRead; members: GraphRead } {
  const id = encodeURIComponent(groupId);
  return {
    group: { version: 'v1.0', path: `/groups/${id}?$select=id,displayName` },
    members: { version: 'v1.0', path: `/groups/${id}/transitiveMembers?$select=id&$top=999` },
  };
}

// ---------- raw shapes (only what we select) ----------
export interface GraphDevice {
  id: string;
  deviceId?: string | null;
  displayName?: string | null;
  operatingSystem?: string | null;
  operatingSystemVersion?: string | null;
  trustType?: string | null;
  isManaged?: boolean | null;
}
export interface GraphManagedDevice {
  id: string;
  deviceName?: string | null;
  azureADDeviceId?: string | null;
  osVersion?: string | null;
  operatingSystem?: string | null;
  userId?: string | null;
  userPrincipalName?: string | null;
  skuFamily?: string | null;
  joinType?: string | null;
}
export interface GraphUser {
  id: string;
  userPrincipalName?: string | null;
  displayName?: string | null;
  onPremisesSyncEnabled?: boolean | null;
  assignedLicenses?: { skuId?: string | null }[] | null;
}
export interface GraphRegistration {
  id: string;
  isAdmin?: boolean | null;
  isSsprEnabled?: boolean | null;
  isSsprRegistered?: boolean | null;
  isSsprCapable?: boolean | null;
  methodsRegistered?: string[] | null;
}
export interface GraphSku {
  skuId: string;
  skuPartNumber?: string | null;
  capabilityStatus?: string | null;
  prepaidUnits?: { enabled?: number | null } | null;
  servicePlans?: { servicePlanName?: string | null }[] | null;
}
export interface GraphAssignment {
  target?: {
    '@odata.type'?: string;
    groupId?: string | null;
    deviceAndAppManagementAssignmentFilterId?: string | null;
  };
}
export interface GraphOmaSetting {
  '@odata.type'?: string;
  omaUri?: string | null;
  value?: unknown;
}
export interface GraphDeviceConfiguration {
  '@odata.type'?: string;
  id: string;
  displayName?: string | null;
  omaSettings?: GraphOmaSetting[] | null;
  assignments?: GraphAssignment[] | null;
  deviceManagementApplicabilityRuleOsEdition?: { osEditionTypes?: string[] | null; ruleType?: string | null } | null;
  deviceManagementApplicabilityRuleOsVersion?: {
    minOSVersion?: string | null;
    maxOSVersion?: string | null;
    ruleType?: string | null;
  } | null;
}
export interface GraphCatalogSetting {
  settingInstance?: {
    settingDefinitionId?: string | null;
    choiceSettingValue?: { value?: string | null } | null;
  } | null;
}
export interface GraphConfigurationPolicy {
  id: string;
  name?: string | null;
  platforms?: string | null;
  settings?: GraphCatalogSetting[] | null;
  assignments?: GraphAssignment[] | null;
}
