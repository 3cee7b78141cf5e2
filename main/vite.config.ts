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
  main: {
    entry: 'main/main.ts',
    outDir: 'dist/main',
    file: 'main.cjs',
    external: ['electron', ...nodeBuiltins, ...runtimeDependencies],
  },
  // Preload: sandboxed preloads can require only 'electron', so everything else is bundled into this one file.
  preload: { entry: 'preload/preload.ts', outDir: 'dist/preload', file: 'preload.cjs', external: ['electron'] },
} as const;

function environment(target: (typeof TARGETS)[keyof typeof TARGETS]) {
  return {
    consumer: 'server' as const,
    resolve: { noExternal: true as const, external: [] },
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
        output: { format: 'cjs' as const, entryFileNames: target.file, codeSplitting: false },
      },
    },
  };
}

// Two environments built one after the other by `vite build` (the builder), so no chunk is ever shared between them.
export default defineConfig({
  root,
  logLevel: 'warn',
  publicDir: false,
  environments: { main: environment(TARGETS.main), preload: environment(TARGETS.preload) },
  builder: {
    // Only these two: the default client environment (index.html) belongs to the renderer's own config.
    async buildApp(builder) {
      await builder.build(builder.environments.main);
      await builder.build(builder.environments.preload);
    },
  },
});
