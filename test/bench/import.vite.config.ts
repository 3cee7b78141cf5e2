import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Bundles the import benchmark (main-process import code, MSAL, the Graph SDK and the local peers) for plain Node.
export default defineConfig({
  root,
  logLevel: 'warn',
  build: {
    ssr: 'test/bench/import-bench.ts',
    outDir: 'dist/bench-import',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    rollupOptions: { output: { entryFileNames: 'import-bench.mjs', format: 'es' } },
  },
  ssr: { noExternal: [] },
});
