// Walks every flow variant of the simulated device in the real app (browser edition), in English and Dutch, through
// trainer mode, saving a screenshot of the simulated screen per step under test/output/screenshots/.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SCENARIO } from '../../simulator/model/defaults';

const folder = fileURLToPath(new URL('../output/screenshots/', import.meta.url));
const scratch = fileURLToPath(new URL('../output/scratch/', import.meta.url));

type Language = 'en-US' | 'nl-NL';
type Look = 'windows10' | 'windows11';

/** Texts that must never appear on a Dutch simulated screen (an English fallback would show them). */
const ENGLISH_SCREEN_TEXTS = [
  'Reset password',
  'Forgot password?',
  'I forgot my PIN',
  'Sign-in options',
  'Other user',
  'Please wait',
  'Get back into your account',
  'verification step',
  'Create a new password',
  'Your password has been reset',
  'Cancel',
  'Something went wrong',
  'Contact your administrator',
  'Set up a PIN',
  'Verify your identity',
  'Welcome',
];

async function open(page: Page, look: Look, language: Language): Promise<void> {
  await page.addInitScript(
    ([lookValue, languageValue]) => {
      localStorage.setItem('sspr-preview.look', lookValue);
      localStorage.setItem('sspr-preview.language', languageValue);
    },
    [look, language],
  );
  await page.goto('/');
  await expect(page.getByTestId('presets-gallery')).toBeVisible();
}

async function loadPreset(page: Page, id: string): Promise<void> {
  await page.getByTestId(`load-${id}`).click();
  await expect(page.getByTestId('preview')).toBeVisible();
}

async function enterTrainer(page: Page): Promise<void> {
  await page.getByTestId('trainer-toggle').click();
  await expect(page.getByTestId('trainer-mode')).toBeVisible();
  await expect(page.getByTestId('simulated-device')).toBeVisible();
}

async function shootScreen(page: Page, name: string): Promise<void> {
  mkdirSync(folder, { recursive: true });
  await page.locator('#trainer-screen').screenshot({ path: `${folder}${name}.png`, animations: 'disabled' });
}

async function total(page: Page): Promise<number> {
  const text = (await page.getByTestId('trainer-counter').textContent()) ?? '';
  return Number(/(\d+)\D*$/.exec(text)?.[1]);
}

/** Steps through the flow with → and returns the step kinds seen, screenshotting each. */
async function walk(page: Page, name: string, language: Language): Promise<string[]> {
  const device = page.getByTestId('simulated-device');
  const count = await total(page);
  const seen: string[] = [];
  for (let index = 0; index < count; index += 1) {
    await expect(page.getByTestId('trainer-counter')).toContainText(String(index + 1));
    const step = (await device.getAttribute('data-step')) ?? '?';
    seen.push(step);
    await shootScreen(page, `${name}-${String(index + 1).padStart(2, '0')}-${step}`);
    if (language === 'nl-NL') {
      const text = (await page.locator('#trainer-screen').innerText()).replace(/\s+/g, ' ');
      for (const english of ENGLISH_SCREEN_TEXTS)
        expect(text, `English "${english}" on Dutch step ${step}`).not.toContain(english);
    }
    await page.getByTestId('trainer-mode').focus();
    await page.keyboard.press('ArrowRight');
  }
  return seen;
}

async function loadScriptFile(
  page: Page,
  fileName: string,
  scenario: unknown,
  flow: 'password' | 'pin',
  steps: string[],
): Promise<void> {
  mkdirSync(scratch, { recursive: true });
  const path = `${scratch}${fileName}`;
  const slides = steps.map((step) => ({ scenario, options: {}, flow, step, title: fileName }));
  writeFileSync(path, JSON.stringify({ format: 'sspr-preview.trainer-script', version: 1, title: fileName, slides }));
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('trainer-load').click();
  await (await chooser).setFiles(path);
  await expect(page.getByTestId('trainer-counter')).toContainText(`1`);
}

interface Variant {
  preset: string;
  flow: 'password' | 'pin';
  expected: string[];
}

