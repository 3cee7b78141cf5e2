// Read-only tenant import: every Graph read the rules need, each page checked by GraphReader and each item compacted
// as it arrives (raw pages are dropped page by page), cancellable. Returns a complete snapshot that passed its own
// schema, with the import's warnings, or throws — a partial result never leaves this function.
import type { Client } from '@microsoft/microsoft-graph-client';
import {
  compactDevice,
  compactManagedDevice,
  compactRegistration,
  compactSku,
  compactUser,
} from '../../simulator/import/graph-records';
import {
  GRAPH_READS,
  groupPolicyReads,
  groupReads,
  intentReads,
  type GraphAssignment,
  type GraphAssignmentFilter,
  type GraphConfigurationPolicy,
  type GraphDevice,
  type GraphDeviceConfiguration,
  type GraphGroupPolicyConfiguration,
  type GraphGroupPolicyDefinitionValue,
  type GraphIntent,
  type GraphIntentSetting,
  type GraphManagedDevice,
  type GraphRead,
  type GraphRegistration,
  type GraphSku,
  type GraphTemplate,
  type GraphUser,
} from '../../simulator/import/graph-shapes';
import { ImportWarnings } from '../../simulator/import/import-warnings';
import {
  assignmentGroupIds,
  compactAdministrativeTemplate,
  compactConfigurationPolicy,
  compactDeviceConfiguration,
  compactIntent,
} from '../../simulator/import/policy-records';
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_FORMAT_VERSION,
  validateSnapshot,
  type SnapshotDevice,
  type SnapshotGroup,
  type SnapshotPolicy,
  type SnapshotUser,
  type SourceKey,
  type TenantSnapshot,
} from '../../simulator/import/snapshot';
import type { TenantCloud } from '../../simulator/import/connection-types';
import { GraphReader } from './graph-reader';
import { ImportFailedError } from './import-errors';

export interface ImportCallbacks {
  onPhase?(phase: SourceKey): void;
  onCount?(source: SourceKey, count: number): void;
}

export interface ImportOptions extends ImportCallbacks {
  client: Client;
  /** Scheme, host and port of Microsoft Graph (next links elsewhere are refused). */
  graphRoot: string;
  cloud: TenantCloud;
  signal: AbortSignal;
  /** Clock, injectable for tests. */
  now?: () => Date;
  maxPages?: number;
}

const PROGRESS_EVERY = 500;

/** The fields each kind of item must carry to be kept. */
const REQUIRED = {
  id: ['id'],
  sku: ['skuId'],
  filter: ['id', 'rule'],
  intentSetting: ['definitionId'],
  none: [],
} as const;

class TenantImport {
  readonly sources: TenantSnapshot['sources'] = {};
  readonly warnings = new ImportWarnings();
  readonly reader: GraphReader;
  private readonly now: () => Date;

  constructor(private readonly options: ImportOptions) {
    this.now = options.now ?? (() => new Date());
    this.reader = new GraphReader({
      client: options.client,
      graphOrigin: options.graphRoot,
      signal: options.signal,
      warnings: this.warnings,
      maxPages: options.maxPages,
    });
  }

  record(source: SourceKey, read: GraphRead | string, count: number): void {
    const endpoint = typeof read === 'string' ? read : `GET /${read.version}${read.path}`;
    this.sources[source] = { endpoint, at: this.now().toISOString(), count };
    this.options.onCount?.(source, count);
  }

  /** A whole collection of one source, with progress every few hundred items. */
  async collection<T>(source: SourceKey, read: GraphRead, required: readonly string[], onItem: (item: T) => void) {
    this.reader.checkCancelled();
    this.options.onPhase?.(source);
    let seen = 0;
    const { count } = await this.reader.forEach(source, read, required, (item) => {
      onItem(item as unknown as T);
      seen += 1;
      if (seen % PROGRESS_EVERY === 0) this.options.onCount?.(source, seen);
    });
    this.record(source, read, count);
    return count;
  }

  /** A sub-collection read per parent (not recorded as a source of its own). */
  async items<T>(source: string, read: GraphRead, required: readonly string[]): Promise<T[]> {
    const items: T[] = [];
    await this.reader.forEach(source, read, required, (item) => items.push(item as unknown as T));
    return items;
  }

