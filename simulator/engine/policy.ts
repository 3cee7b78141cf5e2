// Resolving AllowAadPasswordReset (R-POLICY-SRC, R-POLICY-TYPE, R-MDM, R-ASSIGN, R-ASSIGN-MIX) and EnablePinRecovery (P-POLICY-SRC).
import type { Assignment, PasswordResetSource, PinRecoverySource, Scenario } from '../model/scenario';
import {
  PASSWORD_RESET_CATALOG_ID,
  PASSWORD_RESET_OMA_URI,
  PASSWORD_RESET_REGISTRY_KEY,
  PASSWORD_RESET_REGISTRY_VALUE,
  UNKNOWN,
} from '../model/scenario';
import { SOURCE_KIND_WORDS, fixed, phrase, phraseText, type Phrase } from './policy-reasons';
import type { PolicySourceReport, Tri } from './types';

const OMA_SHORT_PATH = './Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset';
const OMA_USER_PATH = './User/Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset';
const PIN_RECOVERY_PATH = /^\.\/Device\/Vendor\/MSFT\/PassportForWork\/[^/]+\/Policies\/EnablePinRecovery$/;
/** The 2024 PIN document prints this form; it is treated as a typo (not applied, WARN). */
const PIN_RECOVERY_TYPO = /^\.\/Vendor\/MSFT\/Policy\/PassportForWork\/[^/]+\/Policies\/EnablePinRecovery$/;

export interface AssignmentCheck {
  applies: Tri;
  reason: string;
  /** The reason as phrases, for the reader's language. */
  reasonParts: readonly Phrase[];
  /** Include and exclude targets of different kinds: Intune ignores the exclusion (R-ASSIGN-MIX). */
  mixedExclusionIgnored: boolean;
  userTargeted: boolean;
  missing: string[];
  /** Assignment filters on the inclusions that couldn't be evaluated offline (names). */
  unknownFilters: string[];
}

/** Two reaching sources that set different values: Intune reports the conflict and leaves it to the admin. */
export interface SourceConflict {
  /** true: two applied sources disagree; "unknown": an applied source and one whose reach is undecided disagree. */
  state: true | typeof UNKNOWN;
  /** Indexes of the disagreeing sources (applied first, then the undecided ones). */
  indexes: number[];
  /** The sources by name, kind and value, for messages ("Policy A" (settings catalog) = 1 and …). */
  described: string;
  /** The same by name and value only, the same in every language ("Policy A" = 1; "Policy B" = 0). */
  named: string;
}

export interface PasswordResetResolution {
  value: 0 | 1 | typeof UNKNOWN;
  sourceIndex: number | null;
  typeError: boolean;
  mdmBlocked: boolean | typeof UNKNOWN;
  assignBlocked: boolean | typeof UNKNOWN;
  mixedExclusionIgnored: boolean;
  userTargeted: boolean;
  reports: PolicySourceReport[];
  missing: string[];
  conflict: SourceConflict | null;
}

function memberOf(groups: string[] | typeof UNKNOWN, group: string): boolean | typeof UNKNOWN {
  return groups === UNKNOWN ? UNKNOWN : groups.includes(group);
}

function versionKey(text: string): number[] {
  return text.split('.').map((part) => Number(part));
}

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

const NO_MISSING: readonly string[] = Object.freeze([]);
/** The registry route the docs give for testing; the join rule still applies to it. */
export const REGISTRY_TEST_ROUTE = phraseText(fixed('registryTestRoute'));
export const ASSIGNED_AS = {
  device: phraseText(fixed('assignedDevice')),
  user: phraseText(fixed('assignedUser')),
} as const;
interface Said {
  reason: string;
  reasonParts: readonly Phrase[];
}

/** A reason in English and as phrases (for the reader's language). */
function said(parts: readonly Phrase[]): Said {
  return { reason: phraseText(parts), reasonParts: parts };
}

/** Sets a source report's reason (English and phrases). */
function tell(report: PolicySourceReport, why: Said): void {
  report.reason = why.reason;
  report.reasonParts = why.reasonParts;
}

const NO_PHRASES: readonly Phrase[] = Object.freeze([]);

