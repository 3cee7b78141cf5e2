// Renderer build (desktop window and browser edition): root renderer/, relative base for file/custom protocols,
// output dist/renderer. Prints the gzip size of what the first screen loads and of everything.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
// SSPR_RENDERER_DIST: build somewhere else (the browser edition's server reads the same variable).
const outDir = process.env.SSPR_RENDERER_DIST ?? fileURLToPath(new URL('../dist/renderer', import.meta.url));
export const GZIP_BUDGET_KB = 250;

interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  code?: string;
  source?: string | Uint8Array;
  isEntry?: boolean;
  imports?: string[];
}

/** Sums gzip sizes of the entry chunk + its static imports + CSS (first screen) and of all JS/CSS (whole app). */
function gzipReport(): Plugin {
  return {
    name: 'sspr-gzip-report',
    apply: 'build',
    generateBundle(_, bundle) {
      const files = Object.values(bundle) as unknown as ChunkLike[];
      const byName = new Map(files.map((file) => [file.fileName, file]));
      const gz = (file: ChunkLike) => gzipSync(file.type === 'chunk' ? (file.code ?? '') : (file.source ?? '')).length;
      const initial = new Set<string>();
      const visit = (name: string) => {
        if (initial.has(name)) return;
        initial.add(name);
        for (const next of byName.get(name)?.imports ?? []) visit(next);
      };
      for (const file of files) if (file.type === 'chunk' && file.isEntry) visit(file.fileName);
      for (const file of files) if (file.fileName.endsWith('.css')) initial.add(file.fileName);
      const code = files.filter((file) => /\.(js|css)$/.test(file.fileName));
      const kb = (bytes: number) => (bytes / 1024).toFixed(1);
      const initialBytes = code.filter((file) => initial.has(file.fileName)).reduce((sum, file) => sum + gz(file), 0);
      const totalBytes = code.reduce((sum, file) => sum + gz(file), 0);
      if (process.env.SSPR_BUNDLE_DETAIL) {
        for (const file of code)
          console.log(
            `  ${initial.has(file.fileName) ? 'first' : 'lazy '} ${kb(gz(file)).padStart(7)} kB  ${file.fileName}`,
          );
      }
      const verdict = initialBytes / 1024 <= GZIP_BUDGET_KB ? 'within' : 'OVER';
      console.log(
        `\nrenderer bundle (gzip): first screen ${kb(initialBytes)} kB (${verdict} the ${GZIP_BUDGET_KB} kB budget), ` +
          `all ${code.length} files ${kb(totalBytes)} kB`,
      );
    },
  };
}

/** Vite's dev server injects inline scripts (React refresh), which the strict CSP forbids; builds keep the CSP. */
function relaxCspInDev(): Plugin {
  return {
    name: 'sspr-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/s, ''),
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [react(), gzipReport(), relaxCspInDev()],
  server: { host: '127.0.0.1', fs: { allow: ['..'] } },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Fluent is big; the budget we care about is the gzip total printed above, not Vite's raw-size warning.
    chunkSizeWarningLimit: 900,
    modulePreload: { polyfill: false },
  },
});
