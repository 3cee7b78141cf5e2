// An offline tenant snapshot: what the read-only Graph import keeps, in compact form (one record per object,
// only the fields the rules read), so a 50,000-device tenant fits in memory once and opens without a network.
import { z } from 'zod';

export const SNAPSHOT_FORMAT = 'sspr-preview/tenant-snapshot' as const;

const nullableBool = z.boolean().nullable();

export const snapshotDeviceSchema = z.strictObject({
  /** Entra object id (what group memberships list). */
  id: z.string(),
  /** Entra deviceId (what Intune's azureADDeviceId joins to). */
  deviceId: z.string().nullable(),
  displayName: z.string(),
  operatingSystem: z.string().nullable(),
  operatingSystemVersion: z.string().nullable(),
  /** Workplace = registered, AzureAd = Entra joined, ServerAd = hybrid joined. */
  trustType: z.string().nullable(),
  isManaged: nullableBool,
  intune: z
    .strictObject({
      id: z.string(),
      osVersion: z.string().nullable(),
      /** beta only. */
      skuFamily: z.string().nullable(),
      /** beta only. */
      joinType: z.string().nullable(),
      userId: z.string().nullable(),
      userPrincipalName: z.string().nullable(),
    })
    .nullable(),
});

export const snapshotUserSchema = z.strictObject({
  id: z.string(),
  userPrincipalName: z.string(),
  displayName: z.string(),
  onPremisesSyncEnabled: nullableBool,
  skuIds: z.array(z.string()),
  registration: z
    .strictObject({
      isAdmin: nullableBool,
      isSsprEnabled: nullableBool,
      isSsprRegistered: nullableBool,
      isSsprCapable: nullableBool,
      methodsRegistered: z.array(z.string()),
    })
    .nullable(),
});

export const snapshotSkuSchema = z.strictObject({
  skuId: z.string(),
  skuPartNumber: z.string(),
  capabilityStatus: z.string(),
  enabledUnits: z.number(),
  servicePlans: z.array(z.string()),
});

export const snapshotGroupSchema = z.strictObject({
  id: z.string(),
  displayName: z.string(),
  /** Transitive members, Entra object ids. */
  deviceIds: z.array(z.string()),
  userIds: z.array(z.string()),
});

export const POLICY_SETTINGS = ['allowAadPasswordReset', 'enablePinRecovery'] as const;

export const snapshotPolicySettingSchema = z.strictObject({
  setting: z.enum(POLICY_SETTINGS),
  /** Custom profiles: the OMA-URI as written; catalog policies: null. */
  omaUri: z.string().nullable(),
  /** Custom profiles: Integer / String / Boolean …; catalog: null. */
  dataType: z.string().nullable(),
  /** Catalog: the settingDefinitionId; custom: null. */
  settingDefinitionId: z.string().nullable(),
  /** The raw value (catalog choice values are kept as their id, e.g. "…_1"). */
  value: z.union([z.number(), z.string(), z.boolean(), z.null()]),
});

export const snapshotAssignmentSchema = z.strictObject({
  target: z.enum(['group', 'exclusionGroup', 'allDevices', 'allLicensedUsers', 'other']),
  groupId: z.string().nullable(),
  /** Assignment filters are not evaluated offline; kept so the scenario can say so. */
  filterId: z.string().nullable(),
});

export const snapshotApplicabilitySchema = z.discriminatedUnion('property', [
  z.strictObject({ property: z.literal('osEdition'), ruleType: z.string(), editions: z.array(z.string()) }),
  z.strictObject({ property: z.literal('osVersion'), ruleType: z.string(), min: z.string(), max: z.string() }),
]);

export const snapshotPolicySchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['customProfile', 'settingsCatalog']),
  displayName: z.string(),
  settings: z.array(snapshotPolicySettingSchema),
  assignments: z.array(snapshotAssignmentSchema),
  applicability: z.array(snapshotApplicabilitySchema),
});

export const snapshotSourceSchema = z.strictObject({
  endpoint: z.string(),
  at: z.string(),
  count: z.number().int().min(0),
});

