// Which imported policies apply to one device (and the user signed in to it): include and exclude groups, All devices,
// All users, assignment filters evaluated offline, applicability rules. Three-valued: an input that is not known
// leaves the answer undecided, with the reason. Semantics: memdocs intune/configuration/device-profile-assign.md
// (exclusions win over inclusions of the same group type; mixed user/device exclusions are not evaluated) and
// intune/fundamentals/filters.md (include filter: applies when the rule matches; exclude filter: when it does not).
import type { Edition } from '../model/scenario';
import {
  evaluateFilter,
  FilterSyntaxError,
  parseFilterRule,
  type FilterNode,
  type FilterProperties,
} from './filter-rule';
import type {
  SnapshotAssignment,
  SnapshotDevice,
  SnapshotFilter,
  SnapshotGroup,
  SnapshotPolicy,
  SnapshotUser,
} from './snapshot';
import type { TenantIndex } from './tenant-index';
import { editionForSku, parseOsVersion } from './vocabulary';

export interface AssignmentDecision {
  /** true: the policy reaches this device; false: it does not; null: undecided (see `reason`). */
  applies: boolean | null;
  /** How it reaches (or why not), in words an admin reads. */
  reason: string;
}

/** Operating System SKU values of assignment filters by Win32_OperatingSystem.OperatingSystemSKU number. */
const OS_SKU_NAMES: Readonly<Record<number, string>> = {
  4: 'Enterprise',
  27: 'EnterpriseN',
  48: 'Professional',
  49: 'BusinessN',
  72: 'EnterpriseEval',
  84: 'EnterpriseNEval',
  98: 'CoreN',
  99: 'CoreCountrySpecific',
  100: 'CoreSingleLanguage',
  101: 'Core',
  121: 'Education',
  122: 'EducationN',
  125: 'EnterpriseS',
  126: 'EnterpriseSN',
  129: 'EnterpriseSEval',
  138: 'ProfessionalSingleLanguage',
  161: 'ProfessionalWorkstation',
  162: 'ProfessionalWorkstationN',
  164: 'ProfessionalEducation',
  165: 'ProfessionalEducationN',
  171: 'EnterpriseG',
  172: 'EnterpriseGN',
  175: 'ServerRdsh',
  188: 'IoTEnterprise',
  202: 'CloudEditionN',
  203: 'CloudEdition',
};

const TRUST_TYPES: Readonly<Record<string, string>> = {
  azureadjoined: 'Azure AD joined',
  hybridazureadjoined: 'Hybrid Azure AD joined',
  azureadregistered: 'Azure AD registered',
};

const OWNERSHIP: Readonly<Record<string, string>> = { company: 'Corporate', personal: 'Personal' };

/** The device's assignment-filter properties; undefined where the import does not know them (e.g. cpuArchitecture). */
export function filterPropertiesOf(device: SnapshotDevice): FilterProperties {
  const intune = device.intune;
  if (!intune) return {};
  const known = (value: string | null) => (value === null ? undefined : value);
  const version = known(intune.osVersion);
  return {
    devicename: device.displayName,
    manufacturer: known(intune.manufacturer),
    model: known(intune.model),
    devicecategory: intune.deviceCategory,
    osversion: version,
    operatingsystemversion: version,
    operatingsystemsku:
      intune.skuNumber === null ? undefined : (OS_SKU_NAMES[intune.skuNumber] ?? String(intune.skuNumber)),
    devicetrusttype: intune.joinType === null ? undefined : (TRUST_TYPES[intune.joinType.toLowerCase()] ?? 'Unknown'),
    deviceownership: intune.ownerType === null ? undefined : (OWNERSHIP[intune.ownerType.toLowerCase()] ?? 'unknown'),
    enrollmentprofilename: intune.enrollmentProfileName,
  };
}

/** Parsed filters, cached per snapshot index (a fleet evaluates the same rule for every device). */
const parsedFilters = new WeakMap<SnapshotFilter, FilterNode | FilterSyntaxError>();

function parsed(filter: SnapshotFilter): FilterNode | FilterSyntaxError {
  let node = parsedFilters.get(filter);
  if (!node) {
    try {
      node = parseFilterRule(filter.rule);
    } catch (error) {
      node = error instanceof FilterSyntaxError ? error : new FilterSyntaxError(String(error), 0);
    }
    parsedFilters.set(filter, node);
  }
  return node;
}

/** Does an assignment's filter let this device through? */
export function filterDecision(
  assignment: SnapshotAssignment,
  device: SnapshotDevice,
  filters: ReadonlyMap<string, SnapshotFilter>,
): AssignmentDecision {
  if (!assignment.filterId) return { applies: true, reason: '' };
  const filter = filters.get(assignment.filterId);
  const mode = assignment.filterType ?? 'include';
  if (!filter) return { applies: null, reason: `assignment filter ${assignment.filterId} was not in the import` };
  const node = parsed(filter);
  if (node instanceof FilterSyntaxError) {
    return { applies: null, reason: `assignment filter "${filter.displayName}" could not be read: ${node.message}` };
  }
  if (!device.intune) {
    return { applies: null, reason: `assignment filter "${filter.displayName}": the device is not enrolled in Intune` };
  }
  const outcome = evaluateFilter(node, filterPropertiesOf(device));
  if (outcome.matches === null) {
    return {
      applies: null,
      reason: `assignment filter "${filter.displayName}" (${mode}) reads ${outcome.unknownProperties
        .map((name) => `device.${name}`)
        .join(', ')}, not known for this device`,
    };
  }
  const applies = mode === 'include' ? outcome.matches : !outcome.matches;
  return {
    applies,
    reason: `assignment filter "${filter.displayName}" (${mode}) ${outcome.matches ? 'matches' : 'does not match'}`,
  };
}

