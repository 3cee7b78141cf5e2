// fixes(): verified minimal change sets; compareEras() and evaluateMany().
import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  compareEras,
  evaluate,
  evaluateMany,
  fixes,
  PRESETS,
  presetById,
  type Fix,
  type Scenario,
} from '../../../simulator/index';
import { merge } from './rule-cases';
import { catalogSource, passwordResetPolicies, registrySource, scenario } from './scenarios';

const blocked = PRESETS.filter((preset) => preset.expected.outcome !== 'success');
/** Paths whose change means an OS upgrade, an edition change, enrolment or a re-join. */
const HEAVY_PATHS = /^device\.(os|joinState|intuneEnrolled)/;
const isHeavy = (fix: Fix) => fix.changes.some((change) => HEAVY_PATHS.test(change.path));

describe('fixes() for every preset that does not succeed', () => {
  it('covers at least one such preset', () => expect(blocked.length).toBeGreaterThan(0));

  describe.each(blocked.map((preset) => [preset.id, preset] as const))('%s', (_id, preset) => {
    const found = fixes(preset.scenario, preset.options);

    it('returns at least one fix', () => expect(found.length).toBeGreaterThan(0));

    it('each fix, applied and re-evaluated, succeeds', () => {
      for (const fix of found) {
        const after = evaluate(applyChanges(preset.scenario, fix.changes), preset.options);
        expect(after.outcome, fix.title).toBe('success');
        expect(fix.outcomeAfter).toBe('success');
        expect(fix.changes.length).toBeGreaterThan(0);
        expect(fix.title.length).toBeGreaterThan(0);
      }
    });

    it('records where each change starts from', () => {
      for (const fix of found)
        for (const change of fix.changes) expect(change.label.length, change.path).toBeGreaterThan(0);
    });

    it('is sorted fewest changes first, then by cost', () => {
      for (let i = 1; i < found.length; i++) {
        const [a, b] = [found[i - 1], found[i]];
        expect(a.changes.length).toBeLessThanOrEqual(b.changes.length);
        if (a.changes.length === b.changes.length) expect(a.cost).toBeLessThanOrEqual(b.cost);
      }
    });

    it('among fixes of the same size, tenant/policy/device settings come before OS upgrade, enrolment or re-join', () => {
      for (let i = 1; i < found.length; i++) {
        if (found[i - 1].changes.length === found[i].changes.length && isHeavy(found[i - 1]))
          expect(isHeavy(found[i]), found[i].title).toBe(true);
      }
    });

    it('names the blocking rules each fix clears', () => {
      const blockingIds = evaluate(preset.scenario, preset.options).deciding;
      for (const fix of found)
        if (blockingIds.length > 0)
          expect(
            fix.clears.some((id) => blockingIds.includes(id)),
            fix.title,
          ).toBe(true);
    });
  });

  it('does not mutate the scenario it fixes', () => {
    const preset = presetById('no-lock-screen')!;
    const before = JSON.stringify(preset.scenario);
    const [fix] = fixes(preset.scenario, preset.options);
    applyChanges(preset.scenario, fix.changes);
    expect(JSON.stringify(preset.scenario)).toBe(before);
  });

  it('returns nothing for a scenario that already succeeds', () => {
    expect(fixes(scenario())).toEqual([]);
  });
});

describe('fix preference', () => {
  it('prefers correcting the policy over enrolling the device when both clear the problem', () => {
    // An unenrolled device with a catalog policy (R-MDM) and a mistyped registry value (R-POLICY-TYPE):
    // enrolling or retyping the registry value each fix it in one change.
    const s = scenario(
      merge(passwordResetPolicies(catalogSource(1), registrySource('1', 'REG_SZ')), {
        device: { intuneEnrolled: false },
      }),
    );
    const found = fixes(s);
    const registryFix = found.findIndex((fix) =>
      fix.changes.some((change) => change.path.startsWith('policies.passwordReset')),
    );
    const enrolFix = found.findIndex((fix) => fix.changes.some((change) => change.path === 'device.intuneEnrolled'));
    expect(registryFix).toBeGreaterThanOrEqual(0);
    expect(enrolFix).toBeGreaterThanOrEqual(0);
    expect(registryFix).toBeLessThan(enrolFix);
    expect(found[registryFix].cost).toBeLessThan(found[enrolFix].cost);
  });

  it('prefers the session change over a device setting for the passwordless tile (R-PWLESS)', () => {
    const s = scenario({
      device: { settings: { EnablePasswordlessExperience: 1 } },
      session: { lastSignInMethod: 'fido2' },
    });
    const [first] = fixes(s);
    expect(first.changes.map((change) => change.path)).toEqual(['session.tile']);
  });

  it('keeps only minimal change sets (no fix contains another)', () => {
    for (const preset of blocked) {
      const found = fixes(preset.scenario, preset.options);
      for (const a of found) {
        for (const b of found) {
          if (a === b) continue;
          const aKeys = a.changes.map((change) => `${change.path}=${JSON.stringify(change.to)}`);
          const bKeys = new Set(b.changes.map((change) => `${change.path}=${JSON.stringify(change.to)}`));
          expect(
            aKeys.every((key) => bKeys.has(key)),
            `${a.title} ⊆ ${b.title}`,
          ).toBe(false);
        }
      }
    }
  });
});

