// Generates a pool of varied, schema-valid scenarios by mutating the default scenario and the presets with a seeded
// random generator, so every run measures the same work.
import {
  DEFAULT_SCENARIO,
  EDITIONS,
  JOIN_STATES,
  LICENCES,
  AUTH_TYPES,
  METHODS,
  OS_FAMILIES,
  PRESETS,
  PROXY_KINDS,
  SESSION_KINDS,
  SESSION_STARTS,
  validateScenario,
  type Scenario,
} from '../../simulator/index';

/** Mulberry32: small, fast and deterministic. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const flag = [0, 1, 'unknown'];
const bool = [true, false, 'unknown'];
const subsets = <T>(items: readonly T[]): T[][] => [
  [],
  [items[0]],
  [items[0], items[2]],
  [...items],
  [items[3], items[5]],
];

/** Dotted path → values it may take (all schema-valid; "unknown" where the schema allows it). */
const MUTATIONS: [string, readonly unknown[]][] = [
  ['device.os.family', [...OS_FAMILIES, 'unknown']],
  ['device.os.build', [7601, 9600, 15063, 16299, 17134, 17763, 18363, 19045, 22000, 22621, 22631, 26100, 'unknown']],
  ['device.os.ubr', [0, 2506, 4890, 'unknown']],
  ['device.os.edition', [...EDITIONS, 'unknown']],
  ['device.joinState', [...JOIN_STATES, 'unknown']],
  ['device.intuneEnrolled', bool],
  ['device.settings.NoLockScreen', flag],
  ['device.settings.DisableLockScreenAppNotifications', flag],
  ['device.settings.HideFastUserSwitching', flag],
  ['device.settings.DontDisplayLastUserName', flag],
  ['device.settings.EnableLUA', flag],
  ['device.settings.DisableCAD', flag],
  ['device.settings.RequireSmartCard', flag],
  ['device.settings.thirdPartyCredentialProviders', [0, 1, 'unknown']],
  ['device.settings.EnablePasswordlessExperience', flag],
  ['device.network.reachesPasswordResetService', bool],
  ['device.network.proxy', [...PROXY_KINDS, 'unknown']],
  ['device.network.domainControllerReachable', bool],
  ['session.kind', [...SESSION_KINDS, 'unknown']],
  ['session.startedFrom', [...SESSION_STARTS, 'unknown']],
  ['session.failedAttempts', [0, 1, 3]],
  ['policies.passwordReset', [[], DEFAULT_SCENARIO.policies.passwordReset]],
  ['tenant.sspr.enabled', ['None', 'Selected', 'All', 'unknown']],
  ['tenant.sspr.methodsRequired', [1, 2, 'unknown']],
  ['tenant.sspr.methodsAvailable', subsets(METHODS)],
  ['tenant.sspr.onPremises.writebackEnabled', bool],
  ['tenant.allowedToUseSSPR', bool],
  ['tenant.licences', [...LICENCES.map((licence) => [licence]), 'unknown']],
  ['user.groups', [[], ['SSPR - Users'], 'unknown']],
  ['user.licences', [[], ['entraIdP1'], ['microsoft365E5'], 'unknown']],
  ['user.adminRole', bool],
  ['user.authentication', [...AUTH_TYPES, 'unknown']],
  ['user.registeredMethods', [...subsets(METHODS), 'unknown']],
  ['user.pin.hasPin', bool],
];

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts[parts.length - 1]] = structuredClone(value);
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** `count` valid scenarios: each a base (default or a preset) with 0–6 random mutations. Invalid mixes are skipped. */
export function generateScenarios(count: number, seed = 20171123): { scenarios: Scenario[]; rejected: number } {
  const random = seededRandom(seed);
  const bases: Scenario[] = [DEFAULT_SCENARIO, ...PRESETS.map((preset) => preset.scenario)];
  const scenarios: Scenario[] = [];
  let rejected = 0;
  while (scenarios.length < count) {
    const candidate = structuredClone(pick(random, bases)) as unknown as Record<string, unknown>;
    const mutations = Math.floor(random() * 7);
    for (let i = 0; i < mutations; i++) {
      const [path, values] = pick(random, MUTATIONS);
      setPath(candidate, path, pick(random, values));
    }
    const parsed = validateScenario(candidate);
    if (parsed.ok) scenarios.push(parsed.scenario);
    else rejected++;
  }
  return { scenarios, rejected };
}
