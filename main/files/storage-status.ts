// Whether the app can keep anything in its user-data folder (recent files, autosave, crash marker). A read-only or
// full folder never stops the app: the stores record the failure here, carry on in memory, and the window shows a
// banner until a later write succeeds again.
import type { StorageStatus } from '../../preload/contract';
import { reasonOf, type FileWriteReason } from './atomic-write';

export type UserDataStore = 'recentFiles' | 'autosave' | 'sessionMarker';

export class UserDataHealth {
  private readonly failures = new Map<UserDataStore, FileWriteReason>();

  failed(store: UserDataStore, error: unknown): void {
    this.failures.set(store, reasonOf(error));
  }

  succeeded(store: UserDataStore): void {
    this.failures.delete(store);
  }

  status(): StorageStatus {
    const [first] = this.failures.values();
    return { persistent: this.failures.size === 0, reason: first ?? null, stores: [...this.failures.keys()] };
  }
}
