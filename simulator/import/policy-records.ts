// Intune policies of every kind → snapshot policies that keep only the settings of the mapping table, each with its
// source id, the value as written and the value as understood (or why not). Pure; warnings are counted, not thrown.
import type {
  GraphAssignment,
  GraphConfigurationPolicy,
  GraphDeviceConfiguration,
  GraphGroupPolicyConfiguration,
  GraphGroupPolicyDefinitionValue,
  GraphIntent,
  GraphIntentSetting,
  GraphSettingInstance,
  GraphTemplate,
} from './graph-shapes';
import type { ImportWarnings } from './import-warnings';
import {
  describe,
  mappingForAdminTemplate,
  mappingForCatalogId,
  mappingForIntentDefinition,
  mappingForOmaUri,
  mappingsForProfileType,
  readAdminTemplateValue,
  readCatalogValue,
  readOmaValue,
  userScopedMapping,
  type ReadResult,
  type SettingMapping,
} from './setting-map';
import type { PolicyKind, SnapshotAssignment, SnapshotPolicy, SnapshotPolicySetting } from './snapshot';

const RAW_LENGTH = 500;
/** Settings-catalog instances nest; real policies stay a few levels deep. */
const MAX_DEPTH = 12;
const MAX_INSTANCES_PER_POLICY = 20_000;

function rawValue(value: unknown): SnapshotPolicySetting['raw'] {
  if (typeof value === 'string') return value.length > RAW_LENGTH ? `${value.slice(0, RAW_LENGTH)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value === null || value === undefined) return null;
  return describe(value);
}

function setting(
  mapping: SettingMapping,
  sourceId: string,
  dataType: string | null,
  raw: unknown,
  read: ReadResult,
): SnapshotPolicySetting {
  return {
    fact: mapping.fact,
    sourceId,
    dataType,
    raw: rawValue(raw),
    value: read.ok ? read.value : null,
    problem: read.ok ? null : read.problem,
  };
}

function noteProblems(settings: SnapshotPolicySetting[], source: string, name: string, warnings: ImportWarnings) {
  for (const entry of settings) {
    if (entry.problem) warnings.add(source, 'valueNotUnderstood', `"${name}": ${entry.sourceId} — ${entry.problem}`);
  }
}

// ---------- assignments ----------
const TARGETS: [string, SnapshotAssignment['target']][] = [
  ['.exclusionGroupAssignmentTarget', 'exclusionGroup'],
  ['.groupAssignmentTarget', 'group'],
  ['.allDevicesAssignmentTarget', 'allDevices'],
  ['.allLicensedUsersAssignmentTarget', 'allLicensedUsers'],
];

export function compactAssignment(
  raw: GraphAssignment,
  source: string,
  policyName: string,
  warnings: ImportWarnings,
): SnapshotAssignment {
  const type = raw.target?.['@odata.type'] ?? '';
  const target = TARGETS.find(([suffix]) => type.endsWith(suffix))?.[1] ?? 'other';
  const filterId = raw.target?.deviceAndAppManagementAssignmentFilterId || null;
  const filterType = raw.target?.deviceAndAppManagementAssignmentFilterType?.toLowerCase();
  const otherId = target === 'other' ? (raw.target?.collectionId ?? raw.target?.groupId ?? null) : null;
  if (target === 'other') {
    warnings.add(
      source,
      'targetIgnored',
      `"${policyName}": assignment target ${type || '(no type)'}${otherId ? ` ${otherId}` : ''} is not evaluated offline`,
    );
  }
  return {
    target,
    targetType: type,
    groupId: target === 'other' ? null : (raw.target?.groupId ?? null),
    otherId,
    filterId,
    filterType: filterId ? (filterType === 'exclude' ? 'exclude' : filterType === 'include' ? 'include' : null) : null,
  };
}

function assignmentsOf(
  raw: GraphAssignment[] | null | undefined,
  source: string,
  name: string,
  warnings: ImportWarnings,
): SnapshotAssignment[] {
  if (raw !== undefined && raw !== null && !Array.isArray(raw)) {
    warnings.add(source, 'valueNotUnderstood', `"${name}": assignments is not a list; none kept`);
    return [];
  }
  return (raw ?? []).map((entry) => compactAssignment(entry ?? {}, source, name, warnings));
}

// ---------- custom and typed device-configuration profiles ----------
/** "#microsoft.graph.omaSettingInteger" → "Integer"; the base type or a missing one → null (never guessed). */
export function omaDataType(odataType: string | undefined): string | null {
  const name = (odataType ?? '').replace(/^#?microsoft\.graph\.omaSetting/, '');
  if (name === odataType || !name) return null;
  if (name === 'StringXml') return 'XML';
  if (name === 'FloatingPoint') return 'Float';
  return name;
}

function applicabilityOf(raw: GraphDeviceConfiguration): SnapshotPolicy['applicability'] {
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
  return applicability;
}

function omaSettings(raw: GraphDeviceConfiguration): SnapshotPolicySetting[] {
  const settings: SnapshotPolicySetting[] = [];
  for (const oma of Array.isArray(raw.omaSettings) ? raw.omaSettings : []) {
    const uri = typeof oma?.omaUri === 'string' ? oma.omaUri : '';
    if (!uri) continue;
    const dataType = omaDataType(oma['@odata.type']);
    const userScoped = userScopedMapping(uri);
    const mapping = mappingForOmaUri(uri) ?? userScoped;
    if (!mapping) continue;
    const read: ReadResult = userScoped
      ? { ok: false, problem: 'a ./User/ path: the device-scoped node is never written' }
      : dataType === null
        ? {
            ok: false,
            problem: `the OMA setting's data type is not stated (${oma['@odata.type'] ?? 'no @odata.type'})`,
          }
        : readOmaValue(mapping, dataType, oma.value);
    settings.push(setting(mapping, uri, dataType, oma.value, read));
  }
  return settings;
}

