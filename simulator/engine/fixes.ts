// fixes(): the smallest change sets after which the reset succeeds. Breadth-first over remedies (fewest changes
// first, then cost: tenant/policy before device, OS upgrade or re-join); every result is verified by re-evaluating.
import { DEFAULT_SCENARIO } from '../model/defaults';
import type { Scenario } from '../model/scenario';
import { evaluate } from './evaluate';
import { getAt as readPath, setAt } from '../model/paths';
import { REMEDIES, COST, UNDECIDED_REMEDIES, type Remedy } from './remedies';
import type { Change, EvaluateOptions, Fix, Verdict } from './types';

const BLOCKING = new Set(['HIDE', 'FAIL', 'DENY', 'DEFER']);
const MAX_DEPTH = 5;
const BEAM = 24;

/** Applies changes immutably; paths are dotted with optional [index] parts. */
export function applyChanges(scenario: Scenario, changes: readonly Change[]): Scenario {
  let next = scenario;
  for (const change of changes) next = setAt(next, change.path, change.to);
  return next;
}

function blockers(verdict: Verdict): { key: string; id: string; missing?: string[] }[] {
  const out: { key: string; id: string; missing?: string[] }[] = [];
  for (const entry of verdict.fired) {
    if (entry.target !== 'password' || !BLOCKING.has(entry.effect)) continue;
    out.push({ key: entry.key, id: entry.id });
  }
  for (const entry of verdict.undecided) {
    if (entry.target === 'password' && BLOCKING.has(entry.effect))
      out.push({ key: entry.id, id: entry.id, missing: entry.missing });
  }
  return out;
}

/** Unknown inputs: state the default scenario's (happy-path) value. */
function stateUnknowns(scenario: Scenario, missing: readonly string[]): Remedy[] {
  const changes: Change[] = missing
    .filter((path) => readPath(scenario, path) === 'unknown')
    .map((path) => ({
      path,
      from: 'unknown',
      to: readPath(DEFAULT_SCENARIO, path),
      label: `State ${path} = ${JSON.stringify(readPath(DEFAULT_SCENARIO, path))} (now unknown)`,
    }));
  return changes.length > 0 ? [{ changes, cost: COST.tenant }] : [];
}

function remediesFor(scenario: Scenario, blocker: { key: string; id: string; missing?: string[] }): Remedy[] {
  if (blocker.missing) {
    const decide = UNDECIDED_REMEDIES[blocker.id];
    const stated = stateUnknowns(scenario, blocker.missing);
    return decide ? [...stated, ...decide(scenario)] : stated;
  }
  const make = REMEDIES[blocker.key] ?? REMEDIES[blocker.id];
  return make ? make(scenario) : [];
}

interface State {
  scenario: Scenario;
  changes: Change[];
  cost: number;
  verdict: Verdict;
}

function keyOf(changes: readonly Change[]): string {
  return changes
    .map((change) => `${change.path}=${JSON.stringify(change.to)}`)
    .sort()
    .join('|');
}

export function fixes(scenario: Scenario, options?: EvaluateOptions, limit = 5): Fix[] {
  const start = evaluate(scenario, options);
  if (start.outcome === 'success') return [];
  const startBlocking = new Set(blockers(start).map((entry) => entry.id));
  const results: Fix[] = [];
  const seen = new Set<string>();
  let frontier: State[] = [{ scenario, changes: [], cost: 0, verdict: start }];
  for (let depth = 1; depth <= MAX_DEPTH && frontier.length > 0; depth++) {
    const next: State[] = [];
    for (const state of frontier) {
      for (const blocker of blockers(state.verdict)) {
        for (const remedy of remediesFor(state.scenario, blocker)) {
          const changes = mergeChanges(scenario, state.changes, remedy.changes);
          const key = keyOf(changes);
          if (
            seen.has(key) ||
            results.some((found) => found.id.split('|').every((part) => key.split('|').includes(part)))
          )
            continue;
          seen.add(key);
          const after = applyChanges(scenario, changes);
          const verdict = evaluate(after, options);
          const candidate: State = { scenario: after, changes, cost: state.cost + remedy.cost, verdict };
          if (verdict.outcome === 'success') results.push(toFix(candidate, startBlocking));
          else next.push(candidate);
        }
      }
    }
    if (results.length >= limit) break;
    frontier = next.sort((a, b) => a.cost - b.cost).slice(0, BEAM);
  }
  return minimal(results).slice(0, limit);
}

/** Keeps only minimal change sets: drops any fix that contains all the changes of a smaller one. */
function minimal(found: Fix[]): Fix[] {
  const sorted = [...found].sort((a, b) => a.changes.length - b.changes.length || a.cost - b.cost);
  const kept: { fix: Fix; keys: Set<string> }[] = [];
  for (const fix of sorted) {
    const keys = new Set(fix.id.split('|'));
    if (kept.some((other) => [...other.keys].every((key) => keys.has(key)))) continue;
    if (kept.some((other) => other.fix.title === fix.title)) continue;
    kept.push({ fix, keys });
  }
  return kept.map((entry) => entry.fix);
}

/** Later changes to the same path replace earlier ones; `from` is always the original value. */
function mergeChanges(original: Scenario, existing: readonly Change[], added: readonly Change[]): Change[] {
  const byPath = new Map(existing.map((change) => [change.path, change]));
  for (const change of added) {
    // A change to a whole list or object already holds the earlier changes inside it (it was computed from the state
    // they made), and must apply after them: drop them and append it, so no index change lands on a shorter list.
    const absorbed: string[] = [];
    for (const [path, earlier] of [...byPath]) {
      if (path === change.path || path.startsWith(`${change.path}[`) || path.startsWith(`${change.path}.`)) {
        absorbed.push(earlier.label);
        byPath.delete(path);
      }
    }
    // The title keeps what the absorbed changes did (e.g. a policy added, then another removed).
    const label = [...absorbed, change.label].join('; ');
    byPath.set(change.path, { ...change, label, from: readPath(original, change.path) });
  }
  return [...byPath.values()];
}

function toFix(state: State, startBlocking: Set<string>): Fix {
  const stillThere = new Set(blockers(state.verdict).map((entry) => entry.id));
  return {
    id: keyOf(state.changes),
    title: state.changes.map((change) => change.label).join('; '),
    changes: state.changes,
    clears: [...startBlocking].filter((id) => !stillThere.has(id)),
    cost: state.cost,
    outcomeAfter: state.verdict.outcome,
  };
}
