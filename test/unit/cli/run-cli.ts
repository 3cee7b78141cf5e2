// Runs the built command-line tool the way a user does (node simulator/cli/bin.cjs ...), building it first if needed.
import { execSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
const bundle = join(root, 'dist', 'cli', 'sspr-preview.mjs');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/cli when it is missing or older than any simulator source, so tests never run a stale CLI. */
export function ensureCliBuilt(): void {
  const stale = !existsSync(bundle) || newestSource(join(root, 'simulator')) > statSync(bundle).mtimeMs;
  if (stale)
    execSync('npm run build:cli', {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    });
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI without blocking, so independent cases can run side by side. */
export function runCli(args: string[], input?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'simulator', 'cli', 'bin.cjs'), ...args], {
      cwd: root,
      timeout: 20_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    // The CLI stops reading standard input at its size limit; the rest of a large input then meets a closed pipe.
    child.stdin.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') reject(error);
    });
    child.stdin.end(input);
  });
}

/** A stack trace line ("    at fn (file:1:2)") must never reach the user. */
export const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;
