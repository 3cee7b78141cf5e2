// The admin UI's main paths: presets, Remote Desktop and its fix, undo, opening files, saving and recovery.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { DEFAULT_SCENARIO, PRESETS } from '../../simulator/index';
import { openApp, preview, showScreen, verdict, watchErrors } from './app-helpers';
import { screenshot } from './shoot';

test('each preset shows the outcome and rules the docs predict', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  for (const preset of PRESETS) {
    await showScreen(page, 'start');
    await page.getByTestId(`load-${preset.id}`).click();
    await expect(verdict(page), preset.id).toHaveAttribute('data-outcome', preset.expected.outcome);
    await expect(preview(page), preset.id).toHaveAttribute('data-password-link', preset.expected.passwordLink);
    for (const rule of preset.expected.rules) {
      await expect(
        verdict(page).locator(`[data-rule-id="${rule}"]`).first(),
        `${preset.id} cites ${rule}`,
      ).toBeVisible();
    }
  }
  expect(errors).toEqual([]);
});

test('Remote Desktop hides the link, the fix restores it, Ctrl+Z undoes', async ({ page }) => {
  await openApp(page);
  await expect(preview(page)).toHaveAttribute('data-password-link', 'yes');
  await showScreen(page, 'session');
  await page.getByTestId('field-session.kind').getByText('Remote Desktop', { exact: true }).click();
  await expect(preview(page)).toHaveAttribute('data-password-link', 'no');
  await expect(verdict(page).locator('[data-rule-id="R-SESSION-RDP"]').first()).toBeVisible();
  await expect(page.getByTestId('dirty-dot')).toBeVisible();

  const fix = page
    .getByTestId('fix-item')
    .filter({ hasText: /console/i })
    .first();
  await expect(fix).toBeVisible();
  await fix.getByTestId('fix-apply').click();
  await expect(preview(page)).toHaveAttribute('data-password-link', 'yes');
  await expect(verdict(page)).toHaveAttribute('data-outcome', 'success');

  await page.keyboard.press('Control+z');
  await expect(preview(page)).toHaveAttribute('data-password-link', 'no');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('field-session.kind').getByRole('radio', { name: 'Console' })).toBeChecked();
  await expect(preview(page)).toHaveAttribute('data-password-link', 'yes');
  await page.keyboard.press('Control+y');
  await expect(preview(page)).toHaveAttribute('data-password-link', 'no');
});

test('an invalid file lists every problem with its field path and changes nothing', async ({ page }) => {
  await openApp(page);
  // The scenario has unsaved edits: the app asks (a Fluent dialog, never window.confirm) before opening another file.
  const browserDialogs: string[] = [];
  page.on('dialog', (dialog) => {
    browserDialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await showScreen(page, 'session');
  await page.getByTestId('field-session.kind').getByText('Hyper-V enhanced session', { exact: true }).click();
  await expect(verdict(page)).toHaveAttribute('data-outcome', 'hidden');
  await showScreen(page, 'start');

  const bad = {
    schemaVersion: 1,
    device: { os: { build: 'sixteen' }, joinState: 'domainJoined' },
    session: { kind: 'vnc' },
  };
  await page.getByTestId('start-open').click();
  await expect(page.getByTestId('dialog-confirm')).toContainText('Discard unsaved changes?');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('dialog-accept').click();
  await (
    await chooser
  ).setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });

  expect(browserDialogs).toEqual([]);
  const dialog = page.getByTestId('invalid-file-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('broken.json');
  for (const path of ['device.os.build', 'device.joinState', 'session.kind']) {
    await expect(dialog.locator(`[data-testid="invalid-problem"][data-path="${path}"]`)).toBeVisible();
  }
  await page.getByTestId('invalid-file-close').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('file-name')).toContainText('Untitled scenario');
  await expect(verdict(page).locator('[data-rule-id="R-SESSION-HV"]').first()).toBeVisible();
  await showScreen(page, 'session');
  await expect(
    page.getByTestId('field-session.kind').getByRole('radio', { name: 'Hyper-V enhanced session' }),
  ).toBeChecked();
});

