// The limits scenario input meets before validation, the problem cap, and the terminal-safe text the command line
// prints: checked in-process on the parser the command line and the app's file open share.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCENARIO,
  MAX_REPORTED_PROBLEMS,
  checkInputBounds,
  deepMerge,
  formatInputPath,
  parseScenario,
  parseScenarioBytes,
  parseScenarioJson,
  presetById,
  validateScenario,
} from '../../../simulator/index';
import { formatInputProblems } from '../../../simulator/cli/format';
import { clip, oneLine, terminalSafe } from '../../../simulator/cli/terminal';

const encode = (text: string) => new TextEncoder().encode(text);

describe('scenario input bounds', () => {
  it('refuses 40,000 invalid policy entries before validation, from every entry point, without throwing', () => {
    const input = { policies: { passwordReset: Array(40_000).fill({ kind: 'x' }) } };
    for (const result of [
      parseScenario(input),
      validateScenario(deepMerge(DEFAULT_SCENARIO, input)),
      parseScenarioJson(JSON.stringify(input)),
    ]) {
      expect(result).toEqual({
        ok: false,
        problems: [
          {
            path: 'policies.passwordReset',
            expected: 'a list of at most 1,000 items',
            found: '40,000 items',
            expectedAs: { kind: 'limit', limit: 'listItems', max: 1_000 },
            foundAs: { kind: 'items', count: 40_000 },
            message: 'policies.passwordReset: expected a list of at most 1,000 items, found 40,000 items',
          },
        ],
      });
    }
  });

  it('refuses nesting and value counts beyond the limits', () => {
    const deep = JSON.parse(`{"device":${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    expect(checkInputBounds(deep)[0]).toMatchObject({ expected: 'at most 32 levels of nesting', fatal: true });
    const wide = { user: Object.fromEntries(Array.from({ length: 25_000 }, (_, index) => [`k${index}`, index])) };
    expect(checkInputBounds(wide)).toEqual([
      {
        path: [],
        expected: 'a scenario of at most 20,000 values',
        found: 'more than that',
        expectedAs: { kind: 'limit', limit: 'values', max: 20_000 },
        foundAs: { kind: 'overLimit', limit: 'values' },
        fatal: true,
      },
    ]);
    expect(checkInputBounds(DEFAULT_SCENARIO)).toEqual([]);
  });

  it('names a number too large, and still reports the other problems', () => {
    const result = parseScenarioJson('{"device":{"os":{"build":1e309}},"unknownField":1}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((item) => `${item.path}: ${item.found}`)).toEqual([
      'device.os.build: a number too large',
      'unknownField: 1',
    ]);
  });

  it('names the tags a discriminated list entry takes', () => {
    const result = parseScenario({ policies: { passwordReset: [{ kind: 'bogus' }] } });
    expect(!result.ok && result.problems[0]).toMatchObject({
      path: 'policies.passwordReset[0].kind',
      expected: expect.stringMatching(/^one of "omaUri", /),
      found: '"bogus"',
    });
  });

  it('keeps the first 50 problems and counts the rest', () => {
    const fields = Object.fromEntries(Array.from({ length: 120 }, (_, index) => [`field${index}`, index]));
    const result = parseScenario(fields);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(MAX_REPORTED_PROBLEMS);
    expect(result.omitted).toBe(70);
  });

  it('names an empty key, cuts a long key and keeps __proto__ an unknown field', () => {
    expect(formatInputPath(['device', ''])).toBe('device.(a key with an empty name)');
    expect(formatInputPath(['k'.repeat(500)])).toBe(`${'k'.repeat(59)}…`);
    const result = parseScenarioJson('{"__proto__": {"name": "polluted"}}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((item) => item.path)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).name).toBeUndefined();
  });

  it('reads bytes like the app: a BOM, UTF-16, the 5 MB cap and binary files', () => {
    const json = JSON.stringify({ name: 'Met BOM' });
    const bom = parseScenarioBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(json)]));
    expect(bom.ok && bom.scenario.name).toBe('Met BOM');
    const big = parseScenarioBytes(encode(' '.repeat(5 * 1024 * 1024 + 1)), { size: 6 * 1024 * 1024 });
    expect(!big.ok && big.problems[0].found).toBe('6.0 MB');
    const cut = parseScenarioBytes(encode(' '.repeat(5 * 1024 * 1024 + 1)), { complete: false });
    expect(!cut.ok && cut.problems[0].found).toBe('more than 5 MB');
    const binary = parseScenarioBytes(new Uint8Array([0x7b, 0x00, 0x01, 0x02, 0xff, 0x7d]));
    expect(!binary.ok && binary.problems[0].path).toBe('(file)');
  });

  it('merges over a preset only after the bounds check, and gives syntax errors a line and column', () => {
    const preset = presetById('remote-desktop')!;
    const merged = parseScenarioJson('{"name":"Over a preset"}', preset.scenario);
    expect(merged.ok && merged.scenario.session.kind).toBe(preset.scenario.session.kind);
    const tooMany = parseScenarioJson(JSON.stringify({ user: { groups: Array(2_000).fill('g') } }), preset.scenario);
    expect(!tooMany.ok && tooMany.problems[0].path).toBe('user.groups');
    const syntax = parseScenarioJson('{\n  "name": "x",\n  oops\n}');
    expect(!syntax.ok && syntax.problems[0].found).toMatch(/\(line 3, column 3\)$/);
  });
});

describe('terminal-safe text', () => {
  it('escapes control characters, escape sequences, separators and bidi overrides, keeping newlines', () => {
    expect(terminalSafe('a\u001b[2Jb\rc\u009bd\u2028e\u202Ef\u0000g\th\ni')).toBe(
      'a\\u001b[2Jb\\u000dc\\u009bd\\u2028e\\u202ef\\u0000g\\u0009h\ni',
    );
    expect(oneLine('line one\nOutcome: success')).toBe('line one\\u000aOutcome: success');
  });

  it('clips without splitting a surrogate pair', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('ab\ud83d\udd12cd', 4)).toBe('ab…');
    expect(clip('short', 10)).toBe('short');
  });

  it('caps the problem table: 50 rows, column widths, and a count of the rest', () => {
    const problems = Array.from({ length: 60 }, (_, index) => ({
      path: `${'p'.repeat(200)}${index}`,
      expected: 'e'.repeat(300),
      found: `f\n${'x'.repeat(300)}`,
      message: '',
    }));
    const lines = formatInputProblems('file\u001b.json', problems, 5).split('\n');
    expect(lines[0]).toBe('file\\u001b.json: 65 problems');
    expect(lines).toHaveLength(1 + 50 + 1);
    expect(lines.at(-1)).toBe('  …and 15 more');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(2 + 60 + 2 + 70 + 2 + 60);
    expect(lines[1]).toContain('found f\\u000axxx');
  });
});
