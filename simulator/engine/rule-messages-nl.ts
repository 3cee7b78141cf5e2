// Dutch rule messages, keyed like the rule keys (RULES[].messageKey without "rule."): the app's Dutch catalogue and
// the Dutch HTML report both read them.
// Setting names, paths and codes stay as Windows and Entra spell them.
export const ruleMessagesNl: Record<string, string> = {
  // Link visibility
  'R-OS': 'Oudere Windows-versies hebben de SSPR-invoegtoepassing nodig.',
  'R-VERSION': 'Vereist Windows 10 1803 (17134) of later.',
  'R-EDITION': 'AllowAadPasswordReset is niet beschikbaar in Home.',
  'R-JOIN': 'Het apparaat moet Microsoft Entra-gekoppeld of hybride Microsoft Entra-gekoppeld zijn.',
  'R-POLICY': 'Wachtwoord opnieuw instellen bij aanmelden is op dit apparaat niet ingeschakeld.',
  'R-POLICY-SRC': 'AllowAadPasswordReset = 1 toegepast vanuit een beleidsbron.',
  'R-POLICY-CONFLICT':
    'Beleidsbronnen die dit apparaat bereiken, geven AllowAadPasswordReset verschillende waarden: Intune meldt het conflict zodat u het oplost, en welke waarde het apparaat gebruikt, is niet bepaald. Verwijder een van de bronnen of laat ze overeenkomen.',
  'R-POLICY-TYPE': 'Integer 0/1 met apparaatbereik verwacht.',
  'R-MDM': 'De Intune-methode vereist een ingeschreven apparaat.',
  'R-ASSIGN': 'Profiel niet toegewezen of niet van toepassing.',
  'R-ASSIGN/user':
    'Toegewezen via een gebruikersgroep: de instelling met apparaatbereik komt pas aan nadat die gebruiker zich op dit apparaat heeft aangemeld; wijs de instelling toe aan een apparaatgroep.',
  'R-ASSIGN-MIX': 'Intune evalueert geen gemengde uitsluitingen van gebruikers en apparaten.',
  'R-SESSION-RDP': 'Niet ondersteund via Extern bureaublad.',
  'R-SESSION-HV': 'Zet Beeld > Uitgebreide sessie uit.',
  'R-NOLOCK': 'Vergrendelingsscherm uitgeschakeld; opnieuw instellen is niet beschikbaar.',
  'R-PWLESS': 'De ervaring zonder wachtwoord verbergt de wachtwoordtegel.',
  'R-PWLESS-DDLU':
    '"Interactieve aanmelding: laatst aangemelde gebruiker niet weergeven" schakelt zowel de ervaring zonder wachtwoord als het opnieuw instellen uit.',
  'R-EXCLCP': 'Aanmelden met een wachtwoord is uitgesloten, dus er is geen koppeling "Wachtwoord opnieuw instellen".',
  'R-WSI-DEFAULT': 'Webaanmelding is de standaard; kies de wachtwoordoptie om het wachtwoord opnieuw in te stellen.',
  'R-WSI-DEFAULT/selected':
    'De provider voor webaanmelding staat op het scherm: er is geen wachtwoordvak, dus geen koppeling "Wachtwoord opnieuw instellen". Kies de wachtwoordsleutel onder "Aanmeldingsopties".',
  'R-CLOUDPC':
    "Cloud-pc's worden via Extern bureaublad gebruikt; stel het wachtwoord opnieuw in vanaf een lokaal apparaat of via het web.",
  'R-SECURE-ASSESS': 'Een profiel voor beveiligde toetsing verwijdert de koppeling "Wachtwoord opnieuw instellen".',
  'R-FIELD-REBOOT':
    'Praktijkmelding: de koppeling ontbreekt na opnieuw opstarten tot een gebruiker zich één keer heeft afgemeld.',
  'R-AFTER-FAILURE': 'Koppeling pas getoond na een mislukte aanmeldingspoging (optie).',
  'R-FIELD-LOCKIMAGE':
    'Praktijkmelding: een eigen afbeelding op het vergrendelingsscherm kan het opnieuw instellen op "Een ogenblik geduld" laten hangen.',
  'R-FIELD-DESKTOPSWITCH':
    'Praktijkmelding: met DelayedDesktopSwitchTimeout = 1 keert Windows terug naar het aanmeldingsscherm.',
  // Launch / environment
  'R-LSNOTIF': 'Meldingen op het vergrendelingsscherm staan uit.',
  'R-FUS': 'Toegangspunten voor Snel wisselen van gebruiker zijn verborgen.',
  'R-DDLU': '"Interactieve aanmelding: laatst aangemelde gebruiker niet weergeven" blokkeert het opnieuw instellen.',
  'R-APPX': 'Installatie van verpakte Windows-apps door niet-beheerders is geblokkeerd.',
  'R-LOST': 'Het apparaat staat in de modus Verloren.',
  'R-SHELL': 'Een aangepaste shell wordt niet ondersteund.',
  'R-SMARTCARD':
    'Alleen aanmelden met een smartcard. Windows toont "U moet Windows Hello of een smartcard gebruiken om u aan te melden" (praktijkmelding).',
  'R-UAC': 'Gebruikersaccountbeheer is uitgeschakeld; het opnieuw instellen keert terug naar het aanmeldingsscherm.',
  'R-3PCP': 'Een referentieprovider van derden kan storen.',
  'R-8021X': 'Gebruik computerverificatie voor 802.1X.',
  'R-NET': 'Er is iets misgegaan. Probeer het later opnieuw.',
  'R-PROXY': 'Er is iets misgegaan. Probeer het later opnieuw.',
  'R-AV': 'Er is iets misgegaan. Probeer het later opnieuw.',
  'R-TEMPACCT': 'Het tijdelijke herstelaccount kon niet starten.',
  'R-CAD': 'De vereiste Ctrl+Alt+Del kan het opnieuw instellen tegenhouden.',
  'R-COMBO/2019':
    'Komt ook overeen met de combinatie van drie instellingen uit de documentatie van juli 2019: Ctrl+Alt+Del vereist, meldingen op het vergrendelingsscherm uit en IsContentDeliveryPolicyEnforced = 1.',
  'R-COMBO/2020':
    'Komt ook overeen met de combinatie van drie instellingen uit de documentatie van 2020–2021: Ctrl+Alt+Del vereist, meldingen op het vergrendelingsscherm uit en een Windows-editie die niet Home of Professional is.',
  'R-COMBO/2022':
    'Komt ook overeen met de combinatie van drie instellingen uit de documentatie van 2022: Ctrl+Alt+Del vereist, meldingen op het vergrendelingsscherm uit en de Home-editie van Windows.',
  'R-COMBO/2023':
    'Komt ook overeen met de combinatie van drie instellingen uit de documentatie sinds september 2023: Ctrl+Alt+Del vereist (volgens de documentatie "alleen voor Windows 10 versie 1710 en eerder"), meldingen op het vergrendelingsscherm uit en de Home-editie.',
  'R-LOGONRIGHT':
    'De aanmeldingsmethode die u probeert te gebruiken, is niet toegestaan. Neem contact op met uw netwerkbeheerder voor meer informatie.',
  'R-DU-PILE': 'Achtergebleven tijdelijke herstelprofielen kunnen het opnieuw instellen tegenhouden; verwijder ze.',
  'R-DU-CLEANUP': 'Het tijdelijke account wordt pas opgeruimd wanneer een lokale beheerder zich aanmeldt (Windows 10).',
  'R-W11-LOCKED': 'Start het opnieuw instellen op Windows 11 vanaf het aanmeldingsscherm.',
  'R-SYSPREP': 'Wis de webcache voordat u de installatiekopie met CopyProfile vastlegt.',
  'R-SLOW':
    'Verschijnt het herstelvenster op een trage computer niet na "Wachtwoord opnieuw instellen", probeer het dan opnieuw tot het verschijnt.',
  // Service side
  'R-SSPR-NONE': 'TenantSSPRFlagDisabled = 9: de directory is niet ingeschakeld voor wachtwoordherstel.',
  'R-SSPR-NOPOLICY':
    'SsprNotEnabledInUserPolicy = 11: uw organisatie heeft geen beleid voor wachtwoordherstel ingesteld.',
  'R-SSPR-SCOPE':
    'UserNotMemberOfScopedAccessGroup = 13: de gebruiker zit niet in de geselecteerde SSPR-groep (geneste leden tellen mee).',
  'R-LICENSE/tenant':
    'UserNotLicensed = 12: uw organisatie heeft niet de licenties die nodig zijn voor wachtwoordherstel.',
  'R-LICENSE/user':
    'Uw beheerder heeft deze functie niet voor u ingeschakeld. (Geen geschikte licentie aan de gebruiker toegewezen.)',
  'R-REG':
    'UserNotProperlyConfigured = 14: geen geregistreerde methoden (https://aka.ms/ssprsetup nooit voltooid). Oudere tekst: "We kunnen uw account niet verifiëren."',
  'R-METHODS':
    'UserNotProperlyConfigured = 14: minder geregistreerde, ingeschakelde methoden dan het aantal dat nodig is om opnieuw in te stellen.',
  'R-APPONLY': 'De mobiele app kan niet de enige methode zijn.',
  'R-ADMIN':
    'Beheerders moeten twee controles doorstaan (geen beveiligingsvragen; geen telefonische oproepen bij proef- of gratis tenants).',
  'R-ADMIN-LIC':
    'Voor beheerders geldt het door Microsoft beheerde beleid voor het opnieuw instellen van beheerderswachtwoorden; dat hangt niet af van uw licenties.',
  'R-LICENSE-TRIAL':
    'UserNotLicensed = 12: een proefversie van Microsoft 365 alleen bevat geen wachtwoordherstel. Het beheercentrum toont een aanbod voor een gratis Premium-proefversie in plaats van de eigenschappen.',
  'R-ADMIN-OFF': 'Selfservice voor wachtwoordherstel is uitgeschakeld voor beheerders.',
  'R-WRITEBACK':
    'WritebackNotEnabled = 10: het wachtwoord wordt on-premises beheerd en wachtwoord terugschrijven staat uit. Oudere tekst: "Neem contact op met uw beheerder."',
  'R-ONPREM': 'Schending van het on-premises beleid: Active Directory weigert het nieuwe wachtwoord.',
  'R-ONPREM-CONN':
    'OnPremisesConnectivityError = 30 / OnPremisesAdminActionRequired = 29: de client voor terugschrijven is onbereikbaar of verkeerd ingesteld.',
  'R-CLOUDPW':
    'Het wachtwoord voldoet niet aan het cloudbeleid (8–256 tekens, 3 van 4 tekensoorten, geen verboden wachtwoorden, ook niet bij benadering); kies een ander.',
  'R-THROTTLE': 'Te veel pogingen; wacht 24 uur.',
  'R-MSA-GUEST': 'Gebruik het accountherstel voor Microsoft-accounts.',
  'R-HYBRID-DC':
    'Wachtwoord opnieuw ingesteld; maak verbinding met het bedrijfsnetwerk of de VPN om het hier te gebruiken.',
  'R-CLOUD-COMMIT':
    'OnPremisesSuccessCloudFailure: uw wachtwoord is opnieuw ingesteld, maar het duurt enkele minuten voordat de wijzigingen in de cloud zijn doorgevoerd.',
  'R-UNLOCK': 'Voor ontgrendelen is mogelijk de webportal nodig.',
  // Windows 7/8/8.1 add-in
  'R-L-INSTALL': 'SsprWindowsLogon.PROD.msi is niet geïnstalleerd (https://aka.ms/sspraddin).',
  'R-L-OS': 'Windows 7/8.1 zonder updates: niet ondersteund.',
  'R-L-TLS': 'TLS 1.2 moet expliciet zijn ingeschakeld (automatisch onderhandelen is niet genoeg).',
  'R-L-NET': 'Geen verbinding via poort 443 met passwordreset.microsoftonline.com.',
  'R-L-MULTICP': 'Meer dan één referentieprovider van derden: dubbele gebruikerstegels.',
  'R-L-LOG': 'EnableLogging = 1: gebeurtenissen van AADPasswordResetCredentialProvider worden vastgelegd.',
  // Windows Hello for Business PIN reset
  'P-LINK':
    '"Ik ben mijn pincode vergeten" op het vergrendelingsscherm (1709+) en in Instellingen > Accounts > Aanmeldingsopties (1703+).',
  'P-SSPR-LIMITS': 'Pincode opnieuw instellen op het vergrendelingsscherm kent dezelfde algemene beperkingen als SSPR.',
  'P-MODE': 'Pincode en Windows Hello-sleutels worden opnieuw gemaakt.',
  'P-NONDESTR': 'Pincode gewijzigd; sleutels behouden.',
  'P-POLICY-SRC': 'EnablePinRecovery = True toegepast vanuit een beleidsbron.',
  'P-POLICY-CONFLICT':
    'Beleidsbronnen die dit apparaat bereiken, geven EnablePinRecovery verschillende waarden: Intune meldt het conflict zodat u het oplost, en welke waarde het apparaat gebruikt, is niet bepaald. Verwijder een van de bronnen of laat ze overeenkomen.',
  'P-POLICY-SRC/typo':
    'OMA-URI "./Vendor/MSFT/Policy/PassportForWork/..." is een tikfout in de documentatie en wordt niet toegepast; gebruik ./Device/Vendor/MSFT/PassportForWork/{TenantId}/Policies/EnablePinRecovery.',
  'P-EDITION': 'Niet-destructief opnieuw instellen wordt hier niet ondersteund.',
  'P-JOIN':
    'Niet-destructief opnieuw instellen vereist een Entra-gekoppeld of hybride gekoppeld apparaat; alleen-on-premises omgevingen stellen destructief opnieuw in.',
  'P-HYB-KEY': 'Sleutelvertrouwen vereist niet-destructief opnieuw instellen.',
  'P-HYB-DC': 'Maak verbinding met het bedrijfsnetwerk.',
  'P-HYB-PW': 'Voer uw wachtwoord in om door te gaan.',
  'P-FED': 'We kunnen die pagina nu niet openen',
  'P-GOV': 'We kunnen die pagina nu niet openen',
  'P-W11':
    'Webaanmelding maakt het opnieuw instellen van de pincode soepeler op Windows 11 22H2 met KB5030310 of later.',
  'P-MSA': 'Niet-destructief opnieuw instellen van de pincode is alleen voor werk- of schoolaccounts.',
  'P-MSA-LOCK':
    'Persoonlijk Microsoft-account: de pincode wordt opnieuw ingesteld zoals voor consumenten (wachtwoord van het Microsoft-account, dan een beveiligingscode, dan een nieuwe pincode; vereist internet). De beperkingen en vereisten van SSPR gelden niet.',
  'P-SCRIL':
    'Dit account heeft geen bruikbaar wachtwoord; bij het opnieuw instellen van de pincode kan de gebruiker niet worden geverifieerd.',
  'P-PASSKEY':
    'Als u de pincode opnieuw instelt, worden de wachtwoordsleutels verwijderd die in Windows Hello zijn opgeslagen.',
  'R-BASELINE':
    'Uitgeschakelde meldingen op het vergrendelingsscherm (een instelling van een beveiligingsbasislijn) kunnen ook het opnieuw instellen van de pincode vanuit Instellingen laten mislukken.',
};
