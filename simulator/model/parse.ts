// Parsing scenario input: merge over the default, validate, and report every problem readably.
import type { z } from 'zod';
import { DEFAULT_SCENARIO } from './defaults';
import { migrateScenarioInput } from './migrate';
import {
  SCHEMA_VERSION,
  SUPPORTED_SCHEMA_VERSIONS,
  scenarioSchema,
  scenarioJsonSchema,
  type Scenario,
} from './scenario';
import { canonicalizeStrings } from './vocabulary';
import { decodeText } from '../input/text';
import {
  checkInputBounds,
  formatInputPath,
  MAX_REPORTED_PROBLEMS,
  MAX_SCENARIO_FILE_BYTES,
  type BoundsProblem,
} from './input-bounds';
import type { ExpectedAs, FoundAs, ProblemDescriptors, ValueType } from './problem-descriptors';

export type {
  ExpectedAs,
  FileRequirement,
  FoundAs,
  InputLimit,
  ProblemDescriptors,
  SystemErrorCode,
  ValueType,
} from './problem-descriptors';
export { systemErrorCode } from './problem-descriptors';

/**
 * One problem: English sentences for the command line (`expected`, `found`, `message`) and, next to them, the same
 * in structured form (`expectedAs`, `foundAs`, `orUnknown`) for the app to word in its own language.
 */
export interface InputProblem extends ProblemDescriptors {
  /** Dotted field path, e.g. "device.os.build" or "policies.passwordReset[0].dataType". */
  path: string;
  expected: string;
  found: string;
  message: string;
}

/** A failed parse keeps the first problems (at most 50); `omitted` counts the rest. */
export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; problems: InputProblem[]; omitted?: number };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; arrays and scalars in `patch` replace the base value. */
export function deepMerge<T>(base: T, patch: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(patch)) return (patch === undefined ? base : patch) as T;
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const merged = Object.hasOwn(base, key) ? deepMerge((base as Record<string, unknown>)[key], value) : value;
    // defineProperty: a "__proto__" key stays an own (and so unknown) field instead of replacing the prototype.
    Object.defineProperty(result, key, { value: merged, enumerable: true, writable: true, configurable: true });
  }
  return result as T;
}

function formatPath(path: readonly PropertyKey[]): string {
  return formatInputPath(path);
}

interface Found {
  found: string;
  foundAs: FoundAs;
}

function describeFound(value: unknown): Found {
  if (value === undefined) return { found: 'nothing', foundAs: { kind: 'nothing' } };
  if (value === null) return { found: 'null', foundAs: { kind: 'null' } };
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return { found: 'a number too large', foundAs: { kind: 'tooLarge' } };
  }
  if (Array.isArray(value)) {
    return { found: `an array of ${value.length}`, foundAs: { kind: 'array', length: value.length } };
  }
  if (typeof value === 'object') return { found: 'an object', foundAs: { kind: 'object' } };
  const json = JSON.stringify(value);
  const text = json.length > 60 ? `${json.slice(0, 57)}...` : json;
  return { found: text, foundAs: { kind: 'value', text } };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

interface Expected {
  expected: string;
  expectedAs: ExpectedAs;
}

const VALUE_TYPES: readonly string[] = ['string', 'number', 'boolean', 'object', 'array'] satisfies ValueType[];

function oneOf(values: readonly unknown[]): Expected {
  const texts = values.map((value) => JSON.stringify(value));
  return { expected: `one of ${texts.join(', ')}`, expectedAs: { kind: 'oneOf', values: texts } };
}

/** What a size limit counts: list items, a text's characters, or the number itself. */
function countedBy(origin: string): 'items' | 'characters' | 'number' {
  if (origin === 'array' || origin === 'set') return 'items';
  return origin === 'string' ? 'characters' : 'number';
}

function describeSize(kind: 'atLeast' | 'atMost', origin: string, bound: number | bigint | Date): Expected {
  const array = origin === 'array';
  const words = kind === 'atLeast' ? (array ? 'at least' : '≥') : array ? 'at most' : '≤';
  const expected = `${words} ${String(bound)}${array ? ' items' : ''}`;
  const limit = Number(bound instanceof Date ? bound.getTime() : bound);
  return { expected, expectedAs: { kind, limit, of: countedBy(origin) } };
}