export const SOURCE_KEYS = [
  'organization',
  'devices',
  'managedDevices',
  'deviceConfigurations',
  'configurationPolicies',
  'authenticationMethodsPolicy',
  'authorizationPolicy',
  'userRegistrationDetails',
  'subscribedSkus',
  'users',
  'groups',
] as const;
export type SourceKey = (typeof SOURCE_KEYS)[number];

export const tenantSnapshotSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  formatVersion: z.literal(1),
  /** Only complete imports are ever written; the field makes a hand-edited partial file fail to open. */
  status: z.literal('complete'),
  id: z.string(),
  tenant: z.strictObject({
    id: z.string(),
    displayName: z.string(),
    cloud: z.enum(['global', 'usGovernment']),
    customDomain: nullableBool,
    directorySync: nullableBool,
  }),
  startedAt: z.string(),
  completedAt: z.string(),
  sources: z.partialRecord(z.enum(SOURCE_KEYS), snapshotSourceSchema),
  devices: z.array(snapshotDeviceSchema),
  users: z.array(snapshotUserSchema),
  skus: z.array(snapshotSkuSchema),
  groups: z.array(snapshotGroupSchema),
  policies: z.array(snapshotPolicySchema),
  authenticationMethods: z
    .strictObject({
      policyMigrationState: z.string().nullable(),
      methods: z.array(z.strictObject({ id: z.string(), state: z.string() })),
    })
    .nullable(),
  authorization: z.strictObject({ allowedToUseSSPR: nullableBool }).nullable(),
});

export type TenantSnapshot = z.infer<typeof tenantSnapshotSchema>;
export type SnapshotDevice = z.infer<typeof snapshotDeviceSchema>;
export type SnapshotUser = z.infer<typeof snapshotUserSchema>;
export type SnapshotSku = z.infer<typeof snapshotSkuSchema>;
export type SnapshotGroup = z.infer<typeof snapshotGroupSchema>;
export type SnapshotPolicy = z.infer<typeof snapshotPolicySchema>;
export type SnapshotPolicySetting = z.infer<typeof snapshotPolicySettingSchema>;
export type SnapshotAssignment = z.infer<typeof snapshotAssignmentSchema>;
export type SnapshotSource = z.infer<typeof snapshotSourceSchema>;

/** What a snapshot list shows without loading the whole file. */
export interface SnapshotSummary {
  id: string;
  tenantId: string;
  tenantName: string;
  completedAt: string;
  devices: number;
  users: number;
  policies: number;
}

export function summarizeSnapshot(snapshot: TenantSnapshot): SnapshotSummary {
  return {
    id: snapshot.id,
    tenantId: snapshot.tenant.id,
    tenantName: snapshot.tenant.displayName,
    completedAt: snapshot.completedAt,
    devices: snapshot.devices.length,
    users: snapshot.users.length,
    policies: snapshot.policies.length,
  };
}

/**
 * What the admin states because Graph does not expose it (rules.md §12): asked once per tenant and kept apart from
 * the snapshots, so a refresh keeps the answers.
 */
export const tenantStatementsSchema = z.strictObject({
  tenantId: z.string(),
  /** "Self service password reset enabled": None / Selected / All. */
  ssprEnabled: z.enum(['None', 'Selected', 'All']).nullable(),
  /** Display name of the selected group when ssprEnabled is Selected. */
  selectedGroup: z.string().nullable(),
  /** "Number of methods required to reset". */
  methodsRequired: z.union([z.literal(1), z.literal(2)]).nullable(),
  statedAt: z.string(),
});
export type TenantStatements = z.infer<typeof tenantStatementsSchema>;

export type SnapshotParseResult = { ok: true; snapshot: TenantSnapshot } | { ok: false; error: string };

/** Parse a snapshot file's text; a partial, foreign or damaged file is refused with a readable reason. */
export function parseSnapshotJson(text: string): SnapshotParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `Not a JSON file: ${(error as Error).message}` };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== SNAPSHOT_FORMAT) {
    return { ok: false, error: 'Not an SSPR Preview tenant snapshot (the "format" field is missing or different).' };
  }
  const parsed = tenantSnapshotSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    return { ok: false, error: `The snapshot is damaged or incomplete — ${first.join('; ')}` };
  }
  return { ok: true, snapshot: parsed.data };
}
