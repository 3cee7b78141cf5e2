// Every input problem carries a structured "expected" and "found" next to its English sentences, for each kind of
// schema issue, each input limit and each problem with the file as a whole; the English stays as the CLI prints it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../../main/files/scenario-file';
import {
  parseScenario,
  parseScenarioBytes,
  parseScenarioJson,
  SCHEMA_VERSION,
  SUPPORTED_SCHEMA_VERSIONS,
  type InputProblem,
  type ParseResult,
} from '../../../simulator/index';
import { parseScript } from '../../../renderer/features/trainer/script';

function problemAt(result: ParseResult | { ok: false; problems: InputProblem[] }, at: string): InputProblem {
  if (result.ok) throw new Error('expected the input to be rejected');
  const found = result.problems.find((item) => item.path === at);
  if (!found) throw new Error(`no problem at ${at}; got ${result.problems.map((item) => item.path).join(', ')}`);
  return found;
}

/** A scenario whose one policy source (the custom profile) carries this applicability rule. */
function withApplicability(rule: Record<string, unknown>) {
  return {
    policies: {
      passwordReset: [
        {
          kind: 'omaUri',
          omaUri: './Device/Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset',
          dataType: 'Integer',
          value: 1,
          assignment: { applicability: [rule] },
        },
      ],
    },
  };
}

describe('schema issues', () => {
  it('a wrong type: the type, "unknown" allowed, the value as written', () => {
    const item = problemAt(parseScenario({ device: { os: { build: 'sixteen' } } }), 'device.os.build');
    expect(item).toMatchObject({
      expected: 'a number or "unknown"',
      expectedAs: { kind: 'type', type: 'number' },
      orUnknown: true,
      found: '"sixteen"',
      foundAs: { kind: 'value', text: '"sixteen"' },
    });
  });

  it('a fraction where a whole number is needed', () => {
    const item = problemAt(parseScenario({ device: { os: { build: 17134.5 } } }), 'device.os.build');
    expect(item.expectedAs).toEqual({ kind: 'type', type: 'integer' });
    expect(item.foundAs).toEqual({ kind: 'value', text: '17134.5' });
  });

  it('a boolean field given a text', () => {
    const item = problemAt(parseScenario({ user: { adminRole: 'yes' } }), 'user.adminRole');
    expect(item.expectedAs).toEqual({ kind: 'type', type: 'boolean' });
    expect(item.orUnknown).toBe(true);
  });

  it('an enum: the allowed values as JSON texts', () => {
    const item = problemAt(parseScenario({ device: { joinState: 'azureAdJoined' } }), 'device.joinState');
    expect(item.expectedAs).toEqual({
      kind: 'oneOf',
      values: ['"entraJoined"', '"hybridJoined"', '"registered"', '"adDomainOnly"', '"workgroup"'],
    });
    expect(item.orUnknown).toBe(true);
    expect(item.expected).toContain('"entraJoined"');
  });

  it('a discriminated union with an unknown tag lists the tags', () => {
    const result = parseScenario({ policies: { passwordReset: [{ kind: 'x' }] } });
    expect(problemAt(result, 'policies.passwordReset[0].kind').expectedAs).toEqual({
      kind: 'oneOf',
      values: ['"omaUri"', '"settingsCatalog"', '"registry"'],
    });
  });

  it('a union of literals ("0 or 1 or unknown") keeps every branch', () => {
    const item = problemAt(
      parseScenario({ device: { settings: { NoLockScreen: true } } }),
      'device.settings.NoLockScreen',
    );
    expect(item.expectedAs).toEqual({
      kind: 'anyOf',
      options: [
        { kind: 'oneOf', values: ['0'] },
        { kind: 'oneOf', values: ['1'] },
      ],
    });
    expect(item.orUnknown).toBe(true);
    expect(item.foundAs).toEqual({ kind: 'value', text: 'true' });
  });

  it('minimum and maximum: the limit and what it counts', () => {
    const low = problemAt(parseScenario({ device: { os: { build: -1 } } }), 'device.os.build');
    expect(low).toMatchObject({ expected: '≥ 0', expectedAs: { kind: 'atLeast', limit: 0, of: 'number' } });
    const high = problemAt(
      parseScenario({ tenant: { sspr: { questionsToReset: 7 } } }),
      'tenant.sspr.questionsToReset',
    );
    expect(high).toMatchObject({ expected: '≤ 5', expectedAs: { kind: 'atMost', limit: 5, of: 'number' } });
    const empty = problemAt(
      parseScenario({ device: { settings: { AllowLogOnLocally: [''] } } }),
      'device.settings.AllowLogOnLocally[0]',
    );
    expect(empty.expectedAs).toEqual({ kind: 'atLeast', limit: 1, of: 'characters' });
  });

  it('a list with too few items counts items', () => {
    const result = parseScenario(withApplicability({ property: 'osEdition', rule: 'assignIf', editions: [] }));
    if (result.ok) throw new Error('expected the input to be rejected');
    const item = result.problems.find((problem) => problem.path.endsWith('editions'));
    expect(item, result.problems.map((problem) => problem.message).join('\n')).toBeDefined();
    expect(item?.expectedAs).toEqual({ kind: 'atLeast', limit: 1, of: 'items' });
    expect(item?.expected).toBe('at least 1 items');
    expect(item?.foundAs).toEqual({ kind: 'array', length: 0 });
  });

  it('a version pattern keeps its example', () => {
    const result = parseScenario(
      withApplicability({ property: 'osVersion', rule: 'assignIf', min: '17134', max: '10.0.26100' }),
    );
    if (result.ok) throw new Error('expected the input to be rejected');
    const item = result.problems.find((problem) => problem.path.endsWith('min'));
    expect(item, result.problems.map((problem) => problem.message).join('\n')).toBeDefined();
    expect(item?.expectedAs).toEqual({ kind: 'versionLike', example: '10.0.17134' });
  });

  it('an unknown field: no such field, and what it holds', () => {
    const item = problemAt(parseScenario({ tennant: {} }), 'tennant');
    expect(item).toMatchObject({
      expected: 'no such field (check the spelling)',
      expectedAs: { kind: 'noSuchField' },
      found: 'an object',
      foundAs: { kind: 'object' },
      message: 'tennant: unknown field',
    });
  });

  it('found: nothing, null, a list', () => {
    const missing = problemAt(
      parseScenario({ policies: { passwordReset: [{ kind: 'omaUri', dataType: 'Integer', value: 1 }] } }),
      'policies.passwordReset[0].omaUri',
    );
    expect(missing.foundAs).toEqual({ kind: 'nothing' });
    expect(problemAt(parseScenario({ session: { kind: null } }), 'session.kind').foundAs).toEqual({ kind: 'null' });
    expect(problemAt(parseScenario({ session: { kind: [1, 2, 3] } }), 'session.kind')).toMatchObject({
      found: 'an array of 3',
      foundAs: { kind: 'array', length: 3 },
    });
  });

  it('the root and the schema version', () => {
    expect(problemAt(parseScenario([1, 2]), '(root)')).toMatchObject({
      expectedAs: { kind: 'scenarioObject', version: SCHEMA_VERSION },
      foundAs: { kind: 'array', length: 2 },
    });
    expect(problemAt(parseScenario({ schemaVersion: 99 }), 'schemaVersion')).toMatchObject({
      expected: expect.stringContaining('1 or 2'),
      expectedAs: { kind: 'schemaVersion', supported: [...SUPPORTED_SCHEMA_VERSIONS], current: SCHEMA_VERSION },
      foundAs: { kind: 'value', text: '99' },
    });
  });
});

