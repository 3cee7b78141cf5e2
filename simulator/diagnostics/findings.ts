// Several files of one device → one set of findings: each scenario input with its value, the facts it came from and
// how disagreements were settled; the inputs still unknown; the policy sources for AllowAadPasswordReset and
// EnablePinRecovery. Pure and deterministic: the same files give the same findings.
import { familyForBuild } from '../model/windows';
import {
  PASSWORD_RESET_OMA_URI,
  type JoinState,
  type PasswordResetSource,
  type PinRecoverySource,
} from '../model/scenario';
import { DEVICE_OBSERVABLE_PATHS, SETTING_SPECS, settle, type Resolution } from './fields';
import { REGISTRY_LOCATIONS } from './locations';
import { editionFromId } from './os-version';
import type { CoveredKey, Fact, FileReading, ReaderWarning } from './types';

export type FindingBasis = 'reported' | 'derived' | 'notConfigured';

/** Why a derived value is what it is; the app and the CLI explain each in words. */
export type FindingNote =
  | 'joinTable'
  | 'onPremisesDrsJoined'
  | 'familyFromBuild'
  | 'productNameSaysWindows10'
  | 'editionFromEditionId'
  | 'customShellFromWinlogon'
  | 'canResetImpliesConsent'
  | 'hasPinOfCollectingUser'
  | 'notConfiguredDefault'
  | 'rightAssignedToNobody'
  | 'joinUndecided';

export interface Finding {
  path: string;
  value: unknown;
  basis: FindingBasis;
  facts: Fact[];
  note?: FindingNote;
  resolution?: Resolution;
  winner?: Fact;
}

export type PolicyOutcome<T> =
  | { status: 'read'; sources: T[]; facts: Fact[] }
  /** Not every place the policy can be set was read, and nothing read sets it to 1: the current sources are kept. */
  | { status: 'kept'; facts: Fact[]; missing: string[] };

export interface DeviceFindings {
  readings: FileReading[];
  facts: Fact[];
  warnings: ReaderWarning[];
  findings: Finding[];
  /** Device inputs no file reported, in DEVICE_OBSERVABLE_PATHS order. */
  unknown: string[];
  /** Inputs settled as unknown because the files disagree. */
  disagreements: Finding[];
  passwordReset: PolicyOutcome<PasswordResetSource>;
  pinRecovery: PolicyOutcome<PinRecoverySource>;
}

const ALL_DEVICES = { include: [{ target: 'allDevices' as const }], exclude: [], applicability: [] };

function byId(facts: readonly Fact[], id: string): Fact[] {
  return facts.filter((fact) => fact.id === id);
}

function covers(covered: readonly CoveredKey[], key: string): boolean {
  const own = key.split('\\');
  return covered.some((item) => {
    const root = item.key.split('\\');
    if (root.length > own.length || (!item.subtree && root.length !== own.length)) return false;
    return root.every((part, i) => own[i] === '*' || part === own[i]);
  });
}

/** Every registry or MDM location of a fact was read in full, so a value absent there is not configured. */
function locationsRead(
  fact: string,
  covered: readonly CoveredKey[],
  mdmReportRead: boolean,
): { all: boolean; missing: string[] } {
  const missing = REGISTRY_LOCATIONS.filter((item) => item.fact === fact)
    .filter(
      (item) =>
        !(covers(covered, item.key) || (item.channel === 'mdm' && mdmReportRead && item.key.includes('policymanager'))),
    )
    .map((item) => `${item.key}\\${item.value}`);
  return { all: missing.length === 0, missing };
}