/** The app in `language` and `theme` from the first load (openApp starts in English). */
async function openAppIn(page: Page, language: 'en-US' | 'nl-NL', theme: 'light' | 'dark') {
  await openApp(page, { language, theme });
}

async function openFile(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('start-open').click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

const PROBLEM_WORDS = {
  'nl-NL': {
    build: 'een getal of "unknown"',
    joinState: 'een van "entraJoined"',
    unknownField: 'geen veld met deze naam (controleer de spelling)',
    list: 'een lijst van 2 items',
    file: 'Het bestand',
    json: 'geldige JSON',
    jsonFound: 'een onverwacht teken "o" in { "session": nope }',
  },
  'en-US': {
    build: 'a number or "unknown"',
    joinState: 'one of "entraJoined"',
    unknownField: 'no such field (check the spelling)',
    list: 'a list of 2 items',
    file: 'The file',
    json: 'valid JSON',
    jsonFound: 'an unexpected character "o" in { "session": nope }',
  },
} as const;

for (const language of ['nl-NL', 'en-US'] as const) {
  test(`the invalid-file dialog words expected and found in ${language}; values and paths stay as written`, async ({
    browser,
  }) => {
    const words = PROBLEM_WORDS[language];
    const short = language === 'nl-NL' ? 'nl' : 'en';
    let page: Page | undefined;
    let errors: string[] = [];
    for (const [theme, viewport] of [
      ['light', { width: 1440, height: 900 }],
      ['light', { width: 1024, height: 700 }],
      ['dark', { width: 1440, height: 900 }],
    ] as const) {
      // A fresh page per look: the language and theme are the app's own remembered settings.
      await page?.close();
      page = await browser.newPage({ viewport });
      errors = watchErrors(page);
      await openAppIn(page, language, theme);
      const bad = {
        device: { os: { build: 'sixteen' }, joinState: 'domainJoined' },
        session: { kind: ['console', 'remoteDesktop'] },
        tennant: { sspr: { enabled: true } },
      };
      await openFile(page, 'kapot-scenario.json', JSON.stringify(bad));
      const dialog = page.getByTestId('invalid-file-dialog');
      await expect(dialog).toBeVisible();
      const row = (path: string) => dialog.locator(`[data-testid="invalid-problem"][data-path="${path}"]`);
      await expect(row('device.os.build').getByTestId('invalid-expected')).toHaveText(words.build);
      await expect(row('device.os.build').getByTestId('invalid-found')).toHaveText('"sixteen"');
      await expect(row('device.joinState').getByTestId('invalid-expected')).toContainText(words.joinState);
      await expect(row('device.joinState').getByTestId('invalid-found')).toHaveText('"domainJoined"');
      await expect(row('session.kind').getByTestId('invalid-found')).toHaveText(words.list);
      await expect(row('tennant').getByTestId('invalid-expected')).toHaveText(words.unknownField);
      // The English sentences of the command line never reach the dialog.
      await expect(dialog).not.toContainText('expected');
      const size = viewport.width === 1440 ? '' : `-${viewport.width}`;
      const look = theme === 'light' ? '' : `-${theme}`;
      await screenshot(page, `admin-invalid-file-${short}${size}${look}`);
      await page.getByTestId('invalid-file-close').click();
      await expect(dialog).toBeHidden();
      expect(errors).toEqual([]);
    }
    if (!page) throw new Error('no page was opened');

    await openFile(page, 'half.json', '{ "session": nope }');
    const fileRow = page.getByTestId('invalid-file-dialog').locator('[data-testid="invalid-problem"]');
    await expect(fileRow).toHaveCount(1);
    await expect(fileRow.locator('td').first()).toHaveText(words.file);
    await expect(fileRow.getByTestId('invalid-expected')).toHaveText(words.json);
    await expect(fileRow.getByTestId('invalid-found')).toHaveText(words.jsonFound);
    await screenshot(page, `admin-invalid-file-json-${short}-dark`);
    expect(errors).toEqual([]);
    await page.close();
  });
}

test('opening a valid partial file loads it; saving downloads it and clears the dirty marker', async ({ page }) => {
  await openApp(page);
  const partial = { name: 'Lab PC over RDP', session: { kind: 'remoteDesktop' } };
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('start-open').click();
  await (
    await chooser
  ).setFiles({ name: 'lab.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(partial)) });
  await expect(page.getByTestId('file-name')).toContainText('lab.json');
  await expect(preview(page)).toHaveAttribute('data-password-link', 'no');
  await expect(page.getByTestId('dirty-dot')).toHaveCount(0);

  await showScreen(page, 'device');
  await page.getByTestId('field-device.os.edition').getByRole('combobox').click();
  await page.getByRole('option', { name: 'Education', exact: true }).click();
  await expect(page.getByTestId('dirty-dot')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const file = await download;
  expect(file.suggestedFilename()).toBe('lab.json');
  const saved = JSON.parse(await readFile(await file.path(), 'utf8'));
  expect(saved.session.kind).toBe('remoteDesktop');
  expect(saved.device.os.edition).toBe('Education');
  await expect(page.getByTestId('dirty-dot')).toHaveCount(0);
});

test('unsaved work is autosaved and offered back after a reload', async ({ page }) => {
  await openApp(page);
  await showScreen(page, 'session');
  await page.getByTestId('field-session.kind').getByText('Remote Desktop', { exact: true }).click();
  await expect(preview(page)).toHaveAttribute('data-password-link', 'no');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('sspr-preview.autosave'))).not.toBeNull();
  // Leaving with unsaved changes asks first (beforeunload); the user leaves anyway, as after a crash.
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(asked).toEqual(['beforeunload']);
  await expect(page.getByTestId('recovery-bar')).toBeVisible();
  await expect(preview(page)).toHaveAttribute('data-password-link', 'yes');
  await page.getByTestId('recovery-restore').click();
  await expect(preview(page)).toHaveAttribute('data-password-link', 'no');
  await expect(page.getByTestId('dirty-dot')).toBeVisible();
});

test('a String-typed OMA-URI is flagged inline and hides the link (R-POLICY-TYPE)', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('load-seed-2017-intune').click();
  await showScreen(page, 'intune');
  const card = page.getByTestId('password-source-0');
  await card.getByTestId('field-policies.passwordReset[0].dataType').getByRole('combobox').click();
  await page.getByRole('option', { name: 'String', exact: true }).click();
  await expect(card.getByTestId('password-source-0-status-issues')).toContainText('R-POLICY-TYPE');
  await expect(preview(page)).toHaveAttribute('data-password-link', 'no');
  await expect(verdict(page).locator('[data-rule-id="R-POLICY-TYPE"]').first()).toBeVisible();
});

test('the version picker knows the builds: Windows 10 1709 is build 16299', async ({ page }) => {
  await openApp(page);
  await showScreen(page, 'device');
  await page.getByTestId('version-picker').click();
  await page.getByRole('option', { name: /Windows 10 1709/ }).click();
  await expect(page.getByTestId('field-device.os.build').getByRole('spinbutton')).toHaveValue('16299');
  await expect(page.getByTestId('field-device.os.family').getByRole('combobox')).toContainText('Windows 10');
  await expect(verdict(page).locator('[data-rule-id="R-VERSION"]').first()).toBeVisible();
});

test('an unknown input makes the verdict say which rule it cannot decide', async ({ page }) => {
  await openApp(page);
  await showScreen(page, 'session');
  await page.getByTestId('field-session.kind').getByText('Unknown', { exact: true }).click();
  await expect(verdict(page)).toHaveAttribute('data-outcome', 'undecided');
  // The missing input by its name, linked to where it is set.
  await expect(page.getByTestId('missing-session.kind').first()).toBeVisible();
});

test('imported or unknown fields show their provenance badge', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('load-imported-unknown-scope').click();
  // The undecided rule's missing input links to the blade where it is set.
  await page.getByTestId('missing-tenant.sspr.enabled').first().click();
  await expect(page.getByTestId('blade-panel-properties')).toBeVisible();
  await expect(page.getByTestId('provenance-tenant.sspr.enabled')).toHaveText('Unknown');
  await expect(verdict(page)).toHaveAttribute('data-outcome', 'undecided');
  await expect(page.getByTestId('missing-tenant.sspr.enabled').first()).toHaveText('SSPR enabled');
  // Stating the value by hand settles the verdict and records that it was edited here.
  await page.getByTestId('field-tenant.sspr.enabled').getByText('All', { exact: true }).click();
  await expect(page.getByTestId('provenance-tenant.sspr.enabled')).toHaveText('Edited');
  await expect(verdict(page)).not.toHaveAttribute('data-outcome', 'undecided');
});

