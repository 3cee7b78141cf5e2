// The browser edition: serves the built renderer (dist/renderer) on 127.0.0.1 with the desktop app's security headers.
// It answers only requests addressed to 127.0.0.1:<port> or localhost:<port>: a page on another site that points its
// own name at 127.0.0.1 (DNS rebinding) sends its own name as Host and is refused.
// Usage: node main/web-edition/serve.mjs [--port 5173] [--root dist/renderer]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const DEFAULT_PORT = 5173;
export const HOST = '127.0.0.1';
// SSPR_RENDERER_DIST lets parallel checkouts' test runs build and serve their own copy.
export const DEFAULT_ROOT = process.env.SSPR_RENDERER_DIST
  ? resolve(process.env.SSPR_RENDERER_DIST)
  : fileURLToPath(new URL('../../dist/renderer', import.meta.url));

/** The same policy as the desktop app: nothing remote, no eval, no plugins, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/**
 * Every header the desktop app:// protocol sends (main/security/content-security-policy.ts; a unit test holds the two
 * equal), plus two a web origin needs: no embedding of its files by other sites, and no device permissions.
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** The Host values this server answers to, for the port it listens on. */
export function allowedHosts(port) {
  return [`${HOST}:${port}`, `localhost:${port}`];
}

/** Whether a request's Host header names this server (case-insensitive, exactly one of allowedHosts). */
export function isAllowedHost(hostHeader, port) {
  if (typeof hostHeader !== 'string') return false;
  return allowedHosts(port).includes(hostHeader.trim().toLowerCase());
}

export function mimeType(path) {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a request path to a file under root, or null when it would leave root (../, encoded or not),
 * carries a NUL byte, or is not valid percent-encoding.
 */
export function resolveRequestPath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const target = resolve(base, normalize(relative));
  return target === base || target.startsWith(base + sep) ? target : null;
}

function send(response, status, text, method) {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(method === 'HEAD' ? undefined : text);
}

export function createStaticHandler(root) {
  return (request, response) => {
    const method = request.method ?? 'GET';
    const port = request.socket.localPort;
    if (!isAllowedHost(request.headers.host, port)) {
      // 421 Misdirected Request: this server is not the one the name points to.
      return send(response, 421, `Misdirected request: open http://${HOST}:${port}/ instead.`, method);
    }
    if (method !== 'GET' && method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return send(response, 405, 'Method not allowed', method);
    }
    let file = resolveRequestPath(root, request.url ?? '/');
    if (!file) return send(response, 400, 'Bad request path', method);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) return send(response, 404, 'Not found', method);

    const isPage = extname(file) === '.html';
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': mimeType(file),
      'Content-Length': statSync(file).size,
      // Hashed assets never change; the page must be re-read so a rebuild shows up.
      'Cache-Control': isPage ? 'no-cache' : 'public, max-age=31536000, immutable',
    });
    if (method === 'HEAD') return response.end();
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  };
}

/** Starts the server; resolves with its URL once it listens, rejects with a readable Error otherwise. */
export function startServer({ port = DEFAULT_PORT, root = DEFAULT_ROOT } = {}) {
  if (!existsSync(join(root, 'index.html'))) {
    return Promise.reject(
      new Error(
        `The browser edition is not built yet (${join(root, 'index.html')} is missing): run npm run build, or npm start, which builds it.`,
      ),
    );
  }
  const server = createServer(createStaticHandler(root));
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} on ${HOST} is already in use: stop the other program or pick another port with --port.`,
            )
          : error,
      );
    });
    server.listen(port, HOST, () => {
      const actualPort = server.address().port;
      resolvePromise({ server, url: `http://${HOST}:${actualPort}/` });
    });
  });
}

export function parsePort(text) {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a number from 0 to 65535; found "${text}"`);
  return port;
}

/** Serves until Ctrl+C or SIGTERM. */
export async function serveUntilStopped(
  options,
  announce = (url) => `SSPR Preview (browser edition): ${url}  (Ctrl+C to stop)`,
) {
  const { server, url } = await startServer(options);
  console.log(announce(url));
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { server, url };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  try {
    const { values } = parseArgs({ options: { port: { type: 'string' }, root: { type: 'string' } }, strict: true });
    await serveUntilStopped({
      port: values.port === undefined ? DEFAULT_PORT : parsePort(values.port),
      root: values.root === undefined ? DEFAULT_ROOT : resolve(values.root),
    });
  } catch (error) {
    console.error(`sspr-preview web: ${error.message}`);
    process.exit(1);
  }
}
