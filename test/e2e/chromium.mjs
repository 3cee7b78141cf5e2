// Finds a Chromium for the end-to-end tests, or obtains one: Debian's package when we are root with apt-get,
// otherwise Playwright's own download. Used by test/run-all.mjs and test/e2e/playwright.config.ts.
// Run directly (node test/e2e/chromium.mjs) to print the path, installing if needed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
export const HOW_TO_GET_ONE =
  'No Chromium for the end-to-end tests: install one (Debian/Ubuntu: sudo apt-get install -y chromium; ' +
  'elsewhere: npx playwright install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/** Playwright's own browser build, if `npx playwright install chromium` has been run. */
function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** A Chromium that is already on this machine, without installing anything. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return SYSTEM_CANDIDATES.find((path) => existsSync(path)) ?? playwrightChromium();
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function run(command, args, log) {
  log(`$ ${command} ${args.join(' ')}`);
  return (
    spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
      .status === 0
  );
}

/**
 * Returns the path of a usable Chromium, installing one if needed. Throws an Error whose message is one line
 * saying how to get one when nothing works.
 */
export function ensureChromium({ log = (line) => console.log(line) } = {}) {
  if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
    throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist. ${HOW_TO_GET_ONE}`);
  }
  const found = findChromium();
  if (found) return found;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform === 'linux' && isRoot && hasCommand('apt-get')) {
    log("No Chromium found: installing Debian's chromium package with apt-get.");
    const installed = run('apt-get', ['update'], log) && run('apt-get', ['install', '-y', 'chromium'], log);
    const found = installed && findChromium();
    if (found) return found;
    log(
      `${installed ? 'apt-get installed chromium, but no chromium executable was found' : 'apt-get could not install chromium'}; trying Playwright's own download.`,
    );
  }
  const cli = fileURLToPath(new URL('../../node_modules/playwright-core/cli.js', import.meta.url));
  if (existsSync(cli) && run(process.execPath, [cli, 'install', 'chromium'], log)) {
    const downloaded = playwrightChromium();
    if (downloaded) return downloaded;
  }
  throw new Error(HOW_TO_GET_ONE);
}

/** The Chromium version line, for the test log ("Chromium 156.0.8078.79 built on Debian ..."). */
export function chromiumVersion(path) {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'version unknown';
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(ensureChromium({ log: (line) => console.error(line) }));
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}
