// `npm run test:electron`: the real-Electron smoke test (Playwright's Electron support) against the built app, or
// against the packaged app when SSPR_ELECTRON_EXECUTABLE names its executable. Without a runtime it prints one line
// and exits 0, so the README's test command passes on machines that cannot download Electron.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SKIPPED_LINE, findElectronRuntime } from './runtime.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runtime = findElectronRuntime();
if (!runtime.executable) {
  console.log(SKIPPED_LINE);
  console.log(`  (${runtime.reason})`);
  process.exit(0);
}
if (!runtime.packaged && !existsSync(join(root, 'dist', 'main', 'main.cjs'))) {
  console.error('The app is not built: run npm run build first.');
  process.exit(1);
}
console.log(`Electron runtime: ${runtime.executable}${runtime.packaged ? ' (packaged app)' : ''}`);
const playwright = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'playwright.cmd' : 'playwright');
const result = spawnSync(playwright, ['test', '-c', 'test/electron/playwright.config.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: {
    ...process.env,
    SSPR_ELECTRON_RESOLVED: runtime.executable,
    SSPR_ELECTRON_IS_PACKAGED: runtime.packaged ? '1' : '',
  },
});
process.exit(result.status ?? 1);