const VARIANTS: Variant[] = [
  {
    preset: 'happy-path',
    flow: 'password',
    expected: ['lock', 'signIn', 'pleaseWait', 'userId', 'verify1', 'newPassword', 'resetDone', 'signInNew', 'desktop'],
  },
  { preset: 'remote-desktop', flow: 'password', expected: ['lock', 'signIn'] },
  { preset: 'uac-off', flow: 'password', expected: ['lock', 'signIn', 'pleaseWait', 'loopBack'] },
  { preset: 'no-methods', flow: 'password', expected: ['lock', 'signIn', 'pleaseWait', 'userId', 'portalError'] },
  {
    preset: 'synced-no-writeback',
    flow: 'password',
    expected: ['lock', 'signIn', 'pleaseWait', 'userId', 'portalError'],
  },
  {
    preset: 'hybrid-off-network',
    flow: 'password',
    expected: ['lock', 'signIn', 'pleaseWait', 'userId', 'verify1', 'newPassword', 'resetDone', 'deferred'],
  },
  {
    preset: 'windows7-addin',
    flow: 'password',
    expected: [
      'chooseUser',
      'signIn',
      'pleaseWait',
      'userId',
      'verify1',
      'newPassword',
      'resetDone',
      'signInNew',
      'desktop',
    ],
  },
  {
    preset: 'pin-non-destructive',
    flow: 'pin',
    expected: ['lock', 'signIn', 'pinSignIn', 'pinVerify', 'pinNew', 'pinDone', 'desktop'],
  },
  {
    preset: 'pin-hybrid-key-trust',
    flow: 'pin',
    expected: ['lock', 'signIn', 'pinSignIn', 'pinPasswordFirst', 'pinFailed'],
  },
  // PIN provider chosen on screen, no PIN recovery policy: the destructive reset
  {
    preset: 'happy-path',
    flow: 'pin',
    expected: ['lock', 'signIn', 'pinSignIn', 'pinVerify', 'pinNew', 'pinDone', 'desktop'],
  },
];

for (const language of ['en-US', 'nl-NL'] as const) {
  const look: Look = language === 'en-US' ? 'windows11' : 'windows10';
  test.describe(`device flows in ${language} (${look})`, () => {
    for (const variant of VARIANTS) {
      test(`${variant.preset} (${variant.flow}): ${variant.expected.at(-1)}`, async ({ page }) => {
        await open(page, look, language);
        await loadPreset(page, variant.preset);
        await enterTrainer(page);
        if (variant.flow === 'pin') await page.getByTestId('trainer-flow').selectOption('pin');
        const seen = await walk(page, `device-${language}-${look}-${variant.preset}-${variant.flow}`, language);
        expect(seen).toEqual(variant.expected);
      });
    }

    test('network blocked: "Something went wrong"', async ({ page }) => {
      await open(page, look, language);
      await enterTrainer(page);
      const offline = {
        ...DEFAULT_SCENARIO,
        device: {
          ...DEFAULT_SCENARIO.device,
          network: { ...DEFAULT_SCENARIO.device.network, reachesPasswordResetService: false },
        },
      };
      await loadScriptFile(page, `offline-${language}.json`, offline, 'password', [
        'signIn',
        'pleaseWait',
        'somethingWentWrong',
      ]);
      const seen = await walk(page, `device-${language}-${look}-network-blocked`, language);
      expect(seen).toEqual(['signIn', 'pleaseWait', 'somethingWentWrong']);
      await page.getByTestId('trainer-back').click();
      await page.getByTestId('trainer-next').click();
      await expect(page.getByTestId('device-something-wrong')).toBeVisible();
    });

    test('weak new password: the page checks it live and the service refuses it (R-CLOUDPW)', async ({ page }) => {
      await open(page, look, language);
      await enterTrainer(page);
      const weak = { ...DEFAULT_SCENARIO, user: { ...DEFAULT_SCENARIO.user, newPassword: 'password' } };
      await loadScriptFile(page, `weak-password-${language}.json`, weak, 'password', [
        'newPassword',
        'passwordRejected',
      ]);
      await expect(page.locator('[data-testid="portal-password-checks"] li[data-ok="false"]')).not.toHaveCount(0);
      await expect(page.getByTestId('portal-next')).toBeDisabled();
      const seen = await walk(page, `device-${language}-${look}-weak-password`, language);
      expect(seen).toEqual(['newPassword', 'passwordRejected']);
      await expect(page.getByTestId('portal-error')).toBeVisible();
      await expect(page.getByTestId('trainer-rule')).toContainText('R-CLOUDPW');
    });

    test('undecided link is drawn ghosted with a badge outside the Windows chrome', async ({ page }) => {
      await open(page, look, language);
      mkdirSync(scratch, { recursive: true });
      const path = `${scratch}unknown-session-${language}.json`;
      writeFileSync(path, JSON.stringify({ schemaVersion: 1, name: 'Session unknown', session: { kind: 'unknown' } }));
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('start-open').click();
      await (await chooser).setFiles(path);
      const preview = page.getByTestId('preview');
      await expect(preview).toHaveAttribute('data-password-link', 'undecided');
      await expect(preview.getByTestId('device-undecided')).toBeVisible();
      await expect(preview.getByTestId('device-reset-link')).toHaveAttribute('data-undecided', 'true');
      mkdirSync(folder, { recursive: true });
      await preview.screenshot({ path: `${folder}device-${language}-${look}-undecided.png` });
    });
  });
}

