// The desktop path from the UI, against the local peers: connect (MSAL sign-in through the loopback, the test playing
// the system browser) → import with progress and a throttled page → the snapshot opens with its pairs and provenance
// badges → apply shows the requests, asks for confirmation and writes them to the Graph peer → sign out.
// The tenant page runs in Chromium; its tenant channels reach the real TenantService over a small HTTP bridge that
// stands in for the preload and main-process IPC.
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { screenshot } from './shoot';
import type { TenantService } from '../../main/tenant/tenant-service';
import { createPeerService, startPeers, TEST_CLIENT_ID, type Peers } from '../peers/harness';
import { buildTenantPage, serveTenantPage, type Bridge } from '../peers/page-harness';
import { FIXTURE_TENANT_ID } from '../peers/tenant-fixture';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workDir = path.join(root, 'test/output/tenant-e2e-desktop');

let peers: Peers;
let service: TenantService;
let served: { url: string; close(): Promise<void> };

function bridgeFor(tenant: TenantService): Bridge {
  return {
    'tenant:status': () => tenant.status(),
    'tenant:configure': (arg) => tenant.configure(arg as Parameters<TenantService['configure']>[0]),
    'tenant:signIn': () => tenant.signIn(),
    'tenant:signOut': () => tenant.signOut(),
    'tenant:import:start': () => tenant.startImport(),
    'tenant:import:progress': async () => tenant.progress(),
    'tenant:import:cancel': async () => tenant.cancelImport(),
    'tenant:snapshots:list': () => tenant.listSnapshots(),
    'tenant:snapshots:open': (arg) => tenant.openSnapshot((arg as { id: string }).id),
    'tenant:statements:read': (arg) => tenant.readStatements((arg as { tenantId: string }).tenantId),
    'tenant:statements:save': (arg) => tenant.saveStatements(arg as Parameters<TenantService['saveStatements']>[0]),
    'tenant:apply': (arg) => tenant.apply(arg as Parameters<TenantService['apply']>[0]),
  };
}

