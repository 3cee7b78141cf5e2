// Snapshot store: atomic complete snapshots only, newest-first index, pruning per tenant, damaged files refused.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEEP_PER_TENANT, SnapshotStore } from '../../../main/tenant/snapshot-store';
import { SNAPSHOT_FORMAT, type TenantSnapshot } from '../../../simulator/import/snapshot';

let directory: string;
let store: SnapshotStore;

beforeEach(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'sspr-store-'));
  store = new SnapshotStore(directory);
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

function snapshot(id: string, tenantId: string, completedAt: string): TenantSnapshot {
  return {
    format: SNAPSHOT_FORMAT,
    formatVersion: 2,
    status: 'complete',
    id,
    tenant: { id: tenantId, displayName: tenantId, cloud: 'global', customDomain: null, directorySync: null },
    startedAt: completedAt,
    completedAt,
    sources: {},
    devices: [],
    users: [],
    skus: [],
    groups: [],
    policies: [],
    filters: [],
    warnings: [],
    authenticationMethods: null,
    authorization: null,
  };
}

describe('snapshot store', () => {
  it('lists newest first and keeps the newest few per tenant', async () => {
    for (let day = 1; day <= KEEP_PER_TENANT + 2; day += 1) {
      await store.save(snapshot(`a-${day}`, 'tenant-a', `2026-11-0${day}T00:00:00.000Z`));
    }
    await store.save(snapshot('b-1', 'tenant-b', '2026-10-01T00:00:00.000Z'));
    const list = await store.list();
    expect(list.map((entry) => entry.id)).toEqual(['a-7', 'a-6', 'a-5', 'a-4', 'a-3', 'b-1']);
    expect((await readdir(directory)).filter((name) => name.startsWith('a-')).sort()).toEqual([
      'a-3.json',
      'a-4.json',
      'a-5.json',
      'a-6.json',
      'a-7.json',
    ]);
    expect((await store.latest('tenant-b'))?.id).toBe('b-1');
    expect((await store.latest())?.id).toBe('a-7');
  });

  it('refuses partial snapshots and ids that leave the folder', async () => {
    await expect(
      store.save({ ...snapshot('x', 't', '2026-11-01T00:00:00Z'), status: 'partial' } as never),
    ).rejects.toThrow(/complete/);
    expect(await store.open('../secrets')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Not a snapshot id/),
    });
  });

  it('reports a damaged snapshot file instead of opening it', async () => {
    await store.save(snapshot('a-1', 't', '2026-11-01T00:00:00.000Z'));
    await writeFile(path.join(directory, 'a-1.json'), '{"format":"sspr-preview/tenant-snapshot","devices":[');
    const opened = await store.open('a-1');
    expect(opened).toMatchObject({ ok: false, error: expect.stringMatching(/Not a JSON file/) });
  });

  it('keeps the admin statements per tenant, apart from snapshots', async () => {
    const statements = {
      tenantId: 't',
      ssprEnabled: 'All' as const,
      selectedGroup: null,
      methodsRequired: 1 as const,
      statedAt: '2026-11-25T00:00:00.000Z',
    };
    await store.saveStatements(statements);
    expect(await store.readStatements('t')).toEqual(statements);
    expect(await store.readStatements('other')).toBeNull();
  });
});
