import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  citedDocument,
  ERAS,
  PRESETS,
  RULES,
  deepMerge,
  evaluate,
  fixes,
  parseScenario,
  type Outcome,
  type Verdict,
} from '../../../simulator/index';
import { STACK_LINE, ensureCliBuilt, root, runCli } from './run-cli';

const EXPECTED_EXIT: Record<Outcome, number> = {
  success: 0,
  hidden: 1,
  fails: 1,
  denied: 1,
  deferred: 1,
  undecided: 3,
};
const scratch = mkdtempSync(join(tmpdir(), 'sspr-cli-'));

function writeScenario(name: string, content: unknown): string {
  const path = join(scratch, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** The verdict of `evaluate --json`, without the `documents` list (every cited source with its address). */
function verdictOf(stdout: string): Verdict {
  const { documents, ...verdict } = JSON.parse(stdout) as Verdict & { documents: { cited: string; url?: string }[] };
  const cited = new Set([...verdict.fired, ...verdict.undecided, ...verdict.warnings].flatMap((rule) => rule.sources));
  expect(documents.map((entry) => entry.cited).sort()).toEqual([...cited].sort());
  for (const entry of documents) expect(entry.url, entry.cited).toMatch(/^https:\/\//);
  return verdict as Verdict;
}

beforeAll(() => ensureCliBuilt(), 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.concurrent('sspr-preview evaluate --preset (every built-in preset)', () => {
  it.each(PRESETS.map((preset) => [preset.id, preset] as const))(
    '%s: outcome, exit code and rules match the preset',
    async (_id, preset) => {
      const result = await runCli(['evaluate', '--preset', preset.id, '--json']);
      expect(result.stderr).toBe('');
      const verdict = verdictOf(result.stdout);
      expect(verdict.outcome).toBe(preset.expected.outcome);
      expect(verdict.passwordLink).toBe(preset.expected.passwordLink);
      expect(result.code).toBe(EXPECTED_EXIT[preset.expected.outcome]);
      const fired = verdict.fired.map((rule) => rule.id);
      for (const id of preset.expected.rules) expect(fired).toContain(id);
      // The CLI adds nothing of its own: same verdict as the library.
      expect(verdict).toEqual(JSON.parse(JSON.stringify(evaluate(preset.scenario, preset.options))));
    },
  );

  it('explains the seed case (Windows 10 1709, 2017 rules) in readable text', async () => {
    const seed = PRESETS.find((preset) => preset.options.docsAsOf === '2017-11');
    expect(seed, 'a preset with the 2017 rules').toBeDefined();
    const result = await runCli(['evaluate', '--preset', seed!.id]);
    const verdict = evaluate(seed!.scenario, seed!.options);
    expect(result.code).toBe(EXPECTED_EXIT[verdict.outcome]);
    expect(result.stdout).toContain(`Outcome:`);
    expect(result.stdout).toContain(verdict.outcome);
    expect(result.stdout).toContain('docs as of 2017-11');
    expect(result.stdout).toMatch(/AllowAadPasswordReset: (1|0|unknown)/);
    for (const rule of verdict.fired) {
      expect(result.stdout).toContain(rule.id);
      expect(result.stdout).toContain(rule.message);
      // Each source is printed as the document it cites, with the address that opens it.
      for (const source of rule.sources) expect(result.stdout).toContain(citedDocument(source).url ?? source);
    }
    for (const step of verdict.steps) expect(result.stdout).toContain(step.title);
  });
});

describe.concurrent('sspr-preview evaluate with scenario files', () => {
  it('reads a partial scenario from standard input and merges it over the default', async () => {
    const patch = { session: { kind: 'remoteDesktop' } };
    const parsed = parseScenario(patch);
    if (!parsed.ok) throw new Error('test scenario must be valid');
    const expected = evaluate(parsed.scenario);
    const result = await runCli(['evaluate', '-', '--json'], JSON.stringify(patch));
    expect(verdictOf(result.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(result.code).toBe(EXPECTED_EXIT[expected.outcome]);
  });

  it('merges a file over a preset, keeping the preset options', async () => {
    const preset = PRESETS[0];
    const patch = { device: { settings: { NoLockScreen: 1 } } };
    const parsed = parseScenario(deepMerge(preset.scenario, patch));
    if (!parsed.ok) throw new Error('test scenario must be valid');
    const expected = evaluate(parsed.scenario, preset.options);
    const result = await runCli(['evaluate', writeScenario('merge.json', patch), '--preset', preset.id, '--json']);
    expect(verdictOf(result.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(result.code).toBe(EXPECTED_EXIT[expected.outcome]);
  });

  it('exits 3 when an unknown input blocks the answer, naming the missing input', async () => {
    const patch = { device: { os: { family: 'unknown', build: 'unknown' } } };
    const parsed = parseScenario(patch);
    if (!parsed.ok) throw new Error('test scenario must be valid');
    const expected = evaluate(parsed.scenario);
    expect(expected.outcome).toBe('undecided');
    const result = await runCli(['evaluate', writeScenario('unknown.json', patch)]);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('Undecided rules');
    const missing = expected.undecided.flatMap((rule) => rule.missing);
    expect(missing.length).toBeGreaterThan(0);
    for (const field of missing) expect(result.stdout).toContain(field);
  });

  it('passes --docs-as-of, --strict-licensing and --field-reports to the engine', async () => {
    const result = await runCli(
      ['evaluate', '-', '--json', '--docs-as-of', '2019-02', '--strict-licensing', '--field-reports'],
      '{}',
    );
    expect(verdictOf(result.stdout).options).toMatchObject({
      docsAsOf: '2019-02',
      strictLicensing: true,
      fieldReports: true,
    });
  });

  it('lists verified fixes with --fixes', async () => {
    const broken = PRESETS.find(
      (preset) => preset.expected.outcome !== 'success' && preset.expected.outcome !== 'undecided',
    );
    expect(broken, 'a preset where the reset does not succeed').toBeDefined();
    const suggested = fixes(broken!.scenario, broken!.options);
    const json = await runCli(['evaluate', '--preset', broken!.id, '--fixes', '--json']);
    const parsed = JSON.parse(json.stdout) as Verdict & { fixes: unknown[] };
    expect(parsed.fixes).toEqual(JSON.parse(JSON.stringify(suggested)));
    const text = await runCli(['evaluate', '--preset', broken!.id, '--fixes']);
    expect(text.stdout).toContain('Fixes');
    for (const fix of suggested) expect(text.stdout).toContain(fix.title);
  });
});

describe.concurrent('sspr-preview bad input and usage (exit 2, readable, no stack trace)', () => {
  it('reports each invalid field with its path, what was expected and what was found', async () => {
    const result = await runCli([
      'evaluate',
      writeScenario('bad.json', { device: { os: { build: 'abc' } }, session: { kind: 'teleport' } }),
    ]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/device\.os\.build\s+expected .+\s+found "abc"/);
    expect(result.stderr).toMatch(/session\.kind\s+expected .+\s+found "teleport"/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('with --json, prints the problems as JSON too', async () => {
    const result = await runCli(['evaluate', '-', '--json'], '{"user":{"adminRole":"maybe"}}');
    expect(result.code).toBe(2);
    const body = JSON.parse(result.stdout) as { ok: boolean; problems: { path: string }[] };
    expect(body.ok).toBe(false);
    expect(body.problems.map((item) => item.path)).toContain('user.adminRole');
  });

  it.each([
    ['text that is not JSON', ['evaluate', '-'], '{ nope', /not valid JSON|valid JSON/],
    ['a missing file', ['evaluate', join(scratch, 'missing.json')], undefined, /no such file/],
    [
      'an unknown preset',
      ['evaluate', '--preset', 'no-such-preset'],
      undefined,
      new RegExp(`no preset "no-such-preset"\\. Presets: ${PRESETS[0].id}`),
    ],
    ['an unknown era', ['evaluate', '-', '--docs-as-of', '1999'], '{}', new RegExp(ERAS.join(', '))],
    ['an unknown option', ['evaluate', '-', '--frobnicate'], '{}', /frobnicate/],
    ['an unknown command', ['explode'], undefined, /unknown command "explode"/],
    ['evaluate without a scenario', ['evaluate'], undefined, /needs a scenario file/],
    ['two scenario files', ['evaluate', 'a.json', 'b.json'], undefined, /one scenario file/],
    ['an option another command does not take', ['schema', '--fixes'], undefined, /schema does not take --fixes/],
  ])('rejects %s', async (_label, args, input, message) => {
    const result = await runCli(args, input);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('prints usage and exits 2 when called without a command', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Usage');
  });
});

describe.concurrent('sspr-preview catalogue commands', () => {
  it('--help documents every command and exit code', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const word of ['evaluate', 'schema', 'presets', 'rules', '--docs-as-of', '--fixes', '--json'])
      expect(result.stdout).toContain(word);
    for (const code of ['0  ', '1  ', '2  ', '3  ']) expect(result.stdout).toContain(code);
  });

  it('--version prints the package version', async () => {
    const { default: pkg } = await import(join(root, 'package.json'), { with: { type: 'json' } });
    expect((await runCli(['--version'])).stdout.trim()).toBe(pkg.version);
  });

  it('presets lists every preset id with its title', async () => {
    const result = await runCli(['presets']);
    expect(result.code).toBe(0);
    for (const preset of PRESETS)
      expect(result.stdout).toMatch(new RegExp(`^${preset.id}\\s.*${escapeRegex(preset.title)}`, 'm'));
  });

  it('rules lists the whole catalogue, as a table and as JSON', async () => {
    const table = await runCli(['rules']);
    expect(table.code).toBe(0);
    for (const rule of RULES)
      expect(table.stdout).toMatch(new RegExp(`^${escapeRegex(rule.id)}\\s+${rule.stage}\\s+${rule.effect}\\s`, 'm'));
    const json = JSON.parse((await runCli(['rules', '--json'])).stdout) as { id: string }[];
    expect(json.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
  });

  it('schema prints a JSON Schema that accepts partial scenarios', async () => {
    const result = await runCli(['schema']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout) as {
      title: string;
      properties: Record<string, unknown>;
      required?: string[];
    };
    expect(schema.title).toBe('SSPR Preview scenario');
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['device', 'session', 'policies', 'tenant', 'user']),
    );
    expect(schema.required ?? []).not.toContain('device');
  });
});

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