function describeExpected(issue: z.core.$ZodIssue): Expected {
  const text = (expected: string): Expected => ({ expected, expectedAs: { kind: 'text' } });
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.expected === 'int') return { expected: 'an integer', expectedAs: { kind: 'type', type: 'integer' } };
      const expected = `a ${issue.expected}`;
      return VALUE_TYPES.includes(issue.expected)
        ? { expected, expectedAs: { kind: 'type', type: issue.expected as ValueType } }
        : text(expected);
    }
    case 'invalid_value':
      return oneOf(issue.values);
    case 'too_small':
      return describeSize('atLeast', issue.origin, issue.minimum);
    case 'too_big':
      return describeSize('atMost', issue.origin, issue.maximum);
    case 'invalid_format': {
      const expected = issue.message || `format ${issue.format}`;
      // The schema's version patterns say "a version such as 10.0.17134": the example is data, the words are not.
      const example = /^a version such as (\S+)$/.exec(expected)?.[1];
      return example ? { expected, expectedAs: { kind: 'versionLike', example } } : text(expected);
    }
    case 'unrecognized_keys':
      return { expected: 'no other keys', expectedAs: { kind: 'noSuchField' } };
    case 'invalid_union':
      // A discriminated union whose tag matched no branch lists the tags it knows.
      return 'options' in issue && Array.isArray(issue.options) ? oneOf(issue.options) : text(issue.message);
    default:
      return text(issue.message);
  }
}

/** A union of "X | 'unknown'": report the X branch, and mention that "unknown" is allowed too. */
function flattenIssue(issue: z.core.$ZodIssue, input: unknown, out: InputProblem[]): void {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const branches = issue.errors.filter((branch) => branch.length > 0);
    const allowsUnknown = branches.some((branch) =>
      branch.some((inner) => inner.code === 'invalid_value' && inner.values.includes('unknown')),
    );
    const concrete = branches.filter(
      (branch) => !branch.every((inner) => inner.code === 'invalid_value' && inner.values.includes('unknown')),
    );
    // Discriminated or scalar unions: pick the branch that got furthest (deepest issue path).
    const best = concrete.sort((a, b) => depth(b) - depth(a))[0];
    if (best && (concrete.length === 1 || depth(best) > 0)) {
      const before = out.length;
      for (const inner of best) flattenIssue({ ...inner, path: [...issue.path, ...inner.path] }, input, out);
      if (allowsUnknown) {
        for (let i = before; i < out.length; i++) {
          const item = out[i];
          item.expected += ' or "unknown"';
          item.orUnknown = true;
          item.message = `${item.path}: expected ${item.expected}, found ${item.found}`;
        }
      }
      return;
    }
    out.push(problem(issue.path, describeUnion(concrete, allowsUnknown, issue.message), input));
    return;
  }
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      const where = formatPath([...issue.path, key]);
      out.push({
        path: where,
        expected: 'no such field (check the spelling)',
        expectedAs: { kind: 'noSuchField' },
        ...describeFound(valueAt(input, [...issue.path, key])),
        message: `${where}: unknown field`,
      });
    }
    return;
  }
  out.push(problem(issue.path, describeExpected(issue), input));
}

/** Every branch of a union that failed as a whole: "A and B, or C, or "unknown"". */
function describeUnion(
  branches: readonly (readonly z.core.$ZodIssue[])[],
  allowsUnknown: boolean,
  fallback: string,
): Expected & { orUnknown?: boolean } {
  const options = branches.map((branch) => {
    const parts = branch.map((inner) => describeExpected(inner));
    return parts.length === 1
      ? parts[0]
      : {
          expected: parts.map((part) => part.expected).join(' and '),
          expectedAs: { kind: 'allOf', parts: parts.map((part) => part.expectedAs) } satisfies ExpectedAs,
        };
  });
  const expected = options
    .map((option) => option.expected)
    .concat(allowsUnknown ? ['"unknown"'] : [])
    .join(', or ');
  if (!expected) return { expected: fallback, expectedAs: { kind: 'text' } };
  if (options.length === 0) return { expected, expectedAs: { kind: 'oneOf', values: ['"unknown"'] } };
  const expectedAs: ExpectedAs =
    options.length === 1 ? options[0].expectedAs : { kind: 'anyOf', options: options.map((o) => o.expectedAs) };
  return allowsUnknown ? { expected, expectedAs, orUnknown: true } : { expected, expectedAs };
}

/** Problems for any zod schema's issues (e.g. a trainer script's own fields), worded like a scenario's. */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], input: unknown): InputProblem[] {
  const out: InputProblem[] = [];
  for (const issue of issues) flattenIssue(issue, input, out);
  return out;
}

function depth(branch: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...branch.map((inner) => inner.path.length));
}

