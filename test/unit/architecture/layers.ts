// Import scanner for the layer rules of the architecture (the same boundaries ESLint enforces, proven independently):
// simulator is pure; renderer has no Node or Electron and never reaches into main; preload imports only electron and
// its own modules, i.e. the contract and its helpers (the contract names only simulator types); main never imports renderer code.
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

export interface ImportRef {
  specifier: string;
  typeOnly: boolean;
  line: number;
}

export interface Violation {
  file: string;
  specifier: string;
  line: number;
  rule: string;
}

export const LAYERS = ['simulator', 'main', 'preload', 'renderer'] as const;
const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
/** Build tooling that lives beside a layer but is not part of it at run time. */
const TOOLING = [/(^|\/)vite\.config\.ts$/, /^simulator\/cli\/bin\.cjs$/, /\.d\.mts$/];
const NODE_BUILTINS = new Set(builtinModules.filter((name) => !name.startsWith('_')));
const UI_PACKAGES = [/^react(\/|$)/, /^react-dom(\/|$)/, /^@fluentui\//, /^zustand(\/|$)/];

export function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0]);
}

function isElectron(specifier: string): boolean {
  return specifier === 'electron' || specifier.startsWith('electron/');
}

/** Every static, re-exported, dynamic and require() import in a source text, with its line number. */
export function findImports(source: string): ImportRef[] {
  // Block comments become blank lines (line numbers stay right); whole-line comments are dropped.
  const text = source
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/^\s*\/\/.*$/gm, '');
  const patterns: { regex: RegExp; typeOnly: (match: RegExpExecArray) => boolean }[] = [
    {
      regex: /\b(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"\n]+)['"]/g,
      typeOnly: (match) => Boolean(match[2]),
    },
    { regex: /\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g, typeOnly: () => false },
    { regex: /\brequire\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g, typeOnly: () => false },
  ];
  const found: ImportRef[] = [];
  for (const { regex, typeOnly } of patterns) {
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      const specifier = match[match.length - 1];
      const line = text.slice(0, match.index).split('\n').length;
      found.push({ specifier, typeOnly: typeOnly(match), line });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

/** The project-relative path (posix) an import points at, or null for a package. */
export function resolveRelative(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return posix.normalize(posix.join(posix.dirname(file), specifier));
}

function layerOf(path: string): string {
  return path.split('/')[0];
}

/** Layer violations of one file, given its project-relative posix path and its text. */
export function checkFile(file: string, source: string): Violation[] {
  const layer = layerOf(file);
  if (!(LAYERS as readonly string[]).includes(layer) || TOOLING.some((pattern) => pattern.test(file))) return [];
  const violations: Violation[] = [];
  for (const ref of findImports(source)) {
    const target = resolveRelative(file, ref.specifier);
    const rule = violatedRule(file, layer, ref, target);
    if (rule) violations.push({ file, specifier: ref.specifier, line: ref.line, rule });
  }
  return violations;
}

function violatedRule(file: string, layer: string, ref: ImportRef, target: string | null): string | null {
  const { specifier } = ref;
  switch (layer) {
    case 'simulator': {
      if (target) {
        const allowed =
          layerOf(target) === 'simulator' || (file === 'simulator/cli/main.ts' && target === 'package.json');
        return allowed ? null : 'simulator may import only simulator code';
      }
      if (isElectron(specifier) || UI_PACKAGES.some((pattern) => pattern.test(specifier))) {
        return 'simulator may not import electron, react, react-dom, @fluentui/* or zustand';
      }
      if (isNodeBuiltin(specifier) && file !== 'simulator/cli/main.ts')
        return 'simulator may not use Node APIs (only simulator/cli/main.ts may)';
      return null;
    }
    case 'renderer':
      if (isElectron(specifier)) return 'renderer may not import electron';
      if (isNodeBuiltin(specifier)) return 'renderer may not use Node APIs';
      if (target && layerOf(target) === 'main') return 'renderer may not import main';
      return target ? rendererPartRule(file, target) : null;
    case 'preload':
      if (file === 'preload/contract.ts') {
        return target && layerOf(target) === 'simulator' && ref.typeOnly
          ? null
          : 'preload/contract.ts may only import simulator types';
      }
      // Helpers inside preload/ are checked by the same rule, so the script as a whole still sees only electron and the contract.
      if (specifier === 'electron' || (target && layerOf(target) === 'preload')) return null;
      return 'preload may import only electron and preload modules (the contract and its helpers)';
    case 'main':
      return target && layerOf(target) === 'renderer' ? 'main may not import renderer' : null;
    default:
      return null;
  }
}

/** Inside the renderer: the shell (app) composes features; features build on shared blocks (ui); never upwards. */
function rendererPartRule(file: string, target: string): string | null {
  const within = (path: string, part: string) => path.startsWith(`renderer/${part}/`);
  if (within(file, 'features') && within(target, 'app')) return 'a renderer feature may not import the app shell';
  if (within(file, 'ui') && within(target, 'app')) return 'renderer/ui may not import the app shell';
  if (within(file, 'ui') && within(target, 'features')) return 'renderer/ui may not import a feature';
  return null;
}

/** All source files of the four layers, as project-relative posix paths. */
export function listLayerFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (SOURCE_FILE.test(entry.name)) files.push(relative(root, path).split(sep).join('/'));
    }
  };
  for (const layer of LAYERS) {
    try {
      walk(join(root, layer));
    } catch {
      // A layer folder that does not exist yet has nothing to check.
    }
  }
  return files.sort();
}

export function checkRepository(root: string): { files: string[]; violations: Violation[] } {
  const files = listLayerFiles(root);
  const violations = files.flatMap((file) => checkFile(file, readFileSync(join(root, file), 'utf8')));
  return { files, violations };
}
