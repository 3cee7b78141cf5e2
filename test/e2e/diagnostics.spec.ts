// Device diagnostics end to end (browser edition): drop a device's files anywhere on the window → review every fact
// with its source line → apply → the verdict follows; Undo restores the scenario; bad files change nothing.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openApp, verdict, watchErrors } from './app-helpers';
import { screenshot } from './shoot';

const FIXTURES = fileURLToPath(new URL('../fixtures/diagnostics/', import.meta.url));
const DEVICE_FILES = [
  'dsregcmd-entra-joined.txt',
  'policies-utf16.reg',
  'system-policies.reg',
  'currentversion.reg',
  'reg-query-authentication.txt',
  'MDMDiagReport.xml',
  'xml-bomb.xml',
];

async function openAppIn(page: Page, language: 'en-US' | 'nl-NL', theme: 'light' | 'dark') {
  await openApp(page, { language, theme });
}

/** Drags files onto the window like Explorer does: dragenter, dragover, then drop, with a real DataTransfer. */
async function dropFiles(page: Page, names: string[], options: { screenshotOverlay?: string } = {}) {
  const files = names.map((name) => ({ name, bytes: [...readFileSync(FIXTURES + name)] }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) transfer.items.add(new File([new Uint8Array(file.bytes)], file.name));
    return transfer;
  }, files);
  await page.dispatchEvent('[data-testid="main-pane"]', 'dragenter', { dataTransfer });
  await page.dispatchEvent('[data-testid="main-pane"]', 'dragover', { dataTransfer });
  await expect(page.getByTestId('diagnostics-drop-overlay')).toBeVisible();
  if (options.screenshotOverlay) await screenshot(page, options.screenshotOverlay);
  await page.dispatchEvent('[data-testid="main-pane"]', 'drop', { dataTransfer });
  await expect(page.getByTestId('diagnostics-drop-overlay')).toBeHidden();
}

test('drop → review → apply → verdict, then Undo (English, light, 1440×900)', async ({ page }) => {
  const errors = watchErrors(page);
  await openAppIn(page, 'en-US', 'light');
  await expect(verdict(page)).toHaveAttribute('data-outcome', 'success');
  await dropFiles(page, DEVICE_FILES, { screenshotOverlay: 'diagnostics-drop-en-light-1440' });

  const review = page.getByTestId('diagnostics-review');
  await expect(review).toBeVisible();
  const files = page.getByTestId('diagnostics-file');
  await expect(files).toHaveCount(7);
  await expect(page.locator('[data-testid="diagnostics-file"][data-status="rejected"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="diagnostics-file"][data-status="rejected"]')).toContainText('DOCTYPE');

  const join = page.locator('[data-testid="diagnostics-finding"][data-path="device.joinState"]');
  await expect(join).toContainText('Microsoft Entra joined');
  await expect(join).toContainText('dsregcmd-entra-joined.txt, line 6');
  await expect(join).toContainText('AzureAdJoined : YES');
  const cad = page.locator('[data-testid="diagnostics-finding"][data-path="device.settings.DisableCAD"]');
  await expect(cad).toContainText('the registry value wins');
  await expect(page.getByTestId('diagnostics-unknown')).toContainText('Delayed desktop switch time-out');
  await expect(page.getByTestId('diagnostics-other-facts')).toContainText('AzureAdPrt : YES');
  await expect(page.getByTestId('diagnostics-other-facts')).toContainText('PreReqResult : WillNotProvision');
  // Nothing is applied before the user says so.
  await expect(verdict(page)).toHaveAttribute('data-outcome', 'success');
  await screenshot(page, 'diagnostics-review-en-light-1440');
  await page.getByTestId('diagnostics-findings').scrollIntoViewIfNeeded();
  await screenshot(page, 'diagnostics-findings-en-light-1440');
  await page.getByTestId('diagnostics-unknown').scrollIntoViewIfNeeded();
  await screenshot(page, 'diagnostics-unknown-en-light-1440');

  await page.getByTestId('diagnostics-apply').click();
  await expect(verdict(page)).toHaveAttribute('data-outcome', 'fails');
  await expect(verdict(page)).toContainText('R-LSNOTIF');
  await screenshot(page, 'diagnostics-applied-en-light-1440');

  await expect(page.getByTestId('diagnostics-review')).toContainText('Applied to the scenario');
  await page.getByTestId('diagnostics-undo').click();
  await expect(verdict(page)).toHaveAttribute('data-outcome', 'success');
  // Undone: the review offers Apply again.
  await expect(page.getByTestId('diagnostics-apply')).toBeVisible();
  expect(errors).toEqual([]);
});

test('only bad files: a clear message per file, nothing to apply, the scenario untouched', async ({ page }) => {
  await openAppIn(page, 'en-US', 'light');
  await dropFiles(page, ['dsregcmd-truncated.txt', 'unrelated.reg', 'xml-external-entity.xml', 'sw_vers-macos.txt']);
  await expect(page.locator('[data-testid="diagnostics-file"][data-status="rejected"]')).toHaveCount(4);
  await expect(page.getByTestId('diagnostics-review')).toContainText('None of the files could be read');
  await expect(page.getByTestId('diagnostics-review')).toContainText('cut short');
  await expect(page.getByTestId('diagnostics-review')).toContainText('another operating system');
  await expect(page.getByTestId('diagnostics-apply')).toHaveCount(0);
  await expect(verdict(page)).toHaveAttribute('data-outcome', 'success');
  await screenshot(page, 'diagnostics-bad-files-en-light-1440');
});

