// Scenario input: partial files merge over the default; every problem names the field path, what was expected and what was found.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCENARIO,
  parseScenario,
  parseScenarioJson,
  scenarioFileJsonSchema,
  SCHEMA_VERSION,
  type InputProblem,
  type ParseResult,
} from '../../../simulator/index';

function problemsOf(result: ParseResult): InputProblem[] {
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.problems;
}

function problemAt(result: ParseResult, path: string): InputProblem {
  const problems = problemsOf(result);
  const found = problems.find((item) => item.path === path);
  if (!found) throw new Error(`no problem at ${path}; got ${problems.map((item) => item.path).join(', ')}`);
  return found;
}

describe('parseScenario: merging', () => {
  it('an empty object gives the default scenario', () => {
    const result = parseScenario({});
    expect(result.ok && result.scenario).toEqual(DEFAULT_SCENARIO);
  });

  it('a partial input overrides only the fields it names', () => {
    const result = parseScenario({ device: { os: { build: 19045 } }, tenant: { sspr: { enabled: 'Selected' } } });
    if (!result.ok) throw new Error('rejected');
    expect(result.scenario.device.os).toEqual({ ...DEFAULT_SCENARIO.device.os, build: 19045 });
    expect(result.scenario.tenant.sspr.enabled).toBe('Selected');
    expect(result.scenario.tenant.sspr.methodsRequired).toBe(DEFAULT_SCENARIO.tenant.sspr.methodsRequired);
    expect(result.scenario.user).toEqual(DEFAULT_SCENARIO.user);
  });

  it('arrays replace the default array', () => {
    const result = parseScenario({ user: { registeredMethods: ['email'] } });
    expect(result.ok && result.scenario.user.registeredMethods).toEqual(['email']);
  });

  it('accepts "unknown" on any maybe-field', () => {
    const result = parseScenario({
      device: { os: { build: 'unknown' }, groups: 'unknown' },
      tenant: { licences: 'unknown' },
    });
    expect(result.ok).toBe(true);
  });

  it('fills the defaults of a new policy source', () => {
    const result = parseScenario({ policies: { passwordReset: [{ kind: 'settingsCatalog', value: 1 }] } });
    if (!result.ok) throw new Error('rejected');
    expect(result.scenario.policies.passwordReset[0]).toMatchObject({
      kind: 'settingsCatalog',
      assignment: { include: [], exclude: [], applicability: [] },
    });
  });

  it('does not change the default scenario', () => {
    const before = JSON.stringify(DEFAULT_SCENARIO);
    parseScenario({ device: { os: { build: 1 } }, user: { registeredMethods: [] } });
    expect(JSON.stringify(DEFAULT_SCENARIO)).toBe(before);
  });
});

