// Windows version text: `ver` ("Microsoft Windows [Version 10.0.22631.4460]"), `systeminfo`, `Get-ComputerInfo`,
// the registry's CurrentVersion values and winver's "Version 23H2 (OS Build 22631.4460)". Build and UBR are read from
// the version number's shape, so translated outputs work too; the edition from EditionID or the product name.
// Windows 10 or 11 is decided by the build (22000 and later is Windows 11), never by the product name: Windows 11
// still reports "Windows 10 …" in some places (Get-ComputerInfo's WindowsProductName, the registry's ProductName).
import { splitLines } from '../input/text';
import type { Edition } from '../model/scenario';
import { provenance, warning, type Fact, type ReaderResult, type ReaderWarning } from './types';

/** EditionID values (registry, Get-ComputerInfo WindowsEditionId) → the scenario's editions. */
const EDITION_IDS: Record<string, Edition> = {
  core: 'Home',
  coren: 'Home',
  coresinglelanguage: 'Home',
  corecountryspecific: 'Home',
  professional: 'Pro',
  professionaln: 'Pro',
  professionalworkstation: 'Pro',
  professionalworkstationn: 'Pro',
  professionaleducation: 'ProEducation',
  professionaleducationn: 'ProEducation',
  enterprise: 'Enterprise',
  enterprisen: 'Enterprise',
  enterprises: 'Enterprise',
  enterprisesn: 'Enterprise',
  enterpriseg: 'Enterprise',
  education: 'Education',
  educationn: 'Education',
  iotenterprise: 'IoTEnterprise',
  iotenterprises: 'IoTEnterprise',
  cloudedition: 'SE',
  cloudeditionn: 'SE',
};

/** Product-name words → editions, longest first ("Pro Education" before "Pro"). */
const PRODUCT_EDITIONS: ReadonlyArray<[RegExp, Edition]> = [
  [/\bPro Education\b/i, 'ProEducation'],
  [/\bPro for Workstations\b/i, 'Pro'],
  [/\bIoT Enterprise\b/i, 'IoTEnterprise'],
  [/\bEnterprise\b/i, 'Enterprise'],
  [/\bEducation\b/i, 'Education'],
  [/\bPro(fessional)?\b/i, 'Pro'],
  [/\bHome\b|\bThuis\b|\bStartseite\b/i, 'Home'],
  [/\bSE\b/, 'SE'],
];

const FULL_VERSION = /\b(10\.0|6\.[0-3])\.(\d{4,5})(?:\.(\d{1,6}))?\b/;
/** winver and Settings: "OS Build 22631.4460" / "build van besturingssysteem 22631.4460" / "Betriebssystembuild 22631.4460". */
const OS_BUILD = /build[^\d\n]{0,40}?(\d{4,5})\.(\d{1,6})\b/i;
const LABEL = /^\s*([^:]{2,60}?)\s*:\s*(.*?)\s*$/;
const EDITION_ID_LABELS = /^(WindowsEditionId|EditionID|OsEdition|Edition)$/i;
const PRODUCT_LABELS =
  /^(OsName|OS Name|Naam van besturingssysteem|Betriebssystemname|WindowsProductName|ProductName|Caption)$/i;
const BUILD_LABELS = /^(OsBuildNumber|CurrentBuildNumber|CurrentBuild|BuildNumber)$/i;
const UBR_LABELS = /^(WindowsUBR|UBR)$/i;
/** Version-shaped values that are not the OS version (build lab strings, the HAL's and firmware's versions). */
const SKIP_LABELS = /BuildLab|HardwareAbstraction|BIOS|Firmware|Boot Device|Hotfix|KB\d/i;
const HOST_LABELS = /^(Host Name|Hostnaam|Hostname|CsName|CsDNSHostName|Computer ?Name)$/i;

export function looksLikeOsVersion(text: string): boolean {
  const head = text.slice(0, 20000);
  return (
    /Microsoft Windows \[[^\]]*\d+\.\d+\.\d+/i.test(head) ||
    /^\s*(OS Name|OsName|OsBuildNumber|WindowsEditionId|WindowsProductName|Naam van besturingssysteem|Betriebssystemname)\s*:/im.test(
      head,
    ) ||
    /\bOS Build \d{4,5}\.\d+/i.test(head) ||
    /^\s*ProductName:\s*(macOS|Mac OS X)/im.test(head)
  );
}