test('header undo/redo buttons and the window title follow the history', async ({ page }) => {
  await openApp(page);
  await expect(page).toHaveTitle('Untitled scenario — SSPR Preview');
  await expect(page.getByTestId('undo')).toBeDisabled();
  await showScreen(page, 'device');
  await page.getByTestId('field-device.settings.NoLockScreen').getByText('1 · Enabled', { exact: true }).click();
  await expect(preview(page)).toHaveAttribute('data-password-link', 'no');
  await expect(page).toHaveTitle('● Untitled scenario — SSPR Preview');
  await page.getByTestId('undo').click();
  await expect(preview(page)).toHaveAttribute('data-password-link', 'yes');
  await page.getByTestId('redo').click();
  await expect(preview(page)).toHaveAttribute('data-password-link', 'no');
  await expect(verdict(page).locator('[data-rule-id="R-NOLOCK"]').first()).toBeVisible();
});

test('the verdict exports as a self-contained HTML report', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('load-remote-desktop').click();
  await page.getByTestId('menu-file').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('menu-export-html').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^sspr-report-.*\.html$/);
  const html = await readFile(await file.path(), 'utf8');
  expect(html).toContain('R-SESSION-RDP');
  expect(html).toContain('Content-Security-Policy');
});

test('F5 switches to trainer mode and back', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('F5');
  // Trainer mode draws itself position: fixed over the window, so its host box has no size of its own.
  await expect(page.getByTestId('trainer-host')).toBeAttached();
  await expect(page.getByTestId('app-ready')).toHaveCount(0);
  await page.keyboard.press('F5');
  await expect(page.getByTestId('app-ready')).toBeVisible();
});

