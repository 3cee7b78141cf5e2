// i18next set-up for the app, plus the fixed-language text function the simulated screens use, which honours the
// trainer's per-scenario overrides ("<lang>:<key>" → text).
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { useMemo } from 'react';
import { enUS } from './en-US';
import { nlNL } from './nl-NL';
import { isLanguage, readStoredLanguage, storeLanguage, type Language } from './languages';

export { LANGUAGES, LANGUAGE_NAMES, isLanguage, readStoredLanguage, storeLanguage, type Language } from './languages';
export { textStatus, isScreenKey, SCREEN_SECTIONS, type TextStatus } from './status';

export const CATALOGUES = { 'en-US': enUS, 'nl-NL': nlNL } as const;

let initialised = false;

/**
 * Initialise i18next once (synchronously: the catalogues are bundled) in the remembered language, or `language`
 * when given. Safe to call more than once.
 */
export function initI18n(language?: Language): I18n {
  const lng = language ?? readStoredLanguage() ?? 'en-US';
  if (!initialised) {
    initialised = true;
    void i18next.use(initReactI18next).init({
      resources: { 'en-US': { translation: enUS }, 'nl-NL': { translation: nlNL } },
      lng,
      fallbackLng: 'en-US',
      supportedLngs: ['en-US', 'nl-NL'],
      nsSeparator: false,
      interpolation: { escapeValue: false }, // React escapes
      initAsync: false,
      returnNull: false,
    });
  } else if (language && i18next.language !== language) {
    void i18next.changeLanguage(language);
  }
  setDocumentLanguage(lng);
  return i18next;
}

/** The app's i18next instance (initialised on first use), for code outside React components. */
export function i18n(): I18n {
  return initialised ? i18next : initI18n();
}

/** Switch the app language at runtime and remember the choice. */
export function setAppLanguage(language: Language): void {
  initI18n();
  if (i18next.language !== language) void i18next.changeLanguage(language);
  storeLanguage(language);
  setDocumentLanguage(language);
}

function setDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined' && isLanguage(language)) document.documentElement.lang = language;
}

export type Overrides = Readonly<Record<string, string>>;
export type ScreenText = (key: string, vars?: Record<string, string | number>) => string;

/** Replace {{name}} placeholders in a trainer's override the way i18next does in catalogue strings. */
function interpolate(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function overrideKey(language: Language, key: string): string {
  return `${language}:${key}`;
}

/** A text function fixed to one language, whatever the app language is, with overrides applied first. */
export function screenText(language: Language, overrides: Overrides = {}): ScreenText {
  const fixed: TFunction = initI18n().getFixedT(language);
  return (key, vars) => {
    const override = overrides[overrideKey(language, key)];
    if (override !== undefined && override !== '') return interpolate(override, vars);
    return fixed(key, vars ?? {}) as string;
  };
}

export function useScreenText(language: Language, overrides: Overrides | undefined): ScreenText {
  return useMemo(() => screenText(language, overrides ?? {}), [language, overrides]);
}

/** The catalogue text without overrides (for the override editor and the speaker notes). */
export function catalogueText(language: Language, key: string): string | undefined {
  let node: unknown = CATALOGUES[language];
  for (const part of splitKey(key)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** "rule.R-LICENSE/user" → ["rule", "R-LICENSE/user"]; only the first dot of a rule key separates. */
function splitKey(key: string): string[] {
  return key.startsWith('rule.') ? ['rule', key.slice(5)] : key.split('.');
}

/** Every leaf key of a catalogue, dotted ("portal.method.sms"). */
export function flattenKeys(node: unknown, prefix = ''): string[] {
  if (node === null || typeof node !== 'object') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    flattenKeys(value, prefix ? `${prefix}.${key}` : key),
  );
}