/** Reasons with nothing to fill in, made once: a decided evaluation builds no text. */
const SAID = {
  notInGroup: said(fixed('notInGroup')),
  excluded: said(fixed('excluded')),
  applicabilityUnknown: said(fixed('applicabilityUnknown')),
  osEdition: said(fixed('notApplicableEdition')),
  osVersion: said(fixed('notApplicableVersion')),
  groupsUnknown: said(fixed('groupsUnknown')),
  device: said(fixed('assignedDevice')),
  user: said(fixed('assignedUser')),
  registryTestRoute: said(fixed('registryTestRoute')),
  notOmaUri: said(fixed('notOmaUri')),
  userScope: said(fixed('userScope')),
  anotherSetting: said(fixed('anotherSetting')),
  notRegistryValue: said(fixed('notRegistryValue')),
  enrolmentUnknown: said(fixed('enrolmentUnknown')),
  notEnrolled: said(fixed('notEnrolled')),
  pinTypo: said(fixed('pinTypo')),
  notPinOmaUri: said(fixed('notPinOmaUri')),
  applied: said(fixed('applied')),
  none: { reason: '', reasonParts: NO_PHRASES },
} as const;

function groupsOf(scenario: Scenario, kind: 'device' | 'user'): string[] | typeof UNKNOWN {
  return kind === 'device' ? scenario.device.groups : scenario.user.groups;
}

const missingGroups = (kind: 'device' | 'user'): string => (kind === 'device' ? 'device.groups' : 'user.groups');

/** Intune assignment semantics: include, exclude (same kind only), then applicability rules (status "Not applicable"). */
export function checkAssignment(assignment: Assignment, scenario: Scenario): AssignmentCheck {
  // Allocated on the first unknown input only: most assignments are decided.
  let missing = NO_MISSING as string[];
  const need = (path: string) => {
    if (missing === NO_MISSING) missing = [];
    missing.push(path);
  };
  let included: boolean | typeof UNKNOWN = false;
  let includedAs: 'device' | 'user' | null = null;
  let userTargeted = false;
  let unknownFilters = NO_MISSING as string[];
  let filteredOut: string | null = null;
  const include = assignment.include;
  for (let i = 0; i < include.length; i++) {
    const target = include[i];
    let hit: boolean | typeof UNKNOWN;
    let kind: 'device' | 'user';
    if (target.target === 'allDevices') {
      hit = true;
      kind = 'device';
    } else if (target.target === 'allUsers') {
      hit = true;
      kind = 'user';
    } else {
      kind = target.groupType;
      hit = memberOf(groupsOf(scenario, kind), target.group);
      if (hit === UNKNOWN) need(missingGroups(kind));
    }
    const filter = target.filter;
    if (filter && hit !== false) {
      // Intune assignment filters: include keeps matching devices only, exclude drops them.
      if (filter.matches === UNKNOWN) {
        hit = UNKNOWN;
        if (unknownFilters === NO_MISSING) unknownFilters = [];
        unknownFilters.push(filter.name);
      } else if (filter.matches !== (filter.mode === 'include')) {
        hit = false;
        filteredOut = filter.name;
      }
    }
    if (hit === true) {
      included = true;
      includedAs = includedAs ?? kind;
      if (kind === 'user') userTargeted = true;
    } else if (hit === UNKNOWN && included !== true) included = UNKNOWN;
  }
  if (included === false)
    return {
      applies: 'no',
      ...(filteredOut === null ? SAID.notInGroup : said([phrase('filteredOut', { filter: filteredOut })])),
      mixedExclusionIgnored: false,
      userTargeted,
      missing,
      unknownFilters,
    };

  let mixedExclusionIgnored = false;
  let excluded: boolean | typeof UNKNOWN = false;
  const exclude = assignment.exclude;
  for (let i = 0; i < exclude.length; i++) {
    const target = exclude[i];
    if (includedAs && target.groupType !== includedAs) {
      mixedExclusionIgnored = true;
      continue;
    }
    const hit = memberOf(groupsOf(scenario, target.groupType), target.group);
    if (hit === true) excluded = true;
    else if (hit === UNKNOWN && excluded !== true) {
      excluded = UNKNOWN;
      need(missingGroups(target.groupType));
    }
  }
  if (excluded === true) {
    return {
      applies: 'no',
      reason: SAID.excluded.reason,
      reasonParts: SAID.excluded.reasonParts,
      mixedExclusionIgnored,
      userTargeted,
      missing,
      unknownFilters,
    };
  }

  const applicability = assignment.applicability;
  for (let i = 0; i < applicability.length; i++) {
    const rule = applicability[i];
    const wantMatch = rule.rule === 'assignIf';
    let matches: boolean | typeof UNKNOWN;
    if (rule.property === 'osEdition') {
      const edition = scenario.device.os.edition;
      if (edition === UNKNOWN) need('device.os.edition');
      matches = edition === UNKNOWN ? UNKNOWN : (rule.editions as string[]).includes(edition);
    } else {
      const { build, ubr } = scenario.device.os;
      if (build === UNKNOWN) {
        need('device.os.build');
        matches = UNKNOWN;
      } else {
        const version = [10, 0, build, ubr === UNKNOWN ? 0 : ubr];
        matches =
          compareVersions(version, versionKey(rule.min)) >= 0 &&
          compareVersions(version.slice(0, versionKey(rule.max).length), versionKey(rule.max)) <= 0;
      }
    }
    if (matches === UNKNOWN)
      return {
        applies: 'undecided',
        reason: SAID.applicabilityUnknown.reason,
        reasonParts: SAID.applicabilityUnknown.reasonParts,
        mixedExclusionIgnored,
        userTargeted,
        missing,
        unknownFilters,
      };
    if (matches !== wantMatch)
      return {
        applies: 'no',
        reason: SAID[rule.property].reason,
        reasonParts: SAID[rule.property].reasonParts,
        mixedExclusionIgnored,
        userTargeted,
        missing,
        unknownFilters,
      };
  }
  if (included === UNKNOWN || excluded === UNKNOWN) {
    const why =
      included === UNKNOWN && unknownFilters.length > 0
        ? said([phrase('filtersUnknown', { filters: unknownFilters.map((name) => `"${name}"`).join(', ') })])
        : SAID.groupsUnknown;
    return { applies: 'undecided', ...why, mixedExclusionIgnored, userTargeted, missing, unknownFilters };
  }
  return {
    applies: 'yes',
    reason: SAID[includedAs ?? 'device'].reason,
    reasonParts: SAID[includedAs ?? 'device'].reasonParts,
    mixedExclusionIgnored,
    userTargeted,
    missing,
    unknownFilters,
  };
}

