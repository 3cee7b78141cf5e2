// Registry exports as Windows writes them: `.reg` files from regedit and `reg export` (UTF-16 LE with a BOM,
// "Windows Registry Editor Version 5.00" or "REGEDIT4", dword:, hex(b): for QWORD, hex(2)/hex(7) for expandable and
// multi strings, continuation lines ending in a backslash, ";" comments) and the text `reg query` prints. Only the
// values the rules read become facts; values of other keys are counted, and a file with none of the rules' keys says so.
import { splitLines } from '../input/text';
import { isRelevantKey, locationFor, normaliseKey } from './locations';
import { admxListFrom, principalsFrom } from './policy-values';
import { provenance, warning, type CoveredKey, type Fact, type ReaderResult, type ReaderWarning } from './types';

interface RawValue {
  key: string;
  name: string;
  type: string;
  data: string | number | string[] | null;
  line: number;
  raw: string;
}

const REG_HEADER = /^(Windows Registry Editor Version 5\.00|REGEDIT4)\s*$/i;
const REG_QUERY_TYPES =
  /^(REG_SZ|REG_EXPAND_SZ|REG_MULTI_SZ|REG_DWORD|REG_QWORD|REG_BINARY|REG_NONE|REG_DWORD_BIG_ENDIAN|REG_LINK|REG_RESOURCE_LIST|REG_FULL_RESOURCE_DESCRIPTOR|REG_RESOURCE_REQUIREMENTS_LIST)$/;
const HIVE =
  /^(HKEY_LOCAL_MACHINE|HKEY_CURRENT_USER|HKEY_USERS|HKEY_CLASSES_ROOT|HKEY_CURRENT_CONFIG|HKLM|HKCU)(\\|$)/i;

export function looksLikeRegistry(text: string): boolean {
  const head = text
    .slice(0, 4000)
    .replace(/^\uFEFF/, '')
    .trimStart();
  return REG_HEADER.test(head.split(/\r?\n|\r/)[0] ?? '') || /^HKEY_[A-Z_]+\\/m.test(head);
}

function unescapeRegString(body: string): string | null {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char === '\\') {
      const next = body[i + 1];
      if (next === undefined) return null;
      out += next === 'n' ? '\n' : next === 'r' ? '\r' : next;
      i++;
    } else if (char === '"') return null;
    else out += char;
  }
  return out;
}

function hexBytes(list: string): number[] | null {
  const parts = list
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const bytes: number[] = [];
  for (const part of parts) {
    if (!/^[0-9a-f]{1,2}$/i.test(part)) return null;
    bytes.push(parseInt(part, 16));
  }
  return bytes;
}

function utf16Strings(bytes: number[]): string[] {
  let text = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) text += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
  return text.split('\u0000');
}

/** Decodes the data part of a .reg value line ("dword:00000001", "\"text\"", "hex(7):…"). */
function decodeRegData(data: string): { type: string; data: RawValue['data'] } | null {
  if (data === '-') return { type: 'DELETED', data: null };
  if (data.startsWith('"')) {
    if (!data.endsWith('"') || data.length < 2) return null;
    const text = unescapeRegString(data.slice(1, -1));
    return text === null ? null : { type: 'REG_SZ', data: text };
  }
  const dword = /^dword:([0-9a-f]{1,8})$/i.exec(data);
  if (dword) return { type: 'REG_DWORD', data: parseInt(dword[1], 16) };
  const hex = /^hex(?:\(([0-9a-f]+)\))?:(.*)$/i.exec(data);
  if (!hex) return null;
  const bytes = hexBytes(hex[2]);
  if (!bytes) return null;
  const kind = hex[1]?.toLowerCase();
  if (kind === 'b' && bytes.length === 8) {
    const low = bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24);
    const high = bytes[4] | (bytes[5] << 8) | (bytes[6] << 16) | (bytes[7] << 24);
    return { type: 'REG_QWORD', data: high * 2 ** 32 + (low >>> 0) };
  }
  if (kind === '4' && bytes.length === 4) {
    return { type: 'REG_DWORD', data: (bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24)) >>> 0 };
  }
  if (kind === '2') return { type: 'REG_EXPAND_SZ', data: utf16Strings(bytes)[0] ?? '' };
  if (kind === '7') return { type: 'REG_MULTI_SZ', data: utf16Strings(bytes).filter((item) => item !== '') };
  if (kind === '1') return { type: 'REG_SZ', data: utf16Strings(bytes)[0] ?? '' };
  return {
    type: kind === undefined ? 'REG_BINARY' : `hex(${kind})`,
    data: bytes.map((b) => b.toString(16).padStart(2, '0')).join(','),
  };
}

