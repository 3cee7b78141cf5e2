// "Enable the Reset password link" for a device group, as a reviewed list of Graph requests: optionally create the
// group and add devices, create the custom profile (v1.0) or settings-catalog policy (beta), assign it — or report
// that an equivalent policy already reaches the group. Pure: the same plan is previewed, exported and executed.
import { PASSWORD_RESET_CATALOG_ID, PASSWORD_RESET_OMA_URI } from '../model/scenario';
import type { SnapshotPolicy, TenantSnapshot } from './snapshot';

export const GRAPH_ROOTS = {
  global: 'https://graph.microsoft.com',
  usGovernment: 'https://graph.microsoft.us',
} as const;

export type ApplyTarget =
  | { kind: 'existingGroup'; groupId: string; groupName: string }
  | { kind: 'newGroup'; groupName: string; deviceObjectIds: string[] };

export interface ApplyInput {
  target: ApplyTarget;
  policyKind: 'customProfile' | 'settingsCatalog';
  policyName: string;
}

export interface PlannedRequest {
  /** Step id; later steps refer to a result id as {{stepId.id}}. */
  id: string;
  /** What the request does, in English (script comments, CLI) … */
  title: string;
  /** … and as data, for the page to word in its language. */
  action: PlannedAction;
  method: 'POST';
  /** Absolute URL; may contain {{stepId.id}} placeholders. */
  url: string;
  body: unknown;
  /** Graph version, so beta requests can be labelled. */
  version: 'v1.0' | 'beta';
}

export type PlannedAction =
  | { kind: 'createGroup'; group: string }
  | { kind: 'addDevice'; device: string }
  | { kind: 'createCustomProfile'; policy: string }
  | { kind: 'createSettingsCatalogPolicy'; policy: string }
  | { kind: 'assignProfile'; group: string }
  | { kind: 'assignPolicy'; group: string };

export interface EquivalentPolicy {
  policyId: string;
  policyName: string;
  kind: SnapshotPolicy['kind'];
  /** How the policy reaches the group: directly, or through All devices. */
  via: 'group' | 'allDevices';
}

export interface ApplyPlan {
  input: ApplyInput;
  tenantId: string;
  cloud: TenantSnapshot['tenant']['cloud'];
  /** Delegated write permissions the requests need (asked for only when the admin confirms). */
  scopes: string[];
  /** Set when nothing needs writing. */
  equivalent: EquivalentPolicy | null;
  requests: PlannedRequest[];
  /** Stable fingerprint of what will be written: the confirmation must match it. */
  fingerprint: string;
}

export const WRITE_SCOPES = {
  configuration: 'DeviceManagementConfiguration.ReadWrite.All',
  groups: 'Group.ReadWrite.All',
} as const;

function enablesReset(policy: SnapshotPolicy): boolean {
  // value is 1 only when understood: Integer 1 on the device node, or the catalog option "…_1".
  return policy.settings.some((setting) => setting.fact === 'allowAadPasswordReset' && setting.value === 1);
}

/** An existing policy that already sets AllowAadPasswordReset = 1 (correctly typed) for the group, unexcluded. */
export function findEquivalentPolicy(snapshot: TenantSnapshot, groupId: string): EquivalentPolicy | null {
  for (const policy of snapshot.policies) {
    if (!enablesReset(policy)) continue;
    const excluded = policy.assignments.some((entry) => entry.target === 'exclusionGroup' && entry.groupId === groupId);
    if (excluded) continue;
    const unfiltered = policy.assignments.filter((entry) => !entry.filterId);
    const direct = unfiltered.some((entry) => entry.target === 'group' && entry.groupId === groupId);
    const everyone = unfiltered.some((entry) => entry.target === 'allDevices');
    if (direct || everyone) {
      return {
        policyId: policy.id,
        policyName: policy.displayName,
        kind: policy.kind,
        via: direct ? 'group' : 'allDevices',
      };
    }
  }
  return null;
}

function mailNickname(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9]/g, '').slice(0, 56);
  return cleaned || 'ssprdevices';
}

const GROUP_REF = '{{createGroup.id}}';
const POLICY_REF = '{{createPolicy.id}}';

function groupRequests(root: string, target: ApplyTarget): PlannedRequest[] {
  if (target.kind !== 'newGroup') return [];
  const requests: PlannedRequest[] = [
    {
      id: 'createGroup',
      title: `Create the security group "${target.groupName}"`,
      action: { kind: 'createGroup', group: target.groupName },
      method: 'POST',
      url: `${root}/v1.0/groups`,
      body: {
        displayName: target.groupName,
        description: 'Windows devices that show the Reset password link at sign-in.',
        mailEnabled: false,
        mailNickname: mailNickname(target.groupName),
        securityEnabled: true,
      },
      version: 'v1.0',
    },
  ];
  target.deviceObjectIds.forEach((deviceObjectId, position) => {
    requests.push({
      id: `addMember${position + 1}`,
      title: `Add device ${deviceObjectId} to the group`,
      action: { kind: 'addDevice', device: deviceObjectId },
      method: 'POST',
      url: `${root}/v1.0/groups/${GROUP_REF}/members/$ref`,
      body: { '@odata.id': `${root}/v1.0/directoryObjects/${deviceObjectId}` },
      version: 'v1.0',
    });
  });
  return requests;
}