const ASSIGNMENT_WORDS = {
  'en-US': {
    group: { device: 'device group', user: 'user group' },
    allDevices: 'All devices',
    allUsers: 'All users',
    filter: (mode: string, name: string) => ` with ${mode} filter "${name}"`,
    include: 'include',
    exclude: 'exclude',
    none: 'none',
    rules: (count: number) => `${count} applicability rule(s)`,
  },
  'nl-NL': {
    group: { device: 'apparaatgroep', user: 'gebruikersgroep' },
    allDevices: 'Alle apparaten',
    allUsers: 'Alle gebruikers',
    filter: (mode: string, name: string) => ` met ${mode === 'include' ? 'opnemend' : 'uitsluitend'} filter "${name}"`,
    include: 'opnemen',
    exclude: 'uitsluiten',
    none: 'geen',
    rules: (count: number) => `${count} ${count === 1 ? 'toepasselijkheidsregel' : 'toepasselijkheidsregels'}`,
  },
} as const;

/** An assignment in one line, in English (the command line) or Dutch (the report). */
export function describeAssignment(assignment: Assignment, language: 'en-US' | 'nl-NL' = 'en-US'): string {
  const words = ASSIGNMENT_WORDS[language];
  const include = assignment.include.map(
    (t) =>
      (t.target === 'group'
        ? `${t.group} (${words.group[t.groupType]})`
        : t.target === 'allDevices'
          ? words.allDevices
          : words.allUsers) + (t.filter ? words.filter(t.filter.mode, t.filter.name) : ''),
  );
  const exclude = assignment.exclude.map((t) => `${t.group} (${words.group[t.groupType]})`);
  const rules = assignment.applicability.length;
  return `${words.include}: ${include.join(', ') || words.none}${exclude.length ? `; ${words.exclude}: ${exclude.join(', ')}` : ''}${rules ? `; ${words.rules(rules)}` : ''}`;
}

const REGISTRY_KEY_LOWER = PASSWORD_RESET_REGISTRY_KEY.toLowerCase();
const REGISTRY_VALUE_LOWER = PASSWORD_RESET_REGISTRY_VALUE.toLowerCase();

