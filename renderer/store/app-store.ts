// The application store: the scenario being edited (undoable), evaluation options and UI preferences.
// The verdict is never stored here: it is derived from scenario + options (see verdict.ts).
import { create } from 'zustand';
import { DEFAULT_SCENARIO, type EvaluateOptions, type Scenario } from '../../simulator/index';
import { setAt } from './paths';

export type Look = 'windows10' | 'windows11';
export type Language = 'en-US' | 'nl-NL';
export type Theme = 'light' | 'dark';

export interface HistoryEntry {
  scenario: Scenario;
  /** What the change did, e.g. "Session: Remote Desktop"; shown in the Undo/Redo tooltips. */
  label: string;
}

export interface AppState {
  scenario: Scenario;
  options: EvaluateOptions;
  look: Look;
  language: Language;
  theme: Theme;
  trainerMode: boolean;
  filePath: string | null;
  dirty: boolean;
  /** Undo stack, newest last; each entry is the scenario before the labelled change. */
  past: HistoryEntry[];
  /** Redo stack, newest last. */
  future: HistoryEntry[];

  setScenario(next: Scenario, label: string): void;
  patchScenario(path: string, value: unknown, label: string): void;
  loadScenario(scenario: Scenario, meta?: { filePath?: string | null; dirty?: boolean }): void;
  setOptions(partial: Partial<EvaluateOptions>): void;
  setLook(look: Look): void;
  setLanguage(language: Language): void;
  setTheme(theme: Theme): void;
  setTrainerMode(on: boolean): void;
  markSaved(filePath: string | null): void;
  undo(): void;
  redo(): void;
}

export const HISTORY_LIMIT = 100;

export const PREFERENCE_KEYS = {
  language: 'sspr-preview.language',
  look: 'sspr-preview.look',
  theme: 'sspr-preview.theme',
} as const;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled by the browser
  }
}

function readPreference<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  const stored = storage()?.getItem(key);
  return allowed.includes(stored as T) ? (stored as T) : fallback;
}

function writePreference(key: string, value: string): void {
  try {
    storage()?.setItem(key, value);
  } catch {
    // quota or privacy mode: the preference simply isn't remembered
  }
}

function initialLanguage(): Language {
  const browserDefault =
    typeof navigator !== 'undefined' && navigator.language?.toLowerCase().startsWith('nl') ? 'nl-NL' : 'en-US';
  return readPreference<Language>(PREFERENCE_KEYS.language, ['en-US', 'nl-NL'], browserDefault);
}

function initialTheme(): Theme {
  const prefersDark =
    typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  return readPreference<Theme>(PREFERENCE_KEYS.theme, ['light', 'dark'], prefersDark);
}

function pushCapped(stack: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const next = stack.length >= HISTORY_LIMIT ? stack.slice(stack.length - HISTORY_LIMIT + 1) : stack.slice();
  next.push(entry);
  return next;
}

export const useAppStore = create<AppState>()((set, get) => ({
  scenario: DEFAULT_SCENARIO,
  options: { docsAsOf: 'current' },
  look: readPreference<Look>(PREFERENCE_KEYS.look, ['windows10', 'windows11'], 'windows11'),
  language: initialLanguage(),
  theme: initialTheme(),
  trainerMode: false,
  filePath: null,
  dirty: false,
  past: [],
  future: [],

  setScenario(next, label) {
    const { scenario, past } = get();
    if (next === scenario) return;
    set({ scenario: next, past: pushCapped(past, { scenario, label }), future: [], dirty: true });
  },

  patchScenario(path, value, label) {
    const { scenario, setScenario } = get();
    setScenario(setAt(scenario, path, value), label);
  },

  loadScenario(scenario, meta) {
    set({
      scenario,
      filePath: meta?.filePath === undefined ? null : meta.filePath,
      dirty: meta?.dirty ?? false,
      past: [],
      future: [],
    });
  },

  setOptions(partial) {
    set({ options: { ...get().options, ...partial } });
  },

  setLook(look) {
    writePreference(PREFERENCE_KEYS.look, look);
    set({ look });
  },

  setLanguage(language) {
    writePreference(PREFERENCE_KEYS.language, language);
    set({ language });
  },

  setTheme(theme) {
    writePreference(PREFERENCE_KEYS.theme, theme);
    set({ theme });
  },

  setTrainerMode(trainerMode) {
    set({ trainerMode });
  },

  markSaved(filePath) {
    set({ filePath, dirty: false });
  },

  undo() {
    const { past, future, scenario } = get();
    const previous = past[past.length - 1];
    if (!previous) return;
    set({
      scenario: previous.scenario,
      past: past.slice(0, -1),
      future: pushCapped(future, { scenario, label: previous.label }),
      dirty: true,
    });
  },

  redo() {
    const { past, future, scenario } = get();
    const next = future[future.length - 1];
    if (!next) return;
    set({
      scenario: next.scenario,
      future: future.slice(0, -1),
      past: pushCapped(past, { scenario, label: next.label }),
      dirty: true,
    });
  },
}));

/** Label of the change Undo would revert, or null. */
export function undoLabel(state: AppState): string | null {
  return state.past[state.past.length - 1]?.label ?? null;
}

export function redoLabel(state: AppState): string | null {
  return state.future[state.future.length - 1]?.label ?? null;
}
