// The languages of the simulated screens and the trainer, and where the choice is remembered.
export const LANGUAGES = ['en-US', 'nl-NL'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, string> = {
  'en-US': 'English (United States)',
  'nl-NL': 'Nederlands (Nederland)',
};

export const LANGUAGE_STORAGE_KEY = 'sspr-preview.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage can be blocked (e.g. sandboxed iframes); the choice then lasts for this run only
  }
}

export function readStoredLanguage(): Language | null {
  const stored = storage()?.getItem(LANGUAGE_STORAGE_KEY);
  return isLanguage(stored) ? stored : null;
}

export function storeLanguage(language: Language): void {
  storage()?.setItem(LANGUAGE_STORAGE_KEY, language);
}