describe('input limits', () => {
  it('a list too long, nesting too deep, too many values, a number too large', () => {
    const long = problemAt(
      parseScenario({ policies: { passwordReset: Array(1_001).fill({}) } }),
      'policies.passwordReset',
    );
    expect(long).toMatchObject({
      expectedAs: { kind: 'limit', limit: 'listItems', max: 1_000 },
      foundAs: { kind: 'items', count: 1_001 },
    });
    const deep = JSON.parse(`{"device":${'['.repeat(40)}${']'.repeat(40)}}`);
    const depth = parseScenario(deep);
    expect(!depth.ok && depth.problems[0]).toMatchObject({
      expected: 'at most 32 levels of nesting',
      expectedAs: { kind: 'limit', limit: 'depth', max: 32 },
      foundAs: { kind: 'overLimit', limit: 'depth' },
    });
    const wide = { user: Object.fromEntries(Array.from({ length: 25_000 }, (_, index) => [`k${index}`, index])) };
    expect(problemAt(parseScenario(wide), '(root)')).toMatchObject({
      expectedAs: { kind: 'limit', limit: 'values', max: 20_000 },
      foundAs: { kind: 'overLimit', limit: 'values' },
    });
    expect(problemAt(parseScenarioJson('{"device":{"os":{"build":1e309}}}'), 'device.os.build')).toMatchObject({
      expected: 'a number JSON can hold',
      expectedAs: { kind: 'finiteNumber' },
      found: 'a number too large',
      foundAs: { kind: 'tooLarge' },
    });
  });
});

