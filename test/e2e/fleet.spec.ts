// Fleet readiness end to end (browser edition): choose an Intune export and the users file → totals, blockers,
// fixes → a what-if moves the totals → filter the table → a row opens in the simulator with its provenance; a bad
// file keeps the previous fleet; a large file can be cancelled. English and Dutch, light and dark, two sizes.
import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, verdict, watchErrors } from './app-helpers';
import { screenshot } from './shoot';

const FIXTURES = fileURLToPath(new URL('../fixtures/fleet/', import.meta.url));

async function openFleet(page: Page, language: 'en-US' | 'nl-NL', theme: 'light' | 'dark') {
  await openApp(page, { language, theme });
  await page.getByTestId('nav-fleet').click();
  await expect(page.getByTestId('fleet-screen')).toBeVisible();
}

async function choose(page: Page, slot: 'devices' | 'users' | 'template', name: string, bytes?: Buffer) {
  const input = page.getByTestId(`fleet-file-${slot}`);
  if (!bytes) return input.setInputFiles(FIXTURES + name);
  // Playwright hands larger files over by path.
  const path = join(tmpdir(), name);
  writeFileSync(path, bytes);
  await input.setInputFiles(path);
}

async function loadFixtureFleet(page: Page) {
  await choose(page, 'devices', 'intune-devices.csv');
  await choose(page, 'users', 'user-registration-details.csv');
  await page.getByTestId('fleet-evaluate').click();
  await expect(page.getByTestId('fleet-totals')).toBeVisible();
}

/** A generated Intune export of `rows` Windows devices (the documented header, varied versions and editions). */
function bigExport(rows: number): Buffer {
  const versions = ['10.0.26100.2605', '10.0.22631.4460', '10.0.19045.4529', '10.0.17763.6414', '10.0.16299.15'];
  const skus = ['Enterprise', 'Professional', 'Education', 'Core'];
  const joins = ['Microsoft Entra joined', 'Hybrid Azure AD joined', 'Azure AD registered'];
  const lines = [
    'Device ID,Device name,OS,OS version,SkuFamily,JoinType,Managed by,Ownership,Primary user UPN,Last check-in',
  ];
  for (let i = 0; i < rows; i++)
    lines.push(
      `id-${i},PC-${String(i).padStart(6, '0')},Windows,${versions[i % 5]},${skus[i % 4]},${joins[i % 3]},Intune,Corporate,user${i % 997}@contoso.com,2026-11-20 08:00:00`,
    );
  return Buffer.from(lines.join('\r\n'));
}

test('load → totals, blockers, fixes → what-if → filter → open a row (English, light, 1440×900)', async ({ page }) => {
  const errors = watchErrors(page);
  await openFleet(page, 'en-US', 'light');
  await screenshot(page, 'fleet-empty-en-light-1440');
  await loadFixtureFleet(page);

  await expect(page.getByTestId('fleet-source')).toContainText('9 Windows rows in 9 classes, from intune-devices.csv');
  await expect(page.getByTestId('fleet-source')).toContainText('iOS/iPadOS 1');
  await expect(page.getByTestId('fleet-link-shown')).toHaveText('Reset password link shown on 5 of 9 rows');
  await expect(page.getByTestId('fleet-chart')).toHaveAttribute(
    'aria-label',
    'Rows by outcome: Reset works 2, Link hidden 2, Reset fails 0, Reset denied 1, Reset deferred 0, Not enough information 4',
  );
  await expect(page.getByTestId('fleet-blockers')).toContainText('R-VERSION');
  await expect(page.getByTestId('fleet-fixes')).toContainText('+2 rows');
  await expect(page.getByTestId('fleet-undecided')).toBeVisible();
  await expect(page.getByTestId('fleet-row')).toHaveCount(9);
  await screenshot(page, 'fleet-loaded-en-light-1440');

  // What-if: Remote Desktop for every row hides the link everywhere.
  await page.getByTestId('fleet-what-if-session').selectOption('remoteDesktop');
  await expect(page.getByTestId('fleet-what-if-delta')).toContainText('9');
  await expect(page.getByTestId('fleet-link-shown')).toHaveText('Reset password link shown on 0 of 9 rows');
  await screenshot(page, 'fleet-what-if-en-light-1440');
  await page.getByTestId('fleet-what-if-session').selectOption('');
  await expect(page.getByTestId('fleet-what-if-delta')).toBeHidden();

  // Filter and search the table.
  await page.getByTestId('fleet-filter-outcome').selectOption('hidden');
  await expect(page.getByTestId('fleet-row')).toHaveCount(2);
  await page.getByTestId('fleet-filter-outcome').selectOption('');
  await page.getByTestId('fleet-search').fill('reception');
  await expect(page.getByTestId('fleet-row')).toHaveCount(1);
  await page.getByTestId('fleet-search').fill('');
  await page.getByTestId('fleet-sort-device').click();
  await expect(page.getByTestId('fleet-row').first()).toContainText('=HYPERLINK');

  // A row opens in the simulator, with where each field came from.
  await page.getByTestId('fleet-row').filter({ hasText: 'PC-0003' }).click();
  const details = page.getByTestId('fleet-row-details');
  await expect(details).toContainText('Column "OS version" of intune-devices.csv, Windows row');
  await expect(details).toContainText('Fleet template');
  await details.scrollIntoViewIfNeeded();
  await screenshot(page, 'fleet-row-details-en-light-1440');
  await page.getByTestId('fleet-open-row').click();
  await expect(verdict(page)).toHaveAttribute('data-outcome', 'hidden');
  await expect(verdict(page)).toContainText('R-VERSION');
  await expect(page.getByTestId('scenario-name')).toContainText('PC-0003 ×');
  expect(errors).toEqual([]);
});

