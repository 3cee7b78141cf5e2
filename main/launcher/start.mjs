// `npm start`: builds what is missing or out of date, then opens the desktop app when Electron's runtime is
// installed, or serves the browser edition when it is not (its download is blocked on some machines).
// Usage: node main/launcher/start.mjs [--web] [--port 5173] [--rebuild] [--no-open]
import { spawn, spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { buildTargets, staleTargets } from './build-state.mjs';
import { ensureElectronBinary } from './electron.mjs';
import { openInBrowser } from './open-browser.mjs';
import { DEFAULT_PORT, parsePort, serveUntilStopped } from '../web-edition/serve.mjs';

const ROOT = new URL('../../', import.meta.url);

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

function build(targets) {
  for (const target of targets) {
    console.log(`Building ${target.label}...`);
    const result = spawnSync(target.command, target.args, {
      cwd: ROOT,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    if (result.status !== 0)
      fail(`building ${target.label} failed (${target.command} ${target.args.join(' ')}); see the messages above.`);
  }
}

const FALLBACK_LINE = (url) =>
  `Electron's runtime is not installed on this machine (its download is blocked), so SSPR Preview opens as the browser edition: ${url}`;

/**
 * Serves the browser edition. Without an explicit --port, the next free port is used when the default one is taken
 * (a second copy, or another dev server), so start never fails just for that.
 */
async function serveBrowserEdition({ port, exactPort, announce, open }) {
  const last = exactPort ? port : port + 9;
  for (let candidate = port; candidate <= last; candidate++) {
    try {
      const { url } = await serveUntilStopped({ port: candidate }, announce);
      if (open) openInBrowser(url);
      return;
    } catch (error) {
      if (!/already in use/.test(error.message) || candidate === last) throw error;
    }
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      web: { type: 'boolean' },
      port: { type: 'string' },
      rebuild: { type: 'boolean' },
      'no-open': { type: 'boolean' },
    },
    strict: true,
  });
  const port = values.port === undefined ? DEFAULT_PORT : parsePort(values.port);
  const electron = values.web ? null : ensureElectronBinary().binary;
  const wanted = electron ? ['renderer', 'main'] : ['renderer'];
  build(values.rebuild ? buildTargets(wanted) : staleTargets(wanted));

  if (electron) {
    console.log('Opening SSPR Preview (desktop app)...');
    // Electron reads package.json "main" (dist/main/main.cjs), so the app gets its own name and user-data folder.
    const child = spawn(electron, ['.'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined },
    });
    child.on('error', (error) => fail(`could not start Electron (${electron}): ${error.message}`));
    child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
    return;
  }
  await serveBrowserEdition({
    port,
    exactPort: values.port !== undefined,
    announce: values.web ? undefined : FALLBACK_LINE,
    open: !values['no-open'] && !process.env.CI,
  });
}

main().catch((error) => fail(error.message));