  /** Group name and transitive members; a group deleted since it was assigned is kept by id. */
  async group(groupId: string): Promise<SnapshotGroup> {
    const reads = groupReads(groupId);
    let displayName = groupId;
    try {
      const body = await this.reader.single(reads.group, REQUIRED.none);
      displayName = typeof body.displayName === 'string' ? body.displayName : groupId;
    } catch (error) {
      if (error instanceof ImportFailedError && error.status === 404) {
        return { id: groupId, displayName: `${groupId} (deleted group)`, deviceIds: [], userIds: [] };
      }
      throw error;
    }
    const group: SnapshotGroup = { id: groupId, displayName, deviceIds: [], userIds: [] };
    await this.reader.forEach('groups', reads.members, REQUIRED.id, (member) => {
      if (member['@odata.type'] === '#microsoft.graph.device') group.deviceIds.push(member.id as string);
      else if (member['@odata.type'] === '#microsoft.graph.user') group.userIds.push(member.id as string);
    });
    return group;
  }
}

function customDomain(domains: unknown): boolean | null {
  if (!Array.isArray(domains)) return null;
  return domains.some(
    (domain) => typeof domain?.name === 'string' && !/\.onmicrosoft\.(com|us)$/i.test(domain.name as string),
  );
}

async function readDevices(run: TenantImport): Promise<SnapshotDevice[]> {
  // Devices first, then Intune records merged into them by deviceId (one object per device, never two lists).
  const devices: SnapshotDevice[] = [];
  const byDeviceId = new Map<string, SnapshotDevice>();
  await run.collection<GraphDevice>('devices', GRAPH_READS.devices, REQUIRED.id, (raw) => {
    const device = compactDevice(raw);
    devices.push(device);
    if (device.deviceId) byDeviceId.set(device.deviceId.toLowerCase(), device);
  });
  await run.collection<GraphManagedDevice>('managedDevices', GRAPH_READS.managedDevices, REQUIRED.id, (raw) => {
    const intune = compactManagedDevice(raw);
    const azureId = typeof raw.azureADDeviceId === 'string' ? raw.azureADDeviceId : null;
    const device = azureId ? byDeviceId.get(azureId.toLowerCase()) : undefined;
    if (device) device.intune = intune;
    else {
      devices.push({
        id: `intune:${raw.id}`,
        deviceId: azureId,
        displayName: typeof raw.deviceName === 'string' ? raw.deviceName : raw.id,
        operatingSystem: typeof raw.operatingSystem === 'string' ? raw.operatingSystem : 'Windows',
        operatingSystemVersion: null,
        trustType: null,
        isManaged: true,
        intune,
      });
    }
  });
  return devices;
}

async function readPolicies(run: TenantImport): Promise<SnapshotPolicy[]> {
  const { warnings } = run;
  const policies: SnapshotPolicy[] = [];
  const keep = (policy: SnapshotPolicy | null) => {
    if (policy) policies.push(policy);
  };
  await run.collection<GraphDeviceConfiguration>(
    'deviceConfigurations',
    GRAPH_READS.deviceConfigurations,
    REQUIRED.id,
    (raw) => keep(compactDeviceConfiguration(raw, warnings)),
  );
  await run.collection<GraphConfigurationPolicy>(
    'configurationPolicies',
    GRAPH_READS.configurationPolicies,
    REQUIRED.id,
    (raw) => keep(compactConfigurationPolicy(raw, warnings)),
  );

  const configurations: GraphGroupPolicyConfiguration[] = [];
  await run.collection<GraphGroupPolicyConfiguration>(
    'groupPolicyConfigurations',
    GRAPH_READS.groupPolicyConfigurations,
    REQUIRED.id,
    (raw) => configurations.push(raw),
  );
  for (const configuration of configurations) {
    const values = await run.items<GraphGroupPolicyDefinitionValue>(
      'groupPolicyConfigurations',
      groupPolicyReads(configuration.id).definitionValues,
      REQUIRED.id,
    );
    keep(compactAdministrativeTemplate(configuration, values, warnings));
  }

  const intents: GraphIntent[] = [];
  await run.collection<GraphIntent>('intents', GRAPH_READS.intents, REQUIRED.id, (raw) => intents.push(raw));
  if (intents.length) {
    const templates = new Map<string, GraphTemplate>();
    for (const template of await run.items<GraphTemplate>('intents', GRAPH_READS.templates, REQUIRED.id)) {
      templates.set(template.id, template);
    }
    for (const intent of intents) {
      const reads = intentReads(intent.id);
      const settings = await run.items<GraphIntentSetting>('intents', reads.settings, REQUIRED.intentSetting);
      const assignments = await run.items<GraphAssignment>('intents', reads.assignments, REQUIRED.none);
      keep(compactIntent(intent, templates.get(intent.templateId ?? '') ?? null, settings, assignments, warnings));
    }
  }
  return policies;
}

