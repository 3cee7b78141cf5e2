// Starts the real app under Playwright's Electron support: the built app (dist/main/main.cjs through package.json's
// "main") or the packaged executable, with its own empty user-data folder so runs never share state.
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const isPackaged = process.env.SSPR_ELECTRON_IS_PACKAGED === '1';

export interface LaunchedApp {
  app: ElectronApplication;
  window: Page;
  userData: string;
  close(): Promise<void>;
}

export async function launchApp(): Promise<LaunchedApp> {
  const executablePath = process.env.SSPR_ELECTRON_RESOLVED;
  if (!executablePath) throw new Error('Run the smoke tests through npm run test:electron (it finds the runtime).');
  const home = mkdtempSync(join(tmpdir(), 'sspr-electron-'));
  const userData = join(home, 'user-data');
  const app = await electron.launch({
    executablePath,
    args: [...(isPackaged ? [] : [root]), `--user-data-dir=${userData}`],
    // Every platform's userData root points into the temp folder too, whichever one the runtime honours.
    env: { ...process.env, HOME: home, APPDATA: home, XDG_CONFIG_HOME: home, ELECTRON_ENABLE_LOGGING: '1' },
  });
  const window = await app.firstWindow();
  return {
    app,
    window,
    userData,
    close: async () => {
      await app.close().catch(() => undefined);
      rmSync(home, { recursive: true, force: true });
    },
  };
}
