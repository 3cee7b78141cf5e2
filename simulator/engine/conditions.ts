// Three-valued logic for rule predicates. A predicate is one plain function (so V8 compiles each rule on its own);
// it returns TRUE, FALSE or UNDECIDED (an input it needs is "unknown"). Rules declare the fields they read; the
// explanation and the "missing inputs" list come from those declarations (checked against real reads by a test).
import type { Scenario } from '../model/scenario';
import { UNKNOWN } from '../model/scenario';
import type { Derived } from './derive';
import type { ResolvedOptions } from './types';

export interface Context {
  s: Scenario;
  d: Derived;
  o: ResolvedOptions;
  /** Short paths into the scenario, read once per evaluation so predicates load less. */
  os: Scenario['device']['os'];
  settings: Scenario['device']['settings'];
  network: Scenario['device']['network'];
  device: Scenario['device'];
  session: Scenario['session'];
  tenant: Scenario['tenant'];
  user: Scenario['user'];
  /** Windows 10/11 as a truth value (derived.modern). */
  modern: Truth;
  /** Era as an ordinal (index in ERAS). */
  era: number;
  /** Strongest of SSPR's general limitations that fired, shared by the lock-screen PIN reset (P-SSPR-LIMITS). */
  sharedLimit: 'HIDE' | 'FAIL' | 'WARN' | null;
  pinMode: 'destructive' | 'nonDestructive' | 'undecided';
}

export function createContext(s: Scenario, d: Derived, o: ResolvedOptions, era: number): Context {
  const device = s.device;
  const modern = d.modern;
  return {
    s,
    d,
    o,
    os: device.os,
    settings: device.settings,
    network: device.network,
    device,
    session: s.session,
    tenant: s.tenant,
    user: s.user,
    modern: modern === UNKNOWN ? UNDECIDED : modern === true ? TRUE : FALSE,
    era,
    sharedLimit: null,
    pinMode: 'undecided',
  };
}

// Encoded so that Kleene AND is bitwise AND and Kleene OR is bitwise OR (FALSE < UNDECIDED < TRUE, and
// UNDECIDED's bit is inside TRUE's): predicates combine truths without branches or calls.
export const FALSE = 0;
export const UNDECIDED = 1;
export const TRUE = 3;
export type Truth = 0 | 1 | 3;

/** `value` is known and equals `expected`. */
export function eq(value: unknown, expected: unknown): Truth {
  return value === UNKNOWN ? UNDECIDED : value === expected ? TRUE : FALSE;
}

/** `value` is known and `holds` (computed by the caller from that value). */
export function is(value: unknown, holds: boolean): Truth {
  return value === UNKNOWN ? UNDECIDED : holds ? TRUE : FALSE;
}

/** A fact that is never unknown (options, era). */
export function when(holds: boolean): Truth {
  return holds ? TRUE : FALSE;
}

/** Kleene NOT. */
export function not(a: Truth): Truth {
  return a === UNDECIDED ? UNDECIDED : ((a ^ TRUE) as Truth);
}

/** Kleene AND of up to six truths. */
export function all(
  a: Truth,
  b: Truth = TRUE,
  c: Truth = TRUE,
  d: Truth = TRUE,
  e: Truth = TRUE,
  f: Truth = TRUE,
): Truth {
  return (a & b & c & d & e & f) as Truth;
}

/** Kleene OR of up to three truths. */
export function any(a: Truth, b: Truth, c: Truth = FALSE): Truth {
  return (a | b | c) as Truth;
}

/** A declared read, split once when the catalogue loads. */
export interface ReadPath {
  path: string;
  derived: boolean;
  keys: readonly string[];
}

export function compileReads(reads: readonly string[]): readonly ReadPath[] {
  return reads.map((path) => {
    const derived = path.startsWith('derived.');
    return { path, derived, keys: derived ? [path.slice(8)] : path.split('.') };
  });
}

/** The value of a declared read: a scenario field or a derived fact. */
function readValue(read: ReadPath, ctx: Context): unknown {
  let value: any = read.derived ? ctx.d : ctx.s;
  for (let k = 0; k < read.keys.length; k++) value = value?.[read.keys[k]];
  return value;
}

/** The fact values a rule saw, for its explanation. */
export function factsSeen(reads: readonly ReadPath[], ctx: Context): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const read of reads) {
    facts[read.path] =
      read.path === 'derived.passwordPolicy' || read.path === 'derived.pinPolicy'
        ? '(see policy)'
        : readValue(read, ctx);
  }
  return facts;
}
