// The verdict and the fixes, derived from the store's scenario and options. Never stored: recomputed when either
// changes identity, and shared between every component that asks during the same render.
import { useDeferredValue } from 'react';
import { evaluate, fixes, type EvaluateOptions, type Fix, type Scenario, type Verdict } from '../../simulator/index';
import { useAppStore } from './app-store';

interface Memo<T> {
  scenario: Scenario | null;
  options: EvaluateOptions | null;
  value: T | null;
}

function memoOn<T>(compute: (scenario: Scenario, options: EvaluateOptions) => T) {
  const memo: Memo<T> = { scenario: null, options: null, value: null };
  return (scenario: Scenario, options: EvaluateOptions): T => {
    if (memo.scenario !== scenario || memo.options !== options || memo.value === null) {
      memo.value = compute(scenario, options);
      memo.scenario = scenario;
      memo.options = options;
    }
    return memo.value;
  };
}

export const verdictFor = memoOn<Verdict>((scenario, options) => evaluate(scenario, options));
export const fixesFor = memoOn<Fix[]>((scenario, options) => fixes(scenario, options));

export function useVerdict(): Verdict {
  const scenario = useAppStore((state) => state.scenario);
  const options = useAppStore((state) => state.options);
  return verdictFor(scenario, options);
}

/**
 * Fixes are costlier (each candidate is verified by re-evaluating), so only the fixes panel calls this, and it
 * works on a deferred copy of the scenario: the preview and verdict update first, the fix list a moment later.
 */
export function useFixes(): { fixes: Fix[]; stale: boolean } {
  const scenario = useAppStore((state) => state.scenario);
  const options = useAppStore((state) => state.options);
  const deferredScenario = useDeferredValue(scenario);
  const deferredOptions = useDeferredValue(options);
  return {
    fixes: fixesFor(deferredScenario, deferredOptions),
    stale: deferredScenario !== scenario || deferredOptions !== options,
  };
}