test('the simulated screen exports as a PNG', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByTestId('menu-file').click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Sign-in screen (PNG)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^sign-in-windows11-.*\.png$/);
  const png = await readFile(await file.path());
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  // The screen itself at its layout size (the PNG header's IHDR width and height), not the scaled pane.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 720]);
  expect(errors).toEqual([]);
});

test('the language switch redraws the simulated screen in Dutch and is remembered', async ({ page }) => {
  await openApp(page);
  await expect(preview(page)).toContainText('Reset password');
  await page.getByTestId('language').click();
  await page.getByRole('menuitemradio', { name: 'Nederlands' }).click();
  await expect(preview(page)).toContainText('Wachtwoord opnieuw instellen');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl-NL');
  await page.reload();
  await expect(preview(page)).toContainText('Wachtwoord opnieuw instellen');
});

test('an assignment filter the import could not evaluate can be stated on the Intune profile', async ({ page }) => {
  await openApp(page);
  const source = structuredClone(DEFAULT_SCENARIO.policies.passwordReset[0]);
  if (source.kind === 'registry') throw new Error('the default scenario uses an Intune source');
  source.assignment.include = [
    { target: 'allDevices', filter: { name: 'Windows 11 only', mode: 'include', matches: 'unknown' } },
  ];
  const partial = { policies: { passwordReset: [source] } };
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('start-open').click();
  await (
    await chooser
  ).setFiles({ name: 'filtered.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(partial)) });
  await expect(verdict(page)).toHaveAttribute('data-outcome', 'undecided');

  await showScreen(page, 'intune');
  await page
    .getByRole('combobox', { name: /assignment filter "Windows 11 only"/ })
    .first()
    .click();
  await page.getByRole('option', { name: 'Yes', exact: true }).click();
  await expect(verdict(page)).toHaveAttribute('data-outcome', 'success');
  await page
    .getByRole('combobox', { name: /assignment filter "Windows 11 only"/ })
    .first()
    .click();
  await page.getByRole('option', { name: 'No', exact: true }).click();
  await expect(verdict(page)).toHaveAttribute('data-outcome', 'hidden');
});
