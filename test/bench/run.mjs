// npm run bench: the Fleet screen's scroll and what-if benchmark in headless Chromium, then the simulator and fleet
// benchmark (arguments go to it, e.g. -- --fleet-rows 0), whose last line stays "bench: <N> evaluations/s".
// Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
console.log('Fleet screen (headless Chromium):');
run(npx, ['vite', 'build', '-c', 'renderer/vite.config.ts', '--logLevel', 'warn']);
run(process.execPath, ['test/bench/fleet-ui-bench.mjs']);
console.log('');
run(npx, ['vite', 'build', '-c', 'test/bench/vite.config.ts', '--logLevel', 'warn']);
run(process.execPath, ['dist/bench/bench.mjs', ...process.argv.slice(2)]);