/** The scenario's edition for an EditionID ("Professional", "Core", "EnterpriseS"…), if it is one. */
export function editionFromId(editionId: string): Edition | undefined {
  return EDITION_IDS[editionId.trim().toLowerCase()];
}

function editionFromProduct(product: string): Edition | undefined {
  for (const [pattern, edition] of PRODUCT_EDITIONS) if (pattern.test(product)) return edition;
  return undefined;
}

export function readOsVersion(text: string, file: string): ReaderResult {
  const facts: Fact[] = [];
  const warnings: ReaderWarning[] = [];
  const found = new Set<string>();
  const add = (id: string, value: Fact['value'], line: number, raw: string) => {
    if (found.has(id)) return;
    found.add(id);
    facts.push({ id, value, source: 'osVersion', channel: 'system', provenance: provenance(file, line, raw) });
  };

  const lines = splitLines(text);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (/^\s*ProductName:\s*(macOS|Mac OS X)/i.test(raw)) {
      warnings.push(
        warning('otherOs', 'This is a report from macOS, not Windows.', file, { line, raw }, { os: 'macOS' }),
      );
      return;
    }
    const label = LABEL.exec(raw);
    if (label && SKIP_LABELS.test(label[1])) return;
    if (label) {
      const [, name, value] = label;
      if (EDITION_ID_LABELS.test(name) && value) {
        const edition = EDITION_IDS[value.toLowerCase()];
        if (edition) add('os.edition', edition, line, raw);
        else if (/server/i.test(value))
          warnings.push(
            warning(
              'otherOs',
              `Edition "${value}" is Windows Server, not Windows 10 or 11.`,
              file,
              { line, raw },
              { os: value },
            ),
          );
        else
          warnings.push(
            warning(
              'unrecognizedValue',
              `Edition "${value}" (line ${line}) is not one the rules know.`,
              file,
              { line, raw },
              { label: name, value },
            ),
          );
        add('os.editionId', value, line, raw);
        return;
      }
      if (PRODUCT_LABELS.test(name) && value) {
        add('os.productName', value, line, raw);
        if (/Windows Server/i.test(value)) {
          warnings.push(
            warning(
              'otherOs',
              `"${value}" is Windows Server, not Windows 10 or 11.`,
              file,
              { line, raw },
              { os: value },
            ),
          );
        }
        return;
      }
      if (BUILD_LABELS.test(name) && /^\d{4,5}$/.test(value)) return add('os.build', Number(value), line, raw);
      if (UBR_LABELS.test(name) && /^\d{1,6}$/.test(value)) return add('os.ubr', Number(value), line, raw);
      if (HOST_LABELS.test(name) && /^[A-Za-z0-9][A-Za-z0-9.-]{0,62}$/.test(value))
        return add('os.hostName', value, line, raw);
    }
    const full = FULL_VERSION.exec(raw);
    if (full) {
      if (full[1] !== '10.0') add('os.legacyVersion', `${full[1]}.${full[2]}`, line, raw);
      add('os.build', Number(full[2]), line, raw);
      if (full[3] !== undefined) add('os.ubr', Number(full[3]), line, raw);
      return;
    }
    const osBuild = OS_BUILD.exec(raw);
    if (osBuild) {
      add('os.build', Number(osBuild[1]), line, raw);
      add('os.ubr', Number(osBuild[2]), line, raw);
      return;
    }
    // winver: "The Windows 11 Pro operating system and its user interface are protected…" (and translations).
    const winver =
      /\bWindows (?:10|11) ([A-Za-z ]{2,30}?)(?: operating system| en de gebruikersinterface|\s+und)/i.exec(raw);
    if (winver) add('os.productName', `Windows ${winver[0].match(/Windows (10|11)/)?.[1]} ${winver[1]}`, line, raw);
  });

  if (!found.has('os.edition')) {
    const product = facts.find((fact) => fact.id === 'os.productName');
    const edition = product && typeof product.value === 'string' ? editionFromProduct(product.value) : undefined;
    if (product && edition && !/Windows Server/i.test(String(product.value))) {
      facts.push({ ...product, id: 'os.edition', value: edition });
      found.add('os.edition');
    }
  }
  if (facts.length === 0 && warnings.length === 0) {
    warnings.push(warning('noFacts', 'No Windows version, build or edition was found in this file.', file));
  }
  return { source: 'osVersion', facts, warnings };
}
