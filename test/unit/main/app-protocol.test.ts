import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

import { createAppRequestHandler, resolveAppFile } from '../../../main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../main/security/content-security-policy';
import { tempDirs } from './temp-dirs';

const makeTempDir = tempDirs('all');

let root: string;
beforeAll(() => {
  const base = makeTempDir('sspr-protocol-');
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>SSPR Preview</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.txt'), 'outside the renderer folder');
});

describe('app:// path resolution', () => {
  it('maps the root and files inside dist/renderer', () => {
    expect(resolveAppFile(root, 'app://sspr-preview/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://sspr-preview/assets/app.js?v=1#x')).toBe(path.join(root, 'assets', 'app.js'));
  });

  it.each([
    'app://sspr-preview/../secret.txt',
    'app://sspr-preview/%2e%2e/secret.txt',
    'app://sspr-preview/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://sspr-preview/..%5csecret.txt',
    'app://sspr-preview/%00index.html',
    'app://sspr-preview/%E0%A4%A',
    'app://other-host/index.html',
    'https://sspr-preview/index.html',
    'file:///etc/passwd',
  ])('never resolves %s outside dist/renderer', (url) => {
    const resolved = resolveAppFile(root, url);
    // Refused outright, or (".." and "%2e%2e" segments, which URL parsing already removes) mapped inside the renderer folder.
    if (resolved !== null) {
      expect(path.relative(root, resolved).startsWith('..')).toBe(false);
      expect(resolved).not.toBe(path.join(path.dirname(root), 'secret.txt'));
    }
  });

  it('refuses encoded escapes, backslashes, NUL bytes and foreign hosts outright', () => {
    for (const url of [
      'app://sspr-preview/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://sspr-preview/..%5csecret.txt',
      'app://sspr-preview/%00index.html',
      'app://sspr-preview/%E0%A4%A',
      'app://other-host/index.html',
      'file:///etc/passwd',
    ]) {
      expect(resolveAppFile(root, url), url).toBeNull();
    }
  });
});

describe('app:// responses', () => {
  const handler = () => createAppRequestHandler(root);

  it('serves files with the strict Content-Security-Policy and the right type', async () => {
    const response = await handler()(new Request('app://sspr-preview/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('SSPR Preview');
    const script = await handler()(new Request('app://sspr-preview/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for escapes, missing files and folders, still with the CSP', async () => {
    for (const url of [
      'app://sspr-preview/%2e%2e/secret.txt',
      'app://sspr-preview/missing.js',
      'app://sspr-preview/assets',
    ]) {
      const response = await handler()(new Request(url));
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).not.toContain('outside the renderer folder');
    }
  });

  it('accepts only GET and HEAD', async () => {
    const response = await handler()(new Request('app://sspr-preview/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });

  it('uses exactly the CSP the security review asked for', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});
