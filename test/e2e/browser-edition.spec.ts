// The browser edition as `npm start` serves it: loads under the app's Content-Security-Policy with no violations
// and no uncaught errors.
import { expect, test } from '@playwright/test';
import { screenshot } from './shoot';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

test('loads under the strict Content-Security-Policy without violations or errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Collect CSP violations inside the page from the very first script on.
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });

  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toBe(CSP);
  await expect(page).toHaveTitle(/SSPR Preview/);
  await expect(page.locator('body')).not.toBeEmpty();
  await page.waitForLoadState('networkidle');

  const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
  await screenshot(page, 'browser-edition-start');
});
