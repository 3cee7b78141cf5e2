// Trainer mode in the real app: the ten-minute demo by keyboard only (English and Dutch), visible focus, Esc, the
// language choice surviving a reload, recording/saving/loading a script, screen-text overrides, and the exports.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('../output/screenshots/', import.meta.url));

async function open(
  page: Page,
  language: 'en-US' | 'nl-NL',
  look: 'windows10' | 'windows11' = 'windows11',
): Promise<void> {
  await page.addInitScript(
    ([languageValue, lookValue]) => {
      if (!sessionStorage.getItem('trainer-spec-initialised')) {
        localStorage.setItem('sspr-preview.language', languageValue);
        localStorage.setItem('sspr-preview.look', lookValue);
        sessionStorage.setItem('trainer-spec-initialised', '1');
      }
    },
    [language, look],
  );
  await page.goto('/');
  await expect(page.getByTestId('presets-gallery')).toBeVisible();
}

/** Tab forward until the element with this test id has focus; fails after 60 presses. */
async function tabTo(page: Page, testId: string): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    if (focused === testId) return;
  }
  throw new Error(`Tab never reached ${testId}`);
}

/** A keyboard focus indicator is drawn: an outline on the element, or Fluent's focus border on ::after. */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || !element.matches(':focus-visible')) return false;
    const own = getComputedStyle(element);
    const after = getComputedStyle(element, '::after');
    return (
      (own.outlineStyle !== 'none' && own.outlineWidth !== '0px') ||
      (after.borderTopStyle !== 'none' && after.borderTopWidth !== '0px') ||
      (after.outlineStyle !== 'none' && after.outlineWidth !== '0px')
    );
  });
}

async function counter(page: Page): Promise<{ current: number; total: number }> {
  const text = (await page.getByTestId('trainer-counter').textContent()) ?? '';
  const [current, total] = (text.match(/\d+/g) ?? []).map(Number);
  return { current, total };
}

const DEMO = {
  'en-US': {
    rdp: 'Remote Desktop hides the link',
    noRule: 'No rule blocks this flow',
    unverified: 'Unverified on-screen text',
  },
  'nl-NL': {
    rdp: 'Extern bureaublad verbergt de koppeling',
    noRule: 'Geen regel blokkeert dit verloop',
    unverified: 'Niet-geverifieerde schermtekst',
  },
} as const;

for (const language of ['en-US', 'nl-NL'] as const) {
  test(`the ten-minute demo runs end to end by keyboard only (${language})`, async ({ page }) => {
    test.setTimeout(120_000);
    await open(page, language, language === 'nl-NL' ? 'windows10' : 'windows11');
    await page.locator('body').focus();
    await page.keyboard.press('F5');
    await expect(page.getByTestId('trainer-mode')).toBeVisible();

    await tabTo(page, 'trainer-demo');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('trainer-scene')).toContainText('1');
    const { total } = await counter(page);
    expect(total).toBeGreaterThanOrEqual(20);

    const seen: { step: string; scene: string; rule: string }[] = [];
    for (let index = 0; index < total; index += 1) {
      await expect(page.getByTestId('trainer-counter')).toContainText(String(index + 1));
      seen.push({
        step: (await page.getByTestId('simulated-device').getAttribute('data-step')) ?? '',
        scene: (await page.getByTestId('trainer-scene').textContent()) ?? '',
        rule: (await page.getByTestId('trainer-rule').textContent()) ?? '',
      });
      if (index < total - 1) await page.keyboard.press(index % 2 === 0 ? 'ArrowRight' : 'PageDown');
    }
    // scene 2 demonstrates R-SESSION-RDP on the sign-in screen, scene 3 R-SESSION-HV, the denials show their codes
    const rdp = seen.find((slide) => slide.scene.includes(DEMO[language].rdp));
    expect(rdp?.rule).toContain('R-SESSION-RDP');
    expect(seen.some((slide) => slide.rule.includes('R-SESSION-HV'))).toBe(true);
    expect(
      seen
        .filter((slide) => slide.step === 'portalError')
        .map((slide) => slide.rule)
        .join(' '),
    ).toMatch(/R-REG[\s\S]*R-WRITEBACK/);
    expect(seen.at(-1)?.step).toBe('pinDone');
    expect(seen.at(-1)?.rule).toContain('P-NONDESTR');
    expect(seen[0].rule).toContain(DEMO[language].noRule);

    mkdirSync(folder, { recursive: true });
    await page.screenshot({ path: `${folder}trainer-${language}-demo-last-step.png` });
    // ← goes back; Esc leaves trainer mode
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('trainer-counter')).toContainText(String(total - 1));
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('trainer-mode')).toHaveCount(0);
  });
}

test('a Dutch step with its unverified texts flagged in the speaker notes', async ({ page }) => {
  await open(page, 'nl-NL', 'windows10');
  await page.getByTestId('load-no-methods').click();
  await page.getByTestId('trainer-toggle').click();
  for (let step = 0; step < 4; step += 1) await page.getByTestId('trainer-next').click();
  await expect(page.getByTestId('simulated-device')).toHaveAttribute('data-step', 'portalError');
  await expect(page.getByTestId('trainer-unverified')).toContainText(DEMO['nl-NL'].unverified);
  await expect(page.getByTestId('trainer-unverified')).toContainText('We kunnen uw account niet verifiëren.');
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: `${folder}trainer-nl-NL-portal-error-with-notes.png` });
});

