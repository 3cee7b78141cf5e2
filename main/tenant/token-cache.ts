// MSAL token cache persisted only encrypted, through Electron safeStorage (DPAPI / Keychain / libsecret).
// Without OS encryption (or with Linux's hard-coded 'basic_text' key) the cache stays in memory: tokens that could
// be read back without the user's keyring are never written.
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from '../files/atomic-write';
import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';

/** The part of Electron's safeStorage this plugin needs (injected, so it is testable). */
export interface SecretStore {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means a hard-coded key, i.e. no real protection. */
  getSelectedStorageBackend?(): string;
}

/** Encryption worth writing to disk: available, and on Linux backed by a real keyring. */
export function hasRealEncryption(secrets: SecretStore): boolean {
  if (!secrets.isEncryptionAvailable()) return false;
  if (process.platform !== 'linux' || !secrets.getSelectedStorageBackend) return true;
  const backend = secrets.getSelectedStorageBackend();
  return backend !== 'basic_text' && backend !== 'unknown';
}

export class EncryptedCachePlugin implements ICachePlugin {
  constructor(
    private readonly filePath: string,
    private readonly secrets: SecretStore,
  ) {}

  get persistent(): boolean {
    return hasRealEncryption(this.secrets);
  }

  async beforeCacheAccess(context: TokenCacheContext): Promise<void> {
    if (!this.persistent) return;
    let encrypted: Buffer;
    try {
      encrypted = await readFile(this.filePath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    try {
      context.tokenCache.deserialize(this.secrets.decryptString(encrypted));
    } catch {
      // Encrypted by another user or machine, or damaged: start signed out rather than fail every call.
      await this.clear();
    }
  }

  /** The last write's failure (a full or read-only disk): the sign-in then lasts only until the app closes. */
  lastWriteError: unknown = null;

  async afterCacheAccess(context: TokenCacheContext): Promise<void> {
    if (!context.cacheHasChanged || !this.persistent) return;
    const encrypted = this.secrets.encryptString(context.tokenCache.serialize());
    try {
      await mkdir(path.dirname(this.filePath), { recursive: true });
      await writeFileAtomically(this.filePath, encrypted, { mode: 0o600 });
      this.lastWriteError = null;
    } catch (error) {
      // MSAL keeps the tokens in memory; failing here would fail the sign-in itself. The old file stays as it was.
      this.lastWriteError = error;
    }
  }

  async clear(): Promise<void> {
    await rm(this.filePath, { force: true });
  }
}
