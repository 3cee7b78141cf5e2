// Snapshot policies that set AllowAadPasswordReset or EnablePinRecovery → the scenario's policy sources with their
// Intune assignments, in the form the engine resolves (R-POLICY-SRC, R-ASSIGN, P-POLICY-SRC). Assignment filters are
// evaluated here for the chosen device: a filter that keeps the device out removes that inclusion; one that cannot be
// evaluated stays on the inclusion with `matches: "unknown"`, so the engine leaves the source's reach undecided (and a
// conflict with it, R-POLICY-CONFLICT) and names the filter.
import {
  OMA_DATA_TYPES,
  UNKNOWN,
  type Assignment,
  type Edition,
  type PasswordResetSource,
  type PinRecoverySource,
  type Scenario,
} from '../model/scenario';
import { filterDecision } from './device-assignment';
import { describeSource, POLICY_KIND_LABELS, resolveDeviceFacts } from './device-facts';
import type { ProvenanceRecorder } from './provenance';
import type { SnapshotDevice, SnapshotPolicy, SnapshotPolicySetting, SnapshotUser, SourceKey } from './snapshot';
import type { TenantIndex } from './tenant-index';
import { editionForSku } from './vocabulary';

type GroupTarget = Assignment['exclude'][number];
type IncludeFilter = NonNullable<Assignment['include'][number]['filter']>;

function groupTarget(groupId: string, index: TenantIndex): GroupTarget {
  const group = index.groupsById.get(groupId);
  // A group with only users is a user group; anything else is treated as a device group (device-scoped CSP).
  const groupType = group && group.userIds.length > 0 && group.deviceIds.length === 0 ? 'user' : 'device';
  return { group: group?.displayName ?? groupId, groupType };
}

const VERSION = /^10\.0\.\d+(\.\d+)?$/;

interface MappedAssignment {
  assignment: Assignment;
  notes: string[];
  /** An inclusion's filter could not be evaluated for this device. */
  undecided: boolean;
  /** Indexes (in `assignment.include`) of inclusions whose filter could not be evaluated. */
  undecidedIncludes: number[];
}

