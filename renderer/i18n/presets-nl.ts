// Dutch titles and descriptions of the built-in presets, keyed by preset id (test/unit/i18n checks every preset).
export const presetsNl: Record<string, { title: string; description: string }> = {
  'seed-2017-intune': {
    title: 'Windows 10 1709 in november 2017: aangepast Intune-profiel met OMA-URI (regels van 2017)',
    description:
      'Azure AD-gekoppelde Windows 10 Fall Creators Update met het aangepaste profiel AllowAadPasswordReset = 1 (Integer), toegewezen aan een apparaatgroep.',
  },
  'seed-2017-registry': {
    title: 'Windows 10 1709 in november 2017: registerwaarde (de documentatie raadde dit aan om te testen)',
    description:
      'Hetzelfde 1709-apparaat, niet ingeschreven bij Intune, met HKLM\\SOFTWARE\\Policies\\Microsoft\\AzureADAccount AllowPasswordReset = DWORD 1.',
  },
  'seed-today': {
    title: 'Het Windows 10 1709-apparaat uit 2017 volgens de huidige documentatie',
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
      'Opnieuw instellen gestart vanaf het vergrendelingsscherm van een aangemelde sessie (niet officieel: een voorgestelde wijziging van de documentatie, niet gepubliceerd).',
  },
  'ctrl-alt-del-2018': {
    title: 'Ctrl+Alt+Del vereist (documentatie van juli 2018)',
    description:
      'Windows 10 1803 met "Interactieve aanmelding: CTRL+ALT+DEL niet vereisen" = Uitgeschakeld, volgens de documentatie van 2018.',
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
  'combo-2019': {
    title: 'De combinatie van drie instellingen uit juli 2019 (Windows 10 1809)',
    description:
      'Ctrl+Alt+Del vereist, meldingen op het vergrendelingsscherm uit en IsContentDeliveryPolicyEnforced = 1, gelezen met de documentatie van juli 2019: de meldingsinstelling laat het opnieuw instellen mislukken; de combinatie uit die tijd past er ook op.',
  },
  'admin-free-tenant': {
    title: 'Beheerder in een tenant met Microsoft Entra ID Free',
    description:
      'Een globale beheerder met e-mail en mobiele telefoon geregistreerd, in een tenant zonder Entra ID P1/P2: het beleid van Microsoft voor beheerders geldt (twee controles, alleen sms, geen oproepen), niet de licentiecontrole.',
  },
  'msa-pin-workgroup': {
    title: 'Pincode van een persoonlijk Microsoft-account opnieuw instellen op een pc in een werkgroep',
    description:
      'Een thuis-pc in een werkgroep, aangemeld met een persoonlijk Microsoft-account en een pincode: "Ik ben mijn pincode vergeten" volgt de stappen voor Microsoft-accounts; de koppeling Wachtwoord opnieuw instellen van SSPR is er niet (die is voor werk- of schoolaccounts op gekoppelde apparaten).',
  },
  'cis-logon-right': {
    title: 'Profiel in CIS-stijl: "Lokaal aanmelden toestaan" zonder Gebruikers',
    description:
      'Een beveiligingsprofiel laat alleen Administrators over in "Lokaal aanmelden toestaan" (en weigert Guests): het tijdelijke herstelaccount kan zich niet aanmelden en Windows meldt dat de aanmeldingsmethode niet is toegestaan.',
  },
  'web-sign-in-default': {
    title: 'Webaanmelding als standaardprovider (Windows 11)',
    description:
      'Windows 11 23H2 met EnableWebSignIn = 1: de tegel opent met webaanmelding, zonder wachtwoordvak en dus zonder koppeling Wachtwoord opnieuw instellen, tot de wachtwoordsleutel onder Aanmeldingsopties is gekozen.',
  },
  'cloud-pc': {
    title: 'Windows 365 Cloud-pc',
    description:
      'De gebruiker maakt via een externe sessie verbinding met een Cloud-pc: stel het wachtwoord opnieuw in vanaf een lokaal apparaat of via het web.',
  },
  'excluded-password-provider': {
    title: 'Wachtwoordprovider uitgesloten',
    description:
      '"Referentieproviders uitsluiten" bevat de wachtwoordprovider {60b78e88-ead8-445c-9cfd-0b87f74ea6cd}: geen enkele tegel heeft een wachtwoordvak.',
  },
  'm365-trial': {
    title: 'Tenant met een proefversie van Microsoft 365',
    description:
      'Het enige abonnement is een proefversie van Microsoft 365: wachtwoordherstel vereist een betaald abonnement of een proefversie van Entra ID P1.',
  },
  'federated-1803-before-kb': {
    title: 'Pincode opnieuw instellen bij federatie op Windows 10 1803 zonder KB5001339',
    description:
      'Entra-gekoppelde 1803 (17134.1) met AD FS: ConfigureWebSignInAllowedUrls vereist 17134.2145, dus de pagina voor het opnieuw instellen van de pincode wordt geblokkeerd, ook al staan de domeinen in de lijst.',
  },
  'pin-settings-baseline': {
    title: 'Pincode opnieuw instellen vanuit Instellingen op een apparaat met een beveiligingsbasislijn',
    description:
      'Meldingen op het vergrendelingsscherm staan uit (beveiligingsbasislijn): het opnieuw instellen van het wachtwoord bij aanmelden mislukt, terwijl "Ik ben mijn pincode vergeten" in Instellingen > Accounts > Aanmeldingsopties nog werkt, met een praktijkmelding dat ook dat kan mislukken.',
  },
  'hybrid-smart-card-pin': {
    title: 'Account dat zich alleen met een smartcard mag aanmelden, stelt de pincode opnieuw in (hybride)',
    description:
      'Hybride gekoppeld, het AD-account heeft "Smartcard is vereist voor interactieve aanmelding": het opnieuw instellen van de pincode op het vergrendelingsscherm vraagt om een wachtwoord dat de gebruiker niet heeft.',
  },
};
