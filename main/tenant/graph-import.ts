// Read-only tenant import: every Graph read of rules.md §12, paged with the SDK's PageIterator, each item compacted
// as it arrives (raw pages are dropped page by page), cancellable. Returns a complete snapshot or throws —
// a partial result never leaves this function.
import { PageIterator, type Client, type PageCollection } from '@microsoft/microsoft-graph-client';
import {
  assignmentGroupIds,
  compactCatalogPolicy,
  compactCustomProfile,
  compactDevice,
  compactManagedDevice,
  compactRegistration,
  compactSku,
  compactUser,
} from '../../simulator/import/graph-records';
import {
  GRAPH_READS,
  groupReads,
  type GraphConfigurationPolicy,
  type GraphDevice,
  type GraphDeviceConfiguration,
  type GraphManagedDevice,
  type GraphRead,
  type GraphRegistration,
  type GraphSku,
  type GraphUser,
} from '../../simulator/import/graph-shapes';
import {
  SNAPSHOT_FORMAT,
  type SnapshotDevice,
  type SnapshotGroup,
  type SnapshotPolicy,
  type SnapshotUser,
  type SourceKey,
  type TenantSnapshot,
} from '../../simulator/import/snapshot';
import type { TenantCloud } from '../../simulator/import/connection-types';
import { describeGraphFailure, ImportCancelledError } from './import-errors';

export interface ImportCallbacks {
  onPhase?(phase: SourceKey): void;
  onCount?(source: SourceKey, count: number): void;
}

export interface ImportOptions extends ImportCallbacks {
  client: Client;
  cloud: TenantCloud;
  signal: AbortSignal;
  /** Clock, injectable for tests. */
  now?: () => Date;
}

const PROGRESS_EVERY = 500;

class TenantReader {
  readonly sources: TenantSnapshot['sources'] = {};
  private readonly now: () => Date;

  constructor(private readonly options: ImportOptions) {
    this.now = options.now ?? (() => new Date());
  }

  private checkCancelled(): void {
    if (this.options.signal.aborted) throw new ImportCancelledError();
  }

  private request(read: GraphRead) {
    return this.options.client.api(read.path).version(read.version).option('signal', this.options.signal);
  }

  private record(source: SourceKey, read: GraphRead, count: number): void {
    this.sources[source] = { endpoint: `GET /${read.version}${read.path}`, at: this.now().toISOString(), count };
    this.options.onCount?.(source, count);
  }

  /** Every item of a collection, following @odata.nextLink through the SDK's PageIterator. */
  async forEach<T>(
    source: SourceKey,
    read: GraphRead,
    onItem: (item: T) => void,
    recordSource = true,
  ): Promise<number> {
    this.checkCancelled();
    this.options.onPhase?.(source);
    let count = 0;
    try {
      const first = (await this.request(read).get()) as PageCollection;
      const iterator = new PageIterator(
        this.options.client,
        first,
        (item: T) => {
          if (this.options.signal.aborted) return false;
          onItem(item);
          count += 1;
          if (recordSource && count % PROGRESS_EVERY === 0) this.options.onCount?.(source, count);
          return true;
        },
        { options: { signal: this.options.signal } as RequestInit },
      );
      await iterator.iterate();
    } catch (error) {
      this.checkCancelled();
      throw describeGraphFailure(error, read);
    }
    this.checkCancelled();
    if (recordSource) this.record(source, read, count);
    return count;
  }

  async single<T>(source: SourceKey, read: GraphRead): Promise<T> {
    this.checkCancelled();
    this.options.onPhase?.(source);
    let result: T;
    try {
      const body = (await this.request(read).get()) as T & { value?: T[] };
      // Some singletons come back wrapped in a collection ({ value: [ … ] }).
      result = Array.isArray(body?.value) ? (body.value[0] as T) : body;
    } catch (error) {
      this.checkCancelled();
      throw describeGraphFailure(error, read);
    }
    this.record(source, read, result ? 1 : 0);
    return result;
  }

  /** Group name and transitive members; a group deleted since it was assigned is kept by id. */
  async group(groupId: string): Promise<SnapshotGroup> {
    const reads = groupReads(groupId);
    let displayName = groupId;
    try {
      const body = (await this.request(reads.group).get()) as { displayName?: string };
      displayName = body.displayName ?? groupId;
    } catch (error) {
      this.checkCancelled();
      if ((error as { statusCode?: number }).statusCode === 404) {
        return { id: groupId, displayName: `${groupId} (deleted group)`, deviceIds: [], userIds: [] };
      }
      throw describeGraphFailure(error, reads.group);
    }
    const group: SnapshotGroup = { id: groupId, displayName, deviceIds: [], userIds: [] };
    await this.forEach<{ id: string; '@odata.type'?: string }>(
      'groups',
      reads.members,
      (member) => {
        if (member['@odata.type'] === '#microsoft.graph.device') group.deviceIds.push(member.id);
        else if (member['@odata.type'] === '#microsoft.graph.user') group.userIds.push(member.id);
      },
      false,
    );
    return group;
  }
}

