// What a person sees: a preview readable at a glance, a look that follows the device, a steady trainer stage, plain
// words, and citations that are links to the real documents.
import { expect, test, type Page } from '@playwright/test';
import { screenshot } from './shoot';

type Language = 'en-US' | 'nl-NL';

async function open(page: Page, options: { language?: Language; theme?: 'light' | 'dark'; look?: string } = {}) {
  await page.addInitScript((values) => {
    if (sessionStorage.getItem('see-spec-initialised')) return;
    sessionStorage.setItem('see-spec-initialised', '1');
    localStorage.setItem('sspr-preview.language', values.language ?? 'en-US');
    localStorage.setItem('sspr-preview.theme', values.theme ?? 'light');
    if (values.look) localStorage.setItem('sspr-preview.look', values.look);
  }, options);
  await page.goto('/');
  await expect(page.getByTestId('app-ready')).toBeVisible();
}

async function loadPreset(page: Page, id: string) {
  await page.getByTestId(`load-${id}`).click();
  await expect(page.getByTestId('preview')).toBeVisible();
}

/** The rendered height of the link's text in CSS px: its font size times the scale the screen is drawn at. */
async function linkTextSize(page: Page): Promise<{ px: number; box: number }> {
  const link = page.getByTestId('preview').getByTestId('device-reset-link');
  await expect(link).toBeVisible();
  return link.evaluate((element) => {
    const fontSize = parseFloat(getComputedStyle(element).fontSize);
    const screen = element.closest<HTMLElement>('.sd-screen');
    const scale = screen ? screen.getBoundingClientRect().width / screen.offsetWidth : 1;
    return { px: fontSize * scale, box: element.getBoundingClientRect().height };
  });
}

for (const viewport of [
  { width: 1440, height: 900, minimum: 11 },
  { width: 1024, height: 700, minimum: 8.5 },
]) {
  test(`the Reset password link on the live preview reads at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await open(page);
    for (const look of ['windows11', 'windows10'] as const) {
      await page.getByTestId(`look-${look}`).click();
      await expect(page.getByTestId('preview')).toHaveAttribute('data-look', look);
      const size = await linkTextSize(page);
      expect(size.px, `${look}: link text ${size.px.toFixed(2)} px`).toBeGreaterThanOrEqual(viewport.minimum);
      expect(size.box).toBeGreaterThanOrEqual(viewport.minimum);
      console.log(`${viewport.width}×${viewport.height} ${look}: link text ${size.px.toFixed(2)} px`);
    }
    await screenshot(page, `see-preview-${viewport.width}`);
    // The whole screen stays one click away, and it is where the link is drawn at a third of its size.
    await page.getByTestId('preview-zoom-screen').click();
    const whole = await linkTextSize(page);
    console.log(`${viewport.width}×${viewport.height} whole screen: link text ${whole.px.toFixed(2)} px`);
    expect(whole.px).toBeLessThan(viewport.minimum);
  });
}

test('the look follows the device build unless the person overrides it', async ({ page }) => {
  await open(page);
  const preview = page.getByTestId('preview');
  // Default scenario: Windows 11 24H2 (26100).
  await expect(preview).toHaveAttribute('data-look', 'windows11');
  await expect(page.getByTestId('look-follow-device')).toHaveAttribute('aria-pressed', 'true');
  // 1709 seed device: Windows 10.
  await loadPreset(page, 'seed-today');
  await expect(preview).toHaveAttribute('data-look', 'windows10');
  // Windows 7: the legacy add-in look.
  await loadPreset(page, 'windows7-addin');
  await expect(page.getByTestId('simulated-device').locator('.sd-screen')).toHaveClass(/sd-legacy/);
  // Override, visible, then reset.
  await loadPreset(page, 'happy-path');
  await page.getByTestId('look-windows10').click();
  await expect(preview).toHaveAttribute('data-look', 'windows10');
  await expect(page.getByTestId('look-follow-device')).toHaveAttribute('aria-pressed', 'false');
  await page.getByTestId('look-follow-device').click();
  await expect(preview).toHaveAttribute('data-look', 'windows11');
});

test('changing the Windows version from the keyboard changes the look', async ({ page }) => {
  await open(page);
  await page.getByTestId('nav-device').click();
  const preview = page.getByTestId('preview');
  await expect(preview).toHaveAttribute('data-look', 'windows11');
  const picker = page.getByTestId('field-device.os.build').locator('input, select, [role="combobox"]').first();
  await picker.focus();
  await picker.fill('19045');
  await picker.press('Enter');
  await expect(preview).toHaveAttribute('data-look', 'windows10');
});

test('every cited source is a link to an allowed Microsoft address', async ({ page }) => {
  await open(page);
  for (const preset of ['remote-desktop', 'no-methods', 'no-lock-screen']) {
    await loadPreset(page, preset);
    const links = page.getByTestId('verdict-panel').getByTestId('source-link');
    expect(await links.count()).toBeGreaterThan(0);
    for (const href of await links.evaluateAll((nodes) => nodes.map((node) => (node as HTMLAnchorElement).href))) {
      const url = new URL(href);
      expect(url.protocol).toBe('https:');
      const allowed =
        ['learn.microsoft.com', 'support.microsoft.com'].includes(url.hostname) ||
        (url.hostname === 'github.com' && url.pathname.toLowerCase().startsWith('/microsoftdocs/'));
      expect(allowed, href).toBe(true);
    }
  }
});

test('the handout export is compressed, shows its progress and names the file it saved', async ({ page }) => {
  test.setTimeout(90_000);
  await open(page);
  await loadPreset(page, 'happy-path');
  await page.getByTestId('trainer-toggle').click();
  const total = Number((await page.getByTestId('trainer-counter').innerText()).match(/(\d+)\D*$/)?.[1]);
  const started = Date.now();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByTestId('trainer-export-handout').click();
  const file = await download;
  const seconds = (Date.now() - started) / 1000;
  const { statSync } = await import('node:fs');
  const bytes = statSync(await file.path()).size;
  console.log(`handout: ${total} steps, ${(bytes / 1024 / 1024).toFixed(2)} MB, ${seconds.toFixed(1)} s`);
  expect(bytes / total).toBeLessThan(250 * 1024);
  await expect(page.getByTestId('trainer-export-status')).toContainText(file.suggestedFilename());
});