test.describe('tenant connection (desktop path against the local peers)', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });

  test.beforeAll(async () => {
    await rm(workDir, { recursive: true, force: true });
    peers = await startPeers({ devices: 40, users: 25, pageSize: 9 });
    // Start signed out with an empty client ID: the admin types it on the page.
    service = await createPeerService(peers, { retryDelaySeconds: 1 });
    await service.signOut();
    await service.configure({ clientId: '', tenant: 'organizations', cloud: 'global' });
    served = await serveTenantPage(await buildTenantPage({ root, workDir, edition: 'desktop' }), bridgeFor(service));
  });

  test.afterAll(async () => {
    await served?.close();
    await peers?.close();
  });

  test('connect → import → pairs with provenance → apply after confirmation → sign out', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(served.url);
    const connect = page.getByTestId('tenant-connect');
    await expect(connect).toBeVisible();
    await expect(page.getByTestId('tenant-desktop-only')).toHaveCount(0);

    await connect.getByLabel('Application (client) ID').fill(TEST_CLIENT_ID);
    await connect.getByLabel('Tenant').fill(FIXTURE_TENANT_ID);
    await connect.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('tenant-account')).toContainText('Signed in as admin@contoso.com');

    // One throttled page on the way: the import waits for Retry-After and says so.
    peers.graph.faults = [
      { match: /^\/v1\.0\/users\?\$top=999&\$skiptoken=9~/, kind: 'throttle', times: 1, retryAfterSeconds: 1 },
    ];
    await page.getByRole('button', { name: 'Import tenant' }).click();
    await expect(page.getByTestId('tenant-import-state')).toContainText('Imported and saved', { timeout: 30_000 });
    const counts = page.getByTestId('tenant-import-counts');
    await expect(counts).toContainText('Entra devices: 40');
    await expect(counts).toContainText('Users: 25');
    await expect(counts).toContainText('Retried after throttling: 1');

    await expect(page.getByTestId('tenant-open-snapshot')).toContainText('Contoso');
    await expect(page.getByTestId('tenant-pair-row')).toHaveCount(40);
    await page.getByTestId('tenant-pair-search').fill('PC-00004');
    await expect(page.getByTestId('tenant-pair-row')).toHaveCount(1);
    await page.getByTestId('tenant-pair-row').getByRole('button', { name: 'Select' }).click();
    const provenance = page.getByTestId('tenant-provenance');
    await expect(provenance.locator('[data-field="device.joinState"] [data-provenance="imported"]')).toBeVisible();
    // The administrative template sets "Do not display the lock screen" for All devices: imported, not unknown.
    await expect(
      provenance.locator('[data-field="device.settings.NoLockScreen"] [data-provenance="imported"]'),
    ).toBeVisible();
    // Only a Configuration Manager collection assigns Fast User Switching: still unknown, and where to state it.
    const unknownFacts = page.getByTestId('tenant-unknown-facts');
    await expect(unknownFacts.locator('[data-unknown-field="device.settings.HideFastUserSwitching"]')).toContainText(
      'In Intune: resolve the conflict or the assignment, then refresh the import',
    );
    await expect(unknownFacts.locator('[data-unknown-field="session.kind"]')).toContainText('Session page');
    // What the import could not take in, shown after the import.
    await expect(page.getByTestId('tenant-import-warnings')).toContainText(
      'Device configuration profiles: assignment targets not evaluated (1)',
    );

    // Apply: new device group with the selected device, custom profile; confirm, then write.
    const apply = page.getByTestId('tenant-apply');
    await apply.getByRole('radio', { name: 'New device group' }).check();
    await expect(page.getByTestId('tenant-apply-request')).toHaveCount(4);
    expect(peers.graph.writes).toEqual([]);
    await apply.getByRole('button', { name: 'Apply…' }).click();
    const confirm = page.getByTestId('tenant-apply-confirm');
    await expect(confirm).toContainText('Write 4 change(s) to Contoso?');
    await expect(confirm).toContainText('DeviceManagementConfiguration.ReadWrite.All, Group.ReadWrite.All');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(peers.graph.writes).toEqual([]);

    await apply.getByRole('button', { name: 'Apply…' }).click();
    await page.getByTestId('tenant-apply-confirm-write').click();
    await expect(page.getByTestId('tenant-apply-result')).toContainText('All requests succeeded.');
    expect(peers.graph.writes.map((write) => write.path)).toEqual([
      '/v1.0/groups',
      expect.stringMatching(/^\/v1\.0\/groups\/[0-9a-f-]{36}\/members\/\$ref$/),
      '/v1.0/deviceManagement/deviceConfigurations',
      expect.stringMatching(/^\/v1\.0\/deviceManagement\/deviceConfigurations\/[0-9a-f-]{36}\/assign$/),
    ]);
    await page.screenshot({
      path: path.join(root, 'test/output/screenshots/tenant-connection-desktop.png'),
      fullPage: true,
    });

    // Refresh refused by Graph: a clear error, and the snapshot list and open snapshot stay as they were.
    const snapshotRows = page.getByTestId('tenant-snapshots').getByRole('row');
    await expect(snapshotRows).toHaveCount(2);
    peers.graph.faults = [{ match: /^\/v1\.0\/devices/, kind: 'forbidden', times: 1 }];
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(page.getByTestId('tenant-import-state')).toContainText(
      'Import failed: Microsoft Graph refused GET /v1.0/devices (403 Forbidden). Grant the delegated permission Device.Read.All',
    );
    await expect(snapshotRows).toHaveCount(2);
    await expect(page.getByTestId('tenant-open-snapshot')).toContainText('40 devices');

    await connect.getByRole('button', { name: 'Sign out' }).click();
    await expect(connect.getByRole('button', { name: 'Sign in' })).toBeVisible();
    expect(await readdir(peers.directory)).not.toContain('token-cache.bin');

    // The review after an import, offline from the saved snapshot: both languages, both themes, two window sizes.
    for (const [lang, theme] of [
      ['en-US', 'light'],
      ['nl-NL', 'light'],
      ['en-US', 'dark'],
      ['nl-NL', 'dark'],
    ] as const) {
      for (const [width, height] of [
        [1440, 900],
        [1024, 700],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.goto(`${served.url}?lang=${lang}&theme=${theme}`);
        await expect(page.getByTestId('tenant-open-snapshot')).toBeVisible();
        await page.getByTestId('tenant-pair-search').fill('PC-00003');
        await expect(page.getByTestId('tenant-pair-row')).toHaveCount(1);
        await page.getByTestId('tenant-pair-row').getByRole('button').click();
        await expect(page.getByTestId('tenant-unknown-facts')).toBeVisible();
        const name = `tenant-review-${lang}-${theme}-${width}x${height}`;
        await page.getByTestId('tenant-import-warnings').scrollIntoViewIfNeeded();
        await screenshot(page, `${name}-warnings`);
        await page.getByTestId('tenant-unknown-facts').scrollIntoViewIfNeeded();
        await screenshot(page, `${name}-unknown`);
      }
    }
    expect(errors).toEqual([]);
  });
});
