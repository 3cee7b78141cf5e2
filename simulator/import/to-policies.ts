// Snapshot policies (custom OMA-URI profiles, settings-catalog policies) → the scenario's policy sources with
// their Intune assignments, in the form the engine resolves (R-POLICY-SRC, R-ASSIGN, P-POLICY-SRC).
import { OMA_DATA_TYPES, type Assignment, type Edition, type Scenario } from '../model/scenario';
import type { ProvenanceRecorder } from './provenance';
import type { SnapshotGroup, SnapshotPolicy, SnapshotPolicySetting } from './snapshot';
import type { TenantIndex } from './tenant-index';
import { editionForSku } from './vocabulary';

type GroupTarget = Assignment['exclude'][number];

function groupTarget(groupId: string, groups: Map<string, SnapshotGroup>): GroupTarget {
  const group = groups.get(groupId);
  // A group with only users is a user group; anything else is treated as a device group (device-scoped CSP).
  const groupType = group && group.userIds.length > 0 && group.deviceIds.length === 0 ? 'user' : 'device';
  return { group: group?.displayName ?? groupId, groupType };
}

const VERSION = /^10\.0\.\d+(\.\d+)?$/;

function mapAssignment(policy: SnapshotPolicy, groups: Map<string, SnapshotGroup>): Assignment {
  const assignment: Assignment = { include: [], exclude: [], applicability: [] };
  for (const entry of policy.assignments) {
    if (entry.target === 'group' && entry.groupId) {
      assignment.include.push({ target: 'group', ...groupTarget(entry.groupId, groups) });
    } else if (entry.target === 'exclusionGroup' && entry.groupId) {
      assignment.exclude.push(groupTarget(entry.groupId, groups));
    } else if (entry.target === 'allDevices') {
      assignment.include.push({ target: 'allDevices' });
    } else if (entry.target === 'allLicensedUsers') {
      assignment.include.push({ target: 'allUsers' });
    }
  }
  for (const rule of policy.applicability) {
    const ruleKind = rule.ruleType.toLowerCase().includes('exclude') ? 'dontAssignIf' : 'assignIf';
    if (rule.property === 'osEdition') {
      const editions = [...new Set(rule.editions.map(editionForSku).filter((e): e is Edition => e !== null))];
      if (editions.length) assignment.applicability.push({ property: 'osEdition', rule: ruleKind, editions });
    } else if (VERSION.test(rule.min) && VERSION.test(rule.max)) {
      assignment.applicability.push({ property: 'osVersion', rule: ruleKind, min: rule.min, max: rule.max });
    }
  }
  return assignment;
}

function omaDataType(setting: SnapshotPolicySetting): (typeof OMA_DATA_TYPES)[number] {
  const match = OMA_DATA_TYPES.find((type) => type === setting.dataType);
  return match ?? 'String';
}

function omaValue(setting: SnapshotPolicySetting): string | number | boolean {
  return setting.value ?? '';
}

function assignmentNote(policy: SnapshotPolicy): string | undefined {
  const filtered = policy.assignments.filter((entry) => entry.filterId).length;
  const other = policy.assignments.filter((entry) => entry.target === 'other').length;
  const notes = [];
  if (filtered) notes.push(`${filtered} assignment filter(s) not evaluated offline`);
  if (other) notes.push(`${other} assignment target(s) of another kind ignored`);
  return notes.length ? notes.join('; ') : undefined;
}

export function mapPolicies(index: TenantIndex, prov: ProvenanceRecorder): Scenario['policies'] {
  const passwordReset: Scenario['policies']['passwordReset'] = [];
  const pinRecovery: Scenario['policies']['pinRecovery'] = [];
  for (const policy of index.snapshot.policies) {
    const assignment = mapAssignment(policy, index.groupsById);
    const source = policy.kind === 'customProfile' ? 'deviceConfigurations' : 'configurationPolicies';
    const note = [policy.kind === 'settingsCatalog' ? 'beta endpoint' : '', assignmentNote(policy) ?? '']
      .filter(Boolean)
      .join('; ');
    for (const setting of policy.settings) {
      if (setting.setting === 'allowAadPasswordReset') {
        passwordReset.push(
          policy.kind === 'customProfile'
            ? {
                kind: 'omaUri',
                name: policy.displayName,
                omaUri: setting.omaUri ?? '',
                dataType: omaDataType(setting),
                value: omaValue(setting),
                assignment,
              }
            : {
                kind: 'settingsCatalog',
                name: policy.displayName,
                settingDefinitionId: setting.settingDefinitionId ?? '',
                value: String(setting.value ?? '').endsWith('_1') ? 1 : 0,
                assignment,
              },
        );
        prov.imported(`policies.passwordReset[${passwordReset.length - 1}]`, source, note || undefined);
      } else {
        pinRecovery.push(
          policy.kind === 'customProfile'
            ? {
                kind: 'omaUri',
                name: policy.displayName,
                omaUri: setting.omaUri ?? '',
                dataType: omaDataType(setting),
                value: omaValue(setting),
                assignment,
              }
            : {
                kind: 'settingsCatalog',
                name: policy.displayName,
                value: String(setting.value ?? '')
                  .toLowerCase()
                  .endsWith('_true'),
                assignment,
              },
        );
        prov.imported(`policies.pinRecovery[${pinRecovery.length - 1}]`, source, note || undefined);
      }
    }
  }
  prov.imported(
    'policies.passwordReset',
    'deviceConfigurations',
    passwordReset.length
      ? `${passwordReset.length} custom profile / settings-catalog source(s) set AllowAadPasswordReset (catalog: beta).`
      : 'No custom profile or catalog policy sets AllowAadPasswordReset.',
  );
  prov.imported(
    'policies.pinRecovery',
    'deviceConfigurations',
    pinRecovery.length
      ? `${pinRecovery.length} source(s) set EnablePinRecovery.`
      : 'No profile sets EnablePinRecovery.',
  );
  return { passwordReset, pinRecovery };
}
