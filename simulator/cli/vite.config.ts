import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Bundles the command-line tool into one Node file so `npx sspr-preview` needs no TypeScript at run time.
export default defineConfig({
  root,
  logLevel: 'warn',
  build: {
    ssr: 'simulator/cli/main.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    rollupOptions: { output: { entryFileNames: 'sspr-preview.mjs', format: 'es' } },
  },
});
