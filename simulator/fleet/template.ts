// The fleet template: the tenant's SSPR settings and the device-side assumptions (policy source, launch settings,
// session) that apply to every row unless a column or the snapshot says otherwise. What no input can know per row —
// the operating system, the join state, the user's registration — starts unknown, so a file without it says which
// rules that leaves undecided instead of borrowing the happy path.
import { DEFAULT_SCENARIO } from '../model/defaults';
import { deepMerge, validateScenario, type InputProblem } from '../model/parse';
import { PASSWORD_RESET_CATALOG_ID, UNKNOWN, type Scenario } from '../model/scenario';
import { FleetInputError, descriptorsOf, fleetProblem, type JsonTypeName } from './errors';

export const DEFAULT_FLEET_TEMPLATE: Scenario = {
  ...DEFAULT_SCENARIO,
  name: 'Fleet template',
  description:
    'Stated for every row: the settings catalog policy "Allow Aad Password Reset = Allow" assigned to all devices, a console session at the sign-in screen, tenant SSPR enabled for all users. Per row: operating system, edition, join state, enrollment and the user’s registration.',
  device: {
    ...DEFAULT_SCENARIO.device,
    name: '',
    os: { family: UNKNOWN, build: UNKNOWN, ubr: UNKNOWN, edition: UNKNOWN },
    joinState: UNKNOWN,
    intuneEnrolled: UNKNOWN,
    groups: UNKNOWN,
  },
  policies: {
    passwordReset: [
      {
        kind: 'settingsCatalog',
        name: 'SSPR at Windows sign-in',
        settingDefinitionId: PASSWORD_RESET_CATALOG_ID,
        value: 1,
        assignment: { include: [{ target: 'allDevices' }], exclude: [], applicability: [] },
      },
    ],
    pinRecovery: [],
  },
  user: {
    ...DEFAULT_SCENARIO.user,
    userPrincipalName: '',
    displayName: '',
    groups: UNKNOWN,
    licences: UNKNOWN,
    adminRole: UNKNOWN,
    registeredMethods: UNKNOWN,
  },
  provenance: {},
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A template file is a partial scenario merged over the default fleet template. */
export function parseFleetTemplate(text: string, label: string): Scenario {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new FleetInputError(label, fleetProblem('templateNotJson', { detail: (error as Error).message }));
  }
  return templateFrom(data, label);
}

export function templateFrom(data: unknown, label: string): Scenario {
  if (!isPlainObject(data))
    throw new FleetInputError(label, fleetProblem('templateNotObject', { jsonType: jsonTypeOf(data) }));
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { schemaVersion, ...fields } = data;
  const result = validateScenario(deepMerge(DEFAULT_FLEET_TEMPLATE, fields));
  if (!result.ok) throw templateProblem(label, result.problems);
  return result.scenario;
}

function templateProblem(label: string, problems: InputProblem[]): FleetInputError {
  const first = problems[0];
  return new FleetInputError(
    label,
    fleetProblem('templateInvalid', {
      count: problems.length,
      path: first.path,
      expected: first.expected,
      found: first.found,
      ...descriptorsOf(first),
    }),
    { column: first.path },
  );
}

function jsonTypeOf(data: unknown): JsonTypeName {
  if (data === null) return 'null';
  if (Array.isArray(data)) return 'array';
  const type = typeof data;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'null';
}
