// Every screen at 1440×900 and 1024×700, in English and Dutch, light and dark: the header never wraps, the
// navigation folds into a rail on small windows, nothing runs out of its box, and a screenshot of each lands in
// test/output/screenshots/responsive-*.png.
import { expect, test, type Page } from '@playwright/test';
import { openApp, type AppPrefs } from './app-helpers';
import { screenshot } from './shoot';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;
const LANGUAGES = ['en-US', 'nl-NL'] as const;
const THEMES = ['light', 'dark'] as const;

async function open(page: Page, language: string, theme: string, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await openApp(page, { language: language as AppPrefs['language'], theme: theme as AppPrefs['theme'] });
}

/** The screens in the navigation, whatever features this build has (ids from the nav-* test ids). */
async function screenIds(page: Page): Promise<string[]> {
  const ids = await page
    .locator('nav [data-testid^="nav-"]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-testid')?.slice(4) ?? ''));
  return ids.filter(Boolean);
}

async function expectHeaderOnOneLine(page: Page) {
  const header = page.getByTestId('app-header');
  const box = await header.boundingBox();
  expect(box?.height).toBeLessThanOrEqual(49);
  const overflow = await header.evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(overflow, 'header content wider than the window').toBeLessThanOrEqual(0);
  // Nothing is cut off: every control of the bar ends inside the window and shows its whole label.
  const clipped = await header.locator('button').evaluateAll((buttons) =>
    buttons
      .filter((button) => {
        const box = button.getBoundingClientRect();
        return box.right > window.innerWidth + 0.5 || button.scrollWidth - button.clientWidth > 1;
      })
      .map((button) => button.getAttribute('data-testid') ?? button.textContent),
  );
  expect(clipped, 'header controls cut off').toEqual([]);
  for (const id of ['look-windows10', 'look-windows11', 'trainer-toggle', 'menu-file', 'menu-help']) {
    const button = page.getByTestId(id);
    // Lines of text inside the button: the distinct tops of its text fragments (the icon does not count).
    const lines = await button.evaluate((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const tops = new Set<number>();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) tops.add(Math.round(rect.top / 4));
      }
      return tops.size;
    });
    expect(lines, `${id} wraps`).toBeLessThanOrEqual(1);
  }
}

/** Elements whose content runs past their own right edge (badges, buttons, labels). */
async function overflowingBadges(page: Page): Promise<string[]> {
  return page
    .locator('main .fui-Badge, aside .fui-Badge, main button')
    .evaluateAll((elements) =>
      elements
        .filter((element) => element.scrollWidth - element.clientWidth > 1 && element.getClientRects().length > 0)
        .map((element) => (element.textContent ?? '').slice(0, 60)),
    );
}

for (const size of SIZES) {
  for (const language of LANGUAGES) {
    for (const theme of THEMES) {
      test(`every screen at ${size.width}×${size.height}, ${language}, ${theme}`, async ({ page }) => {
        test.setTimeout(120_000);
        await open(page, language, theme, size);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expectHeaderOnOneLine(page);
        const nav = page.getByTestId('nav');
        const navWidth = (await nav.boundingBox())?.width ?? 0;
        if (size.width < 1280) expect(navWidth, 'navigation is a rail below 1280 px').toBeLessThanOrEqual(60);
        else expect(navWidth).toBeGreaterThan(200);
        const ids = await screenIds(page);
        expect(ids.length).toBeGreaterThanOrEqual(8);
        for (const id of ids) {
          await page.getByTestId(`nav-${id}`).click();
          await expect(page.locator('main h1:visible')).toHaveCount(1);
          await page.mouse.move(size.width / 2, size.height - 4); // no tooltip left over the page
          await page.waitForTimeout(150);
          expect(await overflowingBadges(page), `overflow on ${id}`).toEqual([]);
          // Neither working column scrolls sideways: their content wraps to the width they have.
          for (const pane of ['main-pane', 'right-pane']) {
            const sideways = await page
              .getByTestId(pane)
              .evaluate((element) => element.scrollWidth - element.clientWidth);
            expect(sideways, `${pane} wider than its column on ${id}`).toBeLessThanOrEqual(1);
          }
          await screenshot(page, `responsive-${id}-${size.width}-${language}-${theme}`);
        }
      });
    }
  }
}

test('the navigation folds and unfolds from the header, and keeps names for screen readers', async ({ page }) => {
  await open(page, 'en-US', 'light', { width: 1024, height: 700 });
  const toggle = page.getByTestId('nav-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('nav-device')).toHaveAccessibleName('Device');
  const center = page.getByTestId('main-pane');
  const railWidth = (await center.boundingBox())?.width ?? 0;
  expect(railWidth).toBeGreaterThan(540);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  expect((await page.getByTestId('nav').boundingBox())?.width).toBeGreaterThan(200);
  await expect(page.getByTestId('nav-device')).toHaveText('Device');
});

test('the tenant blade menu and its panel stay side by side, with no divider left on its own', async ({ page }) => {
  await open(page, 'nl-NL', 'light', { width: 1024, height: 700 });
  await page.getByTestId('nav-tenant').click();
  const menu = await page.getByRole('list', { name: 'Wachtwoord opnieuw instellen' }).boundingBox();
  const panel = await page.getByTestId('blade-panel-properties').boundingBox();
  expect(menu && panel).toBeTruthy();
  expect(Math.abs((menu?.y ?? 0) - (panel?.y ?? 0))).toBeLessThan(8);
  expect((panel?.x ?? 0) - ((menu?.x ?? 0) + (menu?.width ?? 0))).toBeGreaterThanOrEqual(0);
});

for (const language of LANGUAGES) {
  test(`the sample tenant opens offline from the start page (${language})`, async ({ page }) => {
    await open(page, language, 'light', { width: 1440, height: 900 });
    await page.getByTestId('start-sample-tenant').click();
    await expect(page.getByTestId('screen-tenant-connection')).toBeVisible();
    await expect(page.getByTestId('tenant-open-snapshot')).toContainText('Contoso');
    await expect(page.getByTestId('tenant-pair-row').first()).toBeVisible();
    await page.mouse.move(720, 890);
    await screenshot(page, `responsive-sample-tenant-1440-${language}-light`);
  });
}
