// The application store: the scenario being edited (undoable), evaluation options and UI preferences.
// The verdict is never stored here: it is derived from scenario + options (see verdict.ts).
import { create } from 'zustand';
import { DEFAULT_SCENARIO, familyForBuild, type EvaluateOptions, type Scenario } from '../../simulator/index';
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
  /** The look the person picked; used only while `lookFollowsDevice` is off. Read the drawn look with `selectLook`. */
  look: Look;
  /** On: the look follows the device's Windows build (10 → Windows 10, 22000 and later → Windows 11). */
  lookFollowsDevice: boolean;
  language: Language;
  theme: Theme;
  trainerMode: boolean;
  filePath: string | null;
  dirty: boolean;
  /** The scenario as last saved or opened, so undoing back to it clears the unsaved mark. */
  savedScenario: Scenario | null;
  /** Undo stack, newest last; each entry is the scenario before the labelled change. */
  past: HistoryEntry[];
  /** Redo stack, newest last. */
  future: HistoryEntry[];

  setScenario(next: Scenario, label: string): void;
  patchScenario(path: string, value: unknown, label: string): void;
  loadScenario(scenario: Scenario, meta?: { filePath?: string | null; dirty?: boolean }): void;
  setOptions(partial: Partial<EvaluateOptions>): void;
  setLook(look: Look): void;
  /** Drop the override: the look follows the device again. */
  followDeviceLook(): void;
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
  // A look picked in an earlier session is an override that lasts until "Follow device" drops it.
  lookFollowsDevice: storage()?.getItem(PREFERENCE_KEYS.look) == null,
  language: initialLanguage(),
  theme: initialTheme(),
  trainerMode: false,
  filePath: null,
  dirty: false,
  savedScenario: DEFAULT_SCENARIO,
  past: [],
  future: [],

  setScenario(next, label) {
    const { scenario, past } = get();
    if (next === scenario) return;
    set({
      scenario: next,
      past: pushCapped(past, { scenario, label }),
      future: [],
      dirty: next !== get().savedScenario,
    });
  },

  patchScenario(path, value, label) {
    const { scenario, setScenario } = get();
    setScenario(setAt(scenario, path, value), label);
  },

  loadScenario(scenario, meta) {
    const dirty = meta?.dirty ?? false;
    set({
      scenario,
      filePath: meta?.filePath === undefined ? null : meta.filePath,
      dirty,
      savedScenario: dirty ? null : scenario,
      past: [],
      future: [],
    });
  },

  setOptions(partial) {
    set({ options: { ...get().options, ...partial } });
  },

  setLook(look) {
    writePreference(PREFERENCE_KEYS.look, look);
    set({ look, lookFollowsDevice: false });
  },

  followDeviceLook() {
    try {
      storage()?.removeItem(PREFERENCE_KEYS.look);
    } catch {
      // storage disabled: nothing was remembered
    }
    set({ lookFollowsDevice: true });
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
    set({ filePath, dirty: false, savedScenario: get().scenario });
  },

  undo() {
    const { past, future, scenario } = get();
    const previous = past[past.length - 1];
    if (!previous) return;
    set({
      scenario: previous.scenario,
      past: past.slice(0, -1),
      future: pushCapped(future, { scenario, label: previous.label }),
      dirty: previous.scenario !== get().savedScenario,
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
      dirty: next.scenario !== get().savedScenario,
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

/** The Windows look a device of this scenario shows, or null when its build and family are unknown. */
export function lookForDevice(scenario: Scenario): Look | null {
  const { build, family } = scenario.device.os;
  const known = typeof build === 'number' ? familyForBuild(build) : family === 'unknown' ? null : family;
  if (known === null) return null;
  return known === 'windows11' ? 'windows11' : 'windows10'; // 7/8/8.1 draw the legacy look from the verdict
}

/** The look drawn: the person's override, else the device's own, else the last look picked. */
export function selectLook(state: AppState): Look {
  return (state.lookFollowsDevice ? lookForDevice(state.scenario) : null) ?? state.look;
}
