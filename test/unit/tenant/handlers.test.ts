// The tenant IPC handler group with Electron mocked: channels match the contract, arguments are validated, the
// desktop service keeps its token cache encrypted through (mocked) safeStorage, and sign-in opens only Microsoft.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  userData: '',
  openExternal: vi.fn(async () => undefined),
}));

vi.mock('electron', async () => {
  const { createTestSecretStore } = await import('../../peers/harness');
  const secrets = createTestSecretStore();
  return {
    app: { getPath: () => electron.userData },
    shell: { openExternal: electron.openExternal },
    safeStorage: {
      isEncryptionAvailable: vi.fn(() => true),
      encryptString: vi.fn((text: string) => secrets.encryptString(text)),
      decryptString: vi.fn((data: Buffer) => secrets.decryptString(data)),
    },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
  };
});

const { safeStorage } = await import('electron');
const { createDesktopTenantService, openSignInPage, tenantHandlers } = await import('../../../main/tenant/handlers');
const { REQUEST_CHANNELS } = await import('../../../preload/contract');
const { startPeers, TEST_CLIENT_ID } = await import('../../peers/harness');
const { FIXTURE_TENANT_ID } = await import('../../peers/tenant-fixture');

let peers: Awaited<ReturnType<typeof startPeers>>;

beforeAll(async () => {
  electron.userData = await mkdtemp(path.join(os.tmpdir(), 'sspr-userdata-'));
  peers = await startPeers();
});

afterAll(async () => {
  await peers.close();
  await rm(electron.userData, { recursive: true, force: true });
});

function peerService() {
  return createDesktopTenantService({
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
  });
}

describe('tenant IPC handler group', () => {
  it('registers exactly the tenant channels of the contract', () => {
    const group = tenantHandlers(peerService());
    const channels = group.handlers.map((handler) => handler.channel).sort();
    expect(channels).toEqual(REQUEST_CHANNELS.filter((channel) => channel.startsWith('tenant:')).sort());
  });

  it('validates arguments before a handler runs', () => {
    const group = tenantHandlers(peerService());
    const schemaOf = (channel: string) => group.handlers.find((handler) => handler.channel === channel)!.schema;
    expect(schemaOf('tenant:configure').safeParse({ clientId: 'x', tenant: 'a/b', cloud: 'global' }).success).toBe(
      false,
    );
    expect(
      schemaOf('tenant:configure').safeParse({ clientId: TEST_CLIENT_ID, tenant: 'contoso.com', cloud: 'global' })
        .success,
    ).toBe(true);
    expect(schemaOf('tenant:snapshots:open').safeParse({ id: 42 }).success).toBe(false);
    expect(schemaOf('tenant:status').safeParse({ anything: true }).success).toBe(false);
    const apply = schemaOf('tenant:apply');
    const valid = {
      snapshotId: 's1',
      input: {
        target: { kind: 'existingGroup', groupId: 'g', groupName: 'G' },
        policyKind: 'customProfile',
        policyName: 'P',
      },
      fingerprint: '0a1b2c3d',
    };
    expect(apply.safeParse(valid).success).toBe(true);
    expect(apply.safeParse({ ...valid, fingerprint: 'zz' }).success).toBe(false);
    expect(apply.safeParse({ ...valid, input: { ...valid.input, url: 'https://evil.example' } }).success).toBe(false);
  });

  it('signs in through the handlers and keeps the cache encrypted by safeStorage in userData', async () => {
    const group = tenantHandlers(peerService());
    const call = (channel: string, arg?: unknown) =>
      (
        group.handlers.find((handler) => handler.channel === channel)!.handler as (
          a: unknown,
          e: unknown,
        ) => Promise<unknown>
      )(arg, {});
    await call('tenant:configure', { clientId: TEST_CLIENT_ID, tenant: FIXTURE_TENANT_ID, cloud: 'global' });
    const status = (await call('tenant:signIn')) as { signedIn: boolean; cachePersistent: boolean };
    expect(status).toMatchObject({ signedIn: true, cachePersistent: true });
    expect(safeStorage.encryptString).toHaveBeenCalled();
    const folder = path.join(electron.userData, 'tenant');
    expect((await readdir(folder)).sort()).toEqual(['settings.json', 'token-cache.bin']);
    const cache = await readFile(path.join(folder, 'token-cache.bin'), 'latin1');
    for (const token of peers.authority.issuedAccessTokens) expect(cache).not.toContain(token);
    expect(cache).not.toContain('admin@contoso.com');
    const settings = await readFile(path.join(folder, 'settings.json'), 'utf8');
    expect(settings).not.toMatch(/token|secret/i);
  });

  it('opens only Microsoft sign-in pages in the system browser', async () => {
    await expect(openSignInPage('https://evil.example/authorize')).rejects.toThrow(/Refusing/);
    await expect(openSignInPage('http://login.microsoftonline.com/x')).rejects.toThrow(/Refusing/);
    await openSignInPage('https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?x=1');
    expect(electron.openExternal).toHaveBeenCalledWith(
      'https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?x=1',
    );
  });
});
