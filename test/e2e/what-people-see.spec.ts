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

test('the trainer stage keeps its size at every step; the bar keeps to one row on a small window', async ({ page }) => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(viewport);
    await open(page);
    await loadPreset(page, 'no-methods');
    await page.getByTestId('trainer-toggle').click();
    const screen = page.locator('#trainer-screen');
    const sizes = new Set<string>();
    const bars = new Set<number>();
    const total = Number((await page.getByTestId('trainer-counter').innerText()).match(/(\d+)\D*$/)?.[1]);
    for (let step = 0; step < total; step += 1) {
      const box = await screen.boundingBox();
      sizes.add(`${box!.width.toFixed(1)}×${box!.height.toFixed(1)}`);
      bars.add(Math.round((await page.getByTestId('presenter-bar').boundingBox())!.height));
      await screenshot(page, `see-trainer-${viewport.width}-step-${step + 1}`);
      if (step < total - 1) await page.getByTestId('trainer-next').click();
    }
    console.log(`${viewport.width}×${viewport.height}: ${total} steps, screen ${[...sizes]}, bar ${[...bars]} px`);
    expect([...sizes]).toHaveLength(1);
    expect([...bars]).toHaveLength(1);
    const barShare = [...bars][0] / viewport.height;
    expect(barShare).toBeLessThan(viewport.width < 1100 ? 0.3 : 0.3);
    if (viewport.width < 1100) {
      // One row: the tools open over the screen's edge and leave the stage as it was.
      const before = await screen.boundingBox();
      await page.getByTestId('trainer-tools-toggle').click();
      await expect(page.getByTestId('trainer-demo')).toBeVisible();
      await screenshot(page, 'see-trainer-1024-tools-open');
      expect(await screen.boundingBox()).toEqual(before);
      await page.getByTestId('trainer-tools-toggle').click();
    }
    await page.getByTestId('trainer-exit').click();
    await page.evaluate(() => sessionStorage.removeItem('see-spec-initialised'));
  }
});

test('the rule panel tells the truth before the step where the flow is stopped', async ({ page }) => {
  await open(page);
  await loadPreset(page, 'no-methods');
  await expect(page.getByTestId('verdict-panel')).toHaveAttribute('data-outcome', 'denied');
  await page.getByTestId('trainer-toggle').click();
  // Step 2 (the sign-in screen): nothing stops the user here, and the panel names what stops the flow later.
  await page.getByTestId('trainer-next').click();
  const rule = page.getByTestId('trainer-rule');
  await expect(rule).not.toContainText('No rule blocks this flow');
  await expect(page.getByTestId('trainer-rule-at-end')).toContainText('R-');
});

test('simulator notes are drawn outside the simulated screen', async ({ page }) => {
  await open(page);
  await loadPreset(page, 'happy-path');
  await page.getByTestId('trainer-toggle').click();
  const total = Number((await page.getByTestId('trainer-counter').innerText()).match(/(\d+)\D*$/)?.[1]);
  let sawChecks = false;
  for (let step = 0; step < total; step += 1) {
    const inside = await page.locator('#trainer-screen').evaluate((screen) => ({
      checks: screen.querySelectorAll('.sd-checks, .sd-annotation, .sd-note').length,
      text: screen.textContent ?? '',
    }));
    expect(inside.checks).toBe(0);
    expect(inside.text).not.toContain('8 to 256 characters');
    expect(inside.text).not.toContain('dsregcmd');
    if ((await page.getByTestId('note-password-checks').count()) > 0) {
      sawChecks = true;
      await expect(page.getByTestId('note-password-checks')).toContainText('8 to 256 characters');
      await screenshot(page, 'see-trainer-password-notes');
    }
    if (step < total - 1) await page.getByTestId('trainer-next').click();
  }
  expect(sawChecks).toBe(true);
});

/** Internal references a person must never read: spec letters, spec file names, repo references, model words. */
const JARGON = [
  /rules\.md/,
  /§\s?\d/,
  /\bA-\d{1,2}\b/,
  /\(L17\)/,
  /\bGH#\d+/,
  /\bPR #\d+/,
  /\bThe seed\b/,
  /\(test only\)/,
  /\b(tenant|device|session|user|policies)\.[a-z]+[A-Za-z.]*\b/,
  /\b(entraJoined|hybridJoined|remoteDesktop|hyperVEnhanced|settingsCatalog|signInScreen)\b/,
];

