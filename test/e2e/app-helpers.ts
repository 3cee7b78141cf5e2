// Shared steps of the admin-UI end-to-end tests (browser edition).
import { expect, type Page } from '@playwright/test';

export interface AppPrefs {
  language?: 'en-US' | 'nl-NL';
  look?: 'windows10' | 'windows11';
  theme?: 'light' | 'dark';
}

/** Opens the app with these preferences on its first load (English unless `language` says otherwise). */
export async function openApp(page: Page, prefs: AppPrefs = {}) {
  await page.addInitScript((values) => {
    // Only on the first load of this page: a reload must see what the app itself stored.
    if (sessionStorage.getItem('sspr-preview.e2e-init')) return;
    sessionStorage.setItem('sspr-preview.e2e-init', '1');
    localStorage.setItem('sspr-preview.language', values.language ?? 'en-US');
    if (values.look) localStorage.setItem('sspr-preview.look', values.look);
    if (values.theme) localStorage.setItem('sspr-preview.theme', values.theme);
  }, prefs);
  await page.goto('/');
  await expect(page.getByTestId('app-ready')).toBeVisible();
}

export async function showScreen(
  page: Page,
  id: 'start' | 'tenant' | 'connect' | 'device' | 'intune' | 'user' | 'session' | 'era',
) {
  await page.getByTestId(`nav-${id}`).click();
  await expect(page.getByTestId(id === 'connect' ? 'screen-tenant-connection' : `screen-${id}`)).toBeVisible();
}

export function preview(page: Page) {
  return page.getByTestId('preview');
}

export function verdict(page: Page) {
  return page.getByTestId('verdict-panel');
}

/** Collects console errors and uncaught exceptions so a test can assert the page stayed clean. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
