// Seeded fuzzing of what the command line and the app's file open do with a scenario file's bytes: decode, bound,
// parse, validate, then either print the problem table or evaluate and print the verdict. Whatever the bytes, that
// never throws (the command line's exit 4), never takes more than 2 s or 200 MB for one input, and prints at most
// 50 problems in short lines with nothing that acts on a terminal. A small sample also runs through the real CLI.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_SCENARIO,
  PRESETS,
  evaluate,
  fixes,
  parseScenarioBytes,
  type ParseResult,
  type Scenario,
} from '../../../simulator/index';
import { formatInputProblems, formatVerdict } from '../../../simulator/cli/format';
import { oneLine, terminalSafe } from '../../../simulator/cli/terminal';
import { STACK_LINE, ensureCliBuilt, runCli } from '../cli/run-cli';

const MAX_MILLISECONDS = 2_000;
const MAX_BYTES_GROWTH = 200 * 1024 * 1024;
// The whole property may run long on a busy machine (most of it is generating inputs); each input has its own bound.
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E]/;

const encoder = new TextEncoder();
const observed = { inputs: 0, slowestMs: 0, largestHeapGrowthMb: 0 };

/** What `sspr-preview evaluate` prints for these bytes, computed in-process (the CLI's own pure steps). */
function cliOutput(bytes: Uint8Array, base?: Scenario, withFixes = false): { parsed: ParseResult; text: string } {
  const parsed = parseScenarioBytes(bytes, { label: 'fuzz.json', base });
  if (!parsed.ok)
    return { parsed, text: terminalSafe(formatInputProblems('fuzz.json', parsed.problems, parsed.omitted)) };
  const verdict = evaluate(parsed.scenario);
  const suggested = withFixes ? fixes(parsed.scenario) : undefined;
  return {
    parsed,
    text: terminalSafe(formatVerdict(verdict, { title: oneLine(parsed.scenario.name), fixes: suggested })),
  };
}

function expectBounded(bytes: Uint8Array, base?: Scenario, withFixes = false): void {
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const { parsed, text } = cliOutput(bytes, base, withFixes);
  const elapsed = performance.now() - started;
  const heapAfter = process.memoryUsage().heapUsed;
  observed.inputs += 1;
  observed.slowestMs = Math.max(observed.slowestMs, Math.round(elapsed));
  observed.largestHeapGrowthMb = Math.max(observed.largestHeapGrowthMb, Math.round((heapAfter - heapBefore) / 1e6));
  expect(elapsed).toBeLessThan(MAX_MILLISECONDS);
  expect(heapAfter - heapBefore).toBeLessThan(MAX_BYTES_GROWTH);
  expect(text).not.toMatch(RAW_CONTROL);
  if (!parsed.ok) {
    expect(parsed.problems.length).toBeGreaterThan(0);
    expect(parsed.problems.length).toBeLessThanOrEqual(50);
    const lines = text.split('\n');
    expect(lines.length).toBeLessThanOrEqual(52);
    for (const line of lines) expect(line.length).toBeLessThan(250);
  }
}

/** A JSON value that is hostile in shape: deep, wide, long keys, odd numbers. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.integer({ min: 1, max: 3_000 }).map((depth) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`)),
  fc.integer({ min: 0, max: 3_000 }).map((count) => Array(count).fill({ kind: 'omaUri', dataType: 7 })),
  fc
    .integer({ min: 0, max: 5_000 })
    .map((count) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, i]))),
  fc.string({ unit: 'binary', maxLength: 40 }).map((key) => ({ [key]: key })),
  fc.integer({ min: 1, max: 50_000 }).map((length) => ({ ['x'.repeat(length)]: 1 })),
  fc.constantFrom(Infinity, -Infinity, Number.MAX_VALUE, -0, 1e-320, '\u001b[2J', '', '__proto__'),
);

/** A path into the default scenario (or a new key under it) where the hostile value goes. */
function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
}
const SCENARIO_PATHS = pathsOf(DEFAULT_SCENARIO);

