// Accessibility of the admin UI: axe-core on every screen, in both themes and both languages, with 0 serious or
// critical violations; one h1 per screen; accessible names that contain the visible label; a skip link that reaches
// the preview in one Tab; and the main flows run from the keyboard alone.
import { expect, test, type Page } from '@playwright/test';
import { createRequire } from 'node:module';
import { openApp, type AppPrefs } from './app-helpers';
import { screenshot } from './shoot';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// The app's Content-Security-Policy forbids injected scripts; the audit script is the test's, not the app's.
test.use({ bypassCSP: true });

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

async function open(page: Page, language = 'en-US', theme = 'light') {
  await openApp(page, { language: language as AppPrefs['language'], theme: theme as AppPrefs['theme'] });
}

/** Serious and critical axe violations of the page as it is now, one readable line per element. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      // Experimental in axe: the accessible name must contain the visible label (WCAG 2.5.3).
      rules: { 'label-content-name-mismatch': { enabled: true } },
    })) as { violations: AxeViolation[] };
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}): ${violation.help} — ${node.target.join(' ')} ${node.html.slice(0, 200)}`,
      ),
    );
}

async function screenIds(page: Page): Promise<string[]> {
  const ids = await page
    .locator('nav [data-testid^="nav-"]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-testid')?.slice(4) ?? ''));
  return ids.filter(Boolean);
}

for (const theme of ['light', 'dark'] as const) {
  for (const language of ['en-US', 'nl-NL'] as const) {
    test(`axe: every screen, ${theme} theme, ${language} — no serious or critical violation`, async ({ page }) => {
      test.setTimeout(180_000);
      await open(page, language, theme);
      const ids = await screenIds(page);
      expect(ids.length).toBeGreaterThanOrEqual(8);
      const found: string[] = [];
      for (const id of ids) {
        await page.getByTestId(`nav-${id}`).click();
        await expect(page.locator('main h1:visible'), `one h1 on ${id}`).toHaveCount(1);
        await page.mouse.move(700, 5); // no hover tooltip in the scan
        await page.waitForTimeout(200);
        found.push(...(await seriousViolations(page)).map((line) => `[${id}] ${line}`));
      }
      expect(found).toEqual([]);
    });
  }
}

test('axe: the dialogs and trainer mode, dark theme', async ({ page }) => {
  test.setTimeout(90_000);
  await open(page, 'nl-NL', 'dark');
  await page.getByTestId('menu-help').click();
  await page.getByTestId('menu-help-guide').click();
  await expect(page.getByTestId('help-dialog')).toBeVisible();
  await screenshot(page, 'dialogs-help-nl-NL-dark');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByTestId('menu-help').click();
  await page.getByTestId('menu-about').click();
  await expect(page.getByTestId('about-dialog')).toBeVisible();
  await screenshot(page, 'dialogs-about-nl-NL-dark');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByTestId('trainer-toggle').click();
  await expect(page.getByTestId('app-ready')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the skip link is the first Tab stop and moves focus to the preview', async ({ page }) => {
  await open(page);
  await page.keyboard.press('Tab');
  const skip = page.getByTestId('skip-to-preview');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('right-pane')).toBeFocused();
  // The next Tab lands inside the preview (its first control), not back in the header.
  await page.keyboard.press('Tab');
  const inPreview = await page.evaluate(() =>
    document.getElementById('preview-pane')?.contains(document.activeElement),
  );
  expect(inPreview).toBe(true);
});

test('visible labels are part of the accessible names in the header', async ({ page }) => {
  await open(page, 'nl-NL');
  await expect(page.getByTestId('language')).toHaveAccessibleName(/^NL\b/);
  await expect(page.getByTestId('menu-file')).toHaveAccessibleName('Bestand');
  await expect(page.getByTestId('trainer-toggle')).toHaveAccessibleName(/Presenteren/);
  await expect(page.getByTestId('look-windows11')).toHaveAccessibleName('Windows 11');
});

test('keyboard only: load a preset over unsaved changes through the Fluent confirmation', async ({ page }) => {
  await open(page);
  await page.getByTestId('nav-session').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('screen-session')).toBeVisible();
  // Make the scenario dirty from the keyboard: pick Remote Desktop in the first radio group.
  await page.getByRole('radio', { name: 'Remote Desktop' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('dirty-dot')).toBeVisible();
  await page.getByTestId('nav-start').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('load-happy-path').focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('dialog-confirm');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('dialog-accept')).toBeFocused();
  await screenshot(page, 'dialogs-confirm-en-US-light');
  expect(await seriousViolations(page)).toEqual([]);
  // Escape keeps the unsaved work.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('dirty-dot')).toBeVisible();
  await page.getByTestId('load-happy-path').focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('dirty-dot')).toHaveCount(0);
});

test('keyboard only: save as through the Fluent file-name dialog (browser edition)', async ({ page }) => {
  await open(page, 'nl-NL');
  await page.locator('body').focus();
  await page.keyboard.press('Control+Shift+S');
  const dialog = page.getByTestId('dialog-fileName');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Bestandsnaam' })).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('lab-pc');
  await screenshot(page, 'dialogs-save-as-nl-NL-light');
  expect(await seriousViolations(page)).toEqual([]);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toBe('lab-pc.json');
  await expect(dialog).toHaveCount(0);
});

test('keyboard only: Help and About from the header, and the language switch', async ({ page }) => {
  await open(page);
  await page.getByTestId('menu-help').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // first item: How to use
  await expect(page.getByTestId('help-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help-dialog')).toHaveCount(0);
  await expect(page.getByTestId('menu-help')).toBeFocused();
  await page.getByTestId('language').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitemradio', { name: 'Nederlands (Nederland)' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl-NL');
  await expect(page.getByTestId('menu-file')).toHaveText('Bestand');
});
