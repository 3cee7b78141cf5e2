// evaluate() runs the predicates compiled from the catalogue (simulator/engine/predicates.generated.ts), not each
// rule's `when`. This checks the compiled module is current and gives, for every rule, the same truth as the rule's
// own predicate: on every preset and on generated scenarios (with unknown inputs), in every era and option mix.
import { describe, expect, it } from 'vitest';
import { ERAS, PRESETS, RULES, resolveOptions, type Scenario } from '../../../simulator/index';
import { createContext, factsSeen, type Context } from '../../../simulator/engine/conditions';
import { derive } from '../../../simulator/engine/derive';
import {
  PASSWORD_PREDICATE_GUARDS,
  PASSWORD_PREDICATE_KEYS,
  PIN_PREDICATE_GUARDS,
  PIN_PREDICATE_KEYS,
  passwordPredicates,
  pinPredicates,
  readFact,
  READ_PATHS,
} from '../../../simulator/engine/predicates.generated';
import { guardOf } from '../../../simulator/engine/evaluate';
import { generate, OUTPUT } from '../../tools/compile-rules.mjs';
import { generateScenarios } from '../../bench/scenarios';
import { readFileSync } from 'node:fs';

const byKey = new Map(RULES.map((rule) => [rule.key, rule]));

function mismatches(ctx: Context): string[] {
  const found: string[] = [];
  for (const [keys, run] of [
    [PASSWORD_PREDICATE_KEYS, passwordPredicates],
    [PIN_PREDICATE_KEYS, pinPredicates],
  ] as const) {
    const truths = new Uint8Array(keys.length).fill(99);
    run(ctx, truths, false, false);
    keys.forEach((key, slot) => {
      const expected = byKey.get(key)!.when(ctx);
      if (truths[slot] !== expected) found.push(`${key}: compiled ${truths[slot]}, rule ${expected}`);
    });
  }
  return found;
}

function check(scenario: Scenario, label: string): void {
  const d = derive(scenario);
  for (const era of ERAS) {
    for (const strict of [false, true]) {
      const options = resolveOptions({
        docsAsOf: era,
        strictLicensing: strict,
        fieldReports: strict,
        linkAfterFailedAttempt: strict,
      });
      const ctx = createContext(scenario, d, options, ERAS.indexOf(era));
      for (const sharedLimit of [null, 'HIDE', 'FAIL'] as const) {
        for (const pinMode of ['destructive', 'nonDestructive', 'undecided'] as const) {
          ctx.sharedLimit = sharedLimit;
          ctx.pinMode = pinMode;
          expect(mismatches(ctx), `${label} / ${era} / strict ${strict} / ${sharedLimit} / ${pinMode}`).toEqual([]);
        }
      }
    }
  }
}

describe('compiled predicates', () => {
  it('predicates.generated.ts is current (npm run compile:rules)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(generate());
  });

  it('cover every rule of the catalogue exactly once', () => {
    const keys = [...PASSWORD_PREDICATE_KEYS, ...PIN_PREDICATE_KEYS];
    expect([...keys].sort()).toEqual(RULES.map((rule) => rule.key).sort());
    for (const key of PIN_PREDICATE_KEYS) expect(byKey.get(key)!.target).toBe('pin');
  });

  it('skip by the same guards as guardOf()', () => {
    expect(PASSWORD_PREDICATE_GUARDS).toEqual(PASSWORD_PREDICATE_KEYS.map((key) => guardOf(byKey.get(key)!)));
    expect(PIN_PREDICATE_GUARDS).toEqual(PIN_PREDICATE_KEYS.map((key) => guardOf(byKey.get(key)!)));
  });

  it('agree with every rule predicate on every preset', () => {
    for (const preset of PRESETS) check(preset.scenario, preset.id);
  });

  it('agree with every rule predicate on 300 generated scenarios with unknown inputs', () => {
    const { scenarios } = generateScenarios(300, 7);
    scenarios.forEach((scenario, index) => check(scenario, `generated #${index}`));
  });

  it('readFact reads every declared path like the generic reader', () => {
    const declared = new Set(RULES.flatMap((rule) => rule.reads));
    expect([...declared].sort()).toEqual([...READ_PATHS]);
    for (const scenario of [...PRESETS.map((preset) => preset.scenario), ...generateScenarios(100, 11).scenarios]) {
      const ctx = createContext(scenario, derive(scenario), resolveOptions(), ERAS.length - 1);
      for (const rule of RULES) {
        const facts = factsSeen(rule.readPaths, ctx);
        for (const read of rule.reads) {
          if (read === 'derived.passwordPolicy' || read === 'derived.pinPolicy') continue;
          expect(readFact(ctx, READ_PATHS.indexOf(read)), read).toBe(facts[read]);
        }
      }
    }
  });

  it('the check can fail: a wrong truth is reported', () => {
    const ctx = createContext(PRESETS[0].scenario, derive(PRESETS[0].scenario), resolveOptions(), ERAS.length - 1);
    const rule = byKey.get(PASSWORD_PREDICATE_KEYS[0])!;
    const original = rule.when;
    try {
      (rule as { when: typeof original }).when = (c) => (original(c) === 0 ? 3 : 0);
      expect(mismatches(ctx)).toHaveLength(1);
    } finally {
      (rule as { when: typeof original }).when = original;
    }
  });
});
