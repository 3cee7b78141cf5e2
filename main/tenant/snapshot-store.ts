// Snapshots on disk under userData: one JSON file per complete import, an index of summaries (so the list opens
// without reading 50,000-device files), and the admin's statements per tenant. Every write is atomic.
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from '../files/atomic-write';
import {
  parseSnapshotJson,
  summarizeSnapshot,
  tenantStatementsSchema,
  type SnapshotSummary,
  type TenantSnapshot,
  type TenantStatements,
  type SnapshotParseResult,
} from '../../simulator/import/snapshot';

const SNAPSHOT_ID = /^[A-Za-z0-9_-]{1,120}$/;
/** Snapshots kept per tenant; older ones are deleted after a newer one is safely written. */
export const KEEP_PER_TENANT = 5;

export class SnapshotStore {
  constructor(private readonly directory: string) {}

  private file(id: string): string {
    if (!SNAPSHOT_ID.test(id)) throw new Error(`Not a snapshot id: ${id}`);
    return path.join(this.directory, `${id}.json`);
  }

  private get indexFile(): string {
    return path.join(this.directory, 'index.json');
  }

  private get statementsFile(): string {
    return path.join(this.directory, 'statements.json');
  }

  private async readJson<T>(file: string, fallback: T): Promise<T> {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as T;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof SyntaxError) return fallback;
      throw error;
    }
  }

  /** Summaries, newest first. */
  async list(): Promise<SnapshotSummary[]> {
    const index = await this.readJson<SnapshotSummary[]>(this.indexFile, []);
    return Array.isArray(index) ? index.filter((entry) => SNAPSHOT_ID.test(entry?.id ?? '')) : [];
  }

  /** Write a complete snapshot, then the index; prune the tenant's oldest beyond KEEP_PER_TENANT. */
  async save(snapshot: TenantSnapshot): Promise<SnapshotSummary> {
    if (snapshot.status !== 'complete') throw new Error('Only complete snapshots are saved.');
    await mkdir(this.directory, { recursive: true });
    await writeFileAtomically(this.file(snapshot.id), JSON.stringify(snapshot));
    const summary = summarizeSnapshot(snapshot);
    const others = (await this.list()).filter((entry) => entry.id !== summary.id);
    const next = [summary, ...others].sort((a, b) => b.completedAt.localeCompare(a.completedAt));
    const sameTenant = next.filter((entry) => entry.tenantId === summary.tenantId);
    const dropped = new Set(sameTenant.slice(KEEP_PER_TENANT).map((entry) => entry.id));
    await writeFileAtomically(
      this.indexFile,
      JSON.stringify(
        next.filter((entry) => !dropped.has(entry.id)),
        null,
        1,
      ),
    );
    for (const id of dropped) await rm(this.file(id), { force: true });
    return summary;
  }

  async open(id: string): Promise<SnapshotParseResult> {
    let text: string;
    try {
      text = await readFile(this.file(id), 'utf8');
    } catch (error) {
      const detail = (error as Error).message;
      return { ok: false, error: `The snapshot ${id} could not be read: ${detail}`, problem: 'unreadable', detail };
    }
    return parseSnapshotJson(text);
  }

  async latest(tenantId?: string): Promise<SnapshotSummary | null> {
    const list = await this.list();
    return list.find((entry) => !tenantId || entry.tenantId === tenantId) ?? null;
  }

  async readStatements(tenantId: string): Promise<TenantStatements | null> {
    const all = await this.readJson<Record<string, unknown>>(this.statementsFile, {});
    const parsed = tenantStatementsSchema.safeParse(all[tenantId]);
    return parsed.success ? parsed.data : null;
  }

  async saveStatements(statements: TenantStatements): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    const all = await this.readJson<Record<string, unknown>>(this.statementsFile, {});
    all[statements.tenantId] = tenantStatementsSchema.parse(statements);
    await writeFileAtomically(this.statementsFile, JSON.stringify(all, null, 1));
  }
}