function profileSettings(raw: GraphDeviceConfiguration, odataType: string): SnapshotPolicySetting[] {
  const settings: SnapshotPolicySetting[] = [];
  const record = raw as unknown as Record<string, unknown>;
  for (const { mapping, property, read } of mappingsForProfileType(odataType)) {
    const value = record[property];
    const result = read(value);
    if (result) settings.push(setting(mapping, property, null, value, result));
  }
  return settings;
}

/** A custom OMA-URI profile or a typed profile, kept only if it sets one of the table's facts. */
export function compactDeviceConfiguration(
  raw: GraphDeviceConfiguration,
  warnings: ImportWarnings,
): SnapshotPolicy | null {
  const odataType = raw['@odata.type'] ?? '';
  const custom = odataType === '#microsoft.graph.windows10CustomConfiguration';
  const settings = custom ? omaSettings(raw) : profileSettings(raw, odataType);
  if (settings.length === 0) return null;
  const name = raw.displayName ?? raw.id;
  noteProblems(settings, 'deviceConfigurations', name, warnings);
  return {
    id: raw.id,
    kind: custom ? 'customProfile' : 'deviceConfiguration',
    source: 'deviceConfigurations',
    displayName: name,
    template: odataType.replace(/^#microsoft\.graph\./, '') || null,
    settings,
    assignments: assignmentsOf(raw.assignments, 'deviceConfigurations', name, warnings),
    applicability: applicabilityOf(raw),
  };
}

// ---------- settings catalog, endpoint security, baselines ----------
interface WalkedInstance {
  id: string;
  value: unknown;
  children: GraphSettingInstance[];
}

/** Every setting instance of a catalog policy, depth-first: choices, simple values, collections and groups. */
export function walkSettingInstances(roots: readonly (GraphSettingInstance | null | undefined)[]): WalkedInstance[] {
  const found: WalkedInstance[] = [];
  const visit = (instance: GraphSettingInstance | null | undefined, depth: number) => {
    if (!instance || typeof instance !== 'object' || depth > MAX_DEPTH || found.length >= MAX_INSTANCES_PER_POLICY)
      return;
    const id = typeof instance.settingDefinitionId === 'string' ? instance.settingDefinitionId : '';
    const list = <T>(value: T[] | null | undefined): T[] => (Array.isArray(value) ? value : []);
    if (instance.choiceSettingValue) {
      const children = list(instance.choiceSettingValue.children);
      found.push({ id, value: instance.choiceSettingValue.value, children });
      children.forEach((child) => visit(child, depth + 1));
    }
    for (const entry of list(instance.choiceSettingCollectionValue)) {
      const children = list(entry?.children);
      found.push({ id, value: entry?.value, children });
      children.forEach((child) => visit(child, depth + 1));
    }
    if (instance.simpleSettingValue) found.push({ id, value: instance.simpleSettingValue.value, children: [] });
    if (instance.simpleSettingCollectionValue) {
      found.push({ id, value: list(instance.simpleSettingCollectionValue).map((entry) => entry?.value), children: [] });
    }
    list(instance.groupSettingValue?.children).forEach((child) => visit(child, depth + 1));
    for (const entry of list(instance.groupSettingCollectionValue)) {
      list(entry?.children).forEach((child) => visit(child, depth + 1));
    }
  };
  roots.forEach((root) => visit(root, 0));
  return found;
}

function catalogKind(family: string | null | undefined): PolicyKind {
  const name = (family ?? '').toLowerCase();
  if (name.startsWith('endpointsecurity')) return 'endpointSecurity';
  if (name.includes('baseline')) return 'securityBaseline';
  return 'settingsCatalog';
}

function catalogSetting(instance: WalkedInstance, mapping: SettingMapping): SnapshotPolicySetting {
  const read = readCatalogValue(mapping, instance.id, instance.value);
  if (mapping.format !== 'admxText' || !read.ok) return setting(mapping, instance.id, null, instance.value, read);
  if (read.value === 0) return setting(mapping, instance.id, null, instance.value, { ok: true, value: [] });
  const textChild = instance.children.find(
    (child) => child?.settingDefinitionId?.toLowerCase() === mapping.catalogTextChildId,
  );
  const text = textChild?.simpleSettingValue?.value;
  return setting(
    mapping,
    instance.id,
    null,
    instance.value,
    typeof text === 'string'
      ? {
          ok: true,
          value: text
            .split(/[,;]/)
            .map((item) => item.trim())
            .filter(Boolean),
        }
      : { ok: false, problem: 'enabled without its list of credential providers' },
  );
}

/** A configurationPolicies item (settings catalog or a template built on it), kept if it sets a table fact. */
export function compactConfigurationPolicy(
  raw: GraphConfigurationPolicy,
  warnings: ImportWarnings,
): SnapshotPolicy | null {
  const roots = (Array.isArray(raw.settings) ? raw.settings : []).map((entry) => entry?.settingInstance);
  const settings: SnapshotPolicySetting[] = [];
  for (const instance of walkSettingInstances(roots)) {
    const mapping = instance.id ? mappingForCatalogId(instance.id) : null;
    if (mapping) settings.push(catalogSetting(instance, mapping));
  }
  if (settings.length === 0) return null;
  const name = raw.name ?? raw.id;
  noteProblems(settings, 'configurationPolicies', name, warnings);
  const family = raw.templateReference?.templateFamily ?? null;
  return {
    id: raw.id,
    kind: catalogKind(family),
    source: 'configurationPolicies',
    displayName: name,
    template: family && family !== 'none' ? family : null,
    settings,
    assignments: assignmentsOf(raw.assignments, 'configurationPolicies', name, warnings),
    applicability: [],
  };
}

// ---------- administrative templates ----------
function presentationText(value: GraphGroupPolicyDefinitionValue): string | null {
  for (const presentation of Array.isArray(value.presentationValues) ? value.presentationValues : []) {
    if (typeof presentation?.value === 'string') return presentation.value;
    if (Array.isArray(presentation?.values)) {
      return presentation.values
        .map((entry) => (typeof entry === 'object' && entry ? (entry as { name?: unknown }).name : entry))
        .filter((entry): entry is string => typeof entry === 'string')
        .join(';');
    }
  }
  return null;
}

export function compactAdministrativeTemplate(
  raw: GraphGroupPolicyConfiguration,
  definitionValues: readonly GraphGroupPolicyDefinitionValue[],
  warnings: ImportWarnings,
): SnapshotPolicy | null {
  const settings: SnapshotPolicySetting[] = [];
  for (const value of definitionValues) {
    const definition = value.definition;
    if (!definition?.displayName) continue;
    const mapping = mappingForAdminTemplate(definition.displayName, definition.categoryPath ?? null);
    if (!mapping) continue;
    const sourceId = `${definition.categoryPath ?? ''}\\${definition.displayName}`;
    const read: ReadResult =
      definition.classType === 'user'
        ? { ok: false, problem: 'a User Configuration setting: the computer setting is not written' }
        : readAdminTemplateValue(mapping, value.enabled, presentationText(value));
    settings.push(setting(mapping, sourceId, null, value.enabled ?? null, read));
  }
  if (settings.length === 0) return null;
  const name = raw.displayName ?? raw.id;
  noteProblems(settings, 'groupPolicyConfigurations', name, warnings);
  return {
    id: raw.id,
    kind: 'administrativeTemplate',
    source: 'groupPolicyConfigurations',
    displayName: name,
    template: null,
    settings,
    assignments: assignmentsOf(raw.assignments, 'groupPolicyConfigurations', name, warnings),
    applicability: [],
  };
}

// ---------- intents (older endpoint security and security baselines) ----------
function intentValue(entry: GraphIntentSetting): unknown {
  if (entry.value !== undefined) return entry.value;
  if (typeof entry.valueJson !== 'string') return undefined;
  try {
    return JSON.parse(entry.valueJson) as unknown;
  } catch {
    return entry.valueJson;
  }
}

export function compactIntent(
  raw: GraphIntent,
  template: GraphTemplate | null,
  intentSettings: readonly GraphIntentSetting[],
  assignments: readonly GraphAssignment[],
  warnings: ImportWarnings,
): SnapshotPolicy | null {
  const settings: SnapshotPolicySetting[] = [];
  for (const entry of intentSettings) {
    const found = typeof entry?.definitionId === 'string' ? mappingForIntentDefinition(entry.definitionId) : null;
    if (!found) continue;
    const value = intentValue(entry);
    const read = found.read(value);
    if (read) settings.push(setting(found.mapping, entry.definitionId!, null, value, read));
  }
  if (settings.length === 0) return null;
  const name = raw.displayName ?? raw.id;
  noteProblems(settings, 'intents', name, warnings);
  const type = template?.templateType ?? null;
  return {
    id: raw.id,
    kind: /baseline/i.test(type ?? '') ? 'securityBaseline' : 'intent',
    source: 'intents',
    displayName: name,
    template: type ?? template?.displayName ?? null,
    settings,
    assignments: assignmentsOf([...assignments], 'intents', name, warnings),
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
