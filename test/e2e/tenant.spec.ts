// Tenant connection end to end in the browser edition: a real import through the local HTTPS peers (MSAL sign-in,
// paged Graph reads) produces a snapshot file; the tenant page, with the browser edition's API adapter, opens it,
// shows device × user scenarios with provenance badges, and previews (and exports) the apply requests. The page is
// mounted on its own harness page, built at test time, until it has its place in the app's navigation.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { createPeerService, startPeers } from '../peers/harness';
import { buildTenantPage, serveTenantPage } from '../peers/page-harness';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workDir = path.join(root, 'test/output/tenant-e2e-browser');
const snapshotFile = path.join(workDir, 'contoso-snapshot.json');
const damagedFile = path.join(workDir, 'damaged-snapshot.json');

let page$: { url: string; close(): Promise<void> };
let baseUrl = '';

async function importSnapshot(): Promise<void> {
  const peers = await startPeers({ devices: 40, users: 25, pageSize: 9 });
  try {
    const service = await createPeerService(peers);
    await service.signIn();
    await service.startImport();
    const progress = await service.waitForImport();
    if (progress?.state !== 'completed' || !progress.snapshot)
      throw new Error(`import ${progress?.state}: ${progress?.error}`);
    const opened = await service.openSnapshot(progress.snapshot.id);
    if (!opened.ok) throw new Error(opened.error);
    await writeFile(snapshotFile, JSON.stringify(opened.snapshot));
    await writeFile(damagedFile, JSON.stringify({ ...opened.snapshot, status: 'partial' }));
  } finally {
    await peers.close();
  }
}

test.describe('tenant connection (browser edition)', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });

  test.beforeAll(async () => {
    await rm(workDir, { recursive: true, force: true });
    await mkdir(workDir, { recursive: true });
    await importSnapshot();
    page$ = await serveTenantPage(await buildTenantPage({ root, workDir, edition: 'browser' }));
    baseUrl = page$.url;
  });

  test.afterAll(async () => {
    await page$?.close();
  });

  test('open a snapshot → scenarios with provenance badges → apply shows the request preview', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(baseUrl);
    await expect(page.getByTestId('tenant-desktop-only')).toContainText('needs the desktop app');

    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('tenant-open-file').click();
    await (await chooser).setFiles(snapshotFile);
    await expect(page.getByTestId('tenant-open-snapshot')).toContainText('Contoso');
    await expect(page.getByTestId('tenant-open-snapshot')).toContainText('40 devices');
    await expect(page.getByTestId('tenant-pair-row')).toHaveCount(40);

    await page.getByTestId('tenant-pair-search').fill('PC-00004');
    await expect(page.getByTestId('tenant-pair-row')).toHaveCount(1);
    await page.getByTestId('tenant-pair-row').getByRole('button', { name: 'Select' }).click();
    await expect(page.getByTestId('tenant-pair-verdict')).toContainText('PC-00004 × user4@contoso.com');

    const provenance = page.getByTestId('tenant-provenance');
    const build = provenance.locator('[data-field="device.os.build"]');
    await expect(build).toContainText('26100');
    await expect(build.locator('[data-provenance="imported"]')).toHaveText('Imported');
    await expect(build).toContainText('GET /v1.0/devices');
    await expect(provenance.locator('[data-field="session.kind"] [data-provenance="unknown"]')).toBeVisible();
    await expect(provenance.locator('[data-field="tenant.sspr.enabled"] [data-provenance="inferred"]')).toBeVisible();
    await expect(provenance.locator('[data-field="tenant.allowedToUseSSPR"]')).toContainText('Administrators only');
    await expect(page.getByTestId('provenance-count-imported')).toBeVisible();

    // The admin states the scope: the badge changes to "Stated by admin".
    await page.getByTestId('tenant-statements').getByRole('radio', { name: 'All' }).check();
    await page.getByTestId('tenant-statements-save').click();
    await expect(provenance.locator('[data-field="tenant.sspr.enabled"] [data-provenance="statedByAdmin"]')).toHaveText(
      'Stated by admin',
    );

    // The device group already has the custom profile: nothing to write.
    await page.getByTestId('tenant-apply-group').selectOption({ label: 'SSPR - Windows devices (20 devices)' });
    await expect(page.getByTestId('tenant-apply-equivalent')).toContainText('SSPR at sign-in (custom)');

    // A new group for the selected device: the exact requests, in order.
    await page.getByTestId('tenant-apply').getByRole('radio', { name: 'New device group' }).check();
    const requests = page.getByTestId('tenant-apply-request');
    await expect(requests).toHaveCount(4);
    await expect(requests.nth(0)).toContainText('POST https://graph.microsoft.com/v1.0/groups');
    await expect(requests.nth(1)).toContainText('/members/$ref');
    await expect(requests.nth(2)).toContainText(
      'POST https://graph.microsoft.com/v1.0/deviceManagement/deviceConfigurations',
    );
    await expect(requests.nth(2)).toContainText(
      './Device/Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset',
    );
    await expect(requests.nth(3)).toContainText('{{createPolicy.id}}/assign');
    await expect(page.getByTestId('tenant-apply-requests')).toContainText('Group.ReadWrite.All');
    await expect(page.getByRole('button', { name: 'Apply…' })).toHaveCount(0);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export PowerShell' }).click();
    const script = await readFile((await (await download).path())!, 'utf8');
    expect(script).toContain('Connect-MgGraph');
    expect(script.match(/Invoke-MgGraphRequest/g)).toHaveLength(4);

    await page.screenshot({
      path: path.join(root, 'test/output/screenshots/tenant-connection-browser.png'),
      fullPage: true,
    });
    expect(errors).toEqual([]);
  });

  test('a partial snapshot file is refused with a readable message', async ({ page }) => {
    await page.goto(baseUrl);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('tenant-open-file').click();
    await (await chooser).setFiles(damagedFile);
    await expect(page.getByTestId('tenant-error')).toContainText(
      'damaged-snapshot.json: The snapshot is damaged or incomplete',
    );
    await expect(page.getByTestId('tenant-pairs')).toHaveCount(0);
  });

  test('in Dutch, the refusal is worded in Dutch and keeps the technical detail', async ({ page }) => {
    await page.goto(`${baseUrl}?lang=nl-NL`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('tenant-open-file').click();
    await (await chooser).setFiles(damagedFile);
    const error = page.getByTestId('tenant-error');
    await expect(error).toContainText('damaged-snapshot.json: De momentopname is beschadigd of onvolledig: ');
    await expect(error).toContainText('status');
    await expect(page.getByTestId('tenant-pairs')).toHaveCount(0);
  });
});
