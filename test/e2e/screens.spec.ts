// Every admin screen renders in both sign-in looks and both themes, without console errors; screenshots are saved
// under test/output/screenshots/ for people to look at.
import { expect, test } from '@playwright/test';
import { openApp, preview, showScreen, watchErrors } from './app-helpers';
import { screenshot } from './shoot';

const SCREENS = ['start', 'tenant', 'connect', 'device', 'intune', 'user', 'session', 'era'] as const;
const BLADES = [
  'properties',
  'methods',
  'registration',
  'notifications',
  'customization',
  'onPremises',
  'administrator',
  'licences',
] as const;
const COMBOS = [
  { look: 'windows11', theme: 'light' },
  { look: 'windows11', theme: 'dark' },
  { look: 'windows10', theme: 'light' },
  { look: 'windows10', theme: 'dark' },
] as const;

for (const { look, theme } of COMBOS) {
  test(`every screen renders: ${look}, ${theme}`, async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page, { look, theme });
    await expect(preview(page)).toHaveAttribute('data-look', look);
    await expect(page.locator(`[data-theme="${theme}"]`).first()).toBeAttached();
    for (const screen of SCREENS) {
      await showScreen(page, screen);
      await expect(page.getByTestId('verdict-panel')).toBeVisible();
      await screenshot(page, `admin-${screen}-${look}-${theme}`);
    }
    expect(errors).toEqual([]);
  });
}

test('every Password reset blade renders', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page, { look: 'windows11', theme: 'light' });
  await showScreen(page, 'tenant');
  for (const blade of BLADES) {
    await page.getByTestId(`blade-${blade}`).click();
    await expect(page.getByTestId(`blade-panel-${blade}`)).toBeVisible();
    await expect(page.getByTestId(`blade-panel-${blade}`).locator('[data-testid^="field-"]').first()).toBeVisible();
    await screenshot(page, `admin-tenant-${blade}`);
  }
  expect(errors).toEqual([]);
});

test('the look switch redraws the preview and is remembered', async ({ page }) => {
  await openApp(page, { look: 'windows11', theme: 'light' });
  await page.getByTestId('look-windows10').click();
  await expect(preview(page)).toHaveAttribute('data-look', 'windows10');
  await page.reload();
  await expect(preview(page)).toHaveAttribute('data-look', 'windows10');
});

test('preset with a denied reset and the invalid-file dialog (screenshots)', async ({ page }) => {
  await openApp(page, { look: 'windows11', theme: 'light' });
  await page.getByTestId('load-no-methods').click();
  await expect(page.getByTestId('verdict-panel')).toHaveAttribute('data-outcome', 'denied');
  await screenshot(page, 'admin-denied-no-methods');
  await page.getByTestId('load-remote-desktop').click();
  await expect(preview(page)).toHaveAttribute('data-password-link', 'no');
  await screenshot(page, 'admin-remote-desktop-hidden');
  await page.getByTestId('load-string-oma-uri').click();
  await showScreen(page, 'intune');
  await screenshot(page, 'admin-intune-string-oma-uri');
  const chooser = page.waitForEvent('filechooser');
  await showScreen(page, 'start');
  await page.getByTestId('start-open').click();
  const bad = { device: { os: { build: -1, edition: 'Ultimate' } }, tenant: { sspr: { enabled: 'Some' } } };
  await (
    await chooser
  ).setFiles({ name: 'typo.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(page.getByTestId('invalid-file-dialog')).toBeVisible();
  await screenshot(page, 'admin-invalid-file');
});
