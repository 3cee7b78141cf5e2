// Rule conditions as data: each reads one named fact and tests it; compiled once into closures.
// Three-valued: a condition over an unknown fact is "undecided" and names the missing scenario fields.
import type { Scenario } from '../model/scenario';
import { UNKNOWN } from '../model/scenario';
import type { Derived } from './derive';
import type { ResolvedOptions } from './types';

export interface Context {
  s: Scenario;
  d: Derived;
  o: ResolvedOptions;
  /** Era as an ordinal (index in ERAS). */
  era: number;
  /** Strongest device/session/launch limit of the password flow, shared by the lock-screen PIN reset (P-SSPR-LIMITS). */
  sharedLimit: 'HIDE' | 'FAIL' | null;
  pinMode: 'destructive' | 'nonDestructive' | 'undecided';
}

export const FALSE = 0;
export const TRUE = 1;
export const UNDECIDED = 2;
export type Truth = typeof FALSE | typeof TRUE | typeof UNDECIDED;

export interface Condition {
  /** Fact name shown in explanations: a scenario path ("device.settings.NoLockScreen") or a derived fact ("derived.policy"). */
  readonly fact: string;
  readonly get: (ctx: Context) => unknown;
  readonly test: (value: any, ctx: Context) => boolean;
  /** Scenario paths to name when the fact is unknown. */
  readonly missing: (ctx: Context) => readonly string[];
  readonly any?: readonly Condition[];
}

function getterFor(path: string): (ctx: Context) => unknown {
  const parts = path.split('.');
  switch (parts.length) {
    case 1:
      return (ctx) => (ctx.s as any)[parts[0]];
    case 2:
      return (ctx) => (ctx.s as any)[parts[0]][parts[1]];
    case 3:
      return (ctx) => (ctx.s as any)[parts[0]][parts[1]][parts[2]];
    case 4:
      return (ctx) => (ctx.s as any)[parts[0]][parts[1]][parts[2]][parts[3]];
    default:
      return (ctx) => parts.reduce<any>((value, key) => value?.[key], ctx.s);
  }
}

/** A condition on a scenario field, by dotted path. */
export function field<T = any>(path: string, test: (value: T, ctx: Context) => boolean): Condition {
  const missing = [path];
  return { fact: path, get: getterFor(path), test, missing: () => missing };
}

/** A condition on a derived fact (computed once per evaluation in derive.ts). */
export function derived<K extends keyof Derived>(
  key: K,
  test: (value: Exclude<Derived[K], typeof UNKNOWN>, ctx: Context) => boolean,
): Condition {
  return {
    fact: `derived.${String(key)}`,
    get: (ctx) => ctx.d[key],
    test: test as Condition['test'],
    missing: (ctx) => ctx.d.missing[key as string] ?? [],
  };
}

/** True when any inner condition is true; undecided when none is true and one is undecided. */
export function anyOf(fact: string, ...conditions: Condition[]): Condition {
  return {
    fact,
    get: () => null,
    test: () => false,
    missing: (ctx) => conditions.flatMap((inner) => (evaluateCondition(inner, ctx) === UNDECIDED ? inner.missing(ctx) : [])),
    any: conditions,
  };
}

/** A condition that is only about the evaluation options or era (never unknown). */
export function option(fact: string, test: (ctx: Context) => boolean): Condition {
  return { fact, get: () => true, test: (_value, ctx) => test(ctx), missing: () => [] };
}

export function evaluateCondition(condition: Condition, ctx: Context): Truth {
  if (condition.any) {
    let result: Truth = FALSE;
    for (const inner of condition.any) {
      const truth = evaluateCondition(inner, ctx);
      if (truth === TRUE) return TRUE;
      if (truth === UNDECIDED) result = UNDECIDED;
    }
    return result;
  }
  const value = condition.get(ctx);
  if (value === UNKNOWN) return UNDECIDED;
  return condition.test(value, ctx) ? TRUE : FALSE;
}

/** Conjunction: false as soon as one decided condition is false; undecided if one is unknown and none false. */
export function evaluateAll(conditions: readonly Condition[], ctx: Context): Truth {
  let result: Truth = TRUE;
  for (let i = 0; i < conditions.length; i++) {
    const truth = evaluateCondition(conditions[i], ctx);
    if (truth === FALSE) return FALSE;
    if (truth === UNDECIDED) result = UNDECIDED;
  }
  return result;
}

/** The fact values a rule saw, for its explanation. */
export function factsSeen(conditions: readonly Condition[], ctx: Context): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const condition of conditions) {
    if (condition.any) {
      for (const inner of condition.any) facts[inner.fact] = inner.get(ctx);
    } else if (!condition.fact.startsWith('option.')) {
      facts[condition.fact] = condition.get(ctx);
    }
  }
  return facts;
}

export function missingFacts(conditions: readonly Condition[], ctx: Context): string[] {
  const out = new Set<string>();
  for (const condition of conditions) {
    if (evaluateCondition(condition, ctx) === UNDECIDED) for (const path of condition.missing(ctx)) out.add(path);
  }
  return [...out];
}
