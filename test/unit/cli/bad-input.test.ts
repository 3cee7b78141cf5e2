// Hostile and unlucky input to `sspr-preview evaluate`, run as a user runs it: every case ends with exit 2 and a
// short, readable problem list (or a normal verdict where the input is fine), never a crash, a stack trace or output
// that acts on the terminal.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STACK_LINE, ensureCliBuilt, runCli } from './run-cli';

const scratch = mkdtempSync(join(tmpdir(), 'sspr-cli-bad-'));

function writeInput(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

/** Control characters and escape sequences must not reach the terminal raw. */
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E]/;

function expectReadableRefusal(result: { code: number | null; stdout: string; stderr: string }, maxLines = 60): void {
  expect(result.code).toBe(2);
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.stderr).not.toMatch(RAW_CONTROL);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines.length).toBeLessThanOrEqual(maxLines);
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(220);
}

beforeAll(() => {
  ensureCliBuilt();
}, 120_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe.concurrent('sspr-preview evaluate with oversized or malformed input', () => {
  it('refuses 40,000 invalid policy entries with one problem (no stack overflow, no exit 4)', async () => {
    const file = writeInput(
      'many.json',
      JSON.stringify({ policies: { passwordReset: Array(40_000).fill({ kind: 'x' }) } }),
    );
    const result = await runCli(['evaluate', file]);
    expectReadableRefusal(result);
    expect(result.stderr).toContain(
      'policies.passwordReset  expected a list of at most 1,000 items  found 40,000 items',
    );
  });

  it('refuses a million bad items in a 2 MB file quickly and in a few lines', async () => {
    const file = writeInput('million.json', `{"user":{"groups":[${Array(1_000_000).fill('1').join(',')}]}}`);
    const started = Date.now();
    const result = await runCli(['evaluate', file]);
    expect(Date.now() - started).toBeLessThan(15_000);
    expectReadableRefusal(result, 3);
  });

  it('cuts a 180,000-character key in the problem table', async () => {
    const file = writeInput('long-key.json', JSON.stringify({ device: { ['k'.repeat(180_000)]: 1 } }));
    const result = await runCli(['evaluate', file]);
    expectReadableRefusal(result, 3);
    expect(result.stderr).toMatch(/device\.k+…\s+expected no such field/);
  });

  it('lists the first 50 problems and counts the rest', async () => {
    const fields = Object.fromEntries(Array.from({ length: 180 }, (_, index) => [`unknown${index}`, index]));
    const result = await runCli(['evaluate', writeInput('many-problems.json', JSON.stringify(fields))]);
    expectReadableRefusal(result);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/: 180 problems$/);
    expect(lines).toHaveLength(1 + 50 + 1);
    expect(lines.at(-1)).toBe('  …and 130 more');
  });

  it('names an empty key and a number too large instead of "(root)" and "null"', async () => {
    const result = await runCli(['evaluate', '-'], '{"": 1, "device": {"os": {"build": 1e309}}}');
    expectReadableRefusal(result);
    expect(result.stderr).toMatch(/\(a key with an empty name\)\s+expected no such field/);
    expect(result.stderr).toMatch(/device\.os\.build\s+expected a number JSON can hold\s+found a number too large/);
    expect(result.stderr).not.toContain('found null');
  });

  it('refuses nesting 100,000 levels deep', async () => {
    const deep = `{"device":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const result = await runCli(['evaluate', writeInput('deep.json', deep)]);
    expectReadableRefusal(result, 3);
    expect(result.stderr).toContain('expected at most 32 levels of nesting');
  });

  it('refuses more than 5 MB, from a file and from standard input, with the size', async () => {
    const big = ' '.repeat(6 * 1024 * 1024);
    const fromFile = await runCli(['evaluate', writeInput('big.json', big)]);
    expectReadableRefusal(fromFile, 3);
    expect(fromFile.stderr).toMatch(/expected a scenario file of at most 5 MB\s+found 6\.0 MB/);
    const fromStdin = await runCli(['evaluate', '-'], big);
    expectReadableRefusal(fromStdin, 3);
    expect(fromStdin.stderr).toMatch(/found more than 5 MB/);
  });

  it('refuses bad content over a preset with exit 2 (the preset path validates first too)', async () => {
    const file = writeInput('over-preset.json', JSON.stringify({ user: { groups: Array(5_000).fill('g') } }));
    const result = await runCli(['evaluate', '--preset', 'remote-desktop', file]);
    expectReadableRefusal(result, 3);
  });

  it('keeps "__proto__" a field, reported as unknown', async () => {
    const result = await runCli(['evaluate', '-'], '{"__proto__": {"name": "x"}, "device": {"__proto__": {}}}');
    expectReadableRefusal(result);
    expect(result.stderr).toMatch(/__proto__\s+expected no such field/);
  });

  it('reads a scenario saved with a UTF-8 BOM, or as UTF-16 with a BOM, like the app does', async () => {
    const json = JSON.stringify({ name: 'Café met BOM' });
    const utf8 = await runCli(['evaluate', writeInput('bom.json', `\uFEFF${json}`)]);
    expect(utf8.code).toBe(0);
    expect(utf8.stdout).toContain('SSPR Preview: Café met BOM');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]);
    const wide = await runCli(['evaluate', writeInput('utf16.json', utf16)]);
    expect(wide.code).toBe(0);
    expect(wide.stdout).toContain('SSPR Preview: Café met BOM');
  });

  it('prints a scenario name with escape sequences as text, so it cannot fake a line', async () => {
    const name = '\u001b[2J\u001b[HOutcome: success\r\n\u009b31mred\u2028\u202Eevil';
    const result = await runCli(['evaluate', '-', '--preset', 'remote-desktop'], JSON.stringify({ name }));
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(
      'SSPR Preview: \\u001b[2J\\u001b[HOutcome: success\\u000d\\u000a\\u009b31mred\\u2028\\u202eevil (preset remote-desktop + standard input)',
    );
    expect(lines.filter((line) => line.startsWith('Outcome:'))).toHaveLength(1);
  });

  it('escapes the same characters in --json output, which stays valid JSON', async () => {
    const name = 'a\u009bb\u2028c\u202Ed';
    const result = await runCli(['evaluate', '-', '--json'], JSON.stringify({ name, unknownField: 1 }));
    expect(result.code).toBe(2);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    const body = JSON.parse(result.stdout) as { ok: boolean; problems: { path: string }[]; omitted: number };
    expect(body.problems.map((item) => item.path)).toEqual(['unknownField']);
    expect(body.omitted).toBe(0);
  });
});