/** Splits `"name"=data` at the `=` after the closing quote of the name (names may contain escaped quotes and "="). */
function splitRegValueLine(line: string): { name: string; data: string } | null {
  if (line.startsWith('@=')) return { name: '', data: line.slice(2).trim() };
  if (!line.startsWith('"')) return null;
  for (let i = 1; i < line.length; i++) {
    if (line[i] === '\\') {
      i++;
      continue;
    }
    if (line[i] === '"') {
      const name = unescapeRegString(line.slice(1, i));
      const rest = line.slice(i + 1).trimStart();
      if (name === null || !rest.startsWith('=')) return null;
      return { name, data: rest.slice(1).trim() };
    }
  }
  return null;
}

function readRegFile(lines: string[], file: string, warnings: ReaderWarning[]): { values: RawValue[]; keys: string[] } {
  const values: RawValue[] = [];
  const keys: string[] = [];
  let key: string | null = null;
  for (let index = 1; index < lines.length; index++) {
    const start = index;
    let logical = lines[index];
    // A value's data may continue on the next lines when the line ends in a backslash (hex lists).
    while (/\\\s*$/.test(logical) && /^[^;]*=\s*hex/i.test(logical.trimStart()) && index + 1 < lines.length) {
      logical = logical.replace(/\\\s*$/, '') + lines[++index].trim();
    }
    const trimmed = logical.trim();
    const raw = lines[start];
    const line = start + 1;
    if (trimmed === '' || trimmed.startsWith(';')) continue;
    if (trimmed.startsWith('[')) {
      const header = /^\[(-?)(.+)\]$/.exec(trimmed);
      if (!header) {
        warnings.push(warning('unrecognizedLine', `Line ${line} is not a valid [key] line.`, file, { line, raw }));
        key = null;
        continue;
      }
      key = header[1] === '-' ? null : normaliseKey(header[2]);
      if (key) keys.push(key);
      continue;
    }
    const pair = splitRegValueLine(trimmed);
    const decoded = pair ? decodeRegData(pair.data) : null;
    if (!pair || !decoded || key === null) {
      warnings.push(
        warning('unrecognizedLine', `Line ${line} is not a value line of a .reg file.`, file, { line, raw }),
      );
      continue;
    }
    if (decoded.type === 'DELETED') continue;
    values.push({ key, name: pair.name, type: decoded.type, data: decoded.data, line, raw });
  }
  return { values, keys };
}

function decodeQueryData(type: string, data: string): RawValue['data'] {
  if (type === 'REG_DWORD' || type === 'REG_QWORD') {
    const number = /^0x([0-9a-f]+)$/i.exec(data);
    return number ? parseInt(number[1], 16) : null;
  }
  if (type === 'REG_MULTI_SZ') return data.split('\\0').filter((item) => item !== '');
  return data;
}

/**
 * A key header reg query printed with its values (or alone between blank lines, an empty key under /s) shows that
 * key in full. Sub-key names listed one after another under a key (reg query without /s) show nothing of them.
 */
function shownInFull(lines: string[], index: number): boolean {
  const next = (lines[index + 1] ?? '').trim();
  const previous = (lines[index - 1] ?? '').trim();
  if (next !== '' && !HIVE.test(next)) return true;
  return next === '' && previous === '';
}

function readRegQuery(
  lines: string[],
  file: string,
  warnings: ReaderWarning[],
): { values: RawValue[]; keys: string[] } {
  const values: RawValue[] = [];
  const keys: string[] = [];
  let key: string | null = null;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || /^End of search:/i.test(trimmed)) return;
    if (HIVE.test(trimmed)) {
      key = normaliseKey(trimmed);
      if (shownInFull(lines, index)) keys.push(key);
      return;
    }
    if (/^(ERROR|FOUT|FEHLER|ERREUR):/i.test(trimmed)) {
      warnings.push(
        warning('unrecognizedLine', `reg query reported an error on line ${line}: ${trimmed}`, file, { line, raw }),
      );
      return;
    }
    // "    Name    REG_TYPE    data": reg.exe separates the columns with four spaces; names may contain spaces.
    const columns = raw.replace(/^\s+/, '').split(/ {4}|\t/);
    const typeIndex = columns.findIndex((part) => REG_QUERY_TYPES.test(part.trim()));
    if (typeIndex < 1 || key === null) {
      warnings.push(
        warning('unrecognizedLine', `Line ${line} is not a "name  REG_TYPE  data" line.`, file, { line, raw }),
      );
      return;
    }
    const name = columns.slice(0, typeIndex).join('    ').trim();
    const type = columns[typeIndex].trim();
    const data = columns
      .slice(typeIndex + 1)
      .join('    ')
      .trim();
    const defaultName = /^\((Default|Standard|Standaard|par défaut|Predeterminado|Predefinito)\)$/i.test(name);
    values.push({ key, name: defaultName ? '' : name, type, data: decodeQueryData(type, data), line, raw });
  });
  return { values, keys };
}