test('a bad file says why and keeps the previous fleet; a large file can be cancelled', async ({ page }) => {
  await openFleet(page, 'en-US', 'light');
  await loadFixtureFleet(page);
  await choose(page, 'devices', 'intune-compliance-export.csv');
  await page.getByTestId('fleet-evaluate').click();
  await expect(page.getByTestId('fleet-problem')).toContainText('This looks like an Intune device compliance export');
  await expect(page.getByTestId('fleet-problem')).toContainText('The fleet on screen is still the previous one.');
  await expect(page.getByTestId('fleet-row')).toHaveCount(9);
  await screenshot(page, 'fleet-bad-file-en-light-1440');

  await choose(page, 'devices', 'intune-devices-ragged.csv');
  await page.getByTestId('fleet-evaluate').click();
  await expect(page.getByTestId('fleet-problem')).toContainText('Line 5: The number of columns changes here');

  await choose(page, 'devices', 'big-export.csv', bigExport(2_000_000));
  await page.getByTestId('fleet-evaluate').click();
  await expect(page.getByTestId('fleet-cancel')).toBeVisible();
  await page.getByTestId('fleet-cancel').click();
  await expect(page.getByTestId('fleet-cancelled')).toBeVisible();
  await expect(page.getByTestId('fleet-row')).toHaveCount(9);
});

test('with the app in Dutch, a bad file is explained in Dutch with its line and column', async ({ page }) => {
  const errors = watchErrors(page);
  await openFleet(page, 'nl-NL', 'light');
  await loadFixtureFleet(page);
  await expect(page.getByTestId('fleet-source')).toContainText(
    'Gebruikers: 6 rijen met registratiegegevens, 2 niet in het gebruikersbestand, 0 zonder gebruikersbestand, 1 zonder primaire gebruiker.',
  );
  const problem = page.getByTestId('fleet-problem');

  await choose(page, 'devices', 'intune-devices-duplicate.csv');
  await page.getByTestId('fleet-evaluate').click();
  await expect(problem).toContainText('intune-devices-duplicate.csv kon niet worden gelezen');
  await expect(page.getByTestId('fleet-problem-text')).toHaveText(
    'Regel 15, kolom "Device ID": Het apparaat "a1f0c2d4-0002-4c1e-9b1a-000000000002" staat twee keer in de lijst (Windows-rijen 2 en 10). Exporteer de lijst opnieuw of verwijder de herhaalde rij. (verwacht: elk apparaat één keer)',
  );
  await expect(problem).toContainText('De vloot op het scherm is nog de vorige.');
  await expect(page.getByTestId('fleet-row')).toHaveCount(9);
  await screenshot(page, 'fleet-bad-file-nl-light-1440');

  await choose(page, 'devices', 'intune-devices-ragged.csv');
  await page.getByTestId('fleet-evaluate').click();
  await expect(page.getByTestId('fleet-problem-text')).toHaveText(
    'Regel 5: Het aantal kolommen verandert hier. (verwacht: 54 velden, net als de koptekstrij, gevonden: 10 velden)',
  );

  // Where a row's facts came from, in Dutch too.
  await page.getByTestId('fleet-row').filter({ hasText: 'PC-0003' }).click();
  const details = page.getByTestId('fleet-row-details');
  await expect(details).toContainText('Kolom "OS version" van intune-devices.csv, Windows-rij');
  await expect(details).toContainText('Vlootsjabloon');

  // Missing columns name the facts they leave unknown by their Dutch labels, not by model paths.
  const fewColumns = 'Device name,OS,OS version,Last check-in\r\nPC-1,Windows,10.0.22631.4460,2026-11-20 08:00:00\r\n';
  await choose(page, 'devices', 'few-columns.csv', Buffer.from(fewColumns));
  await page.getByTestId('fleet-evaluate').click();
  await expect(page.getByTestId('fleet-source')).toContainText('1 Windows-rij in 1 klasse, uit few-columns.csv');
  await expect(page.getByTestId('fleet-row-count')).toHaveText('1 van 1 rij');
  const missing = page.getByTestId('fleet-missing-columns');
  await expect(missing).toContainText('"SkuFamily" (laat Windows-editie onbekend)');
  await expect(missing).toContainText('"Primary user UPN" (laat Alle gegevens van de primaire gebruiker onbekend)');
  await expect(missing).not.toContainText('device.');
  await missing.scrollIntoViewIfNeeded();
  await screenshot(page, 'fleet-missing-columns-nl-light-1440');
  expect(errors).toEqual([]);
});

