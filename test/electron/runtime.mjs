// Finds an Electron runtime for the real-Electron smoke test: the packaged app (SSPR_ELECTRON_EXECUTABLE), the
// runtime npm already has, or one downloaded now (Electron 42+ downloads on first use, not at install). Where the
// download is blocked, as on networks without access to GitHub, it says so; it never pretends to have a runtime.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
export const SKIPPED_LINE = 'skipped: no Electron runtime (download blocked)';

function installedRuntime(packageDir) {
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

/**
 * @param {{ download?: boolean, timeoutMs?: number }} [options]
 * @returns {{ executable: string, packaged: boolean } | { executable: null, reason: string }}
 */
export function findElectronRuntime({
  download = process.env.SSPR_ELECTRON_DOWNLOAD !== '0',
  timeoutMs = 300_000,
} = {}) {
  const packaged = process.env.SSPR_ELECTRON_EXECUTABLE;
  if (packaged) {
    return existsSync(packaged)
      ? { executable: packaged, packaged: true }
      : { executable: null, reason: `SSPR_ELECTRON_EXECUTABLE points to ${packaged}, which does not exist` };
  }
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json', { paths: [root] }));
  } catch {
    return { executable: null, reason: 'the electron package is not installed (run npm ci)' };
  }
  const present = installedRuntime(packageDir);
  if (present) return { executable: present, packaged: false };
  if (!download) return { executable: null, reason: 'no runtime in node_modules/electron and downloading is off' };
  const run = spawnSync(process.execPath, [join(packageDir, 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    timeout: timeoutMs,
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  });
  const downloaded = installedRuntime(packageDir);
  if (downloaded) return { executable: downloaded, packaged: false };
  const cause = `${run.stderr ?? ''}${run.stdout ?? ''}`
    .split('\n')
    .find((line) => /error|ENOTFOUND|ECONN|timed out|EAI_AGAIN/i.test(line));
  return { executable: null, reason: (cause ?? `the download exited with ${run.status ?? run.signal}`).trim() };
}
