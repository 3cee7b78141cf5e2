// The hardened Graph reader against the local Graph peer serving what real networks and Graph's own documentation
// serve: an HTML page with 200, a list whose "value" is not an array, a next link to another host or port (the token
// must not leave the configured origin), a next link that loops, an item without "id", a single object wrapped in
// "value", placeholder strings and nulls. Every import either completes with the losses counted or fails naming the
// endpoint — and every snapshot it saves reopens.
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexSnapshot, parseSnapshotJson, scenarioFromSnapshot } from '../../../simulator/import/index';
import type { TenantService } from '../../../main/tenant/tenant-service';
import { createPeerService, startPeers, type Peers } from '../../peers/harness';
import { deviceObjectId, entraDeviceId } from '../../peers/tenant-fixture';

let peers: Peers;
let service: TenantService;

beforeEach(async () => {
  peers = await startPeers({ devices: 12, users: 6, pageSize: 5 });
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

async function savedSnapshots(): Promise<string[]> {
  try {
    const folder = path.join(peers.directory, 'snapshots');
    const names = (await readdir(folder)).filter((name) => name !== 'index.json' && name !== 'statements.json');
    return Promise.all(names.map((name) => readFile(path.join(folder, name), 'utf8')));
  } catch {
    return [];
  }
}

const FIRST_DEVICES_PAGE = /^\/v1\.0\/devices\?\$select=/;

describe('bodies that are not Graph JSON', () => {
  it('an HTML page with status 200 is a clear error naming the endpoint; nothing is saved', async () => {
    peers.graph.faults = [
      {
        match: FIRST_DEVICES_PAGE,
        kind: 'custom',
        times: 1,
        custom: {
          contentType: 'text/html; charset=utf-8',
          body: '<!DOCTYPE html><html><head><title>Proxy sign-in</title></head><body>Sign in to continue</body></html>',
        },
      },
    ];
    const progress = await importOnce();
    expect(progress?.state).toBe('failed');
    expect(progress?.error).toMatch(
      /GET \/v1\.0\/devices with an HTML page \(HTTP 200, text\/html; charset=utf-8\), not JSON/,
    );
    expect(progress?.error).toContain('Proxy sign-in');
    expect(await savedSnapshots()).toEqual([]);
  });

  it('a list whose "value" is not an array fails naming the endpoint, never "reading length"', async () => {
    peers.graph.faults = [
      { match: /^\/v1\.0\/subscribedSkus/, kind: 'custom', times: 1, custom: { body: '{"value": {"skuId": "x"}}' } },
    ];
    const progress = await importOnce();
    expect(progress?.state).toBe('failed');
    expect(progress?.error).toMatch(/GET \/v1\.0\/subscribedSkus without a list: "value" is \{"skuId":"x"\}/);
  });

  it('an organization answer without an id fails instead of saving "unknown-tenant"', async () => {
    peers.graph.faults = [
      {
        match: /^\/v1\.0\/organization/,
        kind: 'custom',
        times: 1,
        custom: { body: '{"value": [{"displayName": "Contoso"}]}' },
      },
    ];
    const progress = await importOnce();
    expect(progress?.state).toBe('failed');
    expect(progress?.error).toMatch(/GET \/v1\.0\/organization with an object that cannot be used: no "id"/);
    expect(await savedSnapshots()).toEqual([]);
  });
});

describe('@odata.nextLink', () => {
  let spy: https.Server;
  let spied: { path: string; authorization: string | undefined }[];
  let spyOrigin: string;

  beforeEach(async () => {
    spied = [];
    spy = https.createServer({ key: peers.certificate.key, cert: peers.certificate.cert }, (req, res) => {
      spied.push({ path: req.url ?? '', authorization: req.headers.authorization });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"value": []}');
    });
    await new Promise<void>((resolve) => spy.listen(0, '127.0.0.1', resolve));
    spyOrigin = `https://localhost:${(spy.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    spy.closeAllConnections();
    await new Promise<void>((resolve) => spy.close(() => resolve()));
  });

  it('is never followed to another port on the Graph host: the token stays, the import stops', async () => {
    peers.graph.faults = [
      {
        match: FIRST_DEVICES_PAGE,
        kind: 'custom',
        times: 1,
        custom: {
          body: () => JSON.stringify({ value: [], '@odata.nextLink': `${spyOrigin}/v1.0/devices?$skiptoken=steal` }),
        },
      },
    ];
    const progress = await importOnce();
    expect(progress?.state).toBe('failed');
    expect(progress?.error).toContain(`@odata.nextLink to ${spyOrigin}, not the Graph host ${peers.graph.origin}`);
    expect(spied).toEqual([]);
    expect(await savedSnapshots()).toEqual([]);
  });

  it('a next link that points back to a page already read is a loop: the import stops', async () => {
    const loop = (origin: string) =>
      JSON.stringify({ value: [], '@odata.nextLink': `${origin}/v1.0/devices?$skiptoken=loop` });
    peers.graph.faults = [
      { match: FIRST_DEVICES_PAGE, kind: 'custom', times: 1, custom: { body: loop } },
      { match: /\$skiptoken=loop/, kind: 'custom', times: Infinity, custom: { body: loop } },
    ];
    const progress = await importOnce();
    expect(progress?.state).toBe('failed');
    expect(progress?.error).toMatch(
      /GET \/v1\.0\/devices with an @odata\.nextLink it had already sent \(a paging loop\)/,
    );
    expect(peers.graph.requests.filter((request) => request.path.includes('skiptoken=loop'))).toHaveLength(1);
  });
});

describe("Graph's documented shapes and their quirks", () => {
  it('skips and counts a device without "id", unwraps a single object in "value", keeps placeholders unknown — and the snapshot reopens', async () => {
    // GET /devices as in Graph's own example: no "id", and placeholder strings.
    const devices = {
      value: [
        {
          accountEnabled: false,
          deviceId: '4c299165-6e8f-4b45-a5ba-c5d250a707ff',
          displayName: 'Test device',
          operatingSystem: 'linux',
          operatingSystemVersion: '1',
        },
        {
          id: deviceObjectId(0),
          deviceId: entraDeviceId(0),
          displayName: null,
          operatingSystem: 'Windows',
          operatingSystemVersion: '10.0.26100.2605',
          trustType: 'String',
          isManaged: null,
        },
      ],
    };
    peers.graph.faults = [
      { match: FIRST_DEVICES_PAGE, kind: 'custom', times: 1, custom: { body: JSON.stringify(devices) } },
      {
        match: /^\/v1\.0\/policies\/authorizationPolicy/,
        kind: 'custom',
        times: 1,
        custom: { body: JSON.stringify({ value: { id: 'authorizationPolicy', allowedToUseSSPR: true } }) },
      },
      {
        match: /^\/v1\.0\/policies\/authenticationMethodsPolicy/,
        kind: 'custom',
        times: 1,
        custom: {
          body: JSON.stringify({ id: 'authenticationMethodsPolicy', authenticationMethodConfigurations: null }),
        },
      },
    ];
    const progress = await importOnce();
    expect(progress?.state).toBe('completed');
    const files = await savedSnapshots();
    expect(files).toHaveLength(1);
    const opened = parseSnapshotJson(files[0]);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const { snapshot } = opened;
    expect(snapshot.devices.filter((device) => !device.id.startsWith('intune:')).map((device) => device.id)).toEqual([
      deviceObjectId(0),
    ]);
    expect(snapshot.warnings).toContainEqual(
      expect.objectContaining({
        source: 'devices',
        kind: 'itemSkipped',
        count: 1,
        examples: [expect.stringContaining('no "id"')],
      }),
    );
    expect(progress?.snapshot?.warnings).toBeGreaterThanOrEqual(1);
    expect(snapshot.authorization).toEqual({ allowedToUseSSPR: true });
    expect(snapshot.authenticationMethods).toEqual({ policyMigrationState: null, methods: [] });
    const scenario = scenarioFromSnapshot(indexSnapshot(snapshot), { deviceObjectId: deviceObjectId(0), userId: null });
    expect(scenario.device.name).toBe(deviceObjectId(0));
    expect(scenario.device.joinState).toBe('entraJoined'); // from Intune's joinType; the placeholder is not a join state
    expect(scenario.tenant.sspr.methodsPolicyMigrated).toBe('unknown');
  });
});

describe('page cap', () => {
  it('stops a collection that runs past the page cap, naming the endpoint', async () => {
    const { createGraphClient } = await import('../../../main/tenant/graph-client');
    const { GraphReader } = await import('../../../main/tenant/graph-reader');
    const { ImportWarnings } = await import('../../../simulator/import/import-warnings');
    const { GRAPH_READS } = await import('../../../simulator/import/graph-shapes');
    // The token the sign-in in beforeEach obtained from the local authority.
    const [token] = [...peers.authority.issuedAccessTokens];
    const reader = new GraphReader({
      client: createGraphClient({
        graphRoot: peers.graph.origin,
        getAccessToken: async () => token,
        transport: { ca: peers.certificate.cert },
      }),
      graphOrigin: peers.graph.origin,
      signal: new AbortController().signal,
      warnings: new ImportWarnings(),
      maxPages: 2,
    });
    // 12 devices in pages of 5: three pages, one more than the cap.
    await expect(reader.forEach('devices', GRAPH_READS.devices, ['id'], () => undefined)).rejects.toThrow(
      'Microsoft Graph answered GET /v1.0/devices with more than 2 pages',
    );
  });
});