function joinStateOf(facts: readonly Fact[]): Finding | undefined {
  const [aad] = byId(facts, 'dsregcmd.AzureAdJoined');
  const [enterprise] = byId(facts, 'dsregcmd.EnterpriseJoined');
  const [domain] = byId(facts, 'dsregcmd.DomainJoined');
  const [workplace] = byId(facts, 'dsregcmd.WorkplaceJoined');
  if (!aad || !domain) return undefined;
  const used = [aad, enterprise, domain].filter((fact): fact is Fact => !!fact);
  const finding = (value: JoinState | 'unknown', note: FindingNote, extra: Fact[] = []): Finding => ({
    path: 'device.joinState',
    value,
    basis: 'derived',
    facts: [...used, ...extra],
    note,
  });
  // Microsoft's table: YES/NO/NO Entra joined; NO/NO/YES domain joined; YES/NO/YES hybrid; NO/YES/YES on-premises DRS.
  if (aad.value === true) return finding(domain.value === true ? 'hybridJoined' : 'entraJoined', 'joinTable');
  if (enterprise?.value === true) return finding('adDomainOnly', 'onPremisesDrsJoined');
  if (domain.value === true) return finding('adDomainOnly', 'joinTable');
  // Neither joined: registered (a work account added, "WorkplaceJoined" in User State) or a plain workgroup PC.
  if (!workplace) return finding('unknown', 'joinUndecided');
  return finding(workplace.value === true ? 'registered' : 'workgroup', 'joinTable', [workplace]);
}

function osFindings(facts: readonly Fact[], out: Finding[], disagreements: Finding[]): void {
  const settleSimple = (path: string, list: Fact[]) => {
    const settled = settle(list, 'single', false);
    if (settled.resolution === 'sourcesDisagree') {
      disagreements.push({ path, value: 'unknown', basis: 'reported', facts: list, resolution: 'sourcesDisagree' });
      return undefined;
    }
    if (settled.value === undefined) return undefined;
    out.push({ path, value: settled.value, basis: 'reported', facts: list });
    return settled.value;
  };
  const build = settleSimple(
    'device.os.build',
    byId(facts, 'os.build').map((fact) => ({ ...fact, value: Number(fact.value) })),
  );
  settleSimple('device.os.ubr', byId(facts, 'os.ubr'));
  if (typeof build === 'number') {
    const family = familyForBuild(build);
    const product = byId(facts, 'os.productName');
    const saysTen = family === 'windows11' && product.some((fact) => /Windows 10/i.test(String(fact.value)));
    out.push({
      path: 'device.os.family',
      value: family,
      basis: 'derived',
      facts: [...byId(facts, 'os.build').slice(0, 1), ...(saysTen ? product : [])],
      note: saysTen ? 'productNameSaysWindows10' : 'familyFromBuild',
    });
  }
  const editions = [
    ...byId(facts, 'os.edition'),
    ...byId(facts, 'os.editionId')
      .filter((fact) => fact.source === 'registry')
      .flatMap((fact) => {
        const edition = editionFromId(String(fact.value));
        return edition ? [{ ...fact, id: 'os.edition', value: edition }] : [];
      }),
  ];
  const edition = settle(editions, 'single', false);
  if (edition.resolution === 'sourcesDisagree') {
    disagreements.push({
      path: 'device.os.edition',
      value: 'unknown',
      basis: 'reported',
      facts: editions,
      resolution: 'sourcesDisagree',
    });
  } else if (edition.value !== undefined) {
    const fromId = editions.some((fact) => fact.source === 'registry');
    out.push({
      path: 'device.os.edition',
      value: edition.value,
      basis: 'reported',
      facts: editions,
      note: fromId ? 'editionFromEditionId' : undefined,
    });
  }
}

