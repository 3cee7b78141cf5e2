// Fixes the field-and-value wording can't say (a policy object, a list, a whole session), in the report's and the app's
// two languages, keyed by the phrase the engine's remedies give them. The English reads as the engine's own label;
// {{methods}} is a list of verification methods, named in the reader's words.
import type { Change } from '../engine/types';
import type { ReportLanguage } from './report-text';

export type FixPhraseKey =
  | 'addCatalogToGroup'
  | 'addCatalogToAll'
  | 'fixCustomProfile'
  | 'allowInCatalog'
  | 'registryDword'
  | 'addDeviceToGroup'
  | 'addUserToGroup'
  | 'removeExclusions'
  | 'removeApplicability'
  | 'assignToAllDevices'
  | 'removeConflicting'
  | 'makeAgree'
  | 'removeFilter'
  | 'upgradeWindows'
  | 'machineAuthentication'
  | 'allowResetHosts'
  | 'proxyPerMachine'
  | 'excludeResetHosts'
  | 'removePasswordProvider'
  | 'choosePasswordKey'
  | 'resetFromLocalDevice'
  | 'addUserToSsprGroup'
  | 'buyP1'
  | 'startP1Trial'
  | 'assignP1'
  | 'passwordMeetsAd'
  | 'passwordMeetsCloud'
  | 'wait24Hours'
  | 'addUsersToAllowLogOn'
  | 'removeFromDenyLogOn'
  | 'enableMethods'
  | 'registerMethods';

export const FIX_PHRASES: Record<ReportLanguage, Record<FixPhraseKey, string>> = {
  'en-US': {
    addCatalogToGroup: 'Add settings catalog "Allow Aad Password Reset = Allow" assigned to device group "{{group}}"',
    addCatalogToAll: 'Add settings catalog "Allow Aad Password Reset = Allow" assigned to All devices',
    fixCustomProfile: 'Custom profile "{{name}}": OMA-URI {{omaUri}}, Integer, value 1',
    allowInCatalog: 'Settings catalog "{{name}}": Allow Aad Password Reset = Allow',
    registryDword: 'Registry {{valueName}} = DWORD 1',
    addDeviceToGroup: 'Add the device to group "{{group}}" (assigned to "{{name}}")',
    addUserToGroup: 'Add the user to group "{{group}}" (assigned to "{{name}}")',
    removeExclusions: 'Remove the exclusions from "{{name}}"',
    removeApplicability: 'Remove the applicability rules from "{{name}}"',
    assignToAllDevices: 'Assign "{{name}}" to All devices',
    removeConflicting: 'Remove "{{name}}" (it conflicts with another source)',
    makeAgree: 'Make "{{name}}" agree with "{{other}}": value {{value}}',
    removeFilter: 'Remove the assignment filter "{{filter}}" from "{{name}}"',
    upgradeWindows: 'Upgrade to Windows 10 22H2 (19045)',
    machineAuthentication: '802.1x: machine authentication',
    allowResetHosts: 'Allow 443 to passwordreset.microsoftonline.com and ajax.aspnetcdn.com',
    proxyPerMachine: 'Make proxy settings per-machine',
    excludeResetHosts: 'Exclude the reset hosts in the security software',
    removePasswordProvider:
      'Remove the password provider {60b78e88-ead8-445c-9cfd-0b87f74ea6cd} from "Exclude credential providers"',
    choosePasswordKey: 'Choose the password key under Sign-in options',
    resetFromLocalDevice: 'Reset from a local Windows device instead of the Cloud PC (or at https://aka.ms/sspr)',
    addUserToSsprGroup: 'Add the user to "{{group}}"',
    buyP1: 'Buy Entra ID P1 for the tenant',
    startP1Trial: 'Start an Entra ID P1 trial for the tenant',
    assignP1: 'Assign an Entra ID P1 licence to the user',
    passwordMeetsAd: 'Choose a password that meets the AD policy',
    passwordMeetsCloud: 'Choose a password that meets the cloud rules',
    wait24Hours: 'Wait 24 hours after the last try',
    addUsersToAllowLogOn: 'Add Users back to "Allow log on locally"',
    removeFromDenyLogOn: 'Remove {{accounts}} from "Deny log on locally"',
    enableMethods: 'Enable {{methods}} in Methods available to users',
    registerMethods: 'Register {{methods}} at https://aka.ms/ssprsetup',
  },
  'nl-NL': {
    addCatalogToGroup:
      'Instellingencatalogus "Allow Aad Password Reset = Toestaan" toevoegen, toegewezen aan apparaatgroep "{{group}}"',
    addCatalogToAll:
      'Instellingencatalogus "Allow Aad Password Reset = Toestaan" toevoegen, toegewezen aan Alle apparaten',
    fixCustomProfile: 'Aangepast profiel "{{name}}": OMA-URI {{omaUri}}, geheel getal, waarde 1',
    allowInCatalog: 'Instellingencatalogus "{{name}}": Allow Aad Password Reset = Toestaan',
    registryDword: 'Register {{valueName}} = DWORD 1',
    addDeviceToGroup: 'Het apparaat toevoegen aan groep "{{group}}" (toegewezen aan "{{name}}")',
    addUserToGroup: 'De gebruiker toevoegen aan groep "{{group}}" (toegewezen aan "{{name}}")',
    removeExclusions: 'De uitsluitingen uit "{{name}}" verwijderen',
    removeApplicability: 'De toepasselijkheidsregels uit "{{name}}" verwijderen',
    assignToAllDevices: '"{{name}}" toewijzen aan Alle apparaten',
    removeConflicting: '"{{name}}" verwijderen (het conflicteert met een andere bron)',
    makeAgree: '"{{name}}" gelijktrekken met "{{other}}": waarde {{value}}',
    removeFilter: 'Het toewijzingsfilter "{{filter}}" uit "{{name}}" verwijderen',
    upgradeWindows: 'Upgraden naar Windows 10 22H2 (19045)',
    machineAuthentication: '802.1x: computerverificatie',
    allowResetHosts: 'Poort 443 naar passwordreset.microsoftonline.com en ajax.aspnetcdn.com toestaan',
    proxyPerMachine: 'Proxyinstellingen per computer instellen',
    excludeResetHosts: 'De hosts voor opnieuw instellen uitzonderen in de beveiligingssoftware',
    removePasswordProvider:
      'De wachtwoordprovider {60b78e88-ead8-445c-9cfd-0b87f74ea6cd} verwijderen uit "Referentieproviders uitsluiten"',
    choosePasswordKey: 'De wachtwoordsleutel kiezen onder Aanmeldingsopties',
    resetFromLocalDevice:
      'Opnieuw instellen vanaf een lokaal Windows-apparaat in plaats van de cloud-pc (of via https://aka.ms/sspr)',
    addUserToSsprGroup: 'De gebruiker toevoegen aan "{{group}}"',
    buyP1: 'Entra ID P1 kopen voor de tenant',
    startP1Trial: 'Een proefversie van Entra ID P1 starten voor de tenant',
    assignP1: 'De gebruiker een Entra ID P1-licentie toewijzen',
    passwordMeetsAd: 'Een wachtwoord kiezen dat voldoet aan het AD-beleid',
    passwordMeetsCloud: 'Een wachtwoord kiezen dat voldoet aan de cloudregels',
    wait24Hours: '24 uur wachten na de laatste poging',
    addUsersToAllowLogOn: 'Users weer toevoegen aan "Lokaal aanmelden toestaan"',
    removeFromDenyLogOn: '{{accounts}} verwijderen uit "Lokaal aanmelden weigeren"',
    enableMethods: '{{methods}} inschakelen bij Methoden die beschikbaar zijn voor gebruikers',
    registerMethods: '{{methods}} registreren op https://aka.ms/ssprsetup',
  },
};