function policyRequest(root: string, input: ApplyInput): PlannedRequest {
  if (input.policyKind === 'customProfile') {
    return {
      id: 'createPolicy',
      title: `Create the custom profile "${input.policyName}" (OMA-URI AllowAadPasswordReset = 1, Integer)`,
      action: { kind: 'createCustomProfile', policy: input.policyName },
      method: 'POST',
      url: `${root}/v1.0/deviceManagement/deviceConfigurations`,
      body: {
        '@odata.type': '#microsoft.graph.windows10CustomConfiguration',
        displayName: input.policyName,
        description: 'Shows the Reset password link on the Windows sign-in screen (SSPR).',
        omaSettings: [
          {
            '@odata.type': '#microsoft.graph.omaSettingInteger',
            displayName: 'AllowAadPasswordReset',
            description: '1 = Allowed',
            omaUri: PASSWORD_RESET_OMA_URI,
            value: 1,
          },
        ],
      },
      version: 'v1.0',
    };
  }
  return {
    id: 'createPolicy',
    title: `Create the settings-catalog policy "${input.policyName}" (Authentication > Allow Aad Password Reset = Allow)`,
    action: { kind: 'createSettingsCatalogPolicy', policy: input.policyName },
    method: 'POST',
    url: `${root}/beta/deviceManagement/configurationPolicies`,
    body: {
      name: input.policyName,
      description: 'Shows the Reset password link on the Windows sign-in screen (SSPR).',
      platforms: 'windows10',
      technologies: 'mdm',
      settings: [
        {
          '@odata.type': '#microsoft.graph.deviceManagementConfigurationSetting',
          settingInstance: {
            '@odata.type': '#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance',
            settingDefinitionId: PASSWORD_RESET_CATALOG_ID,
            choiceSettingValue: {
              '@odata.type': '#microsoft.graph.deviceManagementConfigurationChoiceSettingValue',
              value: `${PASSWORD_RESET_CATALOG_ID}_1`,
              children: [],
            },
          },
        },
      ],
    },
    version: 'beta',
  };
}

function assignRequest(root: string, input: ApplyInput): PlannedRequest {
  const groupId = input.target.kind === 'newGroup' ? GROUP_REF : input.target.groupId;
  const target = { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId };
  return input.policyKind === 'customProfile'
    ? {
        id: 'assignPolicy',
        title: `Assign the profile to "${input.target.groupName}"`,
        action: { kind: 'assignProfile', group: input.target.groupName },
        method: 'POST',
        url: `${root}/v1.0/deviceManagement/deviceConfigurations/${POLICY_REF}/assign`,
        body: { assignments: [{ '@odata.type': '#microsoft.graph.deviceConfigurationAssignment', target }] },
        version: 'v1.0',
      }
    : {
        id: 'assignPolicy',
        title: `Assign the policy to "${input.target.groupName}"`,
        action: { kind: 'assignPolicy', group: input.target.groupName },
        method: 'POST',
        url: `${root}/beta/deviceManagement/configurationPolicies/${POLICY_REF}/assign`,
        body: { assignments: [{ target }] },
        version: 'beta',
      };
}

/** A short, stable hash (FNV-1a, 32-bit) of the plan's writes: enough to tie a confirmation to a preview. */
function fingerprintOf(value: unknown): string {
  const text = JSON.stringify(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function planApply(snapshot: TenantSnapshot, input: ApplyInput): ApplyPlan {
  const root = GRAPH_ROOTS[snapshot.tenant.cloud];
  const equivalent =
    input.target.kind === 'existingGroup' ? findEquivalentPolicy(snapshot, input.target.groupId) : null;
  const requests = equivalent
    ? []
    : [...groupRequests(root, input.target), policyRequest(root, input), assignRequest(root, input)];
  const scopes = requests.length
    ? [WRITE_SCOPES.configuration, ...(input.target.kind === 'newGroup' ? [WRITE_SCOPES.groups] : [])]
    : [];
  return {
    input,
    tenantId: snapshot.tenant.id,
    cloud: snapshot.tenant.cloud,
    scopes,
    equivalent,
    requests,
    fingerprint: fingerprintOf({ tenant: snapshot.tenant.id, requests }),
  };
}

const PLACEHOLDER = /^\{\{(\w+)\.id\}\}$/;

/** The only body fields that carry a {{step.id}} placeholder; anywhere else the same text is a name, left alone. */
const PLACEHOLDER_FIELDS: ReadonlySet<string> = new Set(['groupId']);

/** Whether a body field holds a placeholder (and not, say, a group someone named "{{createGroup.id}}"). */
export function isPlaceholderField(key: string, text: string): boolean {
  return PLACEHOLDER_FIELDS.has(key) && PLACEHOLDER.test(text);
}

function idFor(step: string, results: Record<string, string>): string {
  const id = results[step];
  if (!id) throw new Error(`Step "${step}" has not produced an id yet.`);
  return id;
}

function resolveBody(value: unknown, results: Record<string, string>, key: string): unknown {
  if (typeof value === 'string') {
    return isPlaceholderField(key, value) ? idFor(PLACEHOLDER.exec(value)![1], results) : value;
  }
  if (Array.isArray(value)) return value.map((item) => resolveBody(item, results, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, resolveBody(item, results, name)]));
  }
  return value;
}

/**
 * Replace {{step.id}} placeholders with ids returned by earlier steps; unresolved ones throw. In a URL (our own text)
 * every placeholder is replaced; in a body only the placeholder fields are, so tenant names stay exactly as typed.
 */
export function resolvePlaceholders<T>(value: T, results: Record<string, string>): T {
  if (typeof value === 'string') {
    return value.replace(/\{\{(\w+)\.id\}\}/g, (_, step: string) => idFor(step, results)) as T;
  }
  return resolveBody(value, results, '') as T;
}