describe('compareEras()', () => {
  const seed = presetById('seed-2017-intune')!.scenario;

  it('the seed device works under the Nov 2017 docs and is hidden under the current ones, by R-VERSION', () => {
    const comparison = compareEras(seed, '2017-11', 'current');
    expect(comparison.a).toMatchObject({ era: '2017-11', outcome: 'success', passwordLink: 'yes' });
    expect(comparison.b).toMatchObject({ era: 'current', outcome: 'hidden', passwordLink: 'no' });
    expect(comparison.outcomeChanged).toBe(true);
    expect(comparison.onlyInB.map((entry) => entry.id)).toContain('R-VERSION');
    expect(comparison.onlyInA.map((entry) => entry.id)).not.toContain('R-VERSION');
  });

  it('shows an effect change for Ctrl+Alt+Del (FAIL in 2018, WARN now)', () => {
    const comparison = compareEras(presetById('ctrl-alt-del-2018')!.scenario, '2018-07', 'current');
    expect(comparison.effectChanged).toContainEqual({ id: 'R-CAD', a: 'FAIL', b: 'WARN' });
    expect(comparison.outcomeChanged).toBe(true);
  });

  it('reports no change between an era and itself', () => {
    const comparison = compareEras(seed, 'current', 'current');
    expect(comparison.outcomeChanged).toBe(false);
    expect(comparison.onlyInA).toEqual([]);
    expect(comparison.onlyInB).toEqual([]);
    expect(comparison.effectChanged).toEqual([]);
  });
});

describe('evaluateMany()', () => {
  function* fleet(size: number): Generator<Scenario> {
    const shapes = [
      scenario(),
      scenario({ device: { settings: { NoLockScreen: 1 } } }),
      scenario({ device: { settings: { EnableLUA: 0 } } }),
      scenario({ user: { registeredMethods: [] } }),
      scenario({ tenant: { sspr: { enabled: 'unknown' } } }),
    ];
    for (let i = 0; i < size; i++) yield shapes[i % shapes.length];
  }

  it('counts by outcome and by rule over a generator, one scenario at a time', () => {
    const seen: number[] = [];
    const summary = evaluateMany(fleet(23), {}, (_verdict, _scenario, index) => seen.push(index));
    expect(summary.total).toBe(23);
    expect(seen).toEqual([...Array(23).keys()]);
    expect(summary.byOutcome).toEqual({ success: 5, hidden: 5, fails: 5, denied: 4, deferred: 0, undecided: 4 });
    expect(summary.byRule['R-NOLOCK']).toBe(5);
    expect(summary.byRule['R-UAC']).toBe(5);
    expect(summary.byRule['R-REG']).toBe(4);
    expect(summary.undecidedByRule['R-SSPR-NONE']).toBe(4);
    expect(summary.linkShown).toBe(23 - 5);
  });

  it('agrees with evaluate() one by one', () => {
    const scenarios = PRESETS.map((preset) => preset.scenario);
    const summary = evaluateMany(scenarios);
    const byOutcome: Record<string, number> = {};
    for (const s of scenarios) {
      const outcome = evaluate(s).outcome;
      byOutcome[outcome] = (byOutcome[outcome] ?? 0) + 1;
    }
    for (const [outcome, count] of Object.entries(summary.byOutcome))
      expect(count, outcome).toBe(byOutcome[outcome] ?? 0);
    expect(summary.byRule['R-POLICY-SRC']).toBe(
      scenarios.filter((s) => evaluate(s).fired.some((entry) => entry.id === 'R-POLICY-SRC')).length,
    );
  });

  it('passes the options to every evaluation', () => {
    const summary = evaluateMany([presetById('seed-2017-intune')!.scenario], { docsAsOf: '2017-11' });
    expect(summary.byOutcome.success).toBe(1);
    expect(evaluateMany([presetById('seed-2017-intune')!.scenario]).byOutcome.hidden).toBe(1);
  });
});

describe('fixes() for blockers that share an ID or come from unknown inputs', () => {
  // With strictLicensing an unlicensed user is denied; assigning the user a qualifying licence clears it.
  // The user part shares the ID R-LICENSE with the tenant part, whose remedy would change nothing here.
  it('strict licensing: offers assigning the user a licence', () => {
    const s = scenario({ user: { licences: [] } });
    const found = fixes(s, { strictLicensing: true });
    expect(found.some((fix) => fix.changes.some((change) => change.path === 'user.licences'))).toBe(true);
  });

  // An unknown input that blocks the verdict can be settled by stating it; needs the leaf path, not its parent object.
  it('unknown reset count: offers stating it', () => {
    const found = fixes(scenario({ user: { recentAttempts: { resets: 'unknown' } } }));
    expect(found.length).toBeGreaterThan(0);
  });

  it('unknown SSPR scope: offers stating it', () => {
    const found = fixes(scenario({ tenant: { sspr: { enabled: 'unknown' } } }));
    expect(found[0].changes).toEqual([expect.objectContaining({ path: 'tenant.sspr.enabled', from: 'unknown' })]);
  });
});