/** The AllowPasswordReset value however it is spelled: HKLM\\ for the hive, any case, trailing backslashes. */
function isPasswordResetValue(key: string, valueName: string): boolean {
  const normal = key
    .trim()
    .replace(/^HKLM\\/i, 'HKEY_LOCAL_MACHINE\\')
    .replace(/\\+$/, '');
  return normal.toLowerCase() === REGISTRY_KEY_LOWER && valueName.toLowerCase() === REGISTRY_VALUE_LOWER;
}

interface SourceValue {
  configures: boolean;
  path: string;
  value: unknown;
  valid: boolean;
  problem: Said;
}

function readPasswordResetSource(source: PasswordResetSource): SourceValue {
  if (source.kind === 'omaUri') {
    const path = source.omaUri.trim();
    const isUser = path === OMA_USER_PATH;
    const configures = path === PASSWORD_RESET_OMA_URI || path === OMA_SHORT_PATH || isUser;
    if (!configures) return { configures, path, value: source.value, valid: false, problem: SAID.notOmaUri };
    if (isUser)
      return {
        configures,
        path,
        value: source.value,
        valid: false,
        problem: SAID.userScope,
      };
    if (source.dataType !== 'Integer')
      return {
        configures,
        path,
        value: source.value,
        valid: false,
        problem: said([phrase('dataTypeInteger', { dataType: source.dataType })]),
      };
    const numeric = typeof source.value === 'number' ? source.value : NaN;
    if (numeric !== 0 && numeric !== 1)
      return {
        configures,
        path,
        value: source.value,
        valid: false,
        problem: said([phrase('valueZeroOne', { value: JSON.stringify(source.value) })]),
      };
    return { configures, path, value: numeric, valid: true, problem: SAID.none };
  }
  if (source.kind === 'settingsCatalog') {
    const configures = source.settingDefinitionId === PASSWORD_RESET_CATALOG_ID;
    return {
      configures,
      path: 'Authentication > Allow Aad Password Reset',
      value: source.value,
      valid: configures,
      problem: configures ? SAID.none : SAID.anotherSetting,
    };
  }
  const configures = isPasswordResetValue(source.key, source.valueName);
  const path = `${source.key}\\${source.valueName}`;
  if (!configures) return { configures, path, value: source.value, valid: false, problem: SAID.notRegistryValue };
  if (source.valueType !== 'REG_DWORD')
    return {
      configures,
      path,
      value: source.value,
      valid: false,
      problem: said([phrase('notDword', { valueType: source.valueType })]),
    };
  if (source.value !== 0 && source.value !== 1)
    return {
      configures,
      path,
      value: source.value,
      valid: false,
      problem: said([phrase('valueZeroOne', { value: JSON.stringify(source.value) })]),
    };
  return { configures, path, value: source.value, valid: true, problem: SAID.none };
}

const KIND_LABELS = SOURCE_KIND_WORDS['en-US'];

function describeSources(reports: readonly PolicySourceReport[], indexes: readonly number[]): string {
  return indexes
    .map(
      (i) => `"${reports[i].name}" (${KIND_LABELS[reports[i].kind] ?? reports[i].kind}) = ${String(reports[i].value)}`,
    )
    .join(' and ');
}

/** Which value each source gives: the first applied source per value, and those whose reach is undecided. */
class SourceTally {
  appliedOn = -1;
  appliedOff = -1;
  // Allocated on the first undecided source only: most scenarios have none.
  maybeOn: number[] | null = null;
  maybeOff: number[] | null = null;

  applied(on: boolean, index: number): void {
    if (on) {
      if (this.appliedOn < 0) this.appliedOn = index;
    } else if (this.appliedOff < 0) this.appliedOff = index;
  }

  maybe(on: boolean, index: number): void {
    if (on) (this.maybeOn ??= []).push(index);
    else (this.maybeOff ??= []).push(index);
  }
}

/**
 * Conflicting sources (R-POLICY-CONFLICT, P-POLICY-CONFLICT): Intune shows a conflict between configuration settings
 * and leaves it to be resolved by hand, and between group policy and MDM outside MDMWinsOverGP there is "no guarantee
 * which one wins" (Policy CSP - ControlPolicyConflict). So two reaching sources that disagree leave the value unknown;
 * a disagreeing source whose reach is undecided leaves the conflict itself undecided.
 */
