// evaluateMany(): streaming evaluation for fleets, with aggregate counts by outcome and by rule.
import type { Scenario } from '../model/scenario';
import { evaluate } from './evaluate';
import type { EvaluateOptions, Outcome, Verdict } from './types';

export interface FleetSummary {
  total: number;
  byOutcome: Record<Outcome, number>;
  /** Decided rule firings (ID → count), WARN and INFO included. */
  byRule: Record<string, number>;
  /** Rules left undecided by unknown inputs (ID → count). */
  undecidedByRule: Record<string, number>;
  linkShown: number;
}

export function emptySummary(): FleetSummary {
  return {
    total: 0,
    byOutcome: { success: 0, hidden: 0, fails: 0, denied: 0, deferred: 0, undecided: 0 },
    byRule: {},
    undecidedByRule: {},
    linkShown: 0,
  };
}

export function addToSummary(summary: FleetSummary, verdict: Verdict): void {
  summary.total++;
  summary.byOutcome[verdict.outcome]++;
  if (verdict.passwordLink === 'yes') summary.linkShown++;
  for (const rule of verdict.fired) summary.byRule[rule.id] = (summary.byRule[rule.id] ?? 0) + 1;
  for (const rule of verdict.undecided) summary.undecidedByRule[rule.id] = (summary.undecidedByRule[rule.id] ?? 0) + 1;
}

/** Consumes any iterable (arrays, generators) one scenario at a time; `onVerdict` sees each verdict as it is made. */
export function evaluateMany(
  scenarios: Iterable<Scenario>,
  options?: EvaluateOptions,
  onVerdict?: (verdict: Verdict, scenario: Scenario, index: number) => void,
): FleetSummary {
  const summary = emptySummary();
  let index = 0;
  for (const scenario of scenarios) {
    const verdict = evaluate(scenario, options);
    addToSummary(summary, verdict);
    onVerdict?.(verdict, scenario, index++);
  }
  return summary;
}
