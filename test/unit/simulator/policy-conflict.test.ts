// Conflicting policy sources (R-POLICY-CONFLICT, P-POLICY-CONFLICT) and assignment filters that can't be evaluated
// offline (undecided reach): Intune shows a conflict between configuration settings and leaves it to be resolved by
// hand, so the value the device uses is not determined.
import { describe, expect, it } from 'vitest';
import { describeAssignment, evaluate, fixes, parseScenario } from '../../../simulator/index';
import { applyChanges } from '../../../simulator/engine/fixes';
import { buildHtmlReport } from '../../../simulator/exports/html-report';
import {
  catalogSource,
  DEFAULT_DEVICE_GROUP,
  DEVICE_OMA_URI,
  firedIds,
  omaSource,
  passwordResetPolicies,
  pinRecoveryCatalog,
  registrySource,
  scenario as scenarioOf,
  verdictOf,
} from './scenarios';

const named = (source: object, name: string) => ({ ...source, name });
const filtered = (name: string, mode: 'include' | 'exclude', matches: boolean | 'unknown') => ({
  include: [{ target: 'group', group: DEFAULT_DEVICE_GROUP, groupType: 'device', filter: { name, mode, matches } }],
});

describe('R-POLICY-CONFLICT: two reaching sources that disagree', () => {
  const conflict = passwordResetPolicies(
    named(catalogSource(1), 'SSPR on (pilot)'),
    named(omaSource(DEVICE_OMA_URI, 'Integer', 0), 'Lockdown baseline'),
  );

  it('leaves the value and the link undecided, naming both sources', () => {
    const verdict = verdictOf(conflict);
    expect(verdict.policy.value).toBe('unknown');
    expect(verdict.policy.sourceIndex).toBeNull();
    expect(verdict.outcome).toBe('undecided');
    expect(verdict.passwordLink).toBe('undecided');
    const rule = verdict.warnings.find((entry) => entry.id === 'R-POLICY-CONFLICT');
    expect(rule?.message).toContain('"SSPR on (pilot)" (settings catalog) = 1');
    expect(rule?.message).toContain('"Lockdown baseline" (custom profile) = 0');
    expect(rule?.params?.sources).toBe('"SSPR on (pilot)" = 1; "Lockdown baseline" = 0');
    expect(verdict.policy.explanation).toMatch(/disagree.*SSPR on \(pilot\).*Lockdown baseline/);
    expect(verdict.policy.sources.map((source) => source.ruleId)).toEqual(['R-POLICY-CONFLICT', 'R-POLICY-CONFLICT']);
    expect(verdict.policy.sources[0].reason).toContain('conflicts with "Lockdown baseline"');
    // The undecided R-POLICY points at the policy sources, where an admin resolves the conflict.
    expect(verdict.undecided.find((entry) => entry.id === 'R-POLICY')?.missing).toEqual(['policies.passwordReset']);
  });

  it('a registry value against an Intune source is a conflict too (no documented winner outside MDMWinsOverGP)', () => {
    const verdict = verdictOf(passwordResetPolicies(catalogSource(1), registrySource(0)));
    expect(firedIds(verdict)).toContain('R-POLICY-CONFLICT');
    expect(verdict.policy.value).toBe('unknown');
  });

  it('another rule that decides the outcome still decides it', () => {
    const verdict = verdictOf({ ...conflict, device: { settings: { NoLockScreen: 1 } } });
    expect(verdict.outcome).toBe('hidden');
    expect(verdict.deciding).toContain('R-NOLOCK');
  });

  it('near misses: sources that agree, or a disagreeing source that does not reach the device', () => {
    const agree = verdictOf(passwordResetPolicies(catalogSource(1), omaSource(DEVICE_OMA_URI, 'Integer', 1)));
    expect(firedIds(agree)).not.toContain('R-POLICY-CONFLICT');
    expect(agree.policy.value).toBe(1);
    const unassigned = verdictOf(
      passwordResetPolicies(catalogSource(1), omaSource(DEVICE_OMA_URI, 'Integer', 0, { include: [] })),
    );
    expect(firedIds(unassigned)).not.toContain('R-POLICY-CONFLICT');
    expect(unassigned.policy.value).toBe(1);
    expect(unassigned.outcome).toBe('success');
    const bothOff = verdictOf(passwordResetPolicies(catalogSource(0), omaSource(DEVICE_OMA_URI, 'Integer', 0)));
    expect(firedIds(bothOff)).not.toContain('R-POLICY-CONFLICT');
    expect(bothOff.outcome).toBe('hidden');
  });

  it('a disagreeing source whose reach is undecided leaves the conflict undecided', () => {
    const verdict = verdictOf(
      passwordResetPolicies(
        catalogSource(1),
        omaSource(DEVICE_OMA_URI, 'Integer', 0, filtered('Windows 11 only', 'include', 'unknown')),
      ),
    );
    expect(verdict.policy.value).toBe('unknown');
    expect(firedIds(verdict)).not.toContain('R-POLICY-CONFLICT');
    expect(verdict.undecided.map((entry) => entry.id)).toContain('R-POLICY-CONFLICT');
    expect(verdict.outcome).toBe('undecided');
  });

  it('offers to remove a source or make the sources agree, and every offered fix succeeds', () => {
    const scenario = scenarioOf(conflict);
    const found = fixes(scenario);
    const titles = found.map((fix) => fix.title);
    expect(titles).toContain('Remove "Lockdown baseline" (it conflicts with another source)');
    expect(titles).toContain('Make "Lockdown baseline" agree with "SSPR on (pilot)": value 1');
    for (const fix of found) {
      const after = applyChanges(scenario, fix.changes);
      expect(parseScenario(after).ok, fix.title).toBe(true);
      expect(evaluate(after).outcome, fix.title).toBe('success');
    }
  });
});