function findConflict(reports: PolicySourceReport[], tally: SourceTally, ruleId: string): SourceConflict | null {
  let state: SourceConflict['state'];
  let indexes: number[];
  if (tally.appliedOn >= 0 && tally.appliedOff >= 0) {
    state = true;
    indexes = [tally.appliedOn, tally.appliedOff];
  } else if (tally.appliedOn >= 0 && tally.maybeOff) {
    state = UNKNOWN;
    indexes = [tally.appliedOn, ...tally.maybeOff];
  } else if (tally.appliedOff >= 0 && tally.maybeOn) {
    state = UNKNOWN;
    indexes = [tally.appliedOff, ...tally.maybeOn];
  } else return null;
  const described = describeSources(reports, indexes);
  for (const index of indexes) {
    const others = describeSources(
      reports,
      indexes.filter((other) => other !== index),
    );
    const report = reports[index];
    report.ruleId = ruleId;
    tell(report, said([...report.reasonParts, phrase(state === true ? 'conflicts' : 'mayConflict', { others })]));
  }
  const named = indexes.map((i) => `"${reports[i].name}" = ${String(reports[i].value)}`).join('; ');
  return { state, indexes, described, named };
}

/**
 * R-POLICY-SRC: the applied sources decide AllowAadPasswordReset (default 0, Not allowed); sources that reach the device
 * and disagree are a conflict whose outcome Intune doesn't determine (R-POLICY-CONFLICT).
 */
export function resolvePasswordResetPolicy(scenario: Scenario): PasswordResetResolution {
  const enrolled = scenario.device.intuneEnrolled;
  const result: PasswordResetResolution = {
    value: 0,
    sourceIndex: null,
    typeError: false,
    mdmBlocked: false,
    assignBlocked: false,
    mixedExclusionIgnored: false,
    userTargeted: false,
    reports: [],
    missing: [],
    conflict: null,
  };
  let undecided = false;
  const tally = new SourceTally();
  const sources = scenario.policies.passwordReset;
  for (let index = 0; index < sources.length; index++) {
    const source = sources[index];
    const read = readPasswordResetSource(source);
    const report: PolicySourceReport = {
      index,
      kind: source.kind,
      name: source.name,
      path: read.path,
      value: read.value,
      applies: 'no',
      reason: '',
      reasonParts: NO_PHRASES,
    };
    result.reports.push(report);
    if (!read.configures) {
      tell(report, read.problem);
      continue;
    }
    if (!read.valid) {
      result.typeError = true;
      tell(report, read.problem);
      report.ruleId = 'R-POLICY-TYPE';
      continue;
    }
    if (source.kind !== 'registry') {
      report.assignment = source.assignment;
      if (enrolled !== true) {
        report.ruleId = 'R-MDM';
        if (enrolled === UNKNOWN) {
          report.applies = 'undecided';
          tell(report, SAID.enrolmentUnknown);
          tally.maybe(read.value === 1, index);
          if (read.value === 1) {
            undecided = true;
            if (result.mdmBlocked === false) result.mdmBlocked = UNKNOWN;
            result.missing.push('device.intuneEnrolled');
          }
        } else {
          tell(report, SAID.notEnrolled);
          if (read.value === 1) result.mdmBlocked = true;
        }
        continue;
      }
      const check = checkAssignment(source.assignment, scenario);
      if (check.mixedExclusionIgnored) result.mixedExclusionIgnored = true;
      if (check.applies !== 'yes') {
        report.applies = check.applies;
        tell(report, check);
        report.ruleId = 'R-ASSIGN';
        if (check.applies === 'undecided') tally.maybe(read.value === 1, index);
        if (check.unknownFilters.length > 0) result.missing.push('policies.passwordReset');
        if (read.value === 1) {
          if (check.applies === 'undecided') {
            undecided = true;
            if (result.assignBlocked === false) result.assignBlocked = UNKNOWN;
            result.missing.push(...check.missing);
          } else result.assignBlocked = true;
        }
        continue;
      }
      if (check.userTargeted) result.userTargeted = true;
      tell(report, check);
    } else {
      tell(report, SAID.registryTestRoute);
    }
    report.applies = 'yes';
    tally.applied(read.value === 1, index);
    if (read.value === 1 && result.sourceIndex === null) {
      result.value = 1;
      result.sourceIndex = index;
      report.ruleId = 'R-POLICY-SRC';
    }
  }
  if (result.value !== 1 && undecided) result.value = UNKNOWN;
  result.conflict = findConflict(result.reports, tally, 'R-POLICY-CONFLICT');
  if (result.conflict) {
    // The value the device ends up with is not determined: neither the enabling source nor the blocks decide it.
    result.value = UNKNOWN;
    result.sourceIndex = null;
    if (result.conflict.state === true) {
      result.mdmBlocked = false;
      result.assignBlocked = false;
    }
    result.missing.push('policies.passwordReset');
    return result;
  }
  if (result.value === 1) {
    result.mdmBlocked = false;
    result.assignBlocked = false;
  }
  return result;
}

