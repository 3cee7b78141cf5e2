// The browser-edition server, run as `npm run web` runs it, against a throw-away site folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY as DESKTOP_CSP,
  SECURITY_HEADERS as DESKTOP_HEADERS,
} from '../../../main/security/content-security-policy';

const serveScript = fileURLToPath(new URL('../../../main/web-edition/serve.mjs', import.meta.url));
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const scratch = mkdtempSync(join(tmpdir(), 'sspr-web-'));
const site = join(scratch, 'site');
mkdirSync(join(site, 'assets'), { recursive: true });
writeFileSync(join(site, 'index.html'), '<!doctype html><title>SSPR Preview</title>');
writeFileSync(join(site, 'assets', 'app-1234.js'), 'console.log(1)');
writeFileSync(join(site, 'assets', 'app-1234.css'), 'body{}');
writeFileSync(join(site, 'assets', 'font.woff2'), 'wOF2');
writeFileSync(join(scratch, 'secret.txt'), 'outside the site');

let server: ChildProcess;
let port = 0;

/** Raw request: the path is sent exactly as given (no URL normalisation by the client); Host as given, if given. */
function get(
  path: string,
  method = 'GET',
  host?: string | null,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const headers = host === undefined ? undefined : host === null ? { host: '' } : { host };
    const req = request({ host: '127.0.0.1', port, path, method, headers, setHost: host === undefined }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  server = spawn(process.execPath, [serveScript, '--port', '0', '--root', site], { stdio: ['ignore', 'pipe', 'pipe'] });
  const line = await new Promise<string>((resolve, reject) => {
    server.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString()));
    server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(line);
  if (!match) throw new Error(`unexpected start line: ${line}`);
  port = Number(match[1]);
});

afterAll(() => {
  server?.kill();
  rmSync(scratch, { recursive: true, force: true });
});

describe('browser-edition server', () => {
  it('serves index.html at / with the app Content-Security-Policy', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(CSP);
    // The browser edition is held to exactly the desktop app's policy.
    expect(response.headers['content-security-policy']).toBe(DESKTOP_CSP);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.body).toContain('<title>SSPR Preview</title>');
  });

  it.each([
    ['/assets/app-1234.js', 'text/javascript; charset=utf-8'],
    ['/assets/app-1234.css', 'text/css; charset=utf-8'],
    ['/assets/font.woff2', 'font/woff2'],
    ['/assets/app-1234.js?v=2', 'text/javascript; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['content-security-policy']).toBe(CSP);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00index.html',
    '/%E0%A4%A',
  ])('never serves anything outside the site folder: %s', async (path) => {
    const response = await get(path);
    expect([400, 404]).toContain(response.status);
    expect(response.body).not.toContain('outside the site');
  });

  it('answers 404 for a missing file and 405 for methods other than GET and HEAD', async () => {
    expect((await get('/assets/missing.js')).status).toBe(404);
    expect((await get('/', 'POST')).status).toBe(405);
    const head = await get('/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('stops with one readable line when the site is not built', async () => {
    const empty = join(scratch, 'empty');
    mkdirSync(empty);
    const child = spawn(process.execPath, [serveScript, '--port', '0', '--root', empty], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('not built yet');
  });
});

describe('only requests addressed to this server (DNS rebinding)', () => {
  it.each([['127.0.0.1:PORT'], ['localhost:PORT'], ['LOCALHOST:PORT']])('answers Host %s', async (host) => {
    const response = await get('/', 'GET', host.replace('PORT', String(port)));
    expect(response.status).toBe(200);
  });

  it.each([
    ['another name pointed at 127.0.0.1', 'attacker.example:PORT'],
    ['the right name on another port', '127.0.0.1:1'],
    ['no port', '127.0.0.1'],
    ['a name that only starts like ours', 'localhost.attacker.example:PORT'],
    ['an IPv6 loopback', '[::1]:PORT'],
    ['an empty Host', ''],
  ])('refuses %s with 421 and a short body, and serves no file', async (_label, host) => {
    const response = await get('/', 'GET', host.replace('PORT', String(port)));
    expect(response.status).toBe(421);
    expect(response.body).toBe(`Misdirected request: open http://127.0.0.1:${port}/ instead.`);
    expect(response.body).not.toContain('<title>');
    expect(response.headers['content-security-policy']).toBe(DESKTOP_CSP);
  });
});

describe('the same security headers as the desktop app', () => {
  it.each([['/'], ['/assets/app-1234.js'], ['/assets/missing.js']])('%s carries every desktop header', async (path) => {
    const response = await get(path);
    for (const [name, value] of Object.entries(DESKTOP_HEADERS)) {
      expect(response.headers[name.toLowerCase()], name).toBe(value);
    }
    expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(response.headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()');
  });
});