describe('the file as a whole', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('not JSON: the parser message, the character it stopped at, or that the text ends early', () => {
    const token = problemAt(parseScenarioJson('{ "a": nope }'), '(file)');
    expect(token).toMatchObject({ expected: 'valid JSON', expectedAs: { kind: 'file', need: 'json' } });
    expect(token.foundAs).toMatchObject({ kind: 'syntaxError', token: 'o', near: '{ "a": nope }' });
    expect(token.found).toBe((token.foundAs as { detail: string }).detail);
    const end = problemAt(parseScenarioJson('{"a":'), '(file)');
    expect(end.foundAs).toMatchObject({ kind: 'syntaxError', unexpectedEnd: true });
  });

  it('a BOM is read, not reported; binary and bad encodings are', () => {
    expect(parseScenarioBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('{}')])).ok).toBe(true);
    const binary = problemAt(parseScenarioBytes(Uint8Array.from([0x7b, 0, 1, 2, 3, 0x7d])), '(file)');
    expect(binary).toMatchObject({
      expected: 'a JSON text file (UTF-8 or UTF-16)',
      expectedAs: { kind: 'file', need: 'jsonText' },
      found: 'a binary file',
      foundAs: { kind: 'binaryFile' },
    });
    const latin1 = problemAt(
      parseScenarioBytes(Uint8Array.from([...bytes('{"name":"caf'), 0xe9, ...bytes('"}')])),
      '(file)',
    );
    expect(latin1.foundAs).toEqual({ kind: 'notText' });
  });

  it('too large: the limit and the size, or "more than" when only the start was read', () => {
    const whole = problemAt(
      parseScenarioBytes(new Uint8Array(5 * 1024 * 1024 + 1), { size: 8 * 1024 * 1024 }),
      '(file)',
    );
    expect(whole).toMatchObject({
      expected: 'a scenario file of at most 5 MB',
      expectedAs: { kind: 'file', need: 'maxSize', megabytes: 5 },
      found: '8.0 MB',
      foundAs: { kind: 'size', bytes: 8 * 1024 * 1024 },
    });
    const cut = problemAt(parseScenarioBytes(new Uint8Array(5 * 1024 * 1024 + 1), { complete: false }), '(file)');
    expect(cut).toMatchObject({ found: 'more than 5 MB', foundAs: { kind: 'size', atLeast: true } });
    const text = problemAt(parseScenarioJson(' '.repeat(5 * 1024 * 1024 + 1)), '(file)');
    expect(text.foundAs).toEqual({ kind: 'characters', count: 5 * 1024 * 1024 + 1 });
  });

  describe('the desktop app reading from disk', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sspr-problems-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('a missing file, a folder, a file too large', async () => {
      const missing = await readScenarioFile(path.join(dir, 'nope.json'));
      expect(!missing.ok && missing.problems[0]).toMatchObject({
        expected: 'a readable file',
        expectedAs: { kind: 'file', need: 'readableFile' },
        foundAs: { kind: 'systemError', code: 'notFound' },
      });
      const folder = await readScenarioFile(dir);
      expect(!folder.ok && folder.problems[0]).toMatchObject({
        found: 'a folder or device',
        foundAs: { kind: 'folder' },
      });
      const big = path.join(dir, 'big.json');
      writeFileSync(big, Buffer.alloc(6 * 1024 * 1024, 0x20));
      const large = await readScenarioFile(big);
      expect(!large.ok && large.problems[0]).toMatchObject({
        expectedAs: { kind: 'file', need: 'maxSize', megabytes: 5 },
        foundAs: { kind: 'size', bytes: 6 * 1024 * 1024 },
      });
    });
  });
});

describe('trainer scripts', () => {
  const script = (slides: unknown[]) =>
    JSON.stringify({ format: 'sspr-preview.trainer-script', version: 1, title: 'x', slides });

  it('keep the English problem and add a structured one with the slide in the path', () => {
    const result = parseScript(
      script([{ scenario: { session: { kind: 'vnc' } }, options: {}, flow: 'password', step: 'lock' }]),
    );
    if (result.ok) throw new Error('expected the script to be rejected');
    expect(result.problem).toMatch(/^slides\.0\.scenario: session\.kind: expected one of/);
    expect(result.detail).toMatchObject({
      path: 'slides[0].scenario.session.kind',
      expectedAs: { kind: 'oneOf' },
      orUnknown: true,
      foundAs: { kind: 'value', text: '"vnc"' },
    });
  });

  it('the script file itself: its own fields and its JSON', () => {
    const step = parseScript(script([{ scenario: {}, options: {}, flow: 'password', step: 'nope' }]));
    expect(!step.ok && step.detail).toMatchObject({ path: 'slides[0].step', expectedAs: { kind: 'oneOf' } });
    const empty = parseScript(script([]));
    expect(!empty.ok && empty.detail).toMatchObject({
      path: 'slides',
      expectedAs: { kind: 'atLeast', limit: 1, of: 'items' },
      foundAs: { kind: 'array', length: 0 },
    });
    const json = parseScript('{ nope');
    expect(!json.ok && json.detail).toMatchObject({
      path: '(file)',
      expectedAs: { kind: 'file', need: 'json' },
      foundAs: { kind: 'syntaxError' },
    });
  });
});
