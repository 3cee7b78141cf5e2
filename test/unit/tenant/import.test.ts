// The read-only import against the local HTTPS Graph peer: paging, retries, every failure kind, cancel —
// and never a half snapshot saved as whole.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSnapshotJson } from '../../../simulator/import/snapshot';
import type { TenantService } from '../../../main/tenant/tenant-service';
import { createPeerService, startPeers, type Peers } from '../../peers/harness';
import { DELETED_GROUP_ID, DEVICE_GROUP_ID, FIXTURE_TENANT_ID } from '../../peers/tenant-fixture';

let peers: Peers;
let service: TenantService;

beforeEach(async () => {
  peers = await startPeers({ devices: 40, users: 25, pageSize: 7 });
  service = await createPeerService(peers);
  await service.signIn();
});

afterEach(async () => {
  await peers.close();
});

async function importOnce() {
  await service.startImport();
  return service.waitForImport();
}

async function snapshotFiles(): Promise<string[]> {
  try {
    return (await readdir(path.join(peers.directory, 'snapshots'))).filter(
      (name) => name !== 'index.json' && name !== 'statements.json',
    );
  } catch {
    return [];
  }
}

describe('tenant import through the local Graph peer', () => {
  it('follows @odata.nextLink over several pages and saves one complete snapshot', async () => {
    const progress = await importOnce();
    expect(progress?.state).toBe('completed');
    expect(progress?.counts.devices).toBe(40);
    expect(progress?.counts.users).toBe(25);

    const devicePages = peers.graph.requests.filter((request) => request.path.startsWith('/v1.0/devices'));
    expect(devicePages.length).toBe(Math.ceil(40 / 7));
    expect(devicePages.slice(1).every((request) => request.path.includes('$skiptoken='))).toBe(true);
    expect(peers.graph.requests.every((request) => request.authorized)).toBe(true);
    // Opaque skip tokens ('+', '/', '=') came back unaltered (the peer answers 400 otherwise); only the group that
    // was deleted after being assigned answers 404.
    expect(
      peers.graph.requests.filter((request) => request.status !== 200 && !request.path.includes(DELETED_GROUP_ID)),
    ).toEqual([]);
    // $select on every collection read that supports it.
    for (const prefix of [
      '/v1.0/devices?',
      '/v1.0/users?',
      '/beta/deviceManagement/managedDevices?',
      '/v1.0/subscribedSkus?',
    ]) {
      expect(peers.graph.requests.find((request) => request.path.startsWith(prefix))?.path).toContain('$select=');
    }

    const files = await snapshotFiles();
    expect(files).toHaveLength(1);
    const parsed = parseSnapshotJson(await readFile(path.join(peers.directory, 'snapshots', files[0]), 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { snapshot } = parsed;
    expect(snapshot.tenant).toMatchObject({ id: FIXTURE_TENANT_ID, displayName: 'Contoso', customDomain: true });
    expect(snapshot.devices).toHaveLength(40);
    expect(snapshot.devices.filter((device) => device.intune !== null)).toHaveLength(27);
    expect(snapshot.users.filter((user) => user.registration !== null)).toHaveLength(25);
    // Every policy kind that sets a fact the rules read; unrelated ones (BitLocker, device restrictions) dropped.
    expect(snapshot.policies.map((policy) => [policy.displayName, policy.kind]).sort()).toEqual([
      ['Account protection (legacy)', 'intent'],
      ['Co-managed collection profile', 'customProfile'],
      ['Endpoint protection (local security options)', 'deviceConfiguration'],
      ['Lock screen (administrative template)', 'administrativeTemplate'],
      ['Login and lock screen', 'settingsCatalog'],
      ['Old SSPR profile (typed String)', 'customProfile'],
      ['SSPR at sign-in (custom)', 'customProfile'],
      ['SSPR pilot (settings catalog)', 'settingsCatalog'],
      ['Windows security baseline', 'securityBaseline'],
    ]);
    expect(snapshot.filters).toEqual([expect.objectContaining({ displayName: 'Surface devices' })]);
    // The Configuration Manager collection target is kept with its kind and id, and the import says so.
    expect(snapshot.warnings).toContainEqual(
      expect.objectContaining({ source: 'deviceConfigurations', kind: 'targetIgnored', count: 1 }),
    );
    expect(snapshot.users[0].userType).toBe('Member');
    expect(snapshot.devices.find((device) => device.intune)?.intune).toMatchObject({
      manufacturer: expect.any(String),
      model: expect.any(String),
      skuNumber: expect.any(Number),
    });
    const deviceGroup = snapshot.groups.find((group) => group.id === DEVICE_GROUP_ID);
    expect(deviceGroup?.deviceIds).toHaveLength(20);
    expect(snapshot.groups.some((group) => group.displayName.endsWith('(deleted group)'))).toBe(true);
    expect(snapshot.sources.devices?.endpoint).toMatch(/^GET \/v1\.0\/devices\?\$select=/);
  });

  it('waits for Retry-After on 429, retries, and completes', async () => {
    peers.graph.faults = [
      { match: /^\/v1\.0\/users\?\$top=999&\$skiptoken=14~/, kind: 'throttle', times: 1, retryAfterSeconds: 1 },
    ];
    const started = Date.now();
    const progress = await importOnce();
    expect(progress?.state).toBe('completed');
    expect(progress?.retries).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    const throttled = peers.graph.requests.filter(
      (request) => request.path.includes('$skiptoken=14~') && request.path.startsWith('/v1.0/users'),
    );
    expect(throttled.map((request) => request.status)).toEqual([429, 200]);
  });

  it('gives up on a lasting 503 after the bounded retries, with a clear error and nothing saved', async () => {
    peers.graph.faults = [
      { match: /^\/v1\.0\/policies\/authorizationPolicy/, kind: 'unavailable', times: Infinity, retryAfterSeconds: 0 },
    ];
    const progress = await importOnce();
    expect(progress?.state).toBe('failed');
    expect(progress?.error).toMatch(/unavailable for GET \/v1\.0\/policies\/authorizationPolicy \(503\)/);
    expect(progress?.retries).toBe(3);
    expect(progress?.failure).toEqual({
      kind: 'unavailable',
      endpoint: 'GET /v1.0/policies/authorizationPolicy',
      status: 503,
      permission: null,
      detail: null,
    });
    expect(await snapshotFiles()).toEqual([]);
  });

  it.each([
    [
      'a dropped connection',
      'drop' as const,
      /connection to Microsoft Graph failed while reading GET \/v1\.0\/devices/,
      { kind: 'connection', permission: null },
    ],
    ['malformed JSON', 'malformed' as const, /not valid JSON/, { kind: 'malformed', permission: null }],
    [
      'a 403 permission error',
      'forbidden' as const,
      /refused GET \/v1\.0\/devices \(403 Forbidden\).*Device\.Read\.All/,
      { kind: 'permission', status: 403, permission: 'Device.Read.All' },
    ],
  ])('fails clearly on %s mid-paging and keeps the previous snapshot', async (_label, kind, message, failure) => {
    const first = await importOnce();
    expect(first?.state).toBe('completed');
    const before = await snapshotFiles();
    const index = await readFile(path.join(peers.directory, 'snapshots', 'index.json'), 'utf8');

    peers.graph.faults = [{ match: /^\/v1\.0\/devices\?\$top=999&\$skiptoken=21~/, kind, times: 1 }];
    const second = await importOnce();
    expect(second?.state).toBe('failed');
    expect(second?.error).toMatch(message);
    // The same failure as data, for the page to word in English or Dutch.
    expect(second?.failure).toMatchObject({ ...failure, endpoint: 'GET /v1.0/devices' });
    expect(await snapshotFiles()).toEqual(before);
    expect(await readFile(path.join(peers.directory, 'snapshots', 'index.json'), 'utf8')).toBe(index);
    expect(await service.listSnapshots()).toHaveLength(1);
  });

  it('cancels between pages: state cancelled, nothing saved', async () => {
    peers.graph.faults = [
      { match: /^\/v1\.0\/users\?\$top=999&\$skiptoken=7~/, kind: 'throttle', times: 1, retryAfterSeconds: 1 },
    ];
    await service.startImport();
    // Cancel while the import waits out the Retry-After.
    for (let i = 0; i < 100 && (service.progress()?.retries ?? 0) === 0; i += 1)
      await new Promise((r) => setTimeout(r, 20));
    expect(service.progress()?.state).toBe('running');
    service.cancelImport();
    const progress = await service.waitForImport();
    expect(progress?.state).toBe('cancelled');
    expect(progress?.error).toMatch(/cancelled/);
    expect(await snapshotFiles()).toEqual([]);
  });

  it('refuses to import before sign-in, without calling Graph', async () => {
    await service.signOut();
    const progress = await importOnce();
    expect(progress?.state).toBe('failed');
    expect(progress?.error).toMatch(/[Ss]ign in/);
    expect(peers.graph.requests.filter((request) => request.authorized === false)).toHaveLength(0);
  });
});