function settingFindings(
  facts: readonly Fact[],
  covered: CoveredKey[],
  mdmReportRead: boolean,
  out: Finding[],
  disagreements: Finding[],
  warnings: ReaderWarning[],
): void {
  const mdmWins = byId(facts, 'mdm.MDMWinsOverGP').some((fact) => fact.value === 1);
  for (const spec of SETTING_SPECS) {
    const list = byId(facts, spec.fact);
    const usable = list.filter((fact) => {
      const ok =
        spec.kind === 'list'
          ? Array.isArray(fact.value)
          : typeof fact.value === 'number' &&
            (spec.kind === 'count' ? fact.value >= 0 : fact.value === 0 || fact.value === 1);
      if (!ok) {
        warnings.push({
          code: 'valueIgnored',
          message: `${fact.provenance.file} line ${fact.provenance.line}: ${spec.fact.slice(8)} = ${JSON.stringify(fact.value)} is not a value the rules know (expected ${spec.kind === 'flag' ? '0 or 1' : spec.kind === 'count' ? 'a number' : 'a list'}); ignored.`,
          file: fact.provenance.file,
          line: fact.provenance.line,
          text: fact.provenance.text,
          params: { name: spec.fact.slice(8), value: JSON.stringify(fact.value) },
        });
      }
      return ok;
    });
    if (usable.length === 0) {
      if (
        spec.whenNotConfigured !== undefined &&
        list.length === 0 &&
        locationsRead(spec.fact, covered, mdmReportRead).all
      ) {
        out.push({
          path: spec.path,
          value: spec.whenNotConfigured,
          basis: 'notConfigured',
          facts: [],
          note: 'notConfiguredDefault',
        });
      }
      continue;
    }
    const settled = settle(usable, spec.precedence, mdmWins);
    if (settled.value === undefined) {
      disagreements.push({
        path: spec.path,
        value: 'unknown',
        basis: 'reported',
        facts: usable,
        resolution: settled.resolution,
      });
      continue;
    }
    out.push({
      path: spec.path,
      value: settled.value,
      basis: 'reported',
      facts: usable,
      resolution: settled.resolution,
      winner: settled.winner,
      note: settled.winner?.fromAbsence ? 'rightAssignedToNobody' : undefined,
    });
  }
  const shell = byId(facts, 'setting.Shell');
  if (shell.length > 0) {
    const custom = shell.some(
      (fact) => String(fact.value).trim().toLowerCase().replace(/^.*\\/, '') !== 'explorer.exe',
    );
    out.push({
      path: 'device.settings.customShell',
      value: custom,
      basis: 'derived',
      facts: shell,
      note: 'customShellFromWinlogon',
    });
  }
  const [perUser] = byId(facts, 'setting.ProxySettingsPerUser');
  if (perUser?.value === 0)
    out.push({ path: 'device.network.proxy', value: 'machineWide', basis: 'derived', facts: [perUser] });
  const [logging] = byId(facts, 'legacy.EnableLogging');
  if (logging && typeof logging.value === 'number') {
    out.push({
      path: 'device.legacyAddIn.loggingEnabled',
      value: logging.value === 1,
      basis: 'reported',
      facts: [logging],
    });
  }
}

function passwordResetOutcome(
  facts: readonly Fact[],
  covered: CoveredKey[],
  mdmReportRead: boolean,
): PolicyOutcome<PasswordResetSource> {
  const registry = byId(facts, 'policy.AllowPasswordReset');
  const mdm = byId(facts, 'policy.AllowAadPasswordReset');
  const all = [...registry, ...mdm];
  const sources: PasswordResetSource[] = [];
  for (const fact of registry) {
    const valueType =
      fact.registryType === 'REG_QWORD' ? 'REG_QWORD' : fact.registryType === 'REG_DWORD' ? 'REG_DWORD' : 'REG_SZ';
    sources.push({
      kind: 'registry',
      name: `Registry (${fact.provenance.file}, line ${fact.provenance.line})`,
      key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\AzureADAccount',
      valueName: 'AllowPasswordReset',
      valueType,
      value: typeof fact.value === 'number' || typeof fact.value === 'string' ? fact.value : String(fact.value),
    });
  }
  // PolicyManager (current) and the MDM report describe the same MDM delivery: one source, the current value first.
  const settled = settle(mdm, 'single', false);
  if (settled.value !== undefined && settled.winner) {
    sources.push({
      kind: 'omaUri',
      name: `Applied by MDM (${settled.winner.provenance.file}, line ${settled.winner.provenance.line})`,
      omaUri: PASSWORD_RESET_OMA_URI,
      dataType: typeof settled.value === 'number' ? 'Integer' : 'String',
      value:
        typeof settled.value === 'number' || typeof settled.value === 'string' ? settled.value : String(settled.value),
      assignment: ALL_DEVICES,
    });
  }
  const enables = sources.some((source) => source.value === 1);
  const missing = [
    ...locationsRead('policy.AllowPasswordReset', covered, mdmReportRead).missing,
    ...locationsRead('policy.AllowAadPasswordReset', covered, mdmReportRead).missing,
  ];
  if (enables || missing.length === 0) return { status: 'read', sources, facts: all };
  return { status: 'kept', facts: all, missing };
}

