// Lint for the whole product: typescript-eslint's recommended rules plus the layer boundaries of the architecture
// (simulator is pure; renderer has no Node or Electron; preload exposes only the contract; main never reaches into renderer).
// Run from the project folder: eslint --config test/eslint.config.mjs simulator main preload renderer test
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));
const bareNodeBuiltins = {
  paths: nodeBuiltins.map((name) => ({ name, message: 'Use node:* only where the layer allows Node.' })),
};

const uiLibraries = [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'The simulator is pure TypeScript: no React.' },
  { group: ['@fluentui/*'], message: 'The simulator is pure TypeScript: no Fluent UI.' },
  { group: ['zustand', 'zustand/*'], message: 'The simulator is pure TypeScript: no zustand.' },
  { group: ['electron', 'electron/*'], message: 'The simulator runs anywhere: no Electron.' },
];
const nodeApis = {
  group: ['node:*'],
  message: 'The simulator runs in the browser too: no Node APIs (only simulator/cli/main.ts may use them).',
};
const outOfSimulator = {
  regex: '^(\\.\\./)+(main|renderer|preload)(/|$)',
  message: 'The simulator depends on nothing else in the product.',
};

const rendererBoundaries = [
  { group: ['electron', 'electron/*'], message: 'The renderer reaches the outside only through the typed SsprApi.' },
  { group: ['node:*'], message: 'The renderer runs sandboxed: no Node APIs.' },
  { regex: '^(\\.\\./)+main(/|$)', message: 'The renderer may not import the main process.' },
];
function shellFromBelow(who) {
  return {
    regex: '^(\\.\\./)+app(/|$)',
    message: `${who} may not import the app shell (renderer/app); shared pieces live in renderer/ui.`,
  };
}

function restrict(...patterns) {
  return ['error', { ...bareNodeBuiltins, patterns }];
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      'release/**',
      'test/output/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        // Node and browser globals used across the layers; layer rules below decide which modules may be imported.
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        queueMicrotask: 'readonly',
        structuredClone: 'readonly',
        globalThis: 'readonly',
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        performance: 'readonly',
        Blob: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        fetch: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
      },
    },
    rules: {
      // Real problems stay errors; stylistic choices are left to the author.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'warn',
      'no-empty': ['error', { allowEmptyCatch: true }],
      // File-name and text sanitisers match control characters on purpose.
      'no-control-regex': 'off',
      // TypeScript already reports undefined names, with the real globals of each environment.
      'no-undef': 'off',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['simulator/**/*.ts'],
    ignores: ['simulator/cli/main.ts', '**/vite.config.ts'],
    rules: { 'no-restricted-imports': restrict(...uiLibraries, nodeApis, outOfSimulator) },
  },
  {
    // The command-line entry point is the one simulator file that talks to the operating system.
    files: ['simulator/cli/main.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...uiLibraries, outOfSimulator] }] },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['**/vite.config.ts'],
    rules: { 'no-restricted-imports': restrict(...rendererBoundaries) },
  },
  {
    // Features sit above the shared building blocks (renderer/ui) and below the shell (renderer/app) that composes them.
    files: ['renderer/features/**/*.ts', 'renderer/features/**/*.tsx'],
    rules: { 'no-restricted-imports': restrict(...rendererBoundaries, shellFromBelow('A feature')) },
  },
  {
    files: ['renderer/ui/**/*.ts', 'renderer/ui/**/*.tsx'],
    rules: {
      'no-restricted-imports': restrict(...rendererBoundaries, shellFromBelow('A shared building block'), {
        regex: '^(\\.\\./)+features(/|$)',
        message: 'Shared building blocks (renderer/ui) may not import a feature.',
      }),
    },
  },
  {
    files: ['preload/**/*.ts'],
    ignores: ['preload/contract.ts'],
    rules: {
      'no-restricted-imports': restrict({
        // Sibling modules (./contract, ./desktop-api) are held to this same rule.
        regex: '^(?!electron$|\\./[\\w.-]+$).*',
        message:
          'The preload script exposes exactly the typed contract: it may import only electron and preload modules.',
      }),
    },
  },
  {
    // The contract is shared by main, preload and renderer, so it may only name simulator types.
    files: ['preload/contract.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          ...bareNodeBuiltins,
          patterns: [
            { regex: '^(?!\\.\\./simulator/).*', message: 'The IPC contract may only import simulator types.' },
            { regex: '^\\.\\./simulator/', allowTypeImports: true, message: 'The IPC contract may only import types.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts', 'main/**/*.mjs'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '^(\\.\\./)+renderer(/|$)', message: 'The main process may not import renderer code.' }],
        },
      ],
    },
  },
);
