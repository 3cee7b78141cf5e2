// A page that mounts the tenant page on its own, built with Vite at test time, and a small server for it.
// Browser mode uses the browser edition's API adapter; desktop mode installs a window.ssprPreview whose tenant
// channels are answered over HTTP by a bridge the test provides (standing in for preload + main IPC).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export type Bridge = Record<string, (arg: unknown) => Promise<unknown>>;

const DESKTOP_API = `
window.ssprPreview = {
  edition: 'desktop',
  async invoke(channel, arg) {
    const response = await fetch('./ipc/' + encodeURIComponent(channel), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(arg === undefined ? null : arg),
    });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error);
    return body.result;
  },
  onMenuCommand() {
    return () => undefined;
  },
};
`;

export async function buildTenantPage(options: {
  root: string;
  workDir: string;
  edition: 'browser' | 'desktop';
}): Promise<string> {
  const source = path.join(options.workDir, `harness-${options.edition}`);
  const outDir = path.join(options.workDir, `dist-${options.edition}`);
  const renderer = path.join(options.root, 'renderer');
  await mkdir(source, { recursive: true });
  await writeFile(
    path.join(source, 'index.html'),
    '<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Tenant connection</title></head>' +
      '<body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>',
  );
  await writeFile(
    path.join(source, 'main.tsx'),
    [
      `import '${renderer}/app/zod-setup';`,
      options.edition === 'desktop' ? DESKTOP_API : '',
      "import { createRoot } from 'react-dom/client';",
      "import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';",
      `import { TenantPage } from '${renderer}/features/tenant/TenantPage';`,
      `import { initI18n } from '${renderer}/i18n/index';`,
      // ?lang=nl-NL&theme=dark for screenshots in both languages and themes.
      'const query = new URLSearchParams(location.search);',
      "initI18n(query.get('lang') === 'nl-NL' ? 'nl-NL' : 'en-US');",
      "const theme = query.get('theme') === 'dark' ? webDarkTheme : webLightTheme;",
      "createRoot(document.getElementById('root')!).render(<FluentProvider theme={theme}><TenantPage /></FluentProvider>);",
    ].join('\n'),
  );
  await build({
    root: source,
    base: './',
    logLevel: 'warn',
    configFile: false,
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
  });
  return outDir;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };

export async function serveTenantPage(
  distDir: string,
  bridge: Bridge = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (req.method === 'POST' && pathname.startsWith('/ipc/')) {
      const handler = bridge[pathname.slice('/ipc/'.length)];
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const text = Buffer.concat(chunks).toString('utf8');
      const arg = text === 'null' || text === '' ? undefined : JSON.parse(text);
      try {
        if (!handler) throw new Error(`No handler for ${pathname}`);
        const result = await handler(arg);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ result: result ?? null }));
      } catch (error) {
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: (error as Error).message }));
      }
      return;
    }
    const file = path.join(distDir, pathname.replace(/^\/+/, '') || 'index.html');
    if (!file.startsWith(distDir)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