function setAt(root: unknown, path: readonly string[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  if (path.length === 0) return value;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    // A new key under a leaf turns the leaf into an object (itself a wrong type the parser must report).
    if (typeof node[key] !== 'object' || node[key] === null || Array.isArray(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  Object.defineProperty(node, path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** JSON text, sometimes with a number too large spliced in as text (JSON.stringify cannot write one). */
function toText(value: unknown): string {
  const text = JSON.stringify(value) ?? 'null';
  return text.length > 8 ? text.replace(/:(\d+)([,}])/, ':1e309$2') : text;
}

const BOMS = [new Uint8Array(), new Uint8Array([0xef, 0xbb, 0xbf])];

function withBom(text: string, bom: Uint8Array, utf16: boolean): Uint8Array {
  if (utf16) {
    const body = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i += 1) {
      body[i * 2] = text.charCodeAt(i) & 0xff;
      body[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    return new Uint8Array([0xff, 0xfe, ...body]);
  }
  return new Uint8Array([...bom, ...encoder.encode(text)]);
}

const mutatedScenarioBytes = fc
  .tuple(
    fc.constantFrom(...SCENARIO_PATHS),
    fc.option(fc.string({ minLength: 0, maxLength: 12 }), { nil: undefined }),
    hostileValue,
    fc.constantFrom(...BOMS),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([path, extraKey, value, bom, utf16, spliceNumber]) => {
    const target = extraKey === undefined ? path : [...path, extraKey];
    const mutated = setAt(DEFAULT_SCENARIO, target, value);
    const text = spliceNumber ? toText(mutated) : (JSON.stringify(mutated) ?? 'null');
    return withBom(text, bom, utf16);
  });

const rawBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }),
  fc.string({ unit: 'binary', maxLength: 400 }).map((text) => encoder.encode(text)),
  fc.jsonValue({ maxDepth: 6 }).map((value) => encoder.encode(JSON.stringify(value))),
  fc
    .string({ unit: fc.constantFrom(...'{}[]":,0123456789e-+.tfnul \\ \n'.split('')), maxLength: 600 })
    .map((text) => encoder.encode(text)),
);

describe('fuzz: scenario bytes through parsing and the CLI text (in-process, seeded)', () => {
  afterAll(() => {
    console.log(
      `fuzz: ${observed.inputs} inputs; slowest ${observed.slowestMs} ms; largest heap growth ${observed.largestHeapGrowthMb} MB`,
    );
  });

  it('never throws and stays bounded on mutations of the default scenario', () => {
    fc.assert(
      fc.property(mutatedScenarioBytes, (bytes) => expectBounded(bytes)),
      { seed: 20261202, numRuns: 1_200 },
    );
  }, 120_000);

  it('never throws and stays bounded on arbitrary bytes and JSON', () => {
    fc.assert(
      fc.property(rawBytes, (bytes) => expectBounded(bytes)),
      { seed: 4, numRuns: 2_000 },
    );
  }, 120_000);

  it('never throws and stays bounded over a preset, with fixes', () => {
    const presets = PRESETS.map((preset) => preset.scenario);
    fc.assert(
      fc.property(mutatedScenarioBytes, fc.constantFrom(...presets), (bytes, base) => expectBounded(bytes, base, true)),
      { seed: 1709, numRuns: 300 },
    );
  }, 120_000);
});

describe('fuzz: the real command line (a seeded sample)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'sspr-fuzz-'));
  beforeAll(() => ensureCliBuilt(), 120_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('exits 0-3 (never 4), without a stack trace or raw control characters', async () => {
    const samples = fc.sample(fc.oneof(mutatedScenarioBytes, rawBytes), { seed: 99, numRuns: 16 });
    const files = samples.map((bytes, index) => {
      const file = join(scratch, `sample-${index}.json`);
      writeFileSync(file, bytes);
      return file;
    });
    for (let start = 0; start < files.length; start += 4) {
      const results = await Promise.all(files.slice(start, start + 4).map((file) => runCli(['evaluate', file])));
      for (const result of results) {
        expect([0, 1, 2, 3]).toContain(result.code);
        expect(result.stderr).not.toMatch(STACK_LINE);
        expect(result.stdout + result.stderr).not.toMatch(RAW_CONTROL);
      }
    }
  }, 240_000);
});