function coverage(keys: string[], subtree: boolean): CoveredKey[] {
  if (!subtree) return [...new Set(keys)].map((key) => ({ key, subtree: false }));
  // A .reg export holds its root key and every sub-key: the roots are the keys without an ancestor in the file.
  const unique = [...new Set(keys)].sort((a, b) => a.length - b.length);
  const roots: string[] = [];
  for (const key of unique) if (!roots.some((root) => key.startsWith(`${root}\\`))) roots.push(key);
  return roots.map((key) => ({ key, subtree: true }));
}

function toFact(value: RawValue, file: string, warnings: ReaderWarning[]): Fact | null {
  const location = locationFor(value.key, value.name);
  if (!location) return null;
  const where = `${value.key}\\${value.name}`;
  const base = {
    id: location.fact,
    source: 'registry' as const,
    channel: location.channel,
    location: where,
    registryType: value.type,
    provenance: provenance(file, value.line, value.raw),
  };
  const at = { line: value.line, raw: value.raw };
  if (value.data === null) {
    warnings.push(
      warning(
        'unrecognizedValue',
        `${location.value} on line ${value.line} has data that could not be read.`,
        file,
        at,
        { name: location.value },
      ),
    );
    return null;
  }
  if (location.kind === 'flag' || location.kind === 'count') {
    // A policy value of another type is kept as found: the rules report it (a registry value that is not a DWORD).
    if (typeof value.data === 'number') return { ...base, value: value.data };
    if (typeof value.data === 'string' && location.fact.startsWith('policy.')) {
      warnings.push(
        warning('wrongType', `${location.value} is ${value.type}, not REG_DWORD (line ${value.line}).`, file, at, {
          name: location.value,
          type: value.type,
        }),
      );
      return { ...base, value: value.data };
    }
    if (typeof value.data === 'string' && /^\d+$/.test(value.data.trim()))
      return { ...base, value: Number(value.data.trim()) };
    warnings.push(
      warning(
        'wrongType',
        `${location.value} is ${value.type}, not a number (line ${value.line}); ignored.`,
        file,
        at,
        { name: location.value, type: value.type },
      ),
    );
    return null;
  }
  if (location.kind === 'principals' || location.kind === 'admxList') {
    const text = Array.isArray(value.data) ? value.data.join(',') : String(value.data);
    const items = location.kind === 'principals' ? principalsFrom(text) : admxListFrom(text);
    if (items) return { ...base, value: items };
    warnings.push(
      warning(
        'unrecognizedValue',
        `${location.value} on line ${value.line} is not a list this reader knows.`,
        file,
        at,
        {
          label: location.value,
          value: text.slice(0, 80),
        },
      ),
    );
    return null;
  }
  if (location.kind === 'list') {
    const items = Array.isArray(value.data)
      ? value.data
      : String(value.data)
          .split(/[;,]/)
          .map((item) => item.trim())
          .filter(Boolean);
    return { ...base, value: items };
  }
  return { ...base, value: Array.isArray(value.data) ? value.data.join(';') : String(value.data) };
}

export function readRegistry(text: string, file: string): ReaderResult {
  const warnings: ReaderWarning[] = [];
  const lines = splitLines(text.replace(/^\uFEFF/, ''));
  const isRegFile = REG_HEADER.test((lines[0] ?? '').trim());
  const { values, keys } = isRegFile ? readRegFile(lines, file, warnings) : readRegQuery(lines, file, warnings);
  const facts: Fact[] = [];
  const seen = new Map<string, number>();
  for (const value of values) {
    const fact = toFact(value, file, warnings);
    if (!fact) continue;
    const identity = `${fact.id}|${fact.channel}|${fact.location}`;
    const first = seen.get(identity);
    if (first !== undefined) {
      warnings.push(
        warning(
          'duplicate',
          `${value.name} appears again on line ${value.line}; the value on line ${first} is kept.`,
          file,
          { line: value.line, raw: value.raw },
          { label: value.name, first },
        ),
      );
      continue;
    }
    seen.set(identity, value.line);
    facts.push(fact);
  }
  const relevant = keys.filter(isRelevantKey);
  if (keys.length > 0 && relevant.length === 0) {
    warnings.push(
      warning(
        'unrelatedKeys',
        `No key in this file is one the rules read (keys: ${keys.length}, the first is ${keys[0]}).`,
        file,
        undefined,
        {
          count: keys.length,
          first: keys[0],
        },
      ),
    );
  }
  return { source: 'registry', facts, warnings, coveredKeys: coverage(relevant, isRegFile) };
}
