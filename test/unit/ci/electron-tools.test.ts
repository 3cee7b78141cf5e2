// The helper scripts of the hosted-CI workflows: checksums, the published site's CSP check, and the Electron runtime
// finder's honest "skipped" answer where there is no runtime.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { findElectronRuntime } from '../../electron/runtime.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sspr-ci-tools-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function node(script: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(root, script), ...args], { encoding: 'utf8' });
}

describe('checksums.mjs', () => {
  it('writes sha256sum lines for the installers only', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'SSPR Preview Setup 0.1.0.exe'), 'abc');
    writeFileSync(join(dir, 'builder-debug.yml'), 'not an installer');
    const out = join(dir, 'SHA256SUMS.txt');
    expect(node('test/electron/checksums.mjs', dir, out).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  SSPR Preview Setup 0.1.0.exe\n',
    );
  });

  it('fails when there is nothing to sum', () => {
    expect(node('test/electron/checksums.mjs', tempDir(), join(tempDir(), 'x.txt')).status).toBe(1);
  });
});

describe('check-site.mjs', () => {
  const page = (csp: string, extra = '') =>
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}" />${extra}</head></html>`;

  it('accepts the renderer page as it is built', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'index.html'), readFileSync(join(root, 'renderer', 'index.html')));
    expect(node('test/electron/check-site.mjs', dir).status).toBe(0);
  });

  it('refuses a page without the policy, with eval allowed, or loading remote scripts', () => {
    for (const html of [
      '<html></html>',
      page("default-src 'self'; script-src 'self' 'unsafe-eval'"),
      page("default-src 'self'; script-src 'self'", '<script src="https://cdn.example.com/x.js"></script>'),
    ]) {
      const dir = tempDir();
      writeFileSync(join(dir, 'index.html'), html);
      const run = node('test/electron/check-site.mjs', dir);
      expect(run.status, html).toBe(1);
      expect(run.stderr.length).toBeGreaterThan(0);
    }
  });
});

describe('findElectronRuntime', () => {
  it('names a packaged executable that does not exist instead of running without one', () => {
    const before = process.env.SSPR_ELECTRON_EXECUTABLE;
    process.env.SSPR_ELECTRON_EXECUTABLE = join(tmpdir(), 'no-such-sspr-preview');
    try {
      expect(findElectronRuntime({ download: false })).toEqual({
        executable: null,
        reason: expect.stringContaining('does not exist'),
      });
    } finally {
      if (before === undefined) delete process.env.SSPR_ELECTRON_EXECUTABLE;
      else process.env.SSPR_ELECTRON_EXECUTABLE = before;
    }
  });
});