type GroupKind = 'device' | 'user';

function groupKind(index: TenantIndex, groupId: string): GroupKind {
  const group = index.groupsById.get(groupId);
  return group && group.userIds.length > 0 && group.deviceIds.length === 0 ? 'user' : 'device';
}

function groupName(index: TenantIndex, groupId: string): string {
  return index.groupsById.get(groupId)?.displayName ?? groupId;
}

/** Members of each group as a set, built once per group (a fleet asks for every device of a 30,000-member group). */
const memberSets = new WeakMap<SnapshotGroup, Set<string>>();

function memberOf(index: TenantIndex, groupId: string, device: SnapshotDevice, user: SnapshotUser | null): boolean {
  const group = index.groupsById.get(groupId);
  if (!group) return false;
  let members = memberSets.get(group);
  if (!members) {
    members = new Set([...group.deviceIds, ...group.userIds]);
    memberSets.set(group, members);
  }
  return members.has(device.id) || (user !== null && members.has(user.id));
}

const EDITION_OF_SKU = (value: string): Edition | null => editionForSku(value);

function applicabilityDecision(policy: SnapshotPolicy, device: SnapshotDevice): AssignmentDecision {
  for (const rule of policy.applicability) {
    const exclude = rule.ruleType.toLowerCase().includes('exclude');
    if (rule.property === 'osEdition') {
      const edition = editionForSku(device.intune?.skuFamily ?? null);
      if (!edition) return { applies: null, reason: 'the OS edition applicability rule needs the edition, not known' };
      const listed = rule.editions.map(EDITION_OF_SKU).includes(edition);
      if (listed === exclude) return { applies: false, reason: `applicability rule: edition ${edition}` };
    } else {
      const version = parseOsVersion(device.operatingSystemVersion ?? device.intune?.osVersion ?? null);
      if (!version) return { applies: null, reason: 'the OS version applicability rule needs the version, not known' };
      const build = `10.0.${version.build}.${version.ubr ?? 0}`;
      const within = compareDotted(build, rule.min) >= 0 && compareDotted(build, rule.max) <= 0;
      if (within === exclude) return { applies: false, reason: `applicability rule: version ${build}` };
    }
  }
  return { applies: true, reason: '' };
}

function compareDotted(left: string, right: string): number {
  const a = left.split('.').map(Number);
  const b = right.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff) return diff;
  }
  return 0;
}

/**
 * Does this policy reach this device? Inclusions are tried in order; an exclusion of the same group type as the
 * inclusion that reached the device wins; a filter decides per assignment; applicability rules come last.
 */
export function policyReachesDevice(
  policy: SnapshotPolicy,
  device: SnapshotDevice,
  user: SnapshotUser | null,
  index: TenantIndex,
  filters: ReadonlyMap<string, SnapshotFilter>,
): AssignmentDecision {
  const undecided: string[] = [];
  let reached: { kind: GroupKind; reason: string } | null = null;
  for (const assignment of policy.assignments) {
    let kind: GroupKind;
    let reason: string;
    if (assignment.target === 'allDevices') {
      kind = 'device';
      reason = 'All devices';
    } else if (assignment.target === 'allLicensedUsers') {
      if (!user) {
        undecided.push('assigned to All users, and no user is chosen');
        continue;
      }
      kind = 'user';
      reason = 'All users';
    } else if (assignment.target === 'group' && assignment.groupId) {
      if (!memberOf(index, assignment.groupId, device, user)) continue;
      kind = groupKind(index, assignment.groupId);
      reason = `group "${groupName(index, assignment.groupId)}"`;
    } else {
      if (assignment.target === 'other') {
        undecided.push(`an assignment to ${assignment.targetType || 'another target kind'} is not evaluated offline`);
      }
      continue;
    }
    const filter = filterDecision(assignment, device, filters);
    if (filter.applies === false) continue;
    if (filter.applies === null) {
      undecided.push(`${reason}: ${filter.reason}`);
      continue;
    }
    reached = { kind, reason: filter.reason ? `${reason}, ${filter.reason}` : reason };
    break;
  }
  if (reached) {
    for (const assignment of policy.assignments) {
      if (assignment.target !== 'exclusionGroup' || !assignment.groupId) continue;
      if (groupKind(index, assignment.groupId) !== reached.kind) continue; // mixed exclusions are ignored
      if (memberOf(index, assignment.groupId, device, user)) {
        return { applies: false, reason: `excluded by group "${groupName(index, assignment.groupId)}"` };
      }
    }
    const applicability = applicabilityDecision(policy, device);
    if (applicability.applies !== true) return applicability;
    return { applies: true, reason: `assigned through ${reached.reason}` };
  }
  if (undecided.length) return { applies: null, reason: undecided.join('; ') };
  return { applies: false, reason: 'not assigned to this device or its user' };
}
