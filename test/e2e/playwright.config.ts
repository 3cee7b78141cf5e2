// End-to-end tests of the browser edition: the built renderer served like `npm run web`, driven in Chromium.
import { defineConfig } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { HOW_TO_GET_ONE, findChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** 4173 when it is free, otherwise any free port: another checkout's test run must not make this one fail. */
function pickPort(preferred: number): number {
  const probe = `const net = require('node:net');
    const listen = (port, fallback) => { const server = net.createServer();
      server.once('error', fallback).listen(port, '127.0.0.1', () => { process.stdout.write(String(server.address().port)); server.close(); }); };
    listen(${preferred}, () => listen(0, () => process.exit(1)));`;
  const result = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
  const port = Number(result.stdout);
  return result.status === 0 && port > 0 ? port : preferred;
}

// Chosen once in the runner; the workers inherit it through the environment, so all agree on one URL.
process.env.SSPR_E2E_PORT ??= String(pickPort(4173));
const port = Number(process.env.SSPR_E2E_PORT);
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
    // Always this checkout's own build: never talk to a server some other run left on the port.
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