test('100,000 rows: read in the worker, filter and scroll the virtualized table', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openFleet(page, 'en-US', 'dark');
  await choose(page, 'devices', 'fleet-100k.csv', bigExport(100_000));
  await page.getByTestId('fleet-evaluate').click();
  await expect(page.getByTestId('fleet-totals')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('fleet-row-count')).toHaveText('100,000 of 100,000 rows');
  // Only the rows in view are in the page.
  expect(await page.getByTestId('fleet-row').count()).toBeLessThan(40);
  await page.getByTestId('fleet-rows').evaluate((element) => (element.scrollTop = 36 * 50_000));
  await expect(page.getByTestId('fleet-row').filter({ hasText: 'PC-050000' })).toBeVisible();
  await page.getByTestId('fleet-filter-join').selectOption('registered');
  await expect(page.getByTestId('fleet-row-count')).toHaveText('33,333 of 100,000 rows');
  await page.getByTestId('fleet-table').scrollIntoViewIfNeeded();
  await screenshot(page, 'fleet-100k-en-dark-1440');
  expect(errors).toEqual([]);
});

for (const [language, theme, width, height] of [
  ['nl-NL', 'dark', 1440, 900],
  ['nl-NL', 'light', 1024, 700],
  ['en-US', 'dark', 1024, 700],
] as const) {
  test(`fleet screen in ${language}, ${theme}, ${width}×${height}`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width, height });
    await openFleet(page, language, theme);
    await loadFixtureFleet(page);
    if (language === 'nl-NL') {
      await expect(page.getByTestId('fleet-link-shown')).toHaveText(
        'Koppeling Wachtwoord opnieuw instellen getoond op 5 van 9 rijen',
      );
      await expect(page.getByTestId('fleet-blockers')).toContainText('Regels die het meest blokkeren');
    }
    const tag = `${language === 'nl-NL' ? 'nl' : 'en'}-${theme}-${width}`;
    await screenshot(page, `fleet-loaded-${tag}`);
    await page.getByTestId('fleet-what-if-methodsRequired').selectOption('2');
    await page.getByTestId('fleet-what-if').scrollIntoViewIfNeeded();
    await screenshot(page, `fleet-what-if-${tag}`);
    await page.getByTestId('fleet-table').scrollIntoViewIfNeeded();
    await screenshot(page, `fleet-table-${tag}`);
    await choose(page, 'devices', 'intune-devices-ragged.csv');
    await page.getByTestId('fleet-evaluate').click();
    await expect(page.getByTestId('fleet-problem-text')).toContainText(
      language === 'nl-NL' ? 'Regel 5: Het aantal kolommen' : 'Line 5: The number of columns',
    );
    await page.getByTestId('fleet-problem').scrollIntoViewIfNeeded();
    await screenshot(page, `fleet-bad-file-${tag}`);
    expect(errors).toEqual([]);
  });
}
