// The tenant page inside the real browser edition (npm run web): Tenant connection in the navigation says the
// connection is desktop-only, opens a snapshot file imported through the local peers, and loads a device × user
// scenario into the simulator, whose verdict then names the rules left undecided by unknown inputs.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { openApp, verdict, watchErrors } from './app-helpers';
import { createPeerService, startPeers } from '../peers/harness';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workDir = path.join(root, 'test/output/tenant-e2e-app');
const snapshotFile = path.join(workDir, 'contoso-snapshot.json');

test.describe('tenant connection in the browser edition app', () => {
  test.describe.configure({ timeout: 90_000 });

  test.beforeAll(async () => {
    await rm(workDir, { recursive: true, force: true });
    await mkdir(workDir, { recursive: true });
    const peers = await startPeers({ devices: 40, users: 25, pageSize: 9 });
    try {
      const service = await createPeerService(peers);
      await service.signIn();
      await service.startImport();
      const progress = await service.waitForImport();
      const opened = await service.openSnapshot(progress!.snapshot!.id);
      if (!opened.ok) throw new Error(opened.error);
      await writeFile(snapshotFile, JSON.stringify(opened.snapshot));
    } finally {
      await peers.close();
    }
  });

  test('Tenant connection → open snapshot → load a pair into the simulator', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page);
    await page.getByTestId('nav-connect').click();
    await expect(page.getByTestId('screen-tenant-connection')).toBeVisible();
    await expect(page.getByTestId('tenant-desktop-only')).toBeVisible();

    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('tenant-open-file').click();
    await (await chooser).setFiles(snapshotFile);
    await page.getByTestId('tenant-pair-search').fill('PC-00004');
    await expect(page.getByTestId('tenant-pair-row')).toHaveCount(1);
    await page.getByTestId('tenant-pair-row').getByRole('button', { name: 'Select' }).click();
    await expect(page.getByTestId('tenant-provenance').locator('[data-provenance="imported"]').first()).toBeVisible();

    await page.getByTestId('tenant-load-scenario').click();
    // The imported session is unknown, so the simulator cannot decide every rule.
    await expect(verdict(page)).toHaveAttribute('data-outcome', 'undecided');
    await page.screenshot({
      path: path.join(root, 'test/output/screenshots/tenant-connection-app.png'),
      fullPage: true,
    });
    expect(errors).toEqual([]);
  });
});
