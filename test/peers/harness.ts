// Starts the local authority and Graph peers with one generated certificate, and builds the tenant service
// pointed at them (the same code the desktop app runs, with the peers' address and certificate injected).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { TenantService, type TenantServiceOptions } from '../../main/tenant/tenant-service';
import { SnapshotStore } from '../../main/tenant/snapshot-store';
import type { SecretStore } from '../../main/tenant/token-cache';
import { AuthorityPeer } from './oauth-authority';
import { GraphPeer } from './graph-server';
import { FIXTURE_TENANT_ID, TenantFixture } from './tenant-fixture';
import { createPeerCertificate, type PeerCertificate } from './tls';

export const TEST_CLIENT_ID = '5b0e2c1d-8f4a-4e7b-9c3d-2a1b0c9d8e7f';

/** AES-256-GCM with a per-run key: stands in for the OS keychain behind Electron's safeStorage. */
export function createTestSecretStore(available = true): SecretStore {
  const key = randomBytes(32);
  return {
    isEncryptionAvailable: () => available,
    encryptString(plainText) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptString(encrypted) {
      const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(0, 12));
      decipher.setAuthTag(encrypted.subarray(12, 28));
      return Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

export interface Peers {
  certificate: PeerCertificate;
  authority: AuthorityPeer;
  graph: GraphPeer;
  fixture: TenantFixture;
  directory: string;
  close(): Promise<void>;
}

export async function startPeers(
  options: { devices?: number; users?: number; pageSize?: number } = {},
): Promise<Peers> {
  const certificate = await createPeerCertificate();
  const fixture = new TenantFixture(options.devices ?? 40, options.users ?? 25);
  const authority = await AuthorityPeer.start({ certificate, tenantId: FIXTURE_TENANT_ID, clientId: TEST_CLIENT_ID });
  const graph = await GraphPeer.start({
    certificate,
    fixture,
    pageSize: options.pageSize ?? 7,
    acceptToken: (token) => authority.isValidAccessToken(token),
  });
  const directory = await mkdtemp(path.join(os.tmpdir(), 'sspr-tenant-'));
  return {
    certificate,
    authority,
    graph,
    fixture,
    directory,
    async close() {
      await graph.close();
      await authority.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** The tenant service as the desktop app builds it, but signed in through the local authority and Graph. */
export async function createPeerService(
  peers: Peers,
  overrides: Partial<TenantServiceOptions> = {},
): Promise<TenantService> {
  const service = new TenantService({
    store: new SnapshotStore(path.join(peers.directory, 'snapshots')),
    settingsFile: path.join(peers.directory, 'settings.json'),
    cacheFile: path.join(peers.directory, 'token-cache.bin'),
    secrets: createTestSecretStore(),
    openBrowser: async (url) => {
      await peers.authority.playBrowser(url);
    },
    authority: {
      url: peers.authority.authorityUrl,
      knownAuthorities: [peers.authority.host],
      authorityMetadata: peers.authority.authorityMetadata,
      cloudDiscoveryMetadata: peers.authority.cloudDiscoveryMetadata,
    },
    graphRoot: peers.graph.origin,
    transport: { ca: peers.certificate.cert },
    retryDelaySeconds: 0,
    maxRetries: 3,
    ...overrides,
  });
  await service.configure({ clientId: TEST_CLIENT_ID, tenant: FIXTURE_TENANT_ID, cloud: 'global' });
  return service;
}
