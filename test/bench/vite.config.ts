import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Bundles the benchmark like the CLI, so it measures the same compiled simulator code that ships.
export default defineConfig({
  root,
  logLevel: 'warn',
  build: {
    ssr: 'test/bench/bench.ts',
    outDir: 'dist/bench',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    rollupOptions: { output: { entryFileNames: 'bench.mjs', format: 'es' } },
  },
});
