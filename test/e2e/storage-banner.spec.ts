// The "not being kept" banner: the browser edition shows it once the browser refuses the autosave (storage full or
// blocked); the desktop text is shown through a stand-in for the desktop API whose main process reports a read-only
// user-data folder. Both languages, both themes, two window sizes; the app keeps working under the banner.
import { expect, test, type Page } from '@playwright/test';
import { screenshot } from './shoot';
import { watchErrors } from './app-helpers';

type Language = 'en-US' | 'nl-NL';
type Theme = 'light' | 'dark';

async function prepare(page: Page, language: Language, theme: Theme) {
  await page.addInitScript(
    ({ language, theme }) => {
      localStorage.setItem('sspr-preview.language', language);
      localStorage.setItem('sspr-preview.theme', theme);
    },
    { language, theme },
  );
}

/** The browser refuses every write of the autosave (as when its storage for the site is full). */
async function refuseAutosave(page: Page) {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'sspr-preview.autosave') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
}

/** A stand-in for the desktop preload whose main process cannot write its user-data folder (read-only). */
async function desktopWithReadOnlyUserData(page: Page) {
  await page.addInitScript(() => {
    const answers: Record<string, unknown> = {
      'app:storage': { persistent: false, reason: 'readOnly', stores: ['sessionMarker', 'recentFiles', 'autosave'] },
      'autosave:read': null,
      'scenario:recent': [],
    };
    Object.defineProperty(window, 'ssprPreview', {
      value: {
        edition: 'desktop',
        invoke: async (channel: string) => answers[channel],
        onMenuCommand: () => () => undefined,
      },
    });
  });
}

const TEXTS = {
  'en-US': {
    title: 'Recent files and autosave are not being kept',
    browserTitle: 'The autosave is not being kept',
    readOnly: 'the drive or folder is read-only',
  },
  'nl-NL': {
    title: 'Recente bestanden en automatisch opslaan worden niet bewaard',
    browserTitle: 'Automatisch opslaan wordt niet bewaard',
    readOnly: 'het station of de map is alleen-lezen',
  },
};

test.describe('storage banner', () => {
  for (const language of ['en-US', 'nl-NL'] as const) {
    test(`browser edition (${language}): appears when the autosave is refused, the app keeps working`, async ({
      page,
    }) => {
      const errors = watchErrors(page);
      await page.setViewportSize({ width: 1440, height: 900 });
      await prepare(page, language, 'light');
      await refuseAutosave(page);
      await page.goto('/');
      await expect(page.getByTestId('app-ready')).toBeVisible();
      await expect(page.getByTestId('storage-banner')).toHaveCount(0);
      // A change starts an autosave, which the browser refuses.
      await page.getByTestId('nav-session').click();
      await page.getByTestId('field-session.kind').getByRole('radio').nth(1).click();
      await expect(page.getByTestId('dirty-dot')).toBeVisible();
      const banner = page.getByTestId('storage-banner');
      await expect(banner).toBeVisible({ timeout: 10_000 });
      await expect(banner).toContainText(TEXTS[language].browserTitle);
      await screenshot(page, `storage-banner-browser-${language}-1440`);
      await banner.getByTestId('storage-banner-dismiss').click();
      await expect(banner).toHaveCount(0);
      expect(errors.filter((error) => !error.includes('QuotaExceeded'))).toEqual([]);
    });
  }

  for (const language of ['en-US', 'nl-NL'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      for (const [width, height] of [
        [1440, 900],
        [1024, 700],
      ] as const) {
        test(`desktop, read-only user data (${language}, ${theme}, ${width}×${height})`, async ({ page }) => {
          await page.setViewportSize({ width, height });
          await prepare(page, language, theme);
          await desktopWithReadOnlyUserData(page);
          await page.goto('/');
          await expect(page.getByTestId('app-ready')).toBeVisible();
          const banner = page.getByTestId('storage-banner');
          await expect(banner).toBeVisible();
          await expect(banner).toContainText(TEXTS[language].title);
          await expect(banner).toContainText(TEXTS[language].readOnly);
          await screenshot(page, `storage-banner-desktop-${language}-${theme}-${width}`);
        });
      }
    }
  }
});