for (const language of ['en-US', 'nl-NL'] as const) {
  test(`the preview, verdict and fixes read without internal references or model paths (${language})`, async ({
    page,
  }) => {
    await open(page, { language });
    // The start screen's preset gallery too.
    const start = await page.getByTestId('main-pane').innerText();
    for (const pattern of JARGON) expect(start, `start screen: ${pattern}`).not.toMatch(pattern);
    for (const preset of ['happy-path', 'remote-desktop', 'no-methods', 'windows7-addin', 'imported-unknown-scope']) {
      await loadPreset(page, preset);
      const text = await page.getByTestId('right-pane').innerText();
      for (const pattern of JARGON) expect(text, `${preset}: ${pattern}`).not.toMatch(pattern);
    }
  });
}

test('screenshots of the changed screens: both languages, themes, looks and window sizes', async ({ browser }) => {
  test.setTimeout(240_000);
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1024, height: 700 },
  ]) {
    for (const language of ['en-US', 'nl-NL'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        for (const look of ['windows11', 'windows10'] as const) {
          // A fresh page per combination: its stored preferences are the only ones it sees.
          const context = await browser.newContext({ viewport });
          const page = await context.newPage();
          await open(page, { language, theme, look });
          const name = `see-${viewport.width}-${language}-${theme}-${look}`;
          await expect(page.getByTestId('preview')).toHaveAttribute('data-look', look);
          await loadPreset(page, 'imported-unknown-scope');
          await screenshot(page, `${name}-undecided`);
          await loadPreset(page, 'hyperv-enhanced');
          // The strip under the screen wraps its message instead of cutting it off.
          for (const chip of await page.getByTestId('device-strip').locator('.sd-chip').all()) {
            const cut = await chip.evaluate((element) => element.scrollWidth > element.clientWidth + 1);
            expect(cut, `${name}: a chip in the device strip is cut off`).toBe(false);
          }
          await page.getByTestId('right-pane').evaluate((pane) => pane.scrollTo(0, 420));
          await screenshot(page, `${name}-verdict-sources`);
          await context.close();
        }
      }
    }
  }
});

test('screenshots of trainer notes outside the screen, Dutch and English', async ({ browser }) => {
  for (const language of ['en-US', 'nl-NL'] as const) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await open(page, { language, look: 'windows10' });
    await loadPreset(page, 'pin-non-destructive');
    await page.getByTestId('trainer-toggle').click();
    const total = Number((await page.getByTestId('trainer-counter').innerText()).match(/(\d+)\D*$/)?.[1]);
    let sawNote = false;
    for (let step = 0; step < total; step += 1) {
      if ((await page.getByTestId('note-pin-mode').count()) > 0) {
        sawNote = true;
        expect(await page.locator('#trainer-screen').innerText()).not.toContain('dsregcmd');
        await screenshot(page, `see-trainer-pin-done-${language}`);
      }
      if (step < total - 1) await page.getByTestId('trainer-next').click();
    }
    expect(sawNote).toBe(true);
    await context.close();
  }
});

test('file identity: a sensible title, and undoing back to the saved state clears the unsaved mark', async ({
  page,
}) => {
  await open(page);
  const title = page.getByTestId('file-name');
  await expect(title).toContainText('Untitled scenario');
  // The new scenario's default name is not repeated beside "Untitled scenario".
  await expect(page.getByTestId('scenario-name')).toHaveCount(0);
  await expect(page.getByTestId('dirty-dot')).toHaveCount(0);
  await page.getByTestId('nav-session').click();
  await page.getByTestId('field-session.kind').getByRole('radio', { name: 'Remote Desktop' }).check();
  await expect(page.getByTestId('dirty-dot')).toHaveCount(1);
  await expect(page).toHaveTitle(/^● /);
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('dirty-dot')).toHaveCount(0);
  await expect(page).not.toHaveTitle(/^● /);
});

for (const language of ['en-US', 'nl-NL'] as const) {
  test(`the HTML report reads in plain words with working source links (${language})`, async ({ page, browser }) => {
    await open(page, { language });
    await loadPreset(page, 'remote-desktop');
    await page.getByTestId('menu-file').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('menu-export-html').click();
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(await (await download).path(), 'utf8');
    expect(html).toContain(`lang="${language}"`);
    expect(html).toContain(language === 'en-US' ? '<title>Link hidden: ' : '<title>Koppeling verborgen: ');
    expect(html).not.toMatch(/\b(windows11|entraJoined|remoteDesktop|signInScreen|settingsCatalog)\b/);
    expect(html).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z</);
    const reader = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    await reader.setContent(html);
    const hrefs = await reader
      .locator('a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs)
      expect(href).toMatch(/^https:\/\/(learn\.microsoft\.com|support\.microsoft\.com|github\.com\/MicrosoftDocs)\//);
    await screenshot(reader, `see-report-${language}`);
    await reader.close();
  });
}
