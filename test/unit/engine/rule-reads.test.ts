// Every rule declares the fields its predicate reads (they drive the explanation and the "missing inputs" list).
// This test runs each predicate on recording proxies and fails when a predicate reads a field it does not declare.
import { describe, expect, it } from 'vitest';
import { ERAS, PRESETS, RULES, resolveOptions } from '../../../simulator/index';
import { derive } from '../../../simulator/engine/derive';
import { createContext, type Context } from '../../../simulator/engine/conditions';

function recorder(target: object, prefix: string, seen: Set<string>): any {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value = Reflect.get(object, key, receiver);
      if (typeof key !== 'string') return value;
      const path = prefix ? `${prefix}.${key}` : key;
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) return recorder(value, path, seen);
      seen.add(path);
      return value;
    },
  });
}

function covered(path: string, declared: readonly string[]): boolean {
  return declared.some((entry) => path === entry || path.startsWith(`${entry}.`));
}

describe('rule predicates read only declared fields', () => {
  for (const rule of RULES) {
    it(`${rule.key} declares every field it reads`, () => {
      const undeclared = new Set<string>();
      for (const preset of PRESETS) {
        for (const era of ERAS) {
          const seen = new Set<string>();
          const d = derive(preset.scenario);
          const options = resolveOptions({ docsAsOf: era, fieldReports: true, linkAfterFailedAttempt: true });
          const ctx: Context = createContext(
            recorder(preset.scenario, '', seen),
            recorder(d, 'derived', seen),
            options,
            ERAS.indexOf(era),
          );
          seen.clear(); // building the context reads derived.modern once for every rule
          ctx.sharedLimit = 'FAIL';
          ctx.pinMode = 'destructive';
          rule.when(ctx);
          rule.effectFor?.(ctx);
          for (const path of seen) {
            // Derived facts are read whole; their own inputs are listed in derived.missing.
            const normalised = path.startsWith('derived.') ? path.split('.').slice(0, 2).join('.') : path;
            if (!covered(normalised, rule.reads)) undeclared.add(normalised);
          }
        }
      }
      expect([...undeclared]).toEqual([]);
    });
  }

  it('every declared read names a real scenario field or derived fact', () => {
    const d = derive(PRESETS[0].scenario) as unknown as Record<string, unknown>;
    for (const rule of RULES) {
      for (const path of rule.reads) {
        if (path.startsWith('derived.')) expect(d, `${rule.key}: ${path}`).toHaveProperty(path.slice(8));
        else expect(PRESETS[0].scenario, `${rule.key}: ${path}`).toHaveProperty(path);
      }
    }
  });
});
