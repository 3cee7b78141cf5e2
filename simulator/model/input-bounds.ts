// Limits checked on scenario input before anything recursive touches it (the merge, the migration, the schema): a
// scenario is a few hundred values a few levels deep, so input far outside that is refused in one walk that uses
// no recursion, with a problem that says which limit and where. The schema then only ever sees input of a size it
// validates in milliseconds.
import type { ExpectedAs, FoundAs } from './problem-descriptors';

/** The largest scenario file read or written (the desktop app's cap). */
export const MAX_SCENARIO_FILE_BYTES = 5 * 1024 * 1024;
/** Nesting: the deepest scenario field is six levels down. */
export const MAX_INPUT_DEPTH = 32;
/** Every value counted (objects, arrays, leaves): a full scenario with long lists has a few thousand. */
export const MAX_INPUT_VALUES = 20_000;
/** Items in any one list (groups, policy sources, domains…). */
export const MAX_LIST_ITEMS = 1_000;
/** At most this many problems are kept; the rest are counted. */
export const MAX_REPORTED_PROBLEMS = 50;
/** Longest key shown in a path; longer ones are cut with an ellipsis. */
export const MAX_SHOWN_KEY_LENGTH = 60;

export interface BoundsProblem {
  /** Path segments as in the input (keys and indexes). */
  path: PropertyKey[];
  expected: string;
  found: string;
  /** The same as `expected` and `found`, for the app to word in its own language. */
  expectedAs: ExpectedAs;
  foundAs: FoundAs;
  /** A limit: nothing else is checked. Otherwise (a number out of range) validation still runs to find the rest. */
  fatal: boolean;
}

function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/**
 * Walks the input without recursion. Returns the first limit exceeded (depth, count, list length) or every number
 * out of range (JSON.parse turns 1e309 into Infinity, which JSON cannot even write back), at most `maxProblems`.
 */
export function checkInputBounds(input: unknown, maxProblems = MAX_REPORTED_PROBLEMS): BoundsProblem[] {
  const problems: BoundsProblem[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: input, path: [] }];
  let values = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    values += 1;
    if (values > MAX_INPUT_VALUES) {
      return [
        {
          path: [],
          expected: `a scenario of at most ${formatCount(MAX_INPUT_VALUES)} values`,
          found: 'more than that',
          expectedAs: { kind: 'limit', limit: 'values', max: MAX_INPUT_VALUES },
          foundAs: { kind: 'overLimit', limit: 'values' },
          fatal: true,
        },
      ];
    }
    if (typeof value === 'number' && !Number.isFinite(value)) {
      if (problems.length < maxProblems) {
        problems.push({
          path,
          expected: 'a number JSON can hold',
          found: 'a number too large',
          expectedAs: { kind: 'finiteNumber' },
          foundAs: { kind: 'tooLarge' },
          fatal: false,
        });
      }
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= MAX_INPUT_DEPTH) {
      return [
        {
          path,
          expected: `at most ${MAX_INPUT_DEPTH} levels of nesting`,
          found: 'deeper nesting',
          expectedAs: { kind: 'limit', limit: 'depth', max: MAX_INPUT_DEPTH },
          foundAs: { kind: 'overLimit', limit: 'depth' },
          fatal: true,
        },
      ];
    }
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ITEMS) {
        return [
          {
            path,
            expected: `a list of at most ${formatCount(MAX_LIST_ITEMS)} items`,
            found: `${formatCount(value.length)} items`,
            expectedAs: { kind: 'limit', limit: 'listItems', max: MAX_LIST_ITEMS },
            foundAs: { kind: 'items', count: value.length },
            fatal: true,
          },
        ];
      }
      for (let index = value.length - 1; index >= 0; index -= 1)
        stack.push({ value: value[index], path: [...path, index] });
    } else {
      const keys = Object.keys(value);
      for (let index = keys.length - 1; index >= 0; index -= 1) {
        stack.push({ value: (value as Record<string, unknown>)[keys[index]], path: [...path, keys[index]] });
      }
    }
  }
  return problems;
}

function shownKey(key: string): string {
  if (key === '') return '(a key with an empty name)';
  return key.length > MAX_SHOWN_KEY_LENGTH ? `${key.slice(0, MAX_SHOWN_KEY_LENGTH - 1)}…` : key;
}

/** A dotted path for people: indexes in brackets, an empty key named as such, long keys cut with an ellipsis. */
export function formatInputPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const key = shownKey(String(part));
      out += out ? `.${key}` : key;
    }
  }
  return out || '(root)';
}
