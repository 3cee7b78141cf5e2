// evaluate() skips a rule when its guard (Windows 10/11, legacy Windows, or a Windows Hello PIN) is decided false.
// That is only sound if the rule's predicate is FALSE whenever its guard is: this test checks it on every preset,
// every era and both guard states.
import { describe, expect, it } from 'vitest';
import { ERAS, PRESETS, RULES, resolveOptions, type Scenario } from '../../../simulator/index';
import { derive } from '../../../simulator/engine/derive';
import { createContext, FALSE } from '../../../simulator/engine/conditions';
import { guardOf } from '../../../simulator/engine/evaluate';

function withGuardFalse(scenario: Scenario, guard: string): Scenario {
  if (guard === 'modern')
    return {
      ...scenario,
      device: { ...scenario.device, os: { ...scenario.device.os, family: 'windows7', build: 7601 } },
    };
  if (guard === 'legacy')
    return {
      ...scenario,
      device: { ...scenario.device, os: { ...scenario.device.os, family: 'windows11', build: 26100 } },
    };
  return { ...scenario, user: { ...scenario.user, pin: { ...scenario.user.pin, hasPin: false } } };
}

describe('rule guards', () => {
  it('guards are derived for most rules', () => {
    const guarded = RULES.filter((rule) => guardOf(rule) !== 'none');
    expect(guarded.length).toBeGreaterThan(RULES.length / 2);
  });

  for (const rule of RULES) {
    const guard = guardOf(rule);
    if (guard === 'none') continue;
    it(`${rule.key}: never fires when its guard "${guard}" is false`, () => {
      for (const preset of PRESETS) {
        const scenario = withGuardFalse(preset.scenario, guard);
        const d = derive(scenario);
        for (const era of ERAS) {
          const ctx = createContext(
            scenario,
            d,
            resolveOptions({ docsAsOf: era, fieldReports: true, linkAfterFailedAttempt: true }),
            ERAS.indexOf(era),
          );
          for (const sharedLimit of [null, 'HIDE', 'FAIL'] as const) {
            for (const pinMode of ['destructive', 'nonDestructive', 'undecided'] as const) {
              ctx.sharedLimit = sharedLimit;
              ctx.pinMode = pinMode;
              expect(rule.when(ctx), `${preset.id} / ${era}`).toBe(FALSE);
            }
          }
        }
      }
    });
  }
});