function mapAssignment(policy: SnapshotPolicy, index: TenantIndex, device: SnapshotDevice | null): MappedAssignment {
  const assignment: Assignment = { include: [], exclude: [], applicability: [] };
  const notes: string[] = [];
  let undecided = false;
  const undecidedIncludes: number[] = [];
  for (const entry of policy.assignments) {
    if (entry.target === 'exclusionGroup' && entry.groupId) {
      assignment.exclude.push(groupTarget(entry.groupId, index));
      continue;
    }
    if (entry.target === 'other') {
      notes.push(
        `assignment to ${entry.targetType || 'another target kind'}${entry.otherId ? ` ${entry.otherId}` : ''} not evaluated offline`,
      );
      continue;
    }
    let filterUndecided = false;
    if (entry.filterId) {
      const decision = device
        ? filterDecision(entry, device, index.filtersById)
        : { applies: null, reason: 'assignment filter: no device chosen' };
      notes.push(decision.reason);
      if (decision.applies === false) continue;
      if (decision.applies === null) filterUndecided = undecided = true;
    }
    // Not evaluated offline: the engine reads the inclusion with its filter undecided.
    const filter: IncludeFilter | undefined =
      entry.filterId && filterUndecided
        ? {
            name: index.filtersById.get(entry.filterId)?.displayName ?? entry.filterId,
            mode: entry.filterType === 'exclude' ? 'exclude' : 'include',
            matches: UNKNOWN,
          }
        : undefined;
    const before = assignment.include.length;
    if (entry.target === 'group' && entry.groupId) {
      assignment.include.push({ target: 'group', ...groupTarget(entry.groupId, index), ...(filter && { filter }) });
    } else if (entry.target === 'allDevices') {
      assignment.include.push({ target: 'allDevices', ...(filter && { filter }) });
    } else if (entry.target === 'allLicensedUsers') {
      assignment.include.push({ target: 'allUsers', ...(filter && { filter }) });
    }
    if (filter && assignment.include.length > before) undecidedIncludes.push(before);
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
  return { assignment, notes, undecided, undecidedIncludes };
}

function omaSource(
  policy: SnapshotPolicy,
  setting: SnapshotPolicySetting,
  assignment: Assignment,
): Extract<PasswordResetSource, { kind: 'omaUri' }> | null {
  const dataType = OMA_DATA_TYPES.find((type) => type === setting.dataType);
  // The engine judges type and value (R-POLICY-TYPE); a source without a stated type or value is not guessed.
  if (!dataType || setting.raw === null) return null;
  return {
    kind: 'omaUri',
    name: policy.displayName,
    omaUri: setting.sourceId,
    dataType,
    value: setting.raw,
    assignment,
  };
}

function passwordResetSource(
  policy: SnapshotPolicy,
  setting: SnapshotPolicySetting,
  assignment: Assignment,
): PasswordResetSource | null {
  if (policy.kind === 'customProfile') return omaSource(policy, setting, assignment);
  if (setting.value !== 0 && setting.value !== 1) return null;
  return {
    kind: 'settingsCatalog',
    name: policy.displayName,
    settingDefinitionId: setting.sourceId,
    value: setting.value,
    assignment,
  };
}

function pinRecoverySource(
  policy: SnapshotPolicy,
  setting: SnapshotPolicySetting,
  assignment: Assignment,
): PinRecoverySource | null {
  if (policy.kind === 'customProfile') return omaSource(policy, setting, assignment);
  if (typeof setting.value !== 'boolean') return null;
  const accountProtection =
    policy.kind === 'endpointSecurity' || policy.kind === 'intent' || policy.kind === 'deviceConfiguration';
  return {
    kind: accountProtection ? 'accountProtection' : 'settingsCatalog',
    name: policy.displayName,
    value: setting.value,
    assignment,
  };
}

function assignmentSummary(policy: SnapshotPolicy, index: TenantIndex): string {
  const parts = policy.assignments.map((entry) => {
    const filter = entry.filterId
      ? ` (filter ${index.filtersById.get(entry.filterId)?.displayName ?? entry.filterId}, ${entry.filterType ?? 'include'})`
      : '';
    switch (entry.target) {
      case 'group':
        return `include ${groupTarget(entry.groupId ?? '', index).group}${filter}`;
      case 'exclusionGroup':
        return `exclude ${groupTarget(entry.groupId ?? '', index).group}`;
      case 'allDevices':
        return `All devices${filter}`;
      case 'allLicensedUsers':
        return `All users${filter}`;
      default:
        return `${entry.targetType || 'other target'}${entry.otherId ? ` ${entry.otherId}` : ''}`;
    }
  });
  return parts.length ? parts.join(', ') : 'not assigned';
}

/**
 * Two reaching sources with different values: Intune shows the conflict and leaves it to be resolved by hand
 * (memdocs intune/configuration/device-profile-troubleshoot.md). Both sources go to the scenario, where the engine
 * leaves the value undecided (R-POLICY-CONFLICT, P-POLICY-CONFLICT); the note names both here too.
 */
function conflictNotes(index: TenantIndex, device: SnapshotDevice | null, user: SnapshotUser | null) {
  const notes = { passwordReset: '', pinRecovery: '' };
  if (!device) return notes;
  const facts = resolveDeviceFacts(index, device, user);
  for (const [list, fact] of [
    ['passwordReset', 'allowAadPasswordReset'],
    ['pinRecovery', 'enablePinRecovery'],
  ] as const) {
    const resolution = facts.get(fact);
    if (resolution?.state === 'conflict') {
      notes[list] =
        ' Intune reports a conflict on this device (conflicting configuration settings are resolved by hand): ' +
        resolution.sources.map(describeSource).join(' | ');
    }
  }
  return notes;
}

export function mapPolicies(
  index: TenantIndex,
  prov: ProvenanceRecorder,
  device: SnapshotDevice | null,
  user: SnapshotUser | null = null,
): Scenario['policies'] {
  const passwordReset: Scenario['policies']['passwordReset'] = [];
  const pinRecovery: Scenario['policies']['pinRecovery'] = [];
  const skipped: Record<'passwordReset' | 'pinRecovery', string[]> = { passwordReset: [], pinRecovery: [] };
  for (const policy of index.snapshot.policies) {
    for (const setting of policy.settings) {
      if (setting.fact !== 'allowAadPasswordReset' && setting.fact !== 'enablePinRecovery') continue;
      const list = setting.fact === 'allowAadPasswordReset' ? 'passwordReset' : 'pinRecovery';
      const mapped = mapAssignment(policy, index, device);
      const source =
        list === 'passwordReset'
          ? passwordResetSource(policy, setting, mapped.assignment)
          : pinRecoverySource(policy, setting, mapped.assignment);
      const label = `"${policy.displayName}" (${POLICY_KIND_LABELS[policy.kind]}), ${setting.sourceId}`;
      if (!source) {
        skipped[list].push(`${label}: ${setting.problem ?? `value ${JSON.stringify(setting.raw)} not understood`}`);
        continue;
      }
      const note = [label, `assignments: ${assignmentSummary(policy, index)}`, ...mapped.notes].join('; ');
      let path: string;
      if (list === 'passwordReset') {
        passwordReset.push(source as PasswordResetSource);
        path = `policies.passwordReset[${passwordReset.length - 1}]`;
      } else {
        pinRecovery.push(source as PinRecoverySource);
        path = `policies.pinRecovery[${pinRecovery.length - 1}]`;
      }
      const reach = `Whether this source reaches the device is not known: ${note}`;
      if (mapped.undecided && mapped.undecidedIncludes.length === 0) prov.unknown(path, reach);
      else prov.imported(path, policy.source as SourceKey, note);
      // The source is known; what is not is whether its filter lets this device through (counted as unknown).
      for (const include of mapped.undecidedIncludes)
        prov.unknown(`${path}.assignment.include[${include}].filter.matches`, reach);
    }
  }
  const conflicts = conflictNotes(index, device, user);
  for (const list of ['passwordReset', 'pinRecovery'] as const) {
    const count = list === 'passwordReset' ? passwordReset.length : pinRecovery.length;
    const setting = list === 'passwordReset' ? 'AllowAadPasswordReset' : 'EnablePinRecovery';
    const notes = [
      count ? `${count} Intune source(s) set ${setting}.` : `No Intune policy the import read sets ${setting}.`,
      ...skipped[list].map((entry) => `Not used (not understood): ${entry}`),
      conflicts[list],
    ].filter(Boolean);
    if (skipped[list].length) prov.unknown(`policies.${list}`, notes.join(' '));
    else prov.imported(`policies.${list}`, 'configurationPolicies', notes.join(' '));
  }
  return { passwordReset, pinRecovery };
}
