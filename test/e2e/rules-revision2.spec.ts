// Revision 2 of the rules in the app: the rule dates on the era screen and in the verdict, the new inputs on the
// settings screens, and the sign-in refusal Windows shows for a logon-right profile, in English and Dutch, light and
// dark, at 1440×900 and 1024×700. Screenshots: test/output/screenshots/rules-r2-*.png.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openApp, showScreen, watchErrors } from './app-helpers';

const folder = fileURLToPath(new URL('../output/screenshots/', import.meta.url));
type Language = 'en-US' | 'nl-NL';
type Theme = 'light' | 'dark';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
];

async function open(page: Page, language: Language, theme: Theme): Promise<void> {
  await openApp(page, { language, theme, look: 'windows11' });
}

async function loadPreset(page: Page, id: string): Promise<void> {
  await showScreen(page, 'start');
  await page.getByTestId(`load-${id}`).click();
  await expect(page.getByTestId('preview')).toBeVisible();
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: `${folder}rules-r2-${name}.png`, animations: 'disabled' });
}

const DATES = {
  'en-US': { documented: 'first documented July 2019', era: 'Documented', notYet: 'Not yet' },
  'nl-NL': {
    documented: 'voor het eerst gedocumenteerd in juli 2019',
    era: 'Gedocumenteerd',
    notYet: 'Nog niet',
  },
} as const;

for (const language of ['en-US', 'nl-NL'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    for (const size of SIZES) {
      const tag = `${language}-${theme}-${size.width}`;

      test(`era screen dates the rules of the July 2019 combination: ${tag}`, async ({ page }) => {
        const errors = watchErrors(page);
        await page.setViewportSize(size);
        await open(page, language, theme);
        await loadPreset(page, 'combo-2019');
        await showScreen(page, 'era');
        const table = page.getByTestId('era-rule-dates');
        await table.scrollIntoViewIfNeeded();
        const combo = table.locator('[data-rule-id="R-COMBO"]');
        await expect(combo).toContainText(DATES[language].documented);
        await expect(combo).toContainText(DATES[language].era);
        await expect(table.locator('[data-rule-id="R-LSNOTIF"]')).toBeVisible();
        // The PIN reset sharing the limits was documented in 2021: not yet in the July 2019 docs.
        await expect(table.locator('[data-rule-id="P-SSPR-LIMITS"]')).toContainText(DATES[language].notYet);
        await shoot(page, `era-${tag}`);
        expect(errors).toEqual([]);
      });

      test(`logon-right profile ends on Windows' refusal in trainer mode: ${tag}`, async ({ page }) => {
        const errors = watchErrors(page);
        await page.setViewportSize(size);
        await open(page, language, theme);
        await loadPreset(page, 'cis-logon-right');
        await page.getByTestId('trainer-toggle').click();
        await expect(page.getByTestId('trainer-mode')).toBeVisible();
        const device = page.getByTestId('simulated-device');
        for (let step = 0; step < 6; step += 1) {
          if ((await device.getAttribute('data-step')) === 'signInRefused') break;
          await page.getByTestId('trainer-next').click();
        }
        await expect(device).toHaveAttribute('data-step', 'signInRefused');
        await expect(page.getByTestId('device-message')).toContainText(
          language === 'en-US'
            ? "The sign in method you're trying to use isn't allowed."
            : 'De aanmeldingsmethode die u probeert te gebruiken, is niet toegestaan.',
        );
        await shoot(page, `refusal-${tag}`);
        expect(errors).toEqual([]);
      });
    }

    test(`web sign-in as the default provider draws no password box: ${language}-${theme}`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.setViewportSize({ width: 1024, height: 700 });
      await open(page, language, theme);
      await loadPreset(page, 'web-sign-in-default');
      await page.getByTestId('trainer-toggle').click();
      const device = page.getByTestId('simulated-device');
      for (let step = 0; step < 3 && (await device.getAttribute('data-step')) !== 'signIn'; step += 1)
        await page.getByTestId('trainer-next').click();
      await expect(device).toHaveAttribute('data-step', 'signIn');
      await expect(page.getByTestId('device-web-sign-in')).toHaveText(language === 'en-US' ? 'Sign in' : 'Aanmelden');
      await expect(page.getByTestId('device-reset-link')).toHaveCount(0);
      await expect(page.getByTestId('device-option-web')).toHaveAttribute('aria-pressed', 'true');
      await shoot(page, `web-sign-in-${language}-${theme}`);
      expect(errors).toEqual([]);
    });

    test(`settings screens show the version 2 inputs: ${language}-${theme}`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.setViewportSize({ width: 1440, height: 900 });
      await open(page, language, theme);
      await showScreen(page, 'device');
      const allow = page.getByText(language === 'en-US' ? 'Allow log on locally' : 'Lokaal aanmelden toestaan', {
        exact: true,
      });
      await allow.first().scrollIntoViewIfNeeded();
      await expect(allow.first()).toBeVisible();
      await shoot(page, `device-${language}-${theme}`);
      await showScreen(page, 'session');
      await expect(
        page.getByText(language === 'en-US' ? 'Cloud PC' : 'Cloud-pc', { exact: true }).first(),
      ).toBeVisible();
      await shoot(page, `session-${language}-${theme}`);
      await showScreen(page, 'user');
      const phone = page.getByText(language === 'en-US' ? 'Mobile phone can take' : 'Mobiele telefoon kan ontvangen', {
        exact: true,
      });
      await phone.first().scrollIntoViewIfNeeded();
      await expect(phone.first()).toBeVisible();
      await shoot(page, `user-${language}-${theme}`);
      expect(errors).toEqual([]);
    });
  }
}
