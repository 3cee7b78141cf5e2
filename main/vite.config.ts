import { defineConfig } from 'vite';
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
};

const runtimeDependencies = Object.keys(pkg.dependencies ?? {});
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** Matches a package and its subpaths ("zod" and "zod/v4"). */
function packageMatcher(names: readonly string[]): (id: string) => boolean {
  return (id) => names.some((name) => id === name || id.startsWith(`${name}/`));
}

const TARGETS = {
  // Main: Node 20 CommonJS; electron, Node built-ins and the runtime dependencies stay require()s (they ship in app.asar).
  main: { entry: 'main/main.ts', outDir: 'dist/main', file: 'main.cjs', external: ['electron', ...nodeBuiltins, ...runtimeDependencies] },
  // Preload: sandboxed preloads can require only 'electron', so everything else is bundled into this one file.
  preload: { entry: 'preload/preload.ts', outDir: 'dist/preload', file: 'preload.cjs', external: ['electron'] },
} as const;

// Two separate builds (`--mode main`, `--mode preload`) so no chunk is ever shared between them.
export default defineConfig(({ mode }) => {
  const target = TARGETS[mode as keyof typeof TARGETS];
  if (!target) throw new Error(`Build with --mode main or --mode preload (got "${mode}")`);
  return {
    root,
    logLevel: 'warn',
    publicDir: false,
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: target.entry,
      outDir: target.outDir,
      emptyOutDir: true,
      target: 'node20',
      sourcemap: false,
      minify: false,
      reportCompressedSize: false,
      rollupOptions: {
        external: packageMatcher(target.external),
        output: { format: 'cjs', entryFileNames: target.file, codeSplitting: false },
      },
    },
  };
});
