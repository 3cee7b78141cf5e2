// .reg files built from hostile names: each key, value name and value comes back unchanged from a parser of regedit's
// syntax, the file keeps one statement per line, and what cannot be written safely is refused.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildRegFile, regComment, type RegKey } from '../../../simulator/exports/index';
import { HOSTILE_STRINGS } from './hostile-strings';

interface ParsedKey {
  path: string;
  values: Record<string, string | number>;
}

/** Reads a quoted .reg string starting at `at` (the opening quote); returns the value and the index after it. */
function readQuoted(line: string, at: number): [string, number] {
  expect(line[at]).toBe('"');
  let value = '';
  for (let index = at + 1; index < line.length; index += 1) {
    const char = line[index];
    if (char === '\\') {
      value += line[index + 1];
      index += 1;
    } else if (char === '"') {
      return [value, index + 1];
    } else value += char;
  }
  throw new Error(`Unclosed string: ${line}`);
}

function readData(data: string): string | number {
  if (data.startsWith('dword:')) return parseInt(data.slice(6), 16);
  if (data.startsWith('hex(1):')) {
    const bytes = data
      .slice(7)
      .split(',')
      .map((byte) => parseInt(byte, 16));
    expect(bytes.slice(-2)).toEqual([0, 0]);
    let text = '';
    for (let index = 0; index < bytes.length - 2; index += 2)
      text += String.fromCharCode(bytes[index] | (bytes[index + 1] << 8));
    return text;
  }
  const [value, end] = readQuoted(data, 0);
  expect(end).toBe(data.length);
  return value;
}

/** A parser of the .reg statements this app writes: header, comments, [key] lines and name=data lines. */
function parseReg(text: string): ParsedKey[] {
  expect(text).toMatch(/^[\x20-\x7e\r\n]*$/);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
  const keys: ParsedKey[] = [];
  for (const line of lines.slice(1)) {
    if (line === '' || line.startsWith(';')) continue;
    if (line.startsWith('[')) {
      expect(line.endsWith(']')).toBe(true);
      expect(line[1]).not.toBe('-');
      keys.push({ path: line.slice(1, -1), values: {} });
      continue;
    }
    const [name, end] = line.startsWith('@=') ? ['', 1] : readQuoted(line, 0);
    expect(line[end]).toBe('=');
    keys.at(-1)!.values[name] = readData(line.slice(end + 1));
  }
  return keys;
}

const PATH = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso';

describe('.reg encoding', () => {
  it.each(HOSTILE_STRINGS.map((value) => [JSON.stringify(value), value]))(
    'string data %s comes back unchanged on one line',
    (_label, value) => {
      const file = buildRegFile([{ path: PATH, values: [{ name: 'Data', type: 'string', data: value }] }], [value]);
      expect(parseReg(file)).toEqual([{ path: PATH, values: { Data: value } }]);
    },
  );

  it('escapes backslashes and quotes in names and data, and writes the default value as @', () => {
    const file = buildRegFile([
      {
        path: PATH,
        values: [
          { name: 'a\\"b', type: 'string', data: 'C:\\Temp\\"x"' },
          { name: '', type: 'dword', data: 7 },
        ],
      },
    ]);
    expect(file).toContain('"a\\\\\\"b"="C:\\\\Temp\\\\\\"x\\""\r\n@=dword:00000007\r\n');
    expect(parseReg(file)[0].values).toEqual({ 'a\\"b': 'C:\\Temp\\"x"', '': 7 });
  });

  it('writes data with line breaks or non-ASCII characters as hex(1), the same REG_SZ', () => {
    const file = buildRegFile([{ path: PATH, values: [{ name: 'N', type: 'string', data: 'a\r\nb' }] }]);
    expect(file).toContain('"N"=hex(1):61,00,0d,00,0a,00,62,00,00,00\r\n');
  });

  it('refuses key paths and value names that cannot stay one ASCII line, or that would delete a key', () => {
    const bad: RegKey[] = [
      { path: `${PATH}\\x\r\n[HKEY_LOCAL_MACHINE\\y]`, values: [] },
      { path: `${PATH}\\caf\u00e9`, values: [] },
      { path: '-HKEY_LOCAL_MACHINE\\SOFTWARE', values: [] },
      { path: 'HKEY_LOCAL_MACHINE', values: [] },
      { path: `${PATH}\\\\empty`, values: [] },
      { path: `${PATH}\\x]`, values: [] },
      { path: PATH, values: [{ name: 'n\nm', type: 'string', data: '' }] },
      { path: PATH, values: [{ name: 'n\u2028m', type: 'string', data: '' }] },
      { path: PATH, values: [{ name: 'big', type: 'dword', data: 2 ** 32 }] },
    ];
    for (const key of bad) expect(() => buildRegFile([key])).toThrow(RangeError);
  });

  it('keeps comments on one line', () => {
    expect(regComment('a\nb\u2029c\u00e9')).toBe('; a[U+000A]b[U+2029]c[U+00E9]');
  });

  it('round-trips any data and any printable ASCII name (property test)', () => {
    const name = fc.string({ unit: fc.constantFrom(...'ab\\"=[]@; '.split('')), maxLength: 12 });
    fc.assert(
      fc.property(name, fc.string({ unit: 'binary', maxLength: 30 }), (valueName, data) => {
        const file = buildRegFile([{ path: PATH, values: [{ name: valueName, type: 'string', data }] }]);
        expect(parseReg(file)).toEqual([{ path: PATH, values: { [valueName]: data } }]);
      }),
      { seed: 500, numRuns: 500 },
    );
  });
});
