// compareEras(): how the verdict differs between two "docs as of" eras.
import type { Scenario } from '../model/scenario';
import { evaluate } from './evaluate';
import type { Era, EvaluateOptions, FiredRule, Outcome } from './types';

export interface EraComparison {
  a: { era: Era; outcome: Outcome; passwordLink: string };
  b: { era: Era; outcome: Outcome; passwordLink: string };
  outcomeChanged: boolean;
  /** Rules that fire only under era a / only under era b. */
  onlyInA: FiredRule[];
  onlyInB: FiredRule[];
  /** Rules firing in both eras with a different effect (e.g. R-CAD FAIL → WARN). */
  effectChanged: { id: string; a: string; b: string }[];
}

export function compareEras(
  scenario: Scenario,
  a: Era,
  b: Era,
  options: Omit<EvaluateOptions, 'docsAsOf'> = {},
): EraComparison {
  const left = evaluate(scenario, { ...options, docsAsOf: a });
  const right = evaluate(scenario, { ...options, docsAsOf: b });
  const key = (rule: FiredRule) => `${rule.target}:${rule.id}:${rule.message}`;
  const rightByKey = new Map(right.fired.map((rule) => [key(rule), rule]));
  const leftByKey = new Map(left.fired.map((rule) => [key(rule), rule]));
  const effectChanged: EraComparison['effectChanged'] = [];
  for (const [k, rule] of leftByKey) {
    const other = rightByKey.get(k);
    if (other && other.effect !== rule.effect) effectChanged.push({ id: rule.id, a: rule.effect, b: other.effect });
  }
  return {
    a: { era: a, outcome: left.outcome, passwordLink: left.passwordLink },
    b: { era: b, outcome: right.outcome, passwordLink: right.passwordLink },
    outcomeChanged: left.outcome !== right.outcome,
    onlyInA: left.fired.filter((rule) => !rightByKey.has(key(rule))),
    onlyInB: right.fired.filter((rule) => !leftByKey.has(key(rule))),
    effectChanged,
  };
}
