// The sample tenant shipped with the app is a valid, complete snapshot the tenant pages can open offline.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexSnapshot, parseSnapshotJson } from '../../../simulator/import/index';

const text = readFileSync(
  new URL('../../../renderer/assets/sample-tenant/contoso-sample-tenant.json', import.meta.url),
  'utf8',
);

describe('sample tenant snapshot', () => {
  it('parses as a current-format, complete snapshot with devices, users, groups and an Intune policy', () => {
    const parsed = parseSnapshotJson(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const { snapshot } = parsed;
    expect(snapshot.tenant.displayName).toContain('sample');
    expect(snapshot.devices.length).toBeGreaterThanOrEqual(3);
    expect(snapshot.users.length).toBeGreaterThanOrEqual(2);
    expect(snapshot.groups.length).toBeGreaterThanOrEqual(1);
    expect(snapshot.policies.length).toBeGreaterThanOrEqual(1);
    const index = indexSnapshot(snapshot);
    expect(index).toBeTruthy();
  });
});
