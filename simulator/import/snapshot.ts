// An offline tenant snapshot: what the read-only Graph import keeps, in compact form (one record per object,
// only the fields the rules read), so a 50,000-device tenant fits in memory once and opens without a network.
import { z } from 'zod';
import { POLICY_FACTS } from './setting-map';
import { migrateSnapshotV1 } from './snapshot-migrate';

export const SNAPSHOT_FORMAT = 'sspr-preview/tenant-snapshot' as const;
/** 2: every fact the rules read, from every policy kind; assignment filters; import warnings. 1 is migrated on open. */
export const SNAPSHOT_FORMAT_VERSION = 2 as const;

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
      /** Assignment-filter properties (beta managedDevice); null when Graph did not say. */
      manufacturer: z.string().nullable().default(null),
      model: z.string().nullable().default(null),
      deviceCategory: z.string().nullable().default(null),
      ownerType: z.string().nullable().default(null),
      enrollmentProfileName: z.string().nullable().default(null),
      skuNumber: z.number().int().nullable().default(null),
    })
    .nullable(),
});

export const snapshotUserSchema = z.strictObject({
  id: z.string(),
  userPrincipalName: z.string(),
  displayName: z.string(),
  onPremisesSyncEnabled: nullableBool,
  /** "Member" or "Guest"; null when Graph did not say (never taken for a member). */
  userType: z.string().nullable().default(null),
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

/** The policy kinds the import reads (each one a Graph resource; see graph-shapes.ts). */
export const POLICY_KINDS = [
  'customProfile',
  'settingsCatalog',
  'endpointSecurity',
  'securityBaseline',
  'intent',
  'administrativeTemplate',
  'deviceConfiguration',
] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

const factValueSchema = z.union([z.number(), z.boolean(), z.array(z.string())]);

export const snapshotPolicySettingSchema = z.strictObject({
  fact: z.enum(POLICY_FACTS),
  /** Where the policy sets it: the OMA-URI, settingDefinitionId, template display name, property or intent id. */
  sourceId: z.string(),
  /** Custom profiles: the Intune data type (Integer, String, Boolean …); other kinds: null. */
  dataType: z.string().nullable(),
  /** The value as written in the policy (long text cut). */
  raw: z.union([z.number(), z.string(), z.boolean(), z.null()]),
  /** The device-side value when understood; null (with the reason in `problem`) when not. */
  value: factValueSchema.nullable(),
  problem: z.string().nullable(),
});

export const ASSIGNMENT_TARGETS = ['group', 'exclusionGroup', 'allDevices', 'allLicensedUsers', 'other'] as const;

export const snapshotAssignmentSchema = z.strictObject({
  target: z.enum(ASSIGNMENT_TARGETS),
  /** The target's @odata.type, kept for targets of another kind (e.g. a Configuration Manager collection). */
  targetType: z.string().default(''),
  groupId: z.string().nullable(),
  /** Configuration Manager collection id and similar ids of other target kinds. */
  otherId: z.string().nullable().default(null),
  filterId: z.string().nullable(),
  /** "include" | "exclude" (deviceAndAppManagementAssignmentFilterType); null when no filter. */
  filterType: z.enum(['include', 'exclude']).nullable().default(null),
});

export const snapshotApplicabilitySchema = z.discriminatedUnion('property', [
  z.strictObject({ property: z.literal('osEdition'), ruleType: z.string(), editions: z.array(z.string()) }),
  z.strictObject({ property: z.literal('osVersion'), ruleType: z.string(), min: z.string(), max: z.string() }),
]);

export const snapshotPolicySchema = z.strictObject({
  id: z.string(),
  kind: z.enum(POLICY_KINDS),
  /** The Graph collection it was read from. */
  source: z.enum(['deviceConfigurations', 'configurationPolicies', 'groupPolicyConfigurations', 'intents']),
  displayName: z.string(),
  /** Template family / type / profile type (e.g. endpointSecurityAccountProtection, windows10EndpointProtectionConfiguration). */
  template: z.string().nullable().default(null),
  settings: z.array(snapshotPolicySettingSchema),
  assignments: z.array(snapshotAssignmentSchema),
  applicability: z.array(snapshotApplicabilitySchema),
});

/** Assignment filters (deviceAndAppManagementAssignmentFilters), evaluated offline per device. */
export const snapshotFilterSchema = z.strictObject({
  id: z.string(),
  displayName: z.string(),
  platform: z.string().nullable(),
  rule: z.string(),
});

export const IMPORT_WARNING_KINDS = ['itemSkipped', 'targetIgnored', 'valueNotUnderstood', 'readSkipped'] as const;

/** What the import could not take in: counted per source and kind, with a few examples. */
export const importWarningSchema = z.strictObject({
  source: z.string(),
  kind: z.enum(IMPORT_WARNING_KINDS),
  count: z.number().int().min(1),
  examples: z.array(z.string()).max(5),
});
export type ImportWarning = z.infer<typeof importWarningSchema>;

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
  'groupPolicyConfigurations',
  'intents',
  'assignmentFilters',
] as const;
export type SourceKey = (typeof SOURCE_KEYS)[number];

export const tenantSnapshotSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  formatVersion: z.literal(SNAPSHOT_FORMAT_VERSION),
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
  filters: z.array(snapshotFilterSchema),
  warnings: z.array(importWarningSchema),
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
export type SnapshotFilter = z.infer<typeof snapshotFilterSchema>;

/** What a snapshot list shows without loading the whole file. */
export interface SnapshotSummary {
  id: string;
  tenantId: string;
  tenantName: string;
  completedAt: string;
  devices: number;
  users: number;
  policies: number;
  /** Items skipped, targets ignored and values not understood during the import (older index entries: absent). */
  warnings?: number;
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
    warnings: snapshot.warnings.reduce((sum, warning) => sum + warning.count, 0),
  };
}

