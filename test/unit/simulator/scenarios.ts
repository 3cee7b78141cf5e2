// Scenario builders for the simulator tests: partial inputs merged over the default scenario, plus verdict lookups.
import {
  DEFAULT_DEVICE_GROUP,
  DEFAULT_USER_GROUP,
  evaluate,
  formatProblems,
  parseScenario,
  PASSWORD_RESET_OMA_URI,
  type EvaluateOptions,
  type FiredRule,
  type Rule,
  type Scenario,
  type Verdict,
} from '../../../simulator/index';

export { DEFAULT_DEVICE_GROUP, DEFAULT_USER_GROUP };

/** Anything parseScenario accepts; kept loose so tests can write partial nested objects. */
export type Partial = Record<string, unknown>;

/** A scenario from a partial input; fails the test loudly when the input is not schema-valid. */
export function scenario(partial: Partial = {}): Scenario {
  const parsed = parseScenario(partial);
  if (!parsed.ok) throw new Error(`invalid test scenario:\n${formatProblems(parsed.problems)}`);
  return parsed.scenario;
}

export function verdictOf(partial: Partial = {}, options?: EvaluateOptions): Verdict {
  return evaluate(scenario(partial), options);
}

export const firedIds = (verdict: Verdict): string[] => verdict.fired.map((entry) => entry.id);

/**
 * The fired entry of one catalogue rule (matched by ID and message, so the two R-LICENSE parts stay apart; a conflict
 * rule's message goes on to name the sources it saw).
 */
export function firedEntry(verdict: Verdict, rule: Pick<Rule, 'id' | 'message'>): FiredRule | undefined {
  return verdict.fired.find(
    (entry) =>
      entry.id === rule.id && (entry.message === rule.message || entry.message.startsWith(`${rule.message} Sources: `)),
  );
}

export const deviceGroupTarget = { target: 'group', group: DEFAULT_DEVICE_GROUP, groupType: 'device' } as const;
const noRules = { exclude: [], applicability: [] };

/** Settings catalog "Authentication > Allow Aad Password Reset", assigned to the default device group. */
export function catalogSource(value: 0 | 1, assignment: Partial = {}) {
  return {
    kind: 'settingsCatalog',
    name: 'Catalog',
    value,
    assignment: { include: [deviceGroupTarget], ...noRules, ...assignment },
  };
}

export function omaSource(omaUri: string, dataType: string, value: unknown, assignment: Partial = {}) {
  return {
    kind: 'omaUri',
    name: 'Custom OMA-URI',
    omaUri,
    dataType,
    value,
    assignment: { include: [deviceGroupTarget], ...noRules, ...assignment },
  };
}

export function registrySource(
  value: number | string,
  valueType = 'REG_DWORD',
  key = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\AzureADAccount',
) {
  return { kind: 'registry', name: 'Registry', key, valueName: 'AllowPasswordReset', valueType, value };
}

export function passwordResetPolicies(...sources: unknown[]): Partial {
  return { policies: { passwordReset: sources, pinRecovery: [] } };
}

export const DEVICE_OMA_URI = PASSWORD_RESET_OMA_URI;
export const VENDOR_OMA_URI = './Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset';
export const USER_OMA_URI = './User/Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset';

/** Windows 7 SP1 with the add-in installed, patched, TLS 1.2 on: the legacy happy path. */
export const windows7 = (legacyAddIn: Partial = {}, device: Partial = {}): Partial => ({
  device: {
    os: { family: 'windows7', build: 7601, ubr: 0, edition: 'Enterprise' },
    legacyAddIn: { installed: true, osPatched: true, tls12Enabled: true, loggingEnabled: false, ...legacyAddIn },
    ...device,
  },
});

export const windows10 = (build: number, edition = 'Enterprise', ubr = 0) => ({
  family: 'windows10',
  build,
  ubr,
  edition,
});

/** A synced (password hash sync) user, with writeback on unless told otherwise. */
export const syncedUser = (onPremises: Partial = {}, user: Partial = {}): Partial => ({
  tenant: { directorySync: true, sspr: { onPremises: { writebackEnabled: true, ...onPremises } } },
  user: { authentication: 'passwordHashSync', ...user },
});

export const pinRecoveryCatalog = (value: boolean) => ({
  kind: 'settingsCatalog',
  value,
  assignment: { include: [deviceGroupTarget], exclude: [], applicability: [] },
});

type Key = string | number;

/** Value at a key path (undefined when a step is missing). */
export function readAt(root: unknown, path: readonly Key[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<Key, unknown>)[key];
  }
  return node;
}

/** Sets the value at a key path in place; every step but the last must exist. */
export function writeAt(root: object, path: readonly Key[], value: unknown): void {
  const parent = readAt(root, path.slice(0, -1)) as Record<Key, unknown>;
  parent[path[path.length - 1]] = value;
}