function customDomain(domains: { name?: string }[] | undefined): boolean | null {
  if (!domains) return null;
  return domains.some((domain) => domain.name && !/\.onmicrosoft\.(com|us)$/i.test(domain.name));
}

export async function importTenant(options: ImportOptions): Promise<TenantSnapshot> {
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const reader = new TenantReader(options);

  const organization = await reader.single<{
    id: string;
    displayName?: string;
    verifiedDomains?: { name?: string }[];
    onPremisesSyncEnabled?: boolean | null;
  }>('organization', GRAPH_READS.organization);

  // Devices first, then Intune records merged into them by deviceId (one object per device, never two lists).
  const devices: SnapshotDevice[] = [];
  const byDeviceId = new Map<string, SnapshotDevice>();
  await reader.forEach<GraphDevice>('devices', GRAPH_READS.devices, (raw) => {
    const device = compactDevice(raw);
    devices.push(device);
    if (device.deviceId) byDeviceId.set(device.deviceId.toLowerCase(), device);
  });
  await reader.forEach<GraphManagedDevice>('managedDevices', GRAPH_READS.managedDevices, (raw) => {
    const intune = compactManagedDevice(raw);
    const device = raw.azureADDeviceId ? byDeviceId.get(raw.azureADDeviceId.toLowerCase()) : undefined;
    if (device) device.intune = intune;
    else {
      devices.push({
        id: `intune:${raw.id}`,
        deviceId: raw.azureADDeviceId ?? null,
        displayName: raw.deviceName ?? raw.id,
        operatingSystem: raw.operatingSystem ?? 'Windows',
        operatingSystemVersion: null,
        trustType: null,
        isManaged: true,
        intune,
      });
    }
  });
  byDeviceId.clear();

  const policies: SnapshotPolicy[] = [];
  await reader.forEach<GraphDeviceConfiguration>('deviceConfigurations', GRAPH_READS.deviceConfigurations, (raw) => {
    const policy = compactCustomProfile(raw);
    if (policy) policies.push(policy);
  });
  await reader.forEach<GraphConfigurationPolicy>('configurationPolicies', GRAPH_READS.configurationPolicies, (raw) => {
    const policy = compactCatalogPolicy(raw);
    if (policy) policies.push(policy);
  });

  const methodsPolicy = await reader.single<{
    policyMigrationState?: string | null;
    authenticationMethodConfigurations?: { id: string; state?: string }[];
  }>('authenticationMethodsPolicy', GRAPH_READS.authenticationMethodsPolicy);
  const authorization = await reader.single<{ allowedToUseSSPR?: boolean | null }>(
    'authorizationPolicy',
    GRAPH_READS.authorizationPolicy,
  );

  const skus: TenantSnapshot['skus'] = [];
  await reader.forEach<GraphSku>('subscribedSkus', GRAPH_READS.subscribedSkus, (raw) => skus.push(compactSku(raw)));

  const users: SnapshotUser[] = [];
  const usersById = new Map<string, SnapshotUser>();
  await reader.forEach<GraphUser>('users', GRAPH_READS.users, (raw) => {
    const user = compactUser(raw);
    users.push(user);
    usersById.set(user.id, user);
  });
  await reader.forEach<GraphRegistration>('userRegistrationDetails', GRAPH_READS.userRegistrationDetails, (raw) => {
    const user = usersById.get(raw.id);
    if (user) user.registration = compactRegistration(raw);
  });
  usersById.clear();

  const groups: SnapshotGroup[] = [];
  options.onPhase?.('groups');
  let members = 0;
  for (const groupId of assignmentGroupIds(policies)) {
    const group = await reader.group(groupId);
    groups.push(group);
    members += group.deviceIds.length + group.userIds.length;
    options.onCount?.('groups', members);
  }
  reader.sources.groups = {
    endpoint: 'GET /v1.0/groups/{id}/transitiveMembers?$select=id',
    at: now().toISOString(),
    count: members,
  };

  const tenantId = organization?.id ?? 'unknown-tenant';
  const completedAt = now().toISOString();
  return {
    format: SNAPSHOT_FORMAT,
    formatVersion: 1,
    status: 'complete',
    id: `${completedAt.replace(/[:.]/g, '-')}_${tenantId.slice(0, 8)}`,
    tenant: {
      id: tenantId,
      displayName: organization?.displayName ?? tenantId,
      cloud: options.cloud,
      customDomain: customDomain(organization?.verifiedDomains),
      directorySync: organization ? organization.onPremisesSyncEnabled === true : null,
    },
    startedAt,
    completedAt,
    sources: reader.sources,
    devices,
    users,
    skus,
    groups,
    policies,
    authenticationMethods: methodsPolicy
      ? {
          policyMigrationState: methodsPolicy.policyMigrationState ?? null,
          methods: (methodsPolicy.authenticationMethodConfigurations ?? []).map((entry) => ({
            id: entry.id,
            state: entry.state ?? 'disabled',
          })),
        }
      : null,
    authorization: authorization ? { allowedToUseSSPR: authorization.allowedToUseSSPR ?? null } : null,
  };
}