function pinRecoveryOutcome(facts: readonly Fact[], covered: CoveredKey[]): PolicyOutcome<PinRecoverySource> {
  const list = byId(facts, 'policy.EnablePinRecovery');
  const sources: PinRecoverySource[] = list.map((fact) =>
    fact.channel === 'mdm'
      ? {
          kind: 'omaUri',
          name: `Applied by MDM (${fact.provenance.file}, line ${fact.provenance.line})`,
          omaUri: `./Device/Vendor/MSFT/PassportForWork/${/passportforwork\\([^\\]+)\\/i.exec(fact.location ?? '')?.[1] ?? '{TenantId}'}/Policies/EnablePinRecovery`,
          dataType: 'Boolean',
          value: fact.value === 1,
          assignment: ALL_DEVICES,
        }
      : { kind: 'gpo', name: 'Use PIN Recovery', state: fact.value === 1 ? 'Enabled' : 'Disabled' },
  );
  const missing = locationsRead('policy.EnablePinRecovery', covered, false).missing;
  if (list.some((fact) => fact.value === 1) || missing.length === 0) return { status: 'read', sources, facts: list };
  return { status: 'kept', facts: list, missing };
}

function identityFindings(facts: readonly Fact[], out: Finding[], warnings: ReaderWarning[]): void {
  const join = joinStateOf(facts);
  if (join) out.push(join);
  const [enrolled] = byId(facts, 'mdm.intuneEnrolled');
  if (enrolled)
    out.push({ path: 'device.intuneEnrolled', value: enrolled.value, basis: 'reported', facts: [enrolled] });
  const [ngc] = byId(facts, 'dsregcmd.NgcSet');
  if (ngc)
    out.push({
      path: 'user.pin.hasPin',
      value: ngc.value,
      basis: 'reported',
      facts: [ngc],
      note: 'hasPinOfCollectingUser',
    });
  const [canReset] = byId(facts, 'dsregcmd.CanReset');
  if (canReset && /^DestructiveAndNonDestructive$/i.test(String(canReset.value))) {
    out.push({
      path: 'tenant.pinResetConsent',
      value: true,
      basis: 'derived',
      facts: [canReset],
      note: 'canResetImpliesConsent',
    });
  }
  const names = [...byId(facts, 'dsregcmd.DeviceName'), ...byId(facts, 'os.hostName')];
  if (names.length > 0)
    out.push({ path: 'device.name', value: String(names[0].value), basis: 'reported', facts: names.slice(0, 1) });
  const short = new Set(names.map((fact) => String(fact.value).split('.')[0].toLowerCase()));
  if (short.size > 1) {
    warnings.push({
      code: 'differentDevices',
      message: `The files name different computers (${[...short].join(', ')}): are they all from one device?`,
      file: names[1].provenance.file,
      line: names[1].provenance.line,
      text: names[1].provenance.text,
      params: { names: [...short].join(', ') },
    });
  }
  const [tenantName] = byId(facts, 'dsregcmd.TenantName');
  if (tenantName)
    out.push({ path: 'tenant.name', value: String(tenantName.value), basis: 'reported', facts: [tenantName] });
}

export function findingsFrom(readings: readonly FileReading[]): DeviceFindings {
  const read = readings.filter((item): item is Extract<FileReading, { status: 'read' }> => item.status === 'read');
  const facts = read.flatMap((item) => item.result.facts);
  const warnings = read.flatMap((item) => item.result.warnings);
  const covered = read.flatMap((item) => item.result.coveredKeys ?? []);
  const mdmReportRead = read.some((item) => item.result.source === 'mdmReport');
  const findings: Finding[] = [];
  const disagreements: Finding[] = [];
  identityFindings(facts, findings, warnings);
  osFindings(facts, findings, disagreements);
  settingFindings(facts, covered, mdmReportRead, findings, disagreements, warnings);
  const decided = new Set(findings.filter((item) => item.value !== 'unknown').map((item) => item.path));
  return {
    readings: [...readings],
    facts,
    warnings,
    findings,
    unknown: DEVICE_OBSERVABLE_PATHS.filter((path) => !decided.has(path)),
    disagreements,
    passwordReset: passwordResetOutcome(facts, covered, mdmReportRead),
    pinRecovery: pinRecoveryOutcome(facts, covered),
  };
}