function problem(
  path: readonly PropertyKey[],
  expected: Expected & { orUnknown?: boolean },
  input: unknown,
): InputProblem {
  const found = describeFound(valueAt(input, path));
  const where = formatPath(path);
  return {
    path: where,
    ...expected,
    ...found,
    message: `${where}: expected ${expected.expected}, found ${found.found}`,
  };
}

function boundsFailure(problems: readonly BoundsProblem[]): { ok: false; problems: InputProblem[] } {
  return {
    ok: false,
    problems: problems.map((item) => {
      const where = formatPath(item.path);
      return {
        path: where,
        expected: item.expected,
        expectedAs: item.expectedAs,
        found: item.found,
        foundAs: item.foundAs,
        message: `${where}: expected ${item.expected}, found ${item.found}`,
      };
    }),
  };
}

/** The first 50 problems, and how many more there were. */
function capped(problems: InputProblem[]): ParseResult {
  if (problems.length <= MAX_REPORTED_PROBLEMS) return { ok: false, problems };
  return {
    ok: false,
    problems: problems.slice(0, MAX_REPORTED_PROBLEMS),
    omitted: problems.length - MAX_REPORTED_PROBLEMS,
  };
}

/** Validates already-merged input (a complete scenario). Never throws: oversized input is a problem too. */
export function validateScenario(input: unknown): ParseResult {
  const outOfBounds = checkInputBounds(input);
  if (outOfBounds.some((item) => item.fatal)) return boundsFailure(outOfBounds);
  const result = scenarioSchema.safeParse(input);
  if (result.success && outOfBounds.length === 0) return { ok: true, scenario: canonicalizeStrings(result.data) };
  const problems = boundsFailure(outOfBounds).problems;
  const numbersOutOfRange = new Set(problems.map((item) => item.path));
  const schemaProblems: InputProblem[] = [];
  for (const issue of result.error?.issues ?? []) flattenIssue(issue, input, schemaProblems);
  problems.push(...schemaProblems.filter((item) => !numbersOutOfRange.has(item.path)));
  return capped(dedupe(problems));
}

function dedupe(problems: InputProblem[]): InputProblem[] {
  const seen = new Set<string>();
  return problems.filter((item) => (seen.has(item.message) ? false : (seen.add(item.message), true)));
}

/**
 * Parses a partial or complete scenario: merges it over DEFAULT_SCENARIO (or over `base`, e.g. a preset), then
 * validates. Size, nesting and number limits are checked first, before anything recursive runs.
 */
export function parseScenario(input: unknown, base?: Scenario): ParseResult {
  const outOfBounds = checkInputBounds(input);
  if (outOfBounds.some((item) => item.fatal)) return boundsFailure(outOfBounds);
  if (base && isPlainObject(input)) input = deepMerge(base, input);
  if (!isPlainObject(input)) {
    const expected = `a JSON object with "schemaVersion": ${SCHEMA_VERSION}`;
    const expectedAs: ExpectedAs = { kind: 'scenarioObject', version: SCHEMA_VERSION };
    return { ok: false, problems: [problem([], { expected, expectedAs }, input)] };
  }
  const migrated = migrateScenarioInput(input);
  if (!migrated.ok) {
    const expectedAs: ExpectedAs = {
      kind: 'schemaVersion',
      supported: [...SUPPORTED_SCHEMA_VERSIONS],
      current: SCHEMA_VERSION,
    };
    return { ok: false, problems: [problem(['schemaVersion'], { expected: migrated.expected, expectedAs }, input)] };
  }
  const merged = deepMerge(DEFAULT_SCENARIO, migrated.input);
  return validateScenario(merged);
}

/** A problem with the file as a whole (its size, its encoding, its JSON), before any field is read. */
export function fileProblem(
  expected: string,
  expectedAs: ExpectedAs,
  found: string,
  foundAs: FoundAs,
): { ok: false; problems: InputProblem[] } {
  return {
    ok: false,
    problems: [
      { path: '(file)', expected, expectedAs, found, foundAs, message: `(file): expected ${expected}, found ${found}` },
    ],
  };
}

/** V8 names the offset of a syntax error ("at position 1234"); people look for a line and a column. */
export function describeSyntaxError(text: string, reason: string): { found: string; foundAs: FoundAs } {
  const match = /at position (\d+)/.exec(reason);
  if (!match) {
    const unexpectedEnd = /unexpected end/i.test(reason);
    // V8: "Unexpected token 'o', "…" is not valid JSON" names the character and the text around it, not where it is.
    const named = /^Unexpected token '(.{1,4})'(?:, "([\s\S]*)" is not valid JSON)?/.exec(reason);
    const token = named?.[1];
    const near = named?.[2];
    const foundAs: FoundAs = {
      kind: 'syntaxError',
      detail: reason,
      ...(unexpectedEnd && { unexpectedEnd }),
      ...(token !== undefined && { token }),
      ...(near !== undefined && { near }),
    };
    return { found: reason, foundAs };
  }
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return {
    found: `${reason} (line ${line}, column ${column})`,
    foundAs: { kind: 'syntaxError', detail: reason, line, column },
  };
}

