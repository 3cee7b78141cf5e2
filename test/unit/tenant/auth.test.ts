// MSAL against the local OAuth authority: interactive sign-in through the loopback redirect (the test plays the
// browser), silent renewal with the refresh token, sign-out, and a token cache that is never plain text on disk.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TenantAuth } from '../../../main/tenant/auth-service';
import { EncryptedCachePlugin } from '../../../main/tenant/token-cache';
import { createPeerService, createTestSecretStore, startPeers, TEST_CLIENT_ID, type Peers } from '../../peers/harness';
import { FIXTURE_TENANT_ID } from '../../peers/tenant-fixture';

let peers: Peers;

beforeEach(async () => {
  peers = await startPeers();
});

afterEach(async () => {
  await peers.close();
});

function authFor(
  cacheFile: string,
  secrets = createTestSecretStore(),
  openBrowser = (url: string) => peers.authority.playBrowser(url).then(() => undefined),
) {
  return new TenantAuth({
    settings: { clientId: TEST_CLIENT_ID, tenant: FIXTURE_TENANT_ID, cloud: 'global' },
    cachePlugin: new EncryptedCachePlugin(cacheFile, secrets),
    openBrowser,
    authority: {
      url: peers.authority.authorityUrl,
      knownAuthorities: [peers.authority.host],
      authorityMetadata: peers.authority.authorityMetadata,
      cloudDiscoveryMetadata: peers.authority.cloudDiscoveryMetadata,
    },
    graphRoot: 'https://graph.microsoft.com',
    transport: { ca: peers.certificate.cert },
  });
}

describe('sign-in with MSAL through the local authority', () => {
  it('signs in interactively through the loopback redirect with PKCE, read scopes only', async () => {
    const opened: string[] = [];
    const auth = authFor(path.join(peers.directory, 'cache.bin'), createTestSecretStore(), async (url) => {
      opened.push(url);
      await peers.authority.playBrowser(url);
    });
    const account = await auth.signIn();
    expect(account).toEqual({ username: 'admin@contoso.com', name: 'Contoso Admin', tenantId: FIXTURE_TENANT_ID });
    expect(opened).toHaveLength(1);
    const authorize = new URL(opened[0]);
    expect(authorize.origin).toBe(peers.authority.origin);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toMatch(/^http:\/\/localhost:\d+\/?$/);
    const scopes = authorize.searchParams.get('scope') ?? '';
    expect(scopes).toContain('https://graph.microsoft.com/Device.Read.All');
    expect(scopes).not.toMatch(/ReadWrite/);
    expect(peers.authority.grants.authorization_code).toBe(1);
  });

  it('renews silently: cached token first, refresh token when forced, no browser', async () => {
    const cacheFile = path.join(peers.directory, 'cache.bin');
    const openBrowser = vi.fn((url: string) => peers.authority.playBrowser(url).then(() => undefined));
    const auth = authFor(cacheFile, createTestSecretStore(), openBrowser);
    await auth.signIn();
    const first = await auth.accessToken(['Device.Read.All'], false);
    expect(peers.authority.isValidAccessToken(first)).toBe(true);
    expect(peers.authority.grants.refresh_token).toBe(0);
    const renewed = await auth.accessToken(['Device.Read.All'], false, true);
    expect(renewed).not.toBe(first);
    expect(peers.authority.grants.refresh_token).toBe(1);
    expect(openBrowser).toHaveBeenCalledTimes(1);
  });

  it('keeps the cache encrypted on disk and restores it in a new app instance', async () => {
    const cacheFile = path.join(peers.directory, 'cache.bin');
    const secrets = createTestSecretStore();
    const auth = authFor(cacheFile, secrets);
    await auth.signIn();
    const token = await auth.accessToken(['Device.Read.All'], false);
    const onDisk = await readFile(cacheFile);
    expect(onDisk.length).toBeGreaterThan(100);
    const text = onDisk.toString('latin1');
    expect(text).not.toContain(token);
    expect(text).not.toContain('refresh_token');
    expect(text).not.toContain('admin@contoso.com');
    expect(text).not.toMatch(/"AccessToken"|"RefreshToken"/);
    expect((await stat(cacheFile)).mode & 0o077).toBe(0);

    const restarted = authFor(cacheFile, secrets, async () => {
      throw new Error('no browser expected');
    });
    expect((await restarted.describeAccount())?.username).toBe('admin@contoso.com');
    expect(await restarted.accessToken(['Device.Read.All'], false)).toBe(token);
  });

  it('writes nothing when the OS offers no encryption', async () => {
    const cacheFile = path.join(peers.directory, 'cache.bin');
    const auth = authFor(cacheFile, createTestSecretStore(false));
    await auth.signIn();
    await expect(stat(cacheFile)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('signs out: the account is gone and the cache file removed', async () => {
    const service = await createPeerService(peers);
    const signedIn = await service.signIn();
    expect(signedIn.signedIn).toBe(true);
    const cacheFile = path.join(peers.directory, 'token-cache.bin');
    expect((await stat(cacheFile)).size).toBeGreaterThan(0);
    const signedOut = await service.signOut();
    expect(signedOut).toMatchObject({ signedIn: false, account: null });
    await expect(stat(cacheFile)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('never returns a token in the status the renderer sees', async () => {
    const service = await createPeerService(peers);
    const status = await service.signIn();
    const text = JSON.stringify(status);
    for (const token of peers.authority.issuedAccessTokens) expect(text).not.toContain(token);
    expect(text).not.toMatch(/token/i);
  });
});

describe('abandoned sign-in', () => {
  it('gives up with a clear message when the browser never comes back', async () => {
    const auth = new TenantAuth({
      settings: { clientId: TEST_CLIENT_ID, tenant: FIXTURE_TENANT_ID, cloud: 'global' },
      cachePlugin: new EncryptedCachePlugin(path.join(peers.directory, 'cache.bin'), createTestSecretStore()),
      openBrowser: async () => undefined,
      authority: {
        url: peers.authority.authorityUrl,
        knownAuthorities: [peers.authority.host],
        authorityMetadata: peers.authority.authorityMetadata,
        cloudDiscoveryMetadata: peers.authority.cloudDiscoveryMetadata,
      },
      transport: { ca: peers.certificate.cert },
      interactiveTimeoutMs: 300,
    });
    await expect(auth.signIn()).rejects.toThrow(/not completed in the browser within 0\.3 s/);
    expect(await auth.account()).toBeNull();
  });
});

describe('encryption backends', () => {
  it("treats Linux's basic_text backend (a hard-coded key) as no encryption", async () => {
    const { hasRealEncryption } = await import('../../../main/tenant/token-cache');
    const store = (backend: string, available = true) => ({
      ...createTestSecretStore(available),
      getSelectedStorageBackend: () => backend,
    });
    const linux = process.platform === 'linux';
    expect(hasRealEncryption(store('gnome_libsecret'))).toBe(true);
    expect(hasRealEncryption(store('basic_text'))).toBe(!linux);
    expect(hasRealEncryption(store('kwallet5', false))).toBe(false);
    expect(hasRealEncryption(createTestSecretStore())).toBe(true);
  });
});
