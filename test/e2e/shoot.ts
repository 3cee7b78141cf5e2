// Screenshots for people (README, reviews): test/output/screenshots/<name>.png.
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('../output/screenshots/', import.meta.url));

/** Saves the visible page as test/output/screenshots/<name>.png and returns the file path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  if (!/^[\w.-]+$/.test(name))
    throw new Error(`screenshot name "${name}" may contain only letters, digits, ".", "-" and "_"`);
  mkdirSync(folder, { recursive: true });
  const path = `${folder}${name}.png`;
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}
