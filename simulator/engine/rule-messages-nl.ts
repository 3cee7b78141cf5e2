// Dutch rule messages, keyed like the rule keys (RULES[].messageKey without "rule."): the app's Dutch catalogue and
// the Dutch HTML report both read them.
// Setting names, paths and codes stay as Windows and Entra spell them.
export const ruleMessagesNl: Record<string, string> = {
  // §2 Link visibility
  'R-OS': 'Oudere Windows-versies hebben de SSPR-invoegtoepassing nodig.',
  'R-VERSION': 'Vereist Windows 10 1803 (17134) of later.',
  'R-EDITION': 'AllowAadPasswordReset is niet beschikbaar in Home.',
  'R-JOIN': 'Het apparaat moet Entra-gekoppeld of hybride gekoppeld zijn.',
  'R-POLICY': 'Herstel bij aanmelden is op dit apparaat niet ingeschakeld.',
  'R-POLICY-SRC': 'AllowAadPasswordReset = 1 toegepast vanuit een beleidsbron.',
  'R-POLICY-CONFLICT':
    'Beleidsbronnen die dit apparaat bereiken, geven AllowAadPasswordReset verschillende waarden: Intune meldt het conflict zodat u het oplost, en welke waarde het apparaat gebruikt, is niet bepaald. Verwijder een van de bronnen of laat ze overeenkomen.',
  'R-POLICY-TYPE': 'Integer 0/1 met apparaatbereik verwacht.',
  'R-MDM': 'De Intune-methode vereist een ingeschreven apparaat.',
  'R-ASSIGN': 'Profiel niet toegewezen of niet van toepassing.',
  'R-ASSIGN/user':
    'Toegewezen via een gebruikersgroep: de instelling met apparaatbereik komt pas aan nadat die gebruiker zich op dit apparaat heeft aangemeld; wijs haar toe aan een apparaatgroep.',
  'R-ASSIGN-MIX': 'Intune evalueert geen gemengde uitsluitingen van gebruikers en apparaten.',
  'R-SESSION-RDP': 'Niet ondersteund via Extern bureaublad.',
  'R-SESSION-HV': 'Zet Beeld > Uitgebreide sessie uit.',
  'R-NOLOCK': 'Vergrendelingsscherm uitgeschakeld; opnieuw instellen is niet beschikbaar.',
  'R-PWLESS': 'De wachtwoordloze ervaring verbergt de wachtwoordtegel.',
  'R-PWLESS-DDLU':
    "'Laatst aangemelde gebruiker niet weergeven' schakelt zowel de wachtwoordloze ervaring als het herstel uit.",
  'R-EXCLCP': 'Aanmelden met een wachtwoord is uitgesloten, dus er is geen koppeling "Wachtwoord opnieuw instellen".',
  'R-WSI-DEFAULT':
    'Aanmelden via het web is de standaard; kies de wachtwoordoptie om het wachtwoord opnieuw in te stellen.',
  'R-WSI-DEFAULT/selected':
    'De provider voor aanmelden via het web staat op het scherm: er is geen wachtwoordvak, dus geen koppeling "Wachtwoord opnieuw instellen". Kies de wachtwoordsleutel onder "Aanmeldingsopties".',
  'R-CLOUDPC':
    "Cloud-pc's worden via Extern bureaublad gebruikt; stel het wachtwoord opnieuw in vanaf een lokaal apparaat of via het web.",
  'R-SECURE-ASSESS': 'Een profiel voor beveiligde toetsing verwijdert de koppeling "Wachtwoord opnieuw instellen".',
  'R-FIELD-REBOOT': 'Praktijkmelding: koppeling ontbreekt na een herstart tot een gebruiker zich eenmaal afmeldt.',
  'R-AFTER-FAILURE': 'Koppeling pas getoond na een mislukte aanmeldpoging (optie).',
  'R-FIELD-LOCKIMAGE':
    'Praktijkmelding: een eigen afbeelding op het vergrendelingsscherm kan het herstel op "Een ogenblik geduld" laten hangen.',
  'R-FIELD-DESKTOPSWITCH': 'Praktijkmelding: DelayedDesktopSwitchTimeout = 1 keert terug naar het aanmeldingsscherm.',
  // §3 Launch / environment
  'R-LSNOTIF': 'Meldingen op het vergrendelingsscherm staan uit.',
  'R-FUS': 'Snelle gebruikerswisseling is verborgen.',
  'R-DDLU': "'Laatst aangemelde gebruiker niet weergeven' blokkeert het herstel.",
  'R-APPX': 'Installatie van apps door niet-beheerders is geblokkeerd.',
  'R-LOST': 'Apparaat staat in de modus Verloren.',
  'R-SHELL': 'Aangepaste shell wordt niet ondersteund.',
  'R-SMARTCARD':
    'Aanmelden alleen met smartcard. Windows toont "U moet Windows Hello of een smartcard gebruiken om u aan te melden" (praktijkmelding).',
  'R-UAC': 'UAC uitgeschakeld; herstel keert terug naar het aanmeldingsscherm.',
  'R-3PCP': 'Een aanmeldingsprovider van derden kan storen.',
  'R-8021X': 'Gebruik computerverificatie voor 802.1x.',
  'R-NET': 'Er is iets misgegaan. Probeer het later opnieuw.',
  'R-PROXY': 'Er is iets misgegaan. Probeer het later opnieuw.',
  'R-AV': 'Er is iets misgegaan. Probeer het later opnieuw.',
  'R-TEMPACCT': 'Het tijdelijke herstelaccount kon niet starten.',
  'R-CAD': 'De vereiste Ctrl+Alt+Del kan het herstel tegenhouden.',
  'R-COMBO/2019':
    'Komt ook overeen met de combinatie van drie instellingen uit de documentatie van juli 2019: Ctrl+Alt+Del vereist, meldingen op het vergrendelingsscherm uit en IsContentDeliveryPolicyEnforced = 1.',
  'R-COMBO/2020':
    'Komt ook overeen met de combinatie van drie instellingen uit de documentatie van 2020–2021: Ctrl+Alt+Del vereist, meldingen op het vergrendelingsscherm uit en "Windows SKU isn\'t Home or Professional edition".',
  'R-COMBO/2022':
    'Komt ook overeen met de combinatie van drie instellingen uit de documentatie van 2022: Ctrl+Alt+Del vereist, meldingen op het vergrendelingsscherm uit en "Windows SKU is Home edition".',
  'R-COMBO/2023':
    'Komt ook overeen met de combinatie van drie instellingen uit de documentatie sinds september 2023: Ctrl+Alt+Del vereist "(only for Windows 10 version 1710 and earlier)", meldingen op het vergrendelingsscherm uit en de Home-editie.',
  'R-LOGONRIGHT':
    'De aanmeldingsmethode die u probeert te gebruiken, is niet toegestaan. Neem contact op met uw netwerkbeheerder voor meer informatie.',
  'R-DU-PILE': 'Achtergebleven tijdelijke herstelprofielen kunnen het herstel tegenhouden; verwijder ze.',
  'R-DU-CLEANUP': 'Het tijdelijke account wordt pas opgeruimd wanneer een lokale beheerder zich aanmeldt (Windows 10).',
  'R-W11-LOCKED': 'Start het herstel op Windows 11 vanaf het aanmeldingsscherm.',
  'R-SYSPREP': 'Wis de webcache voor CopyProfile.',
  'R-SLOW':
    'Verschijnt het herstelvenster op een trage computer niet na "Wachtwoord opnieuw instellen", probeer het dan opnieuw tot het verschijnt.',
  // §4 Service side
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
    'UserNotProperlyConfigured = 14: minder geregistreerde, ingeschakelde methoden dan het aantal dat nodig is voor herstel.',
  'R-APPONLY': 'De mobiele app kan niet de enige methode zijn.',
  'R-ADMIN':
    'Beheerders moeten twee controles doorstaan (geen beveiligingsvragen; geen telefonische oproepen bij proef- of gratis tenants).',
  'R-ADMIN-LIC':
    'Beheerders gebruiken het beleid van Microsoft voor het herstellen van beheerderswachtwoorden, dat niet afhangt van uw licenties.',
  'R-LICENSE-TRIAL':
    'UserNotLicensed = 12: een proefversie van Microsoft 365 alleen bevat geen wachtwoordherstel. Het beheercentrum toont "Get a free Premium trial to use this feature" in plaats van de eigenschappen.',
  'R-ADMIN-OFF': 'Selfservice-wachtwoordherstel voor beheerders is uitgeschakeld.',
  'R-WRITEBACK':
    'WritebackNotEnabled = 10: het wachtwoord wordt on-premises beheerd en wachtwoord terugschrijven staat uit. Oudere tekst: "Neem contact op met uw beheerder."',
  'R-ONPREM': 'Schending van het on-premises beleid: Active Directory weigert het nieuwe wachtwoord.',
  'R-ONPREM-CONN':
    'OnPremisesConnectivityError = 30 / OnPremisesAdminActionRequired = 29: de client voor terugschrijven is onbereikbaar of verkeerd ingesteld.',
  'R-CLOUDPW':
    'Het wachtwoord voldoet niet aan het fuzzy beleid (8–256 tekens, 3 van 4 tekensoorten, geen verboden woorden); kies een ander.',
  'R-THROTTLE': 'Te veel pogingen; wacht 24 uur.',
  'R-MSA-GUEST': 'Gebruik accountherstel van Microsoft-account.',
  'R-HYBRID-DC': 'Wachtwoord gewijzigd; maak verbinding met het bedrijfsnetwerk of de VPN om het hier te gebruiken.',
  'R-CLOUD-COMMIT':
    'OnPremisesSuccessCloudFailure: uw wachtwoord is opnieuw ingesteld, maar het duurt enkele minuten voordat de wijzigingen in de cloud zijn doorgevoerd.',
  'R-UNLOCK': 'Ontgrendelen kan de webportal vereisen.',
  // §6 Windows 7/8/8.1 add-in
  'R-L-INSTALL': 'SsprWindowsLogon.PROD.msi is niet geïnstalleerd (https://aka.ms/sspraddin).',
  'R-L-OS': 'Windows 7/8.1 zonder updates: niet ondersteund.',
  'R-L-TLS': 'TLS 1.2 moet expliciet zijn ingeschakeld (automatisch onderhandelen is niet genoeg).',
  'R-L-NET': 'Geen verbinding via poort 443 met passwordreset.microsoftonline.com.',
  'R-L-MULTICP': 'Meer dan één aanmeldingsprovider van derden: dubbele gebruikerstegels.',
  'R-L-LOG': 'EnableLogging = 1: gebeurtenissen van AADPasswordResetCredentialProvider worden vastgelegd.',
  // §7 Windows Hello for Business PIN reset
  'P-LINK':
    '"Ik ben mijn pincode vergeten" op het vergrendelingsscherm (1709+) en in Instellingen > Accounts > Aanmeldingsopties (1703+).',
  'P-SSPR-LIMITS': 'Pincode opnieuw instellen op het vergrendelingsscherm kent dezelfde algemene beperkingen als SSPR.',
  'P-MODE': 'Pincode en Hello-sleutels worden opnieuw gemaakt.',
  'P-NONDESTR': 'Pincode gewijzigd; sleutels behouden.',
  'P-POLICY-SRC': 'EnablePinRecovery = True toegepast vanuit een beleidsbron.',
  'P-POLICY-CONFLICT':
    'Beleidsbronnen die dit apparaat bereiken, geven EnablePinRecovery verschillende waarden: Intune meldt het conflict zodat u het oplost, en welke waarde het apparaat gebruikt, is niet bepaald. Verwijder een van de bronnen of laat ze overeenkomen.',
  'P-POLICY-SRC/typo':
    'OMA-URI "./Vendor/MSFT/Policy/PassportForWork/..." is een typefout in de documentatie en wordt niet toegepast; gebruik ./Device/Vendor/MSFT/PassportForWork/{TenantId}/Policies/EnablePinRecovery.',
  'P-EDITION': 'Niet-destructief opnieuw instellen wordt hier niet ondersteund.',
  'P-JOIN':
    'Niet-destructief opnieuw instellen vereist een Entra-gekoppeld of hybride gekoppeld apparaat; alleen-on-premises omgevingen stellen destructief opnieuw in.',
  'P-HYB-KEY': 'Sleutelvertrouwen vereist niet-destructief opnieuw instellen.',
  'P-HYB-DC': 'Maak verbinding met het bedrijfsnetwerk.',
  'P-HYB-PW': 'Voer uw wachtwoord in om door te gaan.',
  'P-FED': 'We kunnen die pagina nu niet openen',
  'P-GOV': 'We kunnen die pagina nu niet openen',
  'P-W11':
    'Aanmelden via het web maakt het opnieuw instellen van de pincode soepeler op Windows 11 22H2 met KB5030310 of later.',
  'P-MSA': 'Niet-destructief opnieuw instellen van de pincode is alleen voor werk- of schoolaccounts.',
  'P-MSA-LOCK':
    'Persoonlijk Microsoft-account: pincode herstellen voor consumenten (wachtwoord van het Microsoft-account, dan een beveiligingscode, dan een nieuwe pincode; vereist internet). De beperkingen en vereisten van SSPR gelden niet.',
  'P-SCRIL':
    'Dit account heeft geen bruikbaar wachtwoord; bij het herstellen van de pincode kunt u niet worden geverifieerd.',
  'P-PASSKEY':
    'Als u de pincode opnieuw instelt, worden de wachtwoordsleutels verwijderd die in Windows Hello zijn opgeslagen.',
  'R-BASELINE':
    'Meldingen op het vergrendelingsscherm uit (een instelling van een beveiligingsbasislijn) kan ook het herstellen van de pincode vanuit Instellingen laten mislukken.',
};
