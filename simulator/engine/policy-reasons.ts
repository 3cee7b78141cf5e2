// Why a policy source does or doesn't reach the device, and what the effective AllowAadPasswordReset comes from, in
// the engine's English (the command line and JSON) and in Dutch (the app and the report). The engine records each
// reason as a phrase key with its values; the English sentence is made from the same phrase, so the two can't drift.
import type { ChangePhrase } from './types';

export type Phrase = ChangePhrase;
export type PhraseLanguage = 'en-US' | 'nl-NL';

const EN = {
  notOmaUri: 'OMA-URI is not AllowAadPasswordReset',
  userScope: './User/ scope: the CSP is device-scoped',
  dataTypeInteger: 'data type {{dataType}}, expected Integer',
  dataTypeBoolean: 'data type {{dataType}}, expected Boolean',
  valueZeroOne: 'value {{value}}, expected 0 or 1',
  anotherSetting: 'another setting',
  notRegistryValue: 'not the AllowPasswordReset value',
  notDword: '{{valueType}}, expected REG_DWORD',
  enrolmentUnknown: 'Intune enrolment unknown',
  notEnrolled: 'device is not Intune-enrolled',
  notInGroup: 'not in any included group',
  filteredOut: 'assignment filter "{{filter}}" leaves the device out',
  excluded: 'member of an excluded group',
  applicabilityUnknown: 'applicability rule needs unknown OS data',
  notApplicableEdition: 'Not applicable (osEdition rule)',
  notApplicableVersion: 'Not applicable (osVersion rule)',
  filtersUnknown: "assignment filter {{filters}} reads a device property that isn't known offline",
  groupsUnknown: 'group membership unknown',
  assignedDevice: 'assigned (device target)',
  assignedUser: 'assigned (user target)',
  registryTestRoute: 'registry value present (test route; the device must still be joined)',
  pinTypo:
    '"./Vendor/MSFT/Policy/PassportForWork/..." is a typo in the PIN reset article; the CSP path is ./Device/Vendor/MSFT/PassportForWork/...',
  notPinOmaUri: 'OMA-URI is not EnablePinRecovery',
  applied: 'applied',
  conflicts: 'conflicts with {{others}}: Intune reports the conflict and leaves it to be resolved by hand',
  mayConflict: 'may conflict with {{others}}',
  // The effective AllowAadPasswordReset.
  explainConflict:
    'AllowAadPasswordReset is undecided: sources that reach the device disagree ({{sources}}); Intune reports the conflict and leaves it to be resolved by hand',
  explainMayConflict:
    'AllowAadPasswordReset is undecided: {{sources}} disagree, and whether each reaches the device is not known',
  explainUnknown: 'AllowAadPasswordReset is undecided: an input it depends on is unknown',
  explainNone: 'AllowAadPasswordReset = 0 (default: Not allowed): no applied source sets 1',
  explainSource: 'AllowAadPasswordReset = 1 from "{{name}}" ({{kind}})',
} as const;

export type PhraseKey = keyof typeof EN;