describe('parseScenario: readable problems', () => {
  it('wrong type: names path, expected type and found value', () => {
    const item = problemAt(parseScenario({ device: { os: { build: 'seventeen' } } }), 'device.os.build');
    expect(item.expected).toMatch(/number|integer/);
    expect(item.expected).toMatch(/unknown/);
    expect(item.found).toBe('"seventeen"');
    expect(item.message).toContain('device.os.build');
  });

  it('a fraction where an integer is expected', () => {
    expect(problemAt(parseScenario({ device: { os: { build: 17134.5 } } }), 'device.os.build').found).toBe('17134.5');
  });

  it('bad enum: lists the allowed values', () => {
    const item = problemAt(parseScenario({ device: { joinState: 'azureAdJoined' } }), 'device.joinState');
    expect(item.expected).toContain('"entraJoined"');
    expect(item.expected).toContain('"hybridJoined"');
    expect(item.found).toBe('"azureAdJoined"');
  });

  it('a flag given as a boolean', () => {
    const item = problemAt(
      parseScenario({ device: { settings: { NoLockScreen: true } } }),
      'device.settings.NoLockScreen',
    );
    expect(item.expected).toMatch(/0/);
    expect(item.found).toBe('true');
  });

  it('inside an array: the index is in the path', () => {
    const result = parseScenario({
      policies: { passwordReset: [{ kind: 'omaUri', omaUri: './Device/x', dataType: 'Int', value: 1 }] },
    });
    const item = problemAt(result, 'policies.passwordReset[0].dataType');
    expect(item.expected).toContain('"Integer"');
    expect(item.found).toBe('"Int"');
  });

  it('a number out of range', () => {
    const item = problemAt(
      parseScenario({ tenant: { sspr: { questionsToReset: 7 } } }),
      'tenant.sspr.questionsToReset',
    );
    expect(item.expected).toMatch(/5/);
    expect(item.found).toBe('7');
  });

  it('a misspelled field is reported as unknown', () => {
    const item = problemAt(
      parseScenario({ device: { settings: { NoLockscreen: 1 } } }),
      'device.settings.NoLockscreen',
    );
    expect(item.expected).toMatch(/no such field|spelling/);
    expect(item.found).toBe('1');
  });

  it('a misspelled top-level section is reported too', () => {
    expect(problemAt(parseScenario({ tennant: {} }), 'tennant').found).toBe('an object');
  });

  it('reports every problem, not just the first', () => {
    const problems = problemsOf(
      parseScenario({ device: { os: { build: 'x' }, joinState: 'y' }, session: { kind: 3 } }),
    );
    expect(problems.map((item) => item.path)).toEqual(
      expect.arrayContaining(['device.os.build', 'device.joinState', 'session.kind']),
    );
  });

  it('a schemaVersion newer than this app is refused with the versions it opens', () => {
    const item = problemAt(parseScenario({ schemaVersion: SCHEMA_VERSION + 1 }), 'schemaVersion');
    expect(item.expected).toContain('1 or 2');
    expect(item.found).toBe(String(SCHEMA_VERSION + 1));
    expect(problemAt(parseScenario({ schemaVersion: '2' }), 'schemaVersion').found).toBe('"2"');
  });

  it('non-object input is refused at the root', () => {
    for (const input of [null, 42, 'scenario', [1, 2]]) {
      const problems = problemsOf(parseScenario(input));
      expect(problems).toHaveLength(1);
      expect(problems[0].path).toBe('(root)');
      expect(problems[0].expected).toMatch(/object/);
    }
  });
});

describe('parseScenarioJson', () => {
  it('parses JSON text over the default', () => {
    const result = parseScenarioJson('{"schemaVersion": 1, "session": {"kind": "remoteDesktop"}}');
    expect(result.ok && result.scenario.session.kind).toBe('remoteDesktop');
  });

  it('invalid JSON is one problem, not a throw', () => {
    const problems = problemsOf(parseScenarioJson('{"device": {"os": '));
    expect(problems).toHaveLength(1);
    expect(problems[0].expected).toBe('valid JSON');
    expect(problems[0].found.length).toBeGreaterThan(0);
    expect(problems[0].path.length).toBeGreaterThan(0);
  });

  it('valid JSON with a bad value reports the field path', () => {
    expect(problemAt(parseScenarioJson('{"user": {"adminRole": "yes"}}'), 'user.adminRole').found).toBe('"yes"');
  });
});

describe('scenarioFileJsonSchema', () => {
  const schema = scenarioFileJsonSchema() as {
    type?: string;
    properties?: Record<string, { properties?: Record<string, unknown> }>;
    required?: string[];
    title?: string;
  };

  it('is a JSON Schema object with the scenario sections as properties', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties ?? {})).toEqual(
      expect.arrayContaining(['schemaVersion', 'device', 'session', 'policies', 'tenant', 'user']),
    );
    expect(Object.keys(schema.properties!.device.properties ?? {})).toEqual(
      expect.arrayContaining(['os', 'joinState', 'settings', 'network']),
    );
    expect(schema.title).toBeTruthy();
  });

  it('requires only schemaVersion at the top (partial files are allowed)', () => {
    expect(schema.required ?? []).toEqual(['schemaVersion']);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});