export interface PinRecoveryResolution {
  value: boolean | typeof UNKNOWN;
  sourceIndex: number | null;
  typoPath: boolean;
  reports: PolicySourceReport[];
  missing: string[];
  conflict: SourceConflict | null;
}

/** P-POLICY-SRC: EnablePinRecovery from the settings catalog, account protection, GPO or the PassportForWork CSP. */
export function resolvePinRecovery(scenario: Scenario): PinRecoveryResolution {
  const result: PinRecoveryResolution = {
    value: false,
    sourceIndex: null,
    typoPath: false,
    reports: [],
    missing: [],
    conflict: null,
  };
  let undecided = false;
  const tally = new SourceTally();
  const sources = scenario.policies.pinRecovery;
  for (let index = 0; index < sources.length; index++) {
    const source: PinRecoverySource = sources[index];
    const report: PolicySourceReport = {
      index,
      kind: source.kind,
      name: source.name,
      path: '',
      value: null,
      applies: 'no',
      reason: '',
      reasonParts: NO_PHRASES,
    };
    result.reports.push(report);
    let value: boolean;
    if (source.kind === 'gpo') {
      report.path =
        'Computer Configuration > Administrative Templates > Windows Components > Windows Hello for Business > Use PIN Recovery';
      value = source.state === 'Enabled';
      report.value = source.state;
    } else {
      if (source.kind === 'omaUri') {
        report.path = source.omaUri;
        report.value = source.value;
        if (PIN_RECOVERY_TYPO.test(source.omaUri)) {
          result.typoPath = true;
          tell(report, SAID.pinTypo);
          report.ruleId = 'P-POLICY-SRC';
          continue;
        }
        if (!PIN_RECOVERY_PATH.test(source.omaUri)) {
          tell(report, SAID.notPinOmaUri);
          continue;
        }
        if (source.dataType !== 'Boolean' || typeof source.value !== 'boolean') {
          tell(report, said([phrase('dataTypeBoolean', { dataType: source.dataType })]));
          continue;
        }
        value = source.value;
      } else {
        report.path =
          source.kind === 'settingsCatalog'
            ? 'Windows Hello For Business > Enable Pin Recovery'
            : 'Endpoint security > Account protection > Enable Pin Recovery';
        report.value = source.value;
        value = source.value;
      }
      if (scenario.device.intuneEnrolled !== true) {
        report.applies = scenario.device.intuneEnrolled === UNKNOWN ? 'undecided' : 'no';
        tell(report, SAID.notEnrolled);
        if (scenario.device.intuneEnrolled === UNKNOWN) tally.maybe(value, index);
        if (value && scenario.device.intuneEnrolled === UNKNOWN) {
          undecided = true;
          result.missing.push('device.intuneEnrolled');
        }
        continue;
      }
      report.assignment = source.assignment;
      const check = checkAssignment(source.assignment, scenario);
      if (check.applies !== 'yes') {
        report.applies = check.applies;
        tell(report, check);
        if (check.applies === 'undecided') tally.maybe(value, index);
        if (check.unknownFilters.length > 0) result.missing.push('policies.pinRecovery');
        if (value && check.applies === 'undecided') {
          undecided = true;
          result.missing.push(...check.missing);
        }
        continue;
      }
    }
    report.applies = 'yes';
    if (!report.reason) tell(report, SAID.applied);
    // "Not configured" sets no value, so it can't conflict.
    if (source.kind !== 'gpo' || source.state !== 'NotConfigured') tally.applied(value, index);
    if (value && result.sourceIndex === null) {
      result.value = true;
      result.sourceIndex = index;
      report.ruleId = 'P-POLICY-SRC';
    }
  }
  if (result.value !== true && undecided) result.value = UNKNOWN;
  result.conflict = findConflict(result.reports, tally, 'P-POLICY-CONFLICT');
  if (result.conflict) {
    result.value = UNKNOWN;
    result.sourceIndex = null;
    result.missing.push('policies.pinRecovery');
  }
  return result;
}