/**
 * What the admin states because Graph does not expose it: asked once per tenant and kept apart from
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

/** Why a snapshot was refused, for the page to word in its language; `detail` is the technical part, kept as is. */
export type SnapshotProblem = 'unreadable' | 'notJson' | 'notSnapshot' | 'damaged' | 'invalidBuilt';

export type SnapshotParseResult =
  { ok: true; snapshot: TenantSnapshot } | { ok: false; error: string; problem?: SnapshotProblem; detail?: string };

/** Parse a snapshot file's text; a partial, foreign or damaged file is refused with a readable reason. */
export function parseSnapshotJson(text: string): SnapshotParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    return { ok: false, error: `Not a JSON file: ${detail}`, problem: 'notJson', detail };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== SNAPSHOT_FORMAT) {
    return {
      ok: false,
      error: 'Not an SSPR Preview tenant snapshot (the "format" field is missing or different).',
      problem: 'notSnapshot',
    };
  }
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  const parsed = tenantSnapshotSchema.safeParse(version === 1 ? migrateSnapshotV1(raw) : raw);
  if (!parsed.success) {
    const detail = describeIssues(parsed.error);
    return { ok: false, error: `The snapshot is damaged or incomplete — ${detail}`, problem: 'damaged', detail };
  }
  return { ok: true, snapshot: parsed.data };
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

const ITEM_SCHEMAS = {
  devices: snapshotDeviceSchema,
  users: snapshotUserSchema,
  skus: snapshotSkuSchema,
  groups: snapshotGroupSchema,
  policies: snapshotPolicySchema,
} as const;

/**
 * Check a snapshot built by an import against its own schema (before it is saved, so a saved one always reopens).
 * The large lists are checked item by item, so a 50,000-device snapshot is never copied whole; on success the
 * snapshot itself is returned.
 */
export function validateSnapshot(snapshot: TenantSnapshot): SnapshotParseResult {
  const fail = (issues: string) => ({
    ok: false as const,
    error: `The import built an invalid snapshot — ${issues}`,
    problem: 'invalidBuilt' as const,
    detail: issues,
  });
  const lists = Object.keys(ITEM_SCHEMAS) as (keyof typeof ITEM_SCHEMAS)[];
  const shell = tenantSnapshotSchema.safeParse({ ...snapshot, ...Object.fromEntries(lists.map((key) => [key, []])) });
  if (!shell.success) return fail(describeIssues(shell.error));
  for (const key of lists) {
    const items: readonly unknown[] = snapshot[key];
    for (let i = 0; i < items.length; i += 1) {
      const item = ITEM_SCHEMAS[key].safeParse(items[i]);
      if (!item.success) {
        return fail(
          item.error.issues
            .slice(0, 3)
            .map((issue) => `${[key, i, ...issue.path].join('.')}: ${issue.message}`)
            .join('; '),
        );
      }
    }
  }
  return { ok: true, snapshot };
}
