// Version-1 scenario files open in schema version 2: every preset saved as version 1 comes back as the same scenario
// with the same verdict, and the inputs version 1 could not state are marked as filled in by the migration.
import { describe, expect, it } from 'vitest';
import {
  ADDED_IN_VERSION_2,
  DEFAULT_SCENARIO,
  evaluate,
  getAt,
  parseScenario,
  parseScenarioJson,
  PRESETS,
  SCHEMA_VERSION,
  type Scenario,
} from '../../../simulator/index';

/** Values that only exist since version 2 (besides the added leaves). */
const VERSION_2_VALUES: Record<string, readonly unknown[]> = {
  'session.credentialProvider': ['webSignIn'],
  'tenant.licences': ['microsoft365Trial', 'entraIdP1Trial'],
  'user.licences': ['microsoft365Trial', 'entraIdP1Trial'],
};

function without(root: Record<string, unknown>, path: string): void {
  const keys = path.split('.');
  let node = root;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  delete node[keys[keys.length - 1]];
}

/**
 * The file version 1 of the app would have saved for this scenario, or null when version 1 cannot express it (an
 * added input away from its default, or a value added in version 2).
 */
function savedAsVersion1(scenario: Scenario): Record<string, unknown> | null {
  for (const path of ADDED_IN_VERSION_2)
    if (JSON.stringify(getAt(scenario, path)) !== JSON.stringify(getAt(DEFAULT_SCENARIO, path))) return null;
  for (const [path, values] of Object.entries(VERSION_2_VALUES)) {
    const value = getAt(scenario, path);
    const items = Array.isArray(value) ? value : [value];
    if (items.some((item) => values.includes(item))) return null;
  }
  const file = JSON.parse(JSON.stringify(scenario)) as Record<string, unknown>;
  for (const path of ADDED_IN_VERSION_2) without(file, path);
  file.schemaVersion = 1;
  return file;
}

const withoutProvenance = (scenario: Scenario) => ({ ...scenario, provenance: {} });

describe('schema version', () => {
  it('is 2, and new scenarios carry it', () => {
    expect(SCHEMA_VERSION).toBe(2);
    expect(DEFAULT_SCENARIO.schemaVersion).toBe(SCHEMA_VERSION);
    const parsed = parseScenario({});
    expect(parsed.ok && parsed.scenario.schemaVersion).toBe(2);
  });

  it('every added input is a leaf of the default scenario', () => {
    for (const path of ADDED_IN_VERSION_2) expect(getAt(DEFAULT_SCENARIO, path), path).not.toBeUndefined();
  });
});

describe('version 1 files', () => {
  const expressible = PRESETS.filter((preset) => savedAsVersion1(preset.scenario) !== null);
  const versionTwoOnly = PRESETS.filter((preset) => savedAsVersion1(preset.scenario) === null).map((p) => p.id);

  it('cover most presets; the rest use inputs added in version 2', () => {
    expect(expressible.length).toBeGreaterThanOrEqual(25);
    expect(versionTwoOnly).toEqual(
      expect.arrayContaining([
        'cis-logon-right',
        'web-sign-in-default',
        'cloud-pc',
        'excluded-password-provider',
        'm365-trial',
        'pin-settings-baseline',
        'hybrid-smart-card-pin',
      ]),
    );
  });

  describe.each(expressible.map((preset) => [preset.id, preset] as const))('preset %s saved as version 1', (_, p) => {
    const file = savedAsVersion1(p.scenario)!;
    const parsed = parseScenarioJson(JSON.stringify(file));

    it('opens as version 2 with the same values', () => {
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.scenario.schemaVersion).toBe(2);
      expect(withoutProvenance(parsed.scenario)).toEqual(withoutProvenance(p.scenario));
    });

    it('gives the same verdict', () => {
      if (!parsed.ok) throw new Error('not parsed');
      const before = evaluate(p.scenario, p.options);
      const after = evaluate(parsed.scenario, p.options);
      expect(after.outcome).toBe(before.outcome);
      expect(after.pinOutcome).toBe(before.pinOutcome);
      expect(after.fired.map((rule) => rule.key)).toEqual(before.fired.map((rule) => rule.key));
    });

    it('marks each input it could not state as filled in by the migration', () => {
      if (!parsed.ok) throw new Error('not parsed');
      for (const path of ADDED_IN_VERSION_2) {
        expect(parsed.scenario.provenance[path]?.kind, path).toBe('inferred');
        expect(parsed.scenario.provenance[path]?.note, path).toMatch(/version 1/);
      }
    });
  });

  it('keeps a provenance the file already gives for an added input', () => {
    const parsed = parseScenario({
      schemaVersion: 1,
      provenance: { 'session.cloudPc': { kind: 'statedByAdmin', note: 'asked the user' } },
    });
    expect(parsed.ok && parsed.scenario.provenance['session.cloudPc']?.kind).toBe('statedByAdmin');
  });

  it('a version 1 file keeps the values it states', () => {
    const parsed = parseScenario({
      schemaVersion: 1,
      session: { kind: 'remoteDesktop', credentialProvider: 'pin' },
      user: { accountKind: 'personalMicrosoftAccount' },
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.scenario.session.kind).toBe('remoteDesktop');
    expect(parsed.scenario.session.credentialProvider).toBe('pin');
    expect(parsed.scenario.user.accountKind).toBe('personalMicrosoftAccount');
    expect(parsed.scenario.session.pinResetFrom).toBe('lockScreen');
  });

  it('a version 1 file with a bad value still reports the field', () => {
    const parsed = parseScenario({ schemaVersion: 1, session: { kind: 'telnet' } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((problem) => problem.path)).toContain('session.kind');
  });

  it('a version 2 file gets no migration notes', () => {
    const parsed = parseScenario({ schemaVersion: 2 });
    expect(parsed.ok && Object.keys(parsed.scenario.provenance)).toEqual([]);
  });
});