test.describe('the other look in each language', () => {
  for (const [language, look] of [
    ['en-US', 'windows10'],
    ['nl-NL', 'windows11'],
  ] as const) {
    for (const variant of VARIANTS.filter(
      (candidate) =>
        ['happy-path', 'pin-non-destructive', 'no-methods'].includes(candidate.preset) &&
        candidate.flow === (candidate.preset === 'pin-non-destructive' ? 'pin' : 'password'),
    )) {
      test(`${language} ${look} ${variant.preset} (${variant.flow})`, async ({ page }) => {
        await open(page, look, language);
        await loadPreset(page, variant.preset);
        await enterTrainer(page);
        if (variant.flow === 'pin') await page.getByTestId('trainer-flow').selectOption('pin');
        expect(await walk(page, `device-${language}-${look}-${variant.preset}-${variant.flow}`, language)).toEqual(
          variant.expected,
        );
      });
    }
  }
});

test.describe('device controls for screen readers and keyboards', () => {
  test('English labels on the simulated controls, and a visible focus ring', async ({ page }) => {
    await open(page, 'windows11', 'en-US');
    await loadPreset(page, 'happy-path');
    const preview = page.getByTestId('preview');
    await expect(preview.getByRole('region', { name: 'Simulated Windows sign-in screen' })).toBeVisible();
    await expect(preview.getByRole('button', { name: 'Reset password' })).toBeVisible();
    await expect(preview.getByLabel('Password', { exact: true })).toBeVisible();
    await expect(preview.getByRole('button', { name: 'Submit' })).toBeVisible();
    for (const name of ['Network', 'Accessibility', 'Power'])
      await expect(preview.getByRole('button', { name })).toBeVisible();
    await preview.getByRole('button', { name: 'Sign-in options' }).focus();
    await page.keyboard.press('Enter');
    await expect(preview.getByRole('button', { name: 'Sign-in options' })).toHaveAttribute('aria-expanded', 'true');
    await expect(
      preview.getByRole('group', { name: 'Sign-in options' }).getByRole('button', { name: 'PIN (Windows Hello)' }),
    ).toBeVisible();
    // Keyboard focus shows a ring on the simulated controls.
    await preview.getByRole('button', { name: 'Reset password' }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await preview
      .getByRole('button', { name: 'Reset password' })
      .evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).toBe('solid');
    // Clicking the link opens the reset flow in the admin pane as well.
    await preview.getByRole('button', { name: 'Reset password' }).click();
    await expect(preview.getByTestId('device-please-wait')).toBeVisible();
    await expect(preview.getByRole('dialog', { name: 'Get back into your account' })).toBeVisible({ timeout: 5_000 });
  });

  test('Dutch labels on the simulated controls', async ({ page }) => {
    await open(page, 'windows10', 'nl-NL');
    await loadPreset(page, 'happy-path');
    const preview = page.getByTestId('preview');
    await expect(preview.getByRole('region', { name: 'Gesimuleerd Windows-aanmeldingsscherm' })).toBeVisible();
    await expect(preview.getByRole('button', { name: 'Wachtwoord opnieuw instellen' })).toBeVisible();
    await expect(preview.getByLabel('Wachtwoord', { exact: true })).toBeVisible();
    for (const name of ['Netwerk', 'Toegankelijkheidscentrum', 'Aan/uit', 'Verzenden'])
      await expect(preview.getByRole('button', { name })).toBeVisible();
  });
});
