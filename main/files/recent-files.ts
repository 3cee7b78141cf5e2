// The Open Recent list: at most ten absolute paths, most recent first, stored atomically in the user-data folder.
// The list is a convenience: when it cannot be stored (read-only or full disk) it lives on in memory, the failure is
// recorded for the banner, and the open or save that updated it still succeeds.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from './atomic-write';
import type { UserDataHealth } from './storage-status';

export const MAX_RECENT_FILES = 10;
/** Ten paths of at most 4096 characters each, JSON-escaped, fit easily. */
const MAX_STORE_BYTES = 256 * 1024;
const recentListSchema = z.array(z.string().min(1).max(4096));

export class RecentFiles {
  private entries: string[] = [];
  private loaded = false;

  constructor(
    private readonly storePath: string,
    private readonly health?: UserDataHealth,
  ) {}

  async list(): Promise<string[]> {
    await this.load();
    return [...this.entries];
  }

  async has(filePath: string): Promise<boolean> {
    await this.load();
    return this.entries.includes(path.resolve(filePath));
  }

  async add(filePath: string): Promise<string[]> {
    await this.load();
    const absolute = path.resolve(filePath);
    this.entries = [absolute, ...this.entries.filter((entry) => entry !== absolute)].slice(0, MAX_RECENT_FILES);
    await this.persist();
    return this.list();
  }

  async remove(filePath: string): Promise<string[]> {
    await this.load();
    const absolute = path.resolve(filePath);
    this.entries = this.entries.filter((entry) => entry !== absolute);
    await this.persist();
    return this.list();
  }

  async clear(): Promise<void> {
    this.entries = [];
    this.loaded = true;
    await this.persist();
  }

  /** A missing or corrupt store starts an empty list rather than failing the app. */
  private async load(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    try {
      if ((await stat(this.storePath)).size > MAX_STORE_BYTES) return;
      const parsed = recentListSchema.safeParse(JSON.parse(await readFile(this.storePath, 'utf8')));
      if (parsed.success) {
        this.entries = [...new Set(parsed.data.filter((entry) => path.isAbsolute(entry)))].slice(0, MAX_RECENT_FILES);
      }
    } catch {
      this.entries = [];
    }
  }

  private async persist(): Promise<void> {
    try {
      await writeFileAtomically(this.storePath, `${JSON.stringify(this.entries, null, 2)}\n`, {
        maxBytes: MAX_STORE_BYTES,
      });
      this.health?.succeeded('recentFiles');
    } catch (error) {
      this.health?.failed('recentFiles', error);
    }
  }
}