describe('the conflict in the Dutch HTML report', () => {
  it('names both sources after the Dutch message, escaped for HTML', () => {
    const scenario = scenarioOf(
      passwordResetPolicies(named(catalogSource(1), 'Reset <on>'), named(catalogSource(0), 'Reset & off')),
    );
    const report = buildHtmlReport({
      scenario,
      verdict: evaluate(scenario),
      fixes: fixes(scenario),
      generatedAt: '2026-12-02T12:00:00.000Z',
      language: 'nl-NL',
      timeZone: 'UTC',
    });
    expect(report).toContain(
      'Verwijder een van de bronnen of laat ze overeenkomen. (&quot;Reset &lt;on&gt;&quot; = 1; &quot;Reset &amp; off&quot; = 0)',
    );
    expect(report).not.toContain('Reset <on>');
  });
});

describe('P-POLICY-CONFLICT: EnablePinRecovery sources that disagree', () => {
  it('leaves PIN recovery (and so the non-destructive reset) undecided', () => {
    const verdict = verdictOf({
      tenant: { pinResetConsent: true },
      policies: {
        passwordReset: [catalogSource(1)],
        pinRecovery: [pinRecoveryCatalog(true), { ...pinRecoveryCatalog(false), kind: 'accountProtection' }],
      },
    });
    expect(verdict.pin.enablePinRecovery).toBe('unknown');
    expect(verdict.pin.mode).toBe('undecided');
    expect(verdict.warnings.find((entry) => entry.id === 'P-POLICY-CONFLICT')?.message).toMatch(
      /Sources: .*= true and .*= false/,
    );
  });

  it('a group policy set to Not configured sets no value and conflicts with nothing', () => {
    const verdict = verdictOf({
      policies: {
        passwordReset: [catalogSource(1)],
        pinRecovery: [pinRecoveryCatalog(true), { kind: 'gpo', name: 'Use PIN Recovery', state: 'NotConfigured' }],
      },
    });
    expect(firedIds(verdict)).not.toContain('P-POLICY-CONFLICT');
    expect(verdict.pin.enablePinRecovery).toBe(true);
  });
});

describe('undecided reach: an assignment filter that cannot be evaluated offline', () => {
  it('leaves R-ASSIGN and the policy undecided with a readable reason, instead of assuming the policy applies', () => {
    const verdict = verdictOf(
      passwordResetPolicies(catalogSource(1, filtered('Corporate devices', 'include', 'unknown'))),
    );
    expect(verdict.policy.value).toBe('unknown');
    expect(verdict.policy.sources[0].applies).toBe('undecided');
    expect(verdict.policy.sources[0].reason).toBe(
      `assignment filter "Corporate devices" reads a device property that isn't known offline`,
    );
    expect(verdict.undecided.map((entry) => entry.id)).toEqual(expect.arrayContaining(['R-POLICY', 'R-ASSIGN']));
    expect(verdict.outcome).toBe('undecided');
    expect(describeAssignment(verdict.policy.sources[0].assignment!)).toContain('include filter "Corporate devices"');
  });

  it('near misses: a decided filter applies (include, matching) or keeps the device out (exclude, matching)', () => {
    const kept = verdictOf(passwordResetPolicies(catalogSource(1, filtered('Corporate devices', 'include', true))));
    expect(kept.policy.value).toBe(1);
    expect(kept.outcome).toBe('success');
    const dropped = verdictOf(passwordResetPolicies(catalogSource(1, filtered('Kiosks', 'exclude', true))));
    expect(dropped.policy.sources[0].reason).toBe('assignment filter "Kiosks" leaves the device out');
    expect(firedIds(dropped)).toContain('R-ASSIGN');
    expect(dropped.outcome).toBe('hidden');
  });

  it('offers to remove the filter it cannot evaluate, and that fix succeeds', () => {
    const scenario = scenarioOf(
      passwordResetPolicies(catalogSource(1, filtered('Corporate devices', 'include', 'unknown'))),
    );
    const found = fixes(scenario);
    expect(found[0]?.title).toBe('Remove the assignment filter "Corporate devices" from "Catalog"');
    for (const fix of found) expect(evaluate(applyChanges(scenario, fix.changes)).outcome, fix.title).toBe('success');
  });

  it('a filter on a group the device is not in changes nothing: the policy does not reach it', () => {
    const verdict = verdictOf({
      ...passwordResetPolicies(catalogSource(1, filtered('Corporate devices', 'include', 'unknown'))),
      device: { groups: [] },
    });
    expect(verdict.policy.sources[0].applies).toBe('no');
    expect(verdict.outcome).toBe('hidden');
  });

  it('old scenario files without filters still parse, and a filter with a bad value is rejected by name', () => {
    expect(parseScenario(scenarioOf(passwordResetPolicies(catalogSource(1)))).ok).toBe(true);
    const bad = JSON.parse(
      JSON.stringify(scenarioOf(passwordResetPolicies(catalogSource(1, filtered('F', 'include', true))))),
    );
    bad.policies.passwordReset[0].assignment.include[0].filter.matches = 'maybe';
    const parsed = parseScenario(bad);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems[0].path).toBe('policies.passwordReset[0].assignment.include[0].filter.matches');
  });
});
