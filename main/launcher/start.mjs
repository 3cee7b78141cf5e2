// `npm start`: builds what is missing or out of date, then opens the desktop app when Electron's runtime is
// installed, or serves the browser edition when it is not (its download is blocked on some machines).
// Usage: node main/launcher/start.mjs [--web] [--port 5173] [--rebuild] [--no-open]
import { spawn, spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { buildTargets, staleTargets } from './build-state.mjs';
import { electronBinary } from './electron.mjs';
import { openInBrowser } from './open-browser.mjs';
import { DEFAULT_PORT, parsePort, serveUntilStopped, startServer } from '../web-edition/serve.mjs';

const ROOT = new URL('../../', import.meta.url);

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

function build(targets) {
  for (const target of targets) {
    console.log(`Building ${target.label}...`);
    const result = spawnSync(target.command, target.args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
    if (result.status !== 0) fail(`building ${target.label} failed (${target.command} ${target.args.join(' ')}); see the messages above.`);
  }
}

/** Finds a free port from the preferred one upwards, so a second copy or another dev server doesn't block start. */
async function serveOnFreePort(preferred, open) {
  for (let port = preferred; port < preferred + 10; port++) {
    try {
      const probe = await startServer({ port });
      await new Promise((resolve) => probe.server.close(resolve));
      return await serveUntilStopped({ port }, (url) =>
        `Electron's runtime is not installed on this machine (its download is blocked), so SSPR Preview opens as the browser edition: ${url}`,
      ).then(({ url }) => {
        if (open) openInBrowser(url);
      });
    } catch (error) {
      if (!/already in use/.test(error.message)) throw error;
    }
  }
  throw new Error(`ports ${preferred} to ${preferred + 9} on 127.0.0.1 are all in use; pick another with --port.`);
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
  const electron = values.web ? null : electronBinary();
  const wanted = electron ? ['renderer', 'main'] : ['renderer'];
  build(values.rebuild ? buildTargets(wanted) : staleTargets(wanted));

  if (electron) {
    console.log('Opening SSPR Preview (desktop app)...');
    // Electron reads package.json "main" (dist/main/main.cjs), so the app gets its own name and user-data folder.
    const child = spawn(electron, ['.'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined } });
    child.on('error', (error) => fail(`could not start Electron (${electron}): ${error.message}`));
    child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
    return;
  }
  const wantsOpen = !values['no-open'] && !process.env.CI;
  if (values.web) {
    await serveUntilStopped({ port });
    return;
  }
  await serveOnFreePort(port, wantsOpen);
}

main().catch((error) => fail(error.message));
