// What `npm start` must build: a target is stale when its output is missing or older than any of its inputs.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VITE = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'vite.cmd' : 'vite');
const SHARED_INPUTS = ['simulator', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Build targets of `npm run build`, with the files that decide whether they are up to date. */
export const TARGETS = {
  cli: {
    label: 'the command-line tool',
    output: 'dist/cli/sspr-preview.mjs',
    inputs: [...SHARED_INPUTS],
    args: ['build', '--config', 'simulator/cli/vite.config.ts'],
  },
  renderer: {
    label: 'the app screens (renderer)',
    output: 'dist/renderer/index.html',
    inputs: [...SHARED_INPUTS, 'renderer', 'preload/contract.ts'],
    args: ['build', '-c', 'renderer/vite.config.ts'],
  },
  main: {
    label: 'the desktop shell (main and preload)',
    output: 'dist/main/main.cjs',
    inputs: [...SHARED_INPUTS, 'main', 'preload'],
    ignore: ['main/launcher', 'main/web-edition'],
    args: ['build', '-c', 'main/vite.config.ts'],
  },
};

/** Newest modification time (ms) of a file or of any file below a folder; 0 when it does not exist. */
export function newestMtime(path, ignore = []) {
  if (!existsSync(path) || ignore.some((skip) => path === skip)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry), ignore));
  }
  return newest;
}

function isStale(target) {
  const output = join(ROOT, target.output);
  if (!existsSync(output)) return true;
  const ignore = (target.ignore ?? []).map((path) => join(ROOT, path));
  const newestInput = Math.max(...target.inputs.map((input) => newestMtime(join(ROOT, input), ignore)));
  return newestInput > statSync(output).mtimeMs;
}

function toCommand(name) {
  return { name, label: TARGETS[name].label, command: VITE, args: TARGETS[name].args };
}

/** Build commands for the named targets. */
export function buildTargets(names) {
  return names.map(toCommand);
}

/** Build commands for the named targets that are missing or out of date. */
export function staleTargets(names) {
  return names.filter((name) => isStale(TARGETS[name])).map(toCommand);
}
