// Is Electron's runtime installed? Its npm package can be present (types only) while the binary download was blocked.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = fileURLToPath(new URL('../../node_modules/electron/', import.meta.url));

const BINARY_NAMES = { win32: 'electron.exe', darwin: 'Electron.app/Contents/MacOS/Electron', linux: 'electron' };

/** The Electron executable, or null when only the package (without its runtime) is installed. */
export function electronBinary() {
  // Same override as electron's own index.js: a folder holding an unpacked Electron.
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = join(override, BINARY_NAMES[process.platform] ?? 'electron');
    return existsSync(binary) ? binary : null;
  }
  const pathFile = join(PACKAGE, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(PACKAGE, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/**
 * The Electron executable, downloaded now when it is missing: Electron 42 and later fetch their runtime on first use,
 * not at install. Returns the reason when there is none (download blocked, package missing).
 * @param {{ timeoutMs?: number }} [options]
 * @returns {{ binary: string } | { binary: null, reason: string }}
 */
export function ensureElectronBinary({ timeoutMs = 300_000 } = {}) {
  const present = electronBinary();
  if (present) return { binary: present };
  const installer = join(PACKAGE, 'install.js');
  if (!existsSync(installer)) return { binary: null, reason: 'the electron package is not installed (run npm ci)' };
  const run = spawnSync(process.execPath, [installer], {
    cwd: PACKAGE,
    encoding: 'utf8',
    timeout: timeoutMs,
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  });
  const downloaded = electronBinary();
  if (downloaded) return { binary: downloaded };
  const cause = `${run.stderr ?? ''}${run.stdout ?? ''}`
    .split('\n')
    .find((line) => /error|ENOTFOUND|ECONN|timed out|EAI_AGAIN/i.test(line));
  return { binary: null, reason: (cause ?? `the download exited with ${run.status ?? run.signal}`).trim() };
}
