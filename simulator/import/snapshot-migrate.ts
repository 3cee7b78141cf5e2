// Snapshot files of format version 1 (AllowAadPasswordReset and EnablePinRecovery only) → version 2, on open, so a
// snapshot written by any import reopens. Values are re-read through the mapping table; nothing is invented.
import { mappingForCatalogId, mappingForOmaUri, readCatalogValue, readOmaValue } from './setting-map';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function migrateSetting(setting: unknown): unknown {
  if (!isObject(setting)) return setting;
  const omaUri = typeof setting.omaUri === 'string' ? setting.omaUri : null;
  const definitionId = typeof setting.settingDefinitionId === 'string' ? setting.settingDefinitionId : null;
  const raw = setting.value as string | number | boolean | null;
  const mapping = omaUri ? mappingForOmaUri(omaUri) : definitionId ? mappingForCatalogId(definitionId) : null;
  const fact = setting.setting;
  const read = !mapping
    ? null
    : omaUri
      ? readOmaValue(mapping, String(setting.dataType ?? ''), raw)
      : readCatalogValue(mapping, definitionId!, raw);
  return {
    fact,
    sourceId: omaUri ?? definitionId ?? '',
    dataType: setting.dataType ?? null,
    raw: raw ?? null,
    value: read?.ok ? read.value : null,
    problem: read ? (read.ok ? null : read.problem) : 'not recognised by this version',
  };
}

function migratePolicy(policy: unknown): unknown {
  if (!isObject(policy) || !Array.isArray(policy.settings)) return policy;
  const source = policy.kind === 'settingsCatalog' ? 'configurationPolicies' : 'deviceConfigurations';
  return { ...policy, source, settings: policy.settings.map(migrateSetting) };
}

/** A version 1 snapshot object in the version 2 shape (the schema then checks it like any other). */
export function migrateSnapshotV1(raw: unknown): unknown {
  if (!isObject(raw)) return raw;
  return {
    ...raw,
    formatVersion: 2,
    policies: Array.isArray(raw.policies) ? raw.policies.map(migratePolicy) : raw.policies,
    filters: [],
    warnings: [],
  };
}
