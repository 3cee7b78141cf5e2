// The token cache on a disk that cannot take it: the sign-in still succeeds (tokens stay in memory, the failure is
// kept for inspection), and a successful write replaces the previous file with mode 0600.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TokenCacheContext } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import { FileWriteError } from '../../../main/files/atomic-write';
import { EncryptedCachePlugin, type SecretStore } from '../../../main/tenant/token-cache';
import { tempDirs } from './temp-dirs';

const makeTempDir = tempDirs();

const secrets: SecretStore = {
  isEncryptionAvailable: () => true,
  encryptString: (text) => Buffer.from(`enc:${text}`),
  decryptString: (data) => data.toString().slice(4),
  getSelectedStorageBackend: () => 'gnome_libsecret',
};

function changedCache(serialized: string): TokenCacheContext {
  return {
    cacheHasChanged: true,
    tokenCache: { serialize: () => serialized, deserialize: () => undefined },
  } as unknown as TokenCacheContext;
}

describe('token cache writes', () => {
  it('never fails the sign-in when the cache cannot be written', async () => {
    const dir = makeTempDir('sspr-token-');
    const file = path.join(dir, 'token-cache.bin');
    writeFileSync(file, 'enc:previous');
    // A folder where the temp file would go cannot be made: the write fails like on a read-only disk.
    const blockedFile = path.join(dir, 'not-a-folder', 'token-cache.bin');
    writeFileSync(path.join(dir, 'not-a-folder'), '');
    const blocked = new EncryptedCachePlugin(blockedFile, secrets);
    await expect(blocked.afterCacheAccess(changedCache('{"new":1}'))).resolves.toBeUndefined();
    expect(blocked.lastWriteError).toBeTruthy();

    const plugin = new EncryptedCachePlugin(file, secrets);
    await plugin.afterCacheAccess(changedCache('{"new":2}'));
    expect(plugin.lastWriteError).toBeNull();
    expect(readFileSync(file, 'utf8')).toBe('enc:{"new":2}');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('reports a classified reason for the failed write', async () => {
    const dir = makeTempDir('sspr-token-');
    mkdirSync(path.join(dir, 'token-cache.bin'));
    const plugin = new EncryptedCachePlugin(path.join(dir, 'token-cache.bin'), secrets);
    await plugin.afterCacheAccess(changedCache('{}'));
    expect(plugin.lastWriteError).toBeInstanceOf(FileWriteError);
    expect((plugin.lastWriteError as FileWriteError).reason).toBe('isFolder');
  });
});