/** Verification methods as the reader says them (the app's labels read these too). */
export const METHOD_NAMES: Record<ReportLanguage, Record<string, string>> = {
  'en-US': {
    mobileAppNotification: 'Mobile app notification',
    mobileAppCode: 'Mobile app code',
    email: 'Email',
    mobilePhone: 'Mobile phone',
    officePhone: 'Office phone',
    securityQuestions: 'Security questions',
  },
  'nl-NL': {
    mobileAppNotification: 'Melding via mobiele app',
    mobileAppCode: 'Code uit mobiele app',
    email: 'E-mail',
    mobilePhone: 'Mobiele telefoon',
    officePhone: 'Kantoortelefoon',
    securityQuestions: 'Beveiligingsvragen',
  },
};

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * A phrased change in the given language, or undefined when the change has no phrase. `word` names a vocabulary
 * value (a method) in that language; lists are joined the way the language joins them ("a and b", "a en b").
 */
export function fixPhraseText(
  change: Change,
  language: ReportLanguage,
  word: (value: string) => string = (value) => METHOD_NAMES[language][value] ?? value,
): string | undefined {
  const template = change.say && (FIX_PHRASES[language] as Record<string, string>)[change.say.key];
  if (!template) return undefined;
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(change.say?.params ?? {}))
    values[name] =
      typeof value === 'string'
        ? value
        : new Intl.ListFormat(language, { type: 'conjunction' }).format(value.map((item) => word(item)));
  return fill(template, values);
}