const NL: Record<PhraseKey, string> = {
  notOmaUri: 'de OMA-URI is niet AllowAadPasswordReset',
  userScope: 'bereik ./User/: de CSP geldt voor het apparaat',
  dataTypeInteger: 'gegevenstype {{dataType}}, verwacht: geheel getal (Integer)',
  dataTypeBoolean: 'gegevenstype {{dataType}}, verwacht: Booleaans (Boolean)',
  valueZeroOne: 'waarde {{value}}, verwacht: 0 of 1',
  anotherSetting: 'een andere instelling',
  notRegistryValue: 'niet de registerwaarde AllowPasswordReset',
  notDword: '{{valueType}}, verwacht: REG_DWORD',
  enrolmentUnknown: 'inschrijving bij Intune onbekend',
  notEnrolled: 'het apparaat is niet ingeschreven bij Intune',
  notInGroup: 'niet in een opgenomen groep',
  filteredOut: 'toewijzingsfilter "{{filter}}" sluit het apparaat uit',
  excluded: 'lid van een uitgesloten groep',
  applicabilityUnknown: 'een toepasselijkheidsregel heeft onbekende besturingssysteemgegevens nodig',
  notApplicableEdition: 'Niet van toepassing (regel voor de editie)',
  notApplicableVersion: 'Niet van toepassing (regel voor de versie)',
  filtersUnknown: 'toewijzingsfilter {{filters}} leest een apparaateigenschap die offline niet bekend is',
  groupsUnknown: 'groepslidmaatschap onbekend',
  assignedDevice: 'toegewezen (apparaatdoel)',
  assignedUser: 'toegewezen (gebruikersdoel)',
  registryTestRoute: 'registerwaarde aanwezig (testroute; het apparaat moet nog steeds gekoppeld zijn)',
  pinTypo:
    '"./Vendor/MSFT/Policy/PassportForWork/..." is een typefout in het artikel over het opnieuw instellen van de pincode; het CSP-pad is ./Device/Vendor/MSFT/PassportForWork/...',
  notPinOmaUri: 'de OMA-URI is niet EnablePinRecovery',
  applied: 'toegepast',
  conflicts: 'conflicteert met {{others}}: Intune meldt het conflict en laat het oplossen over aan de beheerder',
  mayConflict: 'conflicteert mogelijk met {{others}}',
  explainConflict:
    'AllowAadPasswordReset is onbeslist: bronnen die het apparaat bereiken zijn het oneens ({{sources}}); Intune meldt het conflict en laat het oplossen over aan de beheerder',
  explainMayConflict:
    'AllowAadPasswordReset is onbeslist: {{sources}} zijn het oneens, en of elk ervan het apparaat bereikt is niet bekend',
  explainUnknown: 'AllowAadPasswordReset is onbeslist: een invoer waarvan de waarde afhangt is onbekend',
  explainNone: 'AllowAadPasswordReset = 0 (standaard: Niet toegestaan): geen toegepaste bron stelt 1 in',
  explainSource: 'AllowAadPasswordReset = 1 van "{{name}}" ({{kind}})',
};

export const POLICY_PHRASES: Record<PhraseLanguage, Record<PhraseKey, string>> = { 'en-US': EN, 'nl-NL': NL };

/** The kinds of source as the reader says them (in the English sentences, the engine's own words). */
export const SOURCE_KIND_WORDS: Record<PhraseLanguage, Record<string, string>> = {
  'en-US': {
    omaUri: 'custom profile',
    settingsCatalog: 'settings catalog',
    registry: 'registry',
    accountProtection: 'account protection',
    gpo: 'group policy',
  },
  'nl-NL': {
    omaUri: 'aangepast profiel',
    settingsCatalog: 'instellingencatalogus',
    registry: 'register',
    accountProtection: 'accountbeveiliging',
    gpo: 'groepsbeleid',
  },
};

/** A phrase with nothing to fill in: shared, so a decided evaluation allocates none. */
export function fixed(key: PhraseKey): readonly Phrase[] {
  return Object.freeze([Object.freeze({ key })]);
}

export function phrase(key: PhraseKey, params: Readonly<Record<string, string>>): Phrase {
  return { key, params };
}

function fill(template: string, params: Phrase['params']): string {
  if (!params) return template;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = params[name];
    return typeof value === 'string' ? value : Array.isArray(value) ? value.join(', ') : whole;
  });
}

/**
 * Phrases joined as one reason ("…; conflicts with …"), in the given language. A source `kind` stays the model's word
 * in English (as the command line has always printed it) and is named in the reader's words otherwise.
 */
export function phraseText(parts: readonly Phrase[], language: PhraseLanguage = 'en-US'): string {
  const table = POLICY_PHRASES[language] as Record<string, string>;
  return parts
    .map((part) => {
      const kind = part.params?.kind;
      const params =
        language !== 'en-US' && typeof kind === 'string'
          ? { ...part.params, kind: SOURCE_KIND_WORDS[language][kind] ?? kind }
          : part.params;
      return fill(table[part.key] ?? part.key, params);
    })
    .join('; ');
}