async function readUsers(run: TenantImport): Promise<SnapshotUser[]> {
  const users: SnapshotUser[] = [];
  const usersById = new Map<string, SnapshotUser>();
  await run.collection<GraphUser>('users', GRAPH_READS.users, REQUIRED.id, (raw) => {
    const user = compactUser(raw);
    users.push(user);
    usersById.set(user.id, user);
  });
  await run.collection<GraphRegistration>(
    'userRegistrationDetails',
    GRAPH_READS.userRegistrationDetails,
    REQUIRED.id,
    (raw) => {
      const user = usersById.get(raw.id);
      if (user) user.registration = compactRegistration(raw);
    },
  );
  return users;
}

async function single(run: TenantImport, source: SourceKey, read: GraphRead, required: readonly string[]) {
  run.reader.checkCancelled();
  run.record(source, read, 0);
  const body = await run.reader.single(read, required);
  run.record(source, read, 1);
  return body;
}

export async function importTenant(options: ImportOptions): Promise<TenantSnapshot> {
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const run = new TenantImport(options);
  const phase = (source: SourceKey) => options.onPhase?.(source);

  phase('organization');
  const organization = await single(run, 'organization', GRAPH_READS.organization, REQUIRED.id);
  const devices = await readDevices(run);
  const policies = await readPolicies(run);

  phase('authenticationMethodsPolicy');
  const methodsPolicy = await single(run, 'authenticationMethodsPolicy', GRAPH_READS.authenticationMethodsPolicy, []);
  phase('authorizationPolicy');
  const authorization = await single(run, 'authorizationPolicy', GRAPH_READS.authorizationPolicy, []);

  const skus: TenantSnapshot['skus'] = [];
  await run.collection<GraphSku>('subscribedSkus', GRAPH_READS.subscribedSkus, REQUIRED.sku, (raw) =>
    skus.push(compactSku(raw)),
  );
  const users = await readUsers(run);

  const filters: TenantSnapshot['filters'] = [];
  await run.collection<GraphAssignmentFilter>(
    'assignmentFilters',
    GRAPH_READS.assignmentFilters,
    REQUIRED.filter,
    (raw) =>
      filters.push({
        id: raw.id,
        displayName: typeof raw.displayName === 'string' ? raw.displayName : raw.id,
        platform: typeof raw.platform === 'string' ? raw.platform : null,
        rule: raw.rule,
      }),
  );

  const groups: SnapshotGroup[] = [];
  phase('groups');
  let members = 0;
  for (const groupId of assignmentGroupIds(policies)) {
    const group = await run.group(groupId);
    groups.push(group);
    members += group.deviceIds.length + group.userIds.length;
    options.onCount?.('groups', members);
  }
  run.record('groups', 'GET /v1.0/groups/{id}/transitiveMembers?$select=id', members);
  run.reader.checkCancelled();

  const tenantId = organization.id as string;
  const completedAt = now().toISOString();
  const methods = methodsPolicy.authenticationMethodConfigurations;
  const allowed = authorization.allowedToUseSSPR;
  const snapshot: TenantSnapshot = {
    format: SNAPSHOT_FORMAT,
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    status: 'complete',
    id: `${completedAt.replace(/[:.]/g, '-')}_${tenantId.replace(/[^A-Za-z0-9-]/g, '').slice(0, 8) || 'tenant'}`,
    tenant: {
      id: tenantId,
      displayName: typeof organization.displayName === 'string' ? organization.displayName : tenantId,
      cloud: options.cloud,
      customDomain: customDomain(organization.verifiedDomains),
      // Graph: null = "never synced from an on-premises directory"; absent = not said.
      directorySync:
        typeof organization.onPremisesSyncEnabled === 'boolean'
          ? organization.onPremisesSyncEnabled
          : organization.onPremisesSyncEnabled === null
            ? false
            : null,
    },
    startedAt,
    completedAt,
    sources: run.sources,
    devices,
    users,
    skus,
    groups,
    policies,
    filters,
    warnings: run.warnings.list(),
    authenticationMethods: {
      policyMigrationState:
        typeof methodsPolicy.policyMigrationState === 'string' ? methodsPolicy.policyMigrationState : null,
      methods: (Array.isArray(methods) ? methods : [])
        .filter((entry): entry is { id: string; state?: unknown } => typeof entry?.id === 'string')
        .map((entry) => ({ id: entry.id, state: typeof entry.state === 'string' ? entry.state : 'unknown' })),
    },
    authorization: { allowedToUseSSPR: typeof allowed === 'boolean' ? allowed : null },
  };
  // The snapshot must reopen: check it against its own schema before anyone saves it.
  const checked = validateSnapshot(snapshot);
  if (!checked.ok) throw new ImportFailedError(checked.error, 'snapshot', '', null, { detail: checked.error });
  return checked.snapshot;
}
