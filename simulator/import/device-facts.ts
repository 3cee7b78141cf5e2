// The device settings a pair's policies set: for each fact of the mapping table, the sources that reach the device,
// their values, and Intune's documented conflict behaviour. memdocs intune/configuration/device-profile-troubleshoot.md:
// "If a configuration policy setting conflicts with a setting in another configuration policy, this conflict is shown
// in Intune. Manually resolve these conflicts." — so two reaching sources with different values leave the value
// unknown, and both are named.
import { policyReachesDevice, type AssignmentDecision } from './device-assignment';
import type { FactValue, PolicyFact } from './setting-map';
import type { SnapshotDevice, SnapshotPolicy, SnapshotPolicySetting, SnapshotUser } from './snapshot';
import type { TenantIndex } from './tenant-index';

export const POLICY_KIND_LABELS: Readonly<Record<SnapshotPolicy['kind'], string>> = {
  customProfile: 'custom profile',
  settingsCatalog: 'settings catalog',
  endpointSecurity: 'endpoint security',
  securityBaseline: 'security baseline',
  intent: 'endpoint security (intent)',
  administrativeTemplate: 'administrative template',
  deviceConfiguration: 'device configuration profile',
};

export interface FactSource {
  policy: SnapshotPolicy;
  setting: SnapshotPolicySetting;
  decision: AssignmentDecision;
}

export type FactResolution =
  | { state: 'set'; value: FactValue; sources: FactSource[] }
  | { state: 'conflict'; sources: FactSource[] }
  | { state: 'undecided'; sources: FactSource[]; reason: string }
  | { state: 'notUnderstood'; sources: FactSource[] }
  | { state: 'notSet'; sources: FactSource[] };

function sameValue(a: FactValue, b: FactValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const left = new Set(a.map((item) => item.toLowerCase()));
    return (
      left.size === new Set(b.map((item) => item.toLowerCase())).size && b.every((item) => left.has(item.toLowerCase()))
    );
  }
  return a === b;
}

/** "“Login and lock screen” (settings catalog) sets 1 via device_vendor_…; assigned through group "X"". */
export function describeSource(source: FactSource): string {
  const value = source.setting.value === null ? `"${String(source.setting.raw)}"` : formatValue(source.setting.value);
  const how = source.setting.problem ? `not understood (${source.setting.problem})` : `sets ${value}`;
  return `"${source.policy.displayName}" (${POLICY_KIND_LABELS[source.policy.kind]}) ${how} via ${source.setting.sourceId}; ${source.decision.reason}`;
}

export function formatValue(value: FactValue): string {
  return Array.isArray(value) ? `[${value.join(', ')}]` : String(value);
}

/** Every setting of every policy, grouped by fact (built once per call; a snapshot has few policies). */
function settingsByFact(
  policies: readonly SnapshotPolicy[],
): Map<PolicyFact, { policy: SnapshotPolicy; setting: SnapshotPolicySetting }[]> {
  const map = new Map<PolicyFact, { policy: SnapshotPolicy; setting: SnapshotPolicySetting }[]>();
  for (const policy of policies) {
    for (const setting of policy.settings) {
      const list = map.get(setting.fact);
      if (list) list.push({ policy, setting });
      else map.set(setting.fact, [{ policy, setting }]);
    }
  }
  return map;
}

export function resolveDeviceFacts(
  index: TenantIndex,
  device: SnapshotDevice,
  user: SnapshotUser | null,
): Map<PolicyFact, FactResolution> {
  const decisions = new Map<SnapshotPolicy, AssignmentDecision>();
  const decide = (policy: SnapshotPolicy) => {
    let decision = decisions.get(policy);
    if (!decision) {
      decision = policyReachesDevice(policy, device, user, index, index.filtersById);
      decisions.set(policy, decision);
    }
    return decision;
  };
  const result = new Map<PolicyFact, FactResolution>();
  for (const [fact, entries] of settingsByFact(index.snapshot.policies)) {
    const sources = entries.map(({ policy, setting }) => ({ policy, setting, decision: decide(policy) }));
    result.set(fact, resolveFact(sources));
  }
  return result;
}

export function resolveFact(sources: FactSource[]): FactResolution {
  const reaching = sources.filter((source) => source.decision.applies === true);
  const undecided = sources.filter((source) => source.decision.applies === null);
  if (reaching.some((source) => source.setting.problem)) return { state: 'notUnderstood', sources: reaching };
  const values = reaching.map((source) => source.setting.value as FactValue);
  if (values.some((value) => !sameValue(value, values[0]))) return { state: 'conflict', sources: reaching };
  const disagreeing = undecided.filter(
    (source) => source.setting.value === null || values.length === 0 || !sameValue(source.setting.value, values[0]),
  );
  if (disagreeing.length) {
    return {
      state: 'undecided',
      sources: [...reaching, ...disagreeing],
      reason: disagreeing.map((source) => source.decision.reason).join('; '),
    };
  }
  if (values.length) return { state: 'set', value: values[0], sources: reaching };
  return { state: 'notSet', sources };
}
