// The Graph reads of the tenant import (version, path, $select) and the response shapes we select — the contract the
// import service and the local test Graph server share.

/** One Graph read: path relative to the version root, and the version it lives in. */
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
      'userId,userPrincipalName,skuFamily,skuNumber,joinType,manufacturer,model,deviceCategoryDisplayName,' +
      "managedDeviceOwnerType,enrollmentProfileName&$filter=operatingSystem eq 'Windows'",
  },
  // No $select: omaSettings and the applicability rules belong to derived types, which $select on the base
  // collection cannot name; the compactor keeps only windows10CustomConfiguration profiles that touch our settings.
  deviceConfigurations: {
    version: 'v1.0',
    path: '/deviceManagement/deviceConfigurations?$expand=assignments',
  },
  configurationPolicies: {
    version: 'beta',
    path:
      '/deviceManagement/configurationPolicies?$select=id,name,platforms,technologies,templateReference' +
      '&$expand=settings,assignments',
  },
  // Administrative templates: the configurations with their assignments; definition values are read per configuration.
  groupPolicyConfigurations: {
    version: 'beta',
    path: '/deviceManagement/groupPolicyConfigurations?$select=id,displayName&$expand=assignments',
  },
  // Endpoint-security policies and security baselines created before the settings-catalog templates.
  intents: { version: 'beta', path: '/deviceManagement/intents?$select=id,displayName,templateId' },
  templates: { version: 'beta', path: '/deviceManagement/templates?$select=id,displayName,templateType' },
  assignmentFilters: {
    version: 'beta',
    path: '/deviceManagement/assignmentFilters?$select=id,displayName,platform,rule',
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
    path: '/users?$select=id,userPrincipalName,displayName,userType,assignedLicenses,onPremisesSyncEnabled&$top=999',
  },
} as const satisfies Record<string, GraphRead>;

export function groupReads(groupId: string): { group: GraphRead; members: GraphRead } {
  const id = encodeURIComponent(groupId);
  return {
    group: { version: 'v1.0', path: `/groups/${id}?$select=id,displayName` },
    members: { version: 'v1.0', path: `/groups/${id}/transitiveMembers?$select=id&$top=999` },
  };
}

export function groupPolicyReads(configurationId: string): { definitionValues: GraphRead } {
  const id = encodeURIComponent(configurationId);
  return {
    definitionValues: {
      version: 'beta',
      path:
        `/deviceManagement/groupPolicyConfigurations/${id}/definitionValues` +
        '?$expand=definition($select=displayName,categoryPath,classType),presentationValues',
    },
  };
}

export function intentReads(intentId: string): { settings: GraphRead; assignments: GraphRead } {
  const id = encodeURIComponent(intentId);
  return {
    settings: { version: 'beta', path: `/deviceManagement/intents/${id}/settings` },
    assignments: { version: 'beta', path: `/deviceManagement/intents/${id}/assignments` },
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
  skuNumber?: number | null;
  joinType?: string | null;
  manufacturer?: string | null;
  model?: string | null;
  deviceCategoryDisplayName?: string | null;
  managedDeviceOwnerType?: string | null;
  enrollmentProfileName?: string | null;
}
export interface GraphUser {
  id: string;
  userPrincipalName?: string | null;
  displayName?: string | null;
  userType?: string | null;
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
    collectionId?: string | null;
    deviceAndAppManagementAssignmentFilterId?: string | null;
    deviceAndAppManagementAssignmentFilterType?: string | null;
  } | null;
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
/** deviceManagementConfigurationSettingInstance and its derived types (choice, simple, collections, groups). */
export interface GraphSettingInstance {
  '@odata.type'?: string;
  settingDefinitionId?: string | null;
  choiceSettingValue?: { value?: unknown; children?: GraphSettingInstance[] | null } | null;
  choiceSettingCollectionValue?: { value?: unknown; children?: GraphSettingInstance[] | null }[] | null;
  simpleSettingValue?: { value?: unknown } | null;
  simpleSettingCollectionValue?: { value?: unknown }[] | null;
  groupSettingValue?: { children?: GraphSettingInstance[] | null } | null;
  groupSettingCollectionValue?: { children?: GraphSettingInstance[] | null }[] | null;
}
export interface GraphCatalogSetting {
  settingInstance?: GraphSettingInstance | null;
}
export interface GraphConfigurationPolicy {
  id: string;
  name?: string | null;
  platforms?: string | null;
  templateReference?: { templateFamily?: string | null; templateDisplayName?: string | null } | null;
  settings?: GraphCatalogSetting[] | null;
  assignments?: GraphAssignment[] | null;
}
export interface GraphGroupPolicyConfiguration {
  id: string;
  displayName?: string | null;
  assignments?: GraphAssignment[] | null;
}
export interface GraphGroupPolicyDefinitionValue {
  id: string;
  enabled?: boolean | null;
  definition?: { displayName?: string | null; categoryPath?: string | null; classType?: string | null } | null;
  presentationValues?: { '@odata.type'?: string; value?: unknown; values?: unknown }[] | null;
}
export interface GraphIntent {
  id: string;
  displayName?: string | null;
  templateId?: string | null;
}
export interface GraphIntentSetting {
  definitionId?: string | null;
  value?: unknown;
  valueJson?: string | null;
}
export interface GraphTemplate {
  id: string;
  displayName?: string | null;
  templateType?: string | null;
}
export interface GraphAssignmentFilter {
  id: string;
  displayName?: string | null;
  platform?: string | null;
  rule: string;
}