test('the language choice switches at runtime and survives a reload', async ({ page }) => {
  await open(page, 'en-US');
  await page.getByTestId('trainer-toggle').click();
  await expect(page.getByTestId('trainer-next')).toHaveAttribute('aria-label', 'Next step');
  await page.getByTestId('trainer-language').selectOption('nl-NL');
  await expect(page.getByTestId('trainer-next')).toHaveAttribute('aria-label', 'Volgende stap');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl-NL');
  await page.reload();
  await page.getByTestId('trainer-toggle').click();
  await expect(page.getByTestId('trainer-next')).toHaveAttribute('aria-label', 'Volgende stap');
});

test('the presenter bar hides and comes back (H)', async ({ page }) => {
  await open(page, 'en-US');
  await page.getByTestId('trainer-toggle').click();
  await page.getByTestId('trainer-mode').focus();
  await page.keyboard.press('h');
  await expect(page.getByTestId('presenter-bar')).toHaveCount(0);
  await expect(page.getByTestId('trainer-show-bar')).toBeVisible();
  await page.keyboard.press('h');
  await expect(page.getByTestId('presenter-bar')).toBeVisible();
});

test('a trainer records, saves and loads their own script', async ({ page }) => {
  await open(page, 'en-US');
  await page.getByTestId('load-remote-desktop').click();
  await page.getByTestId('trainer-toggle').click();
  await page.getByTestId('trainer-record').click();
  await page.getByTestId('trainer-next').click();
  await page.getByTestId('trainer-add-step').click();
  await page.getByTestId('trainer-back').click();
  await page.getByTestId('trainer-add-step').click();
  await page.getByTestId('trainer-stop-recording').click();
  await expect(page.getByTestId('trainer-counter')).toContainText('of 2');

  const download = page.waitForEvent('download');
  await page.getByTestId('trainer-save').click();
  const saved = await (await download).path();
  const file = JSON.parse(readFileSync(saved, 'utf8'));
  expect(file.format).toBe('sspr-preview.trainer-script');
  expect(file.slides.map((slide: { step: string }) => slide.step)).toEqual(['signIn', 'lock']);
  expect(file.slides[0].scenario.session.kind).toBe('remoteDesktop');

  await page.getByRole('button', { name: 'Stop script' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('trainer-load').click();
  await (await chooser).setFiles(saved);
  await expect(page.getByTestId('trainer-counter')).toContainText('of 2');
  await expect(page.getByTestId('simulated-device')).toHaveAttribute('data-step', 'signIn');
});

test('a trainer overrides a screen text; it shows on the device and is flagged in the notes', async ({ page }) => {
  await open(page, 'en-US');
  await page.getByTestId('trainer-toggle').click();
  await page.getByTestId('trainer-next').click();
  await page.getByTestId('trainer-strings').click();
  await page.getByRole('textbox', { name: 'screen.resetPassword' }).fill('Reset my password');
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('device-reset-link')).toHaveText('Reset my password');
  await expect(page.getByTestId('trainer-notes')).toContainText('Overridden by the trainer');
});

test('exports every step as PNG and the script as an HTML handout with screenshots and notes', async ({ page }) => {
  await open(page, 'nl-NL', 'windows10');
  await page.getByTestId('load-remote-desktop').click();
  await page.getByTestId('trainer-toggle').click();
  const { total } = await counter(page);

  const pngs: string[] = [];
  page.on('download', (download) => pngs.push(download.suggestedFilename()));
  await page.getByTestId('trainer-export-png').click();
  await expect.poll(() => pngs.length, { timeout: 20_000 }).toBe(total);
  expect(pngs).toEqual(['step-01-lock.png', 'step-02-signIn.png']);

  const handout = page.waitForEvent('download');
  await page.getByTestId('trainer-export-handout').click();
  const file = await handout;
  expect(file.suggestedFilename()).toBe('trainer-handout-nl-NL.html');
  const html = readFileSync(await file.path(), 'utf8');
  // The handout's pictures are JPEG (about a tenth of the PNG size); the PNG export stays lossless.
  expect(html.match(/<img src="data:image\/jpeg;base64,/g)).toHaveLength(total);
  expect(html).toContain('R-SESSION-RDP');
  expect(html).toContain('lang="nl-NL"');
  expect(html).toContain('Sprekersnotities');
  // keep the exported images for people to look at
  mkdirSync(folder, { recursive: true });
  for (const [index, match] of [...html.matchAll(/data:image\/jpeg;base64,([^"]+)/g)].entries()) {
    writeFileSync(`${folder}trainer-nl-NL-export-step-${index + 1}.jpg`, Buffer.from(match[1], 'base64'));
  }
  writeFileSync(`${folder}trainer-nl-NL-handout.html`, html);
  await expect(page.getByTestId('trainer-counter')).toContainText('1');
});