test('open device diagnostics… with the file picker (browser edition)', async ({ page }) => {
  await openAppIn(page, 'en-US', 'light');
  await page.getByTestId('nav-diagnostics').click();
  await expect(page.getByTestId('diagnostics-collect')).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('diagnostics-open').click();
  await (await chooser).setFiles([FIXTURES + 'dsregcmd-nl-utf16.txt', FIXTURES + 'systeminfo-nl.txt']);
  const join = page.locator('[data-testid="diagnostics-finding"][data-path="device.joinState"]');
  await expect(join).toContainText('Active Directory domain only');
  await expect(join).toContainText('DomainJoined : JA');
  await expect(page.getByTestId('diagnostics-warnings')).toContainText('Tijd van de client');
  await page.getByTestId('diagnostics-apply').click();
  await expect(verdict(page)).toHaveAttribute('data-outcome', 'hidden');
  await expect(verdict(page)).toContainText('R-JOIN');
});

for (const { language, theme, width, height } of [
  { language: 'nl-NL', theme: 'dark', width: 1024, height: 700 },
  { language: 'nl-NL', theme: 'light', width: 1440, height: 900 },
  { language: 'en-US', theme: 'dark', width: 1024, height: 700 },
] as const) {
  test(`review and collect pages in ${language}, ${theme}, ${width}×${height}`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width, height });
    await openAppIn(page, language, theme);
    const suffix = `${language === 'nl-NL' ? 'nl' : 'en'}-${theme}-${width}`;
    await dropFiles(page, DEVICE_FILES, { screenshotOverlay: `diagnostics-drop-${suffix}` });
    await expect(page.getByTestId('diagnostics-review')).toBeVisible();
    if (language === 'nl-NL') {
      await expect(page.locator('[data-path="device.joinState"]').first()).toContainText('Microsoft Entra-gekoppeld');
      await expect(page.getByTestId('diagnostics-review')).toContainText('regel 6');
    }
    await screenshot(page, `diagnostics-review-${suffix}`);
    await page.getByTestId('diagnostics-findings').scrollIntoViewIfNeeded();
    await screenshot(page, `diagnostics-findings-${suffix}`);
    await page.getByTestId('diagnostics-unknown').scrollIntoViewIfNeeded();
    await screenshot(page, `diagnostics-unknown-${suffix}`);
    await page.getByTestId('diagnostics-apply').click();
    await expect(verdict(page)).toHaveAttribute('data-outcome', 'fails');
    await screenshot(page, `diagnostics-applied-${suffix}`);
    await page.getByTestId('diagnostics-tab-collect').click();
    await expect(page.getByTestId('diagnostics-command')).toHaveCount(14);
    await screenshot(page, `diagnostics-collect-${suffix}`);
    expect(errors).toEqual([]);
  });
}

for (const { language, theme, width, height } of [
  { language: 'en-US', theme: 'light', width: 1440, height: 900 },
  { language: 'nl-NL', theme: 'dark', width: 1024, height: 700 },
] as const) {
  test(`user rights and profiles: a dropped secedit export and dir listing (${language}, ${theme}, ${width})`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width, height });
    await openAppIn(page, language, theme);
    const suffix = `${language === 'nl-NL' ? 'nl' : 'en'}-${theme}-${width}`;
    await dropFiles(page, ['secedit-user-rights.inf', 'dir-users-en.txt', 'ver.txt']);
    const allow = page.locator('[data-testid="diagnostics-finding"][data-path="device.settings.AllowLogOnLocally"]');
    await expect(allow).toContainText('Administrators');
    await expect(allow).toContainText('SeInteractiveLogonRight = *S-1-5-32-544');
    await expect(allow).toContainText(language === 'nl-NL' ? 'regel 6' : 'line 6');
    const deny = page.locator('[data-testid="diagnostics-finding"][data-path="device.settings.DenyLogOnLocally"]');
    await expect(deny).toContainText('Guests');
    const stale = page.locator(
      '[data-testid="diagnostics-finding"][data-path="device.settings.staleDefaultUserProfiles"]',
    );
    await expect(stale).toContainText('defaultuser100000');
    await page.getByTestId('diagnostics-findings').scrollIntoViewIfNeeded();
    await screenshot(page, `diagnostics-userrights-${suffix}`);
    await page.getByTestId('diagnostics-apply').click();
    // Only three files: join state and edition stay unknown, so the outcome waits on them; R-LOGONRIGHT fires already.
    await expect(verdict(page)).toHaveAttribute('data-outcome', 'undecided');
    await expect(verdict(page)).toContainText('R-LOGONRIGHT');
    await page.getByTestId('diagnostics-tab-collect').click();
    await expect(page.getByTestId('diagnostics-command').filter({ hasText: 'secedit /export' })).toHaveCount(1);
    await page.getByTestId('diagnostics-command').filter({ hasText: 'secedit /export' }).scrollIntoViewIfNeeded();
    await screenshot(page, `diagnostics-collect-userrights-${suffix}`);
    expect(errors).toEqual([]);
  });
}
