// Writing .reg files (Registry Editor Version 5.00) that import exactly what they say. Each line is one statement,
// so nothing may add a line: string data with `\` and `"` is escaped, data with a line break, another control
// character or a non-ASCII character is written as hex(1) (the same REG_SZ, as UTF-16LE bytes), and key paths or value
// names that cannot be written on one ASCII line are refused. The file stays ASCII, so regedit reads it the same way
// as ANSI or as UTF-8.

export const REG_FILE_HEADER = 'Windows Registry Editor Version 5.00';
/** Regedit expects Windows line ends; CRLF is what regedit itself writes. */
export const REG_LINE_END = '\r\n';

export type RegValue = { name: string; type: 'dword'; data: number } | { name: string; type: 'string'; data: string };

export interface RegKey {
  /** Full path starting with the hive, e.g. HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\AzureADAccount. */
  path: string;
  values: readonly RegValue[];
  /** Comment lines written above the key. */
  comments?: readonly string[];
}

const HIVES = [
  'HKEY_LOCAL_MACHINE',
  'HKEY_CURRENT_USER',
  'HKEY_CLASSES_ROOT',
  'HKEY_USERS',
  'HKEY_CURRENT_CONFIG',
] as const;

const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;
const MAX_KEY_NAME = 255;
const MAX_VALUE_NAME = 16383;

/** Formats a DWORD the way regedit exports it: eight lower-case hex digits. */
export function formatDword(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    throw new RangeError(`A DWORD is an integer from 0 to 4294967295, got ${value}`);
  }
  return `dword:${value.toString(16).padStart(8, '0')}`;
}

function requireOneAsciiLine(text: string, what: string): void {
  if (!PRINTABLE_ASCII.test(text)) {
    throw new RangeError(
      `${what} holds a line break, a control character or a non-ASCII character: ${JSON.stringify(text)}`,
    );
  }
}

/** `[path]` for a key. A leading '-' would delete the key, so the path must start with a hive name. */
export function regKeyLine(path: string): string {
  requireOneAsciiLine(path, 'A registry key path');
  const [hive, ...names] = path.split('\\');
  if (!(HIVES as readonly string[]).includes(hive) || names.length === 0) {
    throw new RangeError(`A registry key path starts with a hive (HKEY_LOCAL_MACHINE…) and names a key: ${path}`);
  }
  if (names.some((name) => name.length === 0 || name.length > MAX_KEY_NAME)) {
    throw new RangeError(`Every key name in a registry path has 1 to ${MAX_KEY_NAME} characters: ${path}`);
  }
  if (path.includes(']')) throw new RangeError(`A registry key path for a .reg file cannot hold "]": ${path}`);
  return `[${path}]`;
}

function quoted(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `"name"` or `@` for the default value. */
export function regValueName(name: string): string {
  if (name === '') return '@';
  requireOneAsciiLine(name, 'A registry value name');
  if (name.length > MAX_VALUE_NAME)
    throw new RangeError(`A registry value name has at most ${MAX_VALUE_NAME} characters`);
  return quoted(name);
}

/** REG_SZ as UTF-16LE bytes with its terminating NUL, the way regedit writes hex(1). */
function hexString(data: string): string {
  const bytes: string[] = [];
  for (let index = 0; index < data.length; index += 1) {
    const unit = data.charCodeAt(index);
    bytes.push((unit & 0xff).toString(16).padStart(2, '0'), (unit >> 8).toString(16).padStart(2, '0'));
  }
  bytes.push('00', '00');
  return `hex(1):${bytes.join(',')}`;
}

/** The data part of a value line. */
export function regValueData(value: RegValue): string {
  if (value.type === 'dword') return formatDword(value.data);
  return PRINTABLE_ASCII.test(value.data) ? quoted(value.data) : hexString(value.data);
}

/** A comment line: anything outside printable ASCII shown as [U+XXXX], so it stays one line. */
export function regComment(text: string): string {
  const safe = text.replace(
    /[^\x20-\x7E]/g,
    (char) => `[U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`,
  );
  return `; ${safe}`;
}

/** A whole .reg file. Comments before the first key go in `preamble`. */
export function buildRegFile(keys: readonly RegKey[], preamble: readonly string[] = []): string {
  const lines = [REG_FILE_HEADER, '', ...preamble.map(regComment)];
  for (const key of keys) {
    lines.push(...(key.comments ?? []).map(regComment), regKeyLine(key.path));
    for (const value of key.values) lines.push(`${regValueName(value.name)}=${regValueData(value)}`);
  }
  lines.push('');
  return lines.join(REG_LINE_END);
}