const MAX_MEGABYTES = MAX_SCENARIO_FILE_BYTES / 1024 / 1024;
const TOO_LARGE: Expected = {
  expected: `a scenario file of at most ${MAX_MEGABYTES} MB`,
  expectedAs: { kind: 'file', need: 'maxSize', megabytes: MAX_MEGABYTES },
};

/** Parses JSON text; a syntax error is reported as one problem, never thrown. */
export function parseScenarioJson(text: string, base?: Scenario): ParseResult {
  if (text.length > MAX_SCENARIO_FILE_BYTES) {
    return fileProblem(TOO_LARGE.expected, TOO_LARGE.expectedAs, `${text.length.toLocaleString('en-US')} characters`, {
      kind: 'characters',
      count: text.length,
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const { found, foundAs } = describeSyntaxError(text, error instanceof Error ? error.message : String(error));
    const expectedAs: ExpectedAs = { kind: 'file', need: 'json' };
    return {
      ok: false,
      problems: [
        {
          path: '(file)',
          expected: 'valid JSON',
          expectedAs,
          found,
          foundAs,
          message: `(file): not valid JSON: ${found}`,
        },
      ],
    };
  }
  return parseScenario(data, base);
}

/**
 * A scenario file's bytes as the app and the command line both read them: at most 5 MB, UTF-8 with or without a BOM
 * or UTF-16 with a BOM, then parsed as above. Never throws.
 */
export function parseScenarioBytes(
  bytes: Uint8Array,
  options: {
    label?: string;
    base?: Scenario;
    /** The input's size when `bytes` is only its start (a file's size on disk). */
    size?: number;
    /** False when `bytes` was cut short at the limit and the whole size is not known (a stream). */
    complete?: boolean;
  } = {},
): ParseResult {
  const decoded = decodeText(bytes, { maxBytes: MAX_SCENARIO_FILE_BYTES, label: options.label ?? 'The file' });
  if (decoded.ok) return parseScenarioJson(decoded.text, options.base);
  if (decoded.reason === 'too-large') {
    const limit = `${MAX_MEGABYTES} MB`;
    const size = options.size ?? bytes.length;
    const atLeast = options.complete === false;
    const found = atLeast ? `more than ${limit}` : `${(size / 1024 / 1024).toFixed(1)} MB`;
    return fileProblem(TOO_LARGE.expected, TOO_LARGE.expectedAs, found, {
      kind: 'size',
      bytes: size,
      ...(atLeast && { atLeast }),
    });
  }
  const binary = decoded.reason === 'binary';
  const found = binary ? 'a binary file' : 'bytes that are not valid UTF-8 or UTF-16 text';
  return fileProblem('a JSON text file (UTF-8 or UTF-16)', { kind: 'file', need: 'jsonText' }, found, {
    kind: binary ? 'binaryFile' : 'notText',
  });
}

export function formatProblems(problems: readonly InputProblem[]): string {
  return problems.map((item) => `- ${item.message}`).join('\n');
}

const DISCRIMINATORS = ['kind', 'target', 'property'];

/** JSON Schema for scenario files: every field optional (missing fields take the default scenario's value). */
export function scenarioFileJsonSchema(): Record<string, unknown> {
  const schema = scenarioJsonSchema();
  const relax = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(relax);
    if (!isPlainObject(node)) return;
    const properties = isPlainObject(node.properties) ? node.properties : {};
    const discriminated = DISCRIMINATORS.some((key) => key in properties);
    if (Array.isArray(node.required) && 'schemaVersion' in properties) node.required = ['schemaVersion'];
    else if (Array.isArray(node.required) && !discriminated) delete node.required;
    for (const value of Object.values(node)) relax(value);
  };
  relax(schema);
  // Older files open too (migrated), so the file schema accepts every supported version.
  if (isPlainObject(schema.properties))
    schema.properties.schemaVersion = {
      type: 'number',
      enum: [...SUPPORTED_SCHEMA_VERSIONS],
      description: `Scenario file format; ${SCHEMA_VERSION} is current, older versions are migrated on open.`,
    };
  schema.title = 'SSPR Preview scenario';
  schema.description = 'Partial scenarios are merged over the default scenario; any leaf may be "unknown".';
  return schema;
}
