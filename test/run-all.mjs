// `npm test`: every check the product has, in order, stopping at the first failure.
// Usage: node test/run-all.mjs [--skip=lint,e2e]   (step names: see STEPS below)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumVersion, ensureChromium } from './e2e/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts ?? {};
const isWindows = process.platform === 'win32';
const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', FORCE_COLOR: process.stdout.isTTY ? '1' : '0' };

function bin(name) {
  return join(root, 'node_modules', '.bin', isWindows ? `${name}.cmd` : name);
}

function npmRun(script) {
  return { command: isWindows ? 'npm.cmd' : 'npm', args: ['run', '--silent', script] };
}

function hasE2eSpecs(dir = join(root, 'test', 'e2e')) {
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { withFileTypes: true }).some((entry) =>
    entry.isDirectory() ? hasE2eSpecs(join(dir, entry.name)) : /\.(spec|test)\.tsx?$/.test(entry.name),
  );
}

/** Each step is a command, or a function that returns a note (and throws to fail). */
const STEPS = [
  {
    name: 'typecheck',
    title: 'Type check (tsc --noEmit)',
    command: bin('tsc'),
    args: ['-p', 'tsconfig.json', '--noEmit'],
  },
  {
    name: 'lint',
    title: 'Lint and layer boundaries (eslint)',
    command: bin('eslint'),
    args: ['--config', 'test/eslint.config.mjs', 'simulator', 'main', 'preload', 'renderer', 'test'],
  },
  {
    name: 'format',
    title: 'Formatting (prettier --check)',
    command: bin('prettier'),
    args: ['--check', '--log-level', 'warn', 'simulator', 'main', 'preload', 'renderer', 'test', '.github'],
  },
  {
    name: 'unit',
    title: 'Unit tests (vitest)',
    command: bin('vitest'),
    args: ['run', '--config', 'test/vitest.config.ts'],
  },
  { name: 'build', title: 'Build (CLI, renderer, main and preload)', ...npmRun('build') },
  {
    name: 'chromium',
    title: 'Chromium for the end-to-end tests',
    run: () => {
      const path = ensureChromium();
      env.CHROMIUM_PATH = path;
      return `${path} (${chromiumVersion(path)})`;
    },
  },
  {
    name: 'e2e',
    title: 'End-to-end tests (Playwright, browser edition)',
    command: bin('playwright'),
    args: ['test', '-c', 'test/e2e/playwright.config.ts'],
    when: () => hasE2eSpecs() || 'no end-to-end specs in test/e2e yet',
  },
  {
    name: 'electron',
    title: 'Real-Electron smoke test (skipped where no Electron runtime can be had)',
    command: process.execPath,
    args: ['test/electron/run.mjs'],
  },
  {
    name: 'security',
    title: 'Electron security review (npm run security)',
    ...npmRun('security'),
    when: () => 'security' in scripts || 'no "security" script',
  },
  {
    name: 'validate:builder',
    title: 'Packaging configuration (npm run validate:builder)',
    ...npmRun('validate:builder'),
    when: () => 'validate:builder' in scripts || 'no "validate:builder" script',
  },
];

function seconds(since) {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

const skip = new Set(
  process.argv
    .filter((arg) => arg.startsWith('--skip='))
    .flatMap((arg) => arg.slice('--skip='.length).split(','))
    .filter(Boolean),
);
const unknown = [...skip].filter((name) => !STEPS.some((step) => step.name === name));
if (unknown.length > 0) {
  console.error(`npm test: unknown step ${unknown.join(', ')}; steps are ${STEPS.map((step) => step.name).join(', ')}`);
  process.exit(2);
}

const started = performance.now();
const summary = [];
for (const [index, step] of STEPS.entries()) {
  const heading = `[${index + 1}/${STEPS.length}] ${step.title}`;
  console.log(`\n=== ${heading}`);
  if (skip.has(step.name)) {
    console.log('skipped (--skip)');
    summary.push(`  skipped  ${step.name}`);
    continue;
  }
  const applicable = step.when ? step.when() : true;
  if (applicable !== true) {
    console.log(`skipped: ${applicable}`);
    summary.push(`  skipped  ${step.name} (${applicable})`);
    continue;
  }
  const stepStarted = performance.now();
  let failure = null;
  if (step.run) {
    try {
      console.log(step.run());
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
  } else {
    const result = spawnSync(step.command, step.args, { cwd: root, env, stdio: 'inherit', shell: isWindows });
    if (result.error) failure = `could not start ${step.command}: ${result.error.message}`;
    else if (result.status !== 0) failure = `exit code ${result.status ?? `signal ${result.signal}`}`;
  }
  if (failure) {
    const rerun = step.command
      ? `\n  Re-run this step alone: ${[step.command.replace(root, ''), ...step.args].join(' ')}`
      : '';
    console.error(`\n✗ npm test stopped at "${step.name}" after ${seconds(stepStarted)}: ${failure}${rerun}`);
    process.exit(1);
  }
  console.log(`--- ${step.name} passed in ${seconds(stepStarted)}`);
  summary.push(`  passed   ${step.name} (${seconds(stepStarted)})`);
}
console.log(`\n✓ npm test passed in ${seconds(started)}\n${summary.join('\n')}`);
