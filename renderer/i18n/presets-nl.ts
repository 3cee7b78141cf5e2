// Dutch titles and descriptions of the built-in presets, keyed by preset id (test/unit/i18n checks every preset).
export const presetsNl: Record<string, { title: string; description: string }> = {
  'seed-2017-intune': {
    title: 'Het uitgangspunt: Windows 10 1709, aangepast Intune-profiel met OMA-URI (regels van 2017)',
    description:
      'Azure AD-gekoppelde Windows 10 Fall Creators Update met het aangepaste profiel AllowAadPasswordReset = 1 (Integer), toegewezen aan een apparaatgroep.',
  },
  'seed-2017-registry': {
    title: 'Het uitgangspunt, via het register (alleen voor tests)',
    description:
      'Hetzelfde 1709-apparaat, niet ingeschreven bij Intune, met HKLM\\SOFTWARE\\Policies\\Microsoft\\AzureADAccount AllowPasswordReset = DWORD 1.',
  },
  'seed-today': {
    title: 'Het uitgangspunt volgens de huidige documentatie',
    description: 'Het apparaat uit 2017, beoordeeld met de huidige documentatie: 1709 ligt onder het minimum van 1803.',
  },
  'happy-path': {
    title: 'Standaardsituatie: Windows 11 met de instellingencatalogus',
    description:
      'Microsoft Entra-gekoppelde Windows 11 24H2 met "Authentication > Allow Aad Password Reset = Allow"; selfservice voor wachtwoordherstel ingeschakeld voor Alle.',
  },
  'hyperv-enhanced': {
    title: 'Uitgebreide sessie van Hyper-V',
    description: 'De console van de VM staat in de uitgebreide sessiemodus: de koppeling wordt niet getoond.',
  },
  'remote-desktop': {
    title: 'Extern bureaublad',
    description: 'Aanmelden via Extern bureaublad: de koppeling wordt daar niet ondersteund.',
  },
  'home-edition': {
    title: 'Windows 11 Home',
    description: 'Home kent AllowAadPasswordReset niet en kan zich alleen registreren bij Microsoft Entra ID.',
  },
  'registered-only': {
    title: 'Microsoft Entra-geregistreerd apparaat (niet gekoppeld)',
    description: 'Een Pro-apparaat dat alleen is geregistreerd bij Microsoft Entra ID (werkplekkoppeling).',
  },
  'no-lock-screen': {
    title: 'Vergrendelingsscherm uitgeschakeld (NoLockScreen)',
    description: '"Het vergrendelingsscherm niet weergeven" = Ingeschakeld.',
  },
  'uac-off': {
    title: 'Gebruikersaccountbeheer uit: terug naar het aanmeldingsscherm',
    description:
      'EnableLUA = 0: na een klik op Wachtwoord opnieuw instellen keert Windows terug naar het aanmeldingsscherm.',
  },
  'security-baseline': {
    title: 'Beveiligingsbasislijn zet meldingen op het vergrendelingsscherm uit',
    description: 'Een basislijnprofiel stelt DisableLockScreenAppNotifications = 1 in naast AllowAadPasswordReset = 1.',
  },
  'user-outside-group': {
    title: 'Gebruiker buiten de geselecteerde groep',
    description:
      'Selfservice voor wachtwoordherstel ingeschakeld = Geselecteerd ("SSPR pilot"); de gebruiker is geen lid.',
  },
  'no-methods': {
    title: 'Gebruiker zonder geregistreerde methoden',
    description: 'De gebruiker heeft https://aka.ms/ssprsetup nooit doorlopen.',
  },
  'synced-no-writeback': {
    title: 'Gesynchroniseerde gebruiker zonder wachtwoord terugschrijven',
    description:
      'Gebruiker met wachtwoord-hashsynchronisatie; "Wachtwoord terugschrijven inschakelen voor gesynchroniseerde gebruikers" staat uit.',
  },
  'hybrid-off-network': {
    title: 'Hybride gekoppelde laptop buiten het bedrijfsnetwerk',
    description:
      'Het opnieuw instellen lukt in Microsoft Entra met terugschrijven, maar Windows heeft een domeincontroller nodig om het nieuwe wachtwoord te gebruiken.',
  },
  'windows7-addin': {
    title: 'Windows 7 met de SSPR-invoegtoepassing',
    description:
      'Bijgewerkte Windows 7 SP1 met SsprWindowsLogon.PROD.msi en TLS 1.2: "Wachtwoord vergeten?" nadat een gebruiker is gekozen.',
  },
  'pin-non-destructive': {
    title: 'Pincode niet-destructief opnieuw instellen',
    description:
      'Pincodeherstel inschakelen = Waar (instellingencatalogus) en toestemming voor Microsoft Pin Reset Service en Client.',
  },
  'pin-hybrid-key-trust': {
    title: 'Pincode opnieuw instellen bij hybride sleutelvertrouwen (destructief)',
    description:
      'Hybride gekoppeld, sleutelvertrouwensrelatie, geen pincodeherstel: de pincode opnieuw instellen vanaf het vergrendelingsscherm mislukt.',
  },
  'string-oma-uri': {
    title: 'OMA-URI met het type String',
    description: 'Het aangepaste profiel stuurt AllowAadPasswordReset als String "1": niet toegepast.',
  },
  'not-enrolled': {
    title: 'Intune-beleid, apparaat niet ingeschreven',
    description: 'Het beleid in de instellingencatalogus bestaat, maar het apparaat is niet ingeschreven bij Intune.',
  },
  'windows11-locked-session': {
    title: 'Windows 11: opnieuw instellen vanuit een vergrendelde sessie',
    description:
      'Opnieuw instellen gestart vanaf het vergrendelingsscherm van een aangemelde sessie (niet officieel gedocumenteerd).',
  },
  'ctrl-alt-del-2018': {
    title: 'Ctrl+Alt+Del vereist (documentatie van juli 2018)',
    description:
      'Windows 10 1803 met "Interactief aanmelden: Ctrl+Alt+Del niet vereisen" = Uitgeschakeld, volgens de documentatie van 2018.',
  },
  'admin-disabled': {
    title: 'Beheerder met allowedToUseSSPR = false',
    description:
      'Een globale beheerder in een tenant die selfservice voor wachtwoordherstel voor beheerders heeft uitgeschakeld.',
  },
  'imported-unknown-scope': {
    title: 'Geïmporteerde tenant: bereik van SSPR onbekend',
    description:
      'Graph geeft "Selfservice voor wachtwoordherstel ingeschakeld" niet vrij; zolang de beheerder het niet opgeeft, blijft het oordeel onbeslist.',
  },
};
