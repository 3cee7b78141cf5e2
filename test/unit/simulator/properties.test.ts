// Properties over random schema-valid scenarios (fast-check): A-1, totality, determinism, verified fixes, junk input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  DEFAULT_SCENARIO,
  evaluate,
  fixes,
  parseScenario,
  parseScenarioJson,
  RULE_IDS,
  type InputProblem,
  type Scenario,
} from '../../../simulator/index';
import { evaluateOptions, nearDefaultInput, scenarioInput, tenantAndUser } from './arbitraries';
import { readAt, writeAt } from './scenarios';

function parsed(input: unknown): Scenario {
  const result = parseScenario(input);
  if (!result.ok)
    throw new Error(
      `arbitrary produced an invalid scenario: ${result.problems.map((item) => item.message).join('; ')}`,
    );
  return result.scenario;
}

/** Fully random scenarios (many problems at once) and near-default ones (one to four changed leaves). */
const scenarios = fc.oneof(scenarioInput, nearDefaultInput).map(parsed);
const nearDefault = nearDefaultInput.map(parsed);
const RUNS = 200;

describe('properties of evaluate()', () => {
  it('the arbitraries produce schema-valid scenarios', () => {
    fc.assert(
      fc.property(fc.oneof(scenarioInput, nearDefaultInput), (input) => parseScenario(input).ok),
      { numRuns: RUNS },
    );
  });

  it('A-1: changing any tenant or user setting never changes passwordLink', () => {
    fc.assert(
      fc.property(scenarios, tenantAndUser, evaluateOptions, (s, other, options) => {
        // user.groups stays: an Intune user-group assignment of the device policy reads it (R-ASSIGN), which is
        // device policy state, not an SSPR tenant/user setting.
        const changed = parsed({ ...s, tenant: other.tenant, user: { ...other.user, groups: s.user.groups } });
        expect(evaluate(changed, options).passwordLink).toBe(evaluate(s, options).passwordLink);
      }),
      { numRuns: RUNS },
    );
  });

  it('A-1 with device-targeted policies only: user group membership never changes passwordLink either', () => {
    const userTargeted = (s: Scenario) =>
      [...s.policies.passwordReset, ...s.policies.pinRecovery].some(
        (source) =>
          'assignment' in source &&
          source.assignment.include.some(
            (target) => target.target === 'allUsers' || (target.target === 'group' && target.groupType === 'user'),
          ),
      );
    fc.assert(
      fc.property(scenarios, tenantAndUser, evaluateOptions, (s, other, options) => {
        fc.pre(!userTargeted(s));
        const changed = parsed({ ...s, tenant: other.tenant, user: other.user });
        expect(evaluate(changed, options).passwordLink).toBe(evaluate(s, options).passwordLink);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on schema-valid input, and is deterministic', () => {
    fc.assert(
      fc.property(scenarios, evaluateOptions, (s, options) => {
        const before = JSON.stringify(s);
        const first = evaluate(s, options);
        expect(JSON.stringify(s)).toBe(before);
        expect(evaluate(structuredClone(s), { ...options })).toEqual(first);
      }),
      { numRuns: RUNS },
    );
  });

  it('verdicts are consistent: hidden ⇔ no link, deciding rules fired, known rule IDs', () => {
    fc.assert(
      fc.property(scenarios, evaluateOptions, (s, options) => {
        const verdict = evaluate(s, options);
        expect(verdict.outcome === 'hidden').toBe(verdict.passwordLink === 'no');
        if (verdict.passwordLink === 'undecided') expect(verdict.outcome).toBe('undecided');
        const fired = new Set(verdict.fired.map((entry) => entry.id));
        for (const id of verdict.deciding) expect(fired.has(id), id).toBe(true);
        for (const entry of [...verdict.fired, ...verdict.undecided]) expect(RULE_IDS).toContain(entry.id);
        for (const entry of verdict.undecided) expect(entry.missing.length, entry.id).toBeGreaterThan(0);
        expect(verdict.warnings.every((entry) => entry.effect === 'WARN')).toBe(true);
        if (verdict.outcome === 'success') expect(verdict.deciding).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('properties of fixes()', () => {
  it('every suggested fix really succeeds', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.oneof(nearDefault, nearDefault, scenarios), evaluateOptions, (s, options) => {
        const found = fixes(s, options);
        for (let i = 1; i < found.length; i++) {
          const [a, b] = [found[i - 1], found[i]];
          expect(a.changes.length).toBeLessThanOrEqual(b.changes.length);
          if (a.changes.length === b.changes.length) expect(a.cost).toBeLessThanOrEqual(b.cost);
        }
        for (const fix of found) {
          const after = applyChanges(s, fix.changes);
          expect(parseScenario(after).ok, fix.title).toBe(true);
          expect(evaluate(after, options).outcome, fix.title).toBe('success');
          checked++;
        }
      }),
      { numRuns: 50 },
    );
    // Guards against a vacuous run: about a third of near-default scenarios are blocked and fixable.
    expect(checked).toBeGreaterThan(0);
  });
});

describe('properties of parsing', () => {
  function expectReadable(problems: InputProblem[]) {
    expect(problems.length).toBeGreaterThan(0);
    for (const item of problems) {
      for (const text of [item.path, item.expected, item.found, item.message]) {
        expect(typeof text).toBe('string');
        expect(text.length).toBeGreaterThan(0);
      }
    }
  }

  it('random junk never throws; a rejection names path, expected and found', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const result = parseScenario(junk);
        if (!result.ok) expectReadable(result.problems);
      }),
      { numRuns: RUNS },
    );
  });

  it('random text never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parseScenarioJson(text);
        if (!result.ok) expectReadable(result.problems);
      }),
      { numRuns: RUNS },
    );
  });

  /** Every scalar or array leaf of the default scenario, as a path of keys. */
  function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      return Object.entries(value).flatMap(([key, inner]) => leaves(inner, [...path, key]));
    }
    if (Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object')) {
      return [path, ...value.flatMap((inner, index) => leaves(inner, [...path, index]))];
    }
    return [path];
  }
  const LEAVES = leaves(DEFAULT_SCENARIO).filter((path) => path[0] !== 'schemaVersion');
  const format = (path: (string | number)[]) =>
    path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i ? `.${part}` : part)).join('');

  /** A value of the wrong type for a leaf (never "unknown", never the leaf's own type). */
  function wrongValues(original: unknown): unknown[] {
    const out: unknown[] = [{ nested: true }];
    // Nullable leaves (newPassword, selectedGroup) take strings, so a string is only wrong for non-null, non-string leaves.
    if (typeof original !== 'string' && original !== null) out.push('not-a-valid-value');
    if (typeof original !== 'number') out.push(12345.5);
    if (!Array.isArray(original)) out.push([1, 'x']);
    else out.push(false);
    return out;
  }

  const wrongAtPath = fc.constantFrom(...LEAVES).chain((path) => {
    const original = readAt(DEFAULT_SCENARIO, path);
    return fc.tuple(fc.constant(path), fc.constantFrom(...wrongValues(original)));
  });

  it('a wrong type at a random path is rejected at (or above) that path', () => {
    fc.assert(
      fc.property(wrongAtPath, ([path, bad]) => {
        const input = structuredClone(DEFAULT_SCENARIO);
        writeAt(input, path, bad);
        const result = parseScenario(input);
        expect(result.ok, format(path)).toBe(false);
        if (result.ok) return;
        expectReadable(result.problems);
        const where = format(path);
        expect(
          result.problems.some(
            (item) => where === item.path || where.startsWith(`${item.path}.`) || where.startsWith(`${item.path}[`),
          ),
          `${where}: ${result.problems.map((item) => item.path).join(', ')}`,
        ).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
