// End-to-end tests of the browser edition: the built renderer served like `npm run web`, driven in Chromium.
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { HOW_TO_GET_ONE, findChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
// SSPR_E2E_PORT lets two checkouts run their end-to-end tests side by side.
const port = Number(process.env.SSPR_E2E_PORT ?? 4173);
const executablePath = findChromium();
if (!executablePath) throw new Error(HOW_TO_GET_ONE);

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.(spec|test)\.tsx?$/,
  outputDir: `${root}test/output/playwright`,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : undefined,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      // Debian's chromium in a container: no sandbox, no GPU, nothing that phones home.
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node main/web-edition/serve.mjs --port ${port}`,
    cwd: root,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
