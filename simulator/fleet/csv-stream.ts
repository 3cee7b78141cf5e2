// Bytes of a CSV export → records, a chunk at a time, so a million-row file is never one string in memory.
// The head of the file goes through the shared strict decoder (BOM, UTF-16 LE/BE, binary, bad bytes); the rest is
// decoded with the encoding it found, as strictly. Papa Parse's core parser splits records (quoted fields with
// separators, quotes and line breaks; CRLF, LF or CR) over chunks the way its own streamers do: the unfinished last
// record of a chunk is carried into the next one.
import Papa from 'papaparse';
import { decodeText, type TextEncodingName } from '../input/text';
import { FleetInputError, fleetProblem } from './errors';

/** How much of the file's head the strict decoder sees before records are read. */
const HEAD_BYTES = 64 * 1024;
/** One record longer than this is an unclosed quote or not a CSV file: refused rather than buffered forever. */
export const MAX_RECORD_CHARS = 1024 * 1024;

export interface CsvRecordSink {
  /** The header row (first non-empty record). */
  header(cells: string[], info: { encoding: TextEncodingName; delimiter: string }): void;
  /** Data records in file order; `lineOf(i)` gives the physical line where rows[i] starts (computed on demand). */
  rows(rows: string[][], lineOf: (index: number) => number): void;
}

export interface CsvStreamOptions {
  /** File name for messages. */
  label: string;
  sink: CsvRecordSink;
}

function utf8Boundary(bytes: Uint8Array, end: number): number {
  let at = end;
  while (at > 0 && end - at < 4 && (bytes[at] & 0xc0) === 0x80) at--;
  return at;
}

/** Cut the head at a line end so no character is split (UTF-8, or UTF-16 by its byte pattern). */
function headCut(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length, HEAD_BYTES);
  if (limit === bytes.length) return limit;
  for (let i = limit - 1; i > 0; i--) {
    if (bytes[i] !== 0x0a) continue;
    if (bytes[i + 1] === 0x00) return i + 2; // UTF-16 LE "\n\0"
    if (bytes[i - 1] === 0x00) return i + 1; // UTF-16 BE "\0\n"
    return i + 1;
  }
  return utf8Boundary(bytes, limit);
}

function detectDelimiter(firstLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const candidate of [',', ';', '\t']) {
    let count = 0;
    let quoted = false;
    for (const char of firstLine) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && char === candidate) count++;
    }
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}

function detectNewline(text: string): '\r\n' | '\n' | '\r' {
  const lf = text.indexOf('\n');
  if (lf > 0 && text[lf - 1] === '\r') return '\r\n';
  if (lf === -1 && text.includes('\r')) return '\r';
  return '\n';
}

function countChar(text: string, char: string, end: number): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1 && at < end; at = text.indexOf(char, at + 1)) count++;
  return count;
}

/** Push bytes as they arrive, then finish(). Errors are thrown as FleetInputError with the line where they are. */
export class CsvByteStream {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private decoder: TextDecoder | null = null;
  private encoding: TextEncodingName = 'utf-8';
  private bytesSeen = 0;
  private parser: Papa.Parser | null = null;
  private delimiter = ',';
  private newline: '\r\n' | '\n' | '\r' = '\n';
  private partial = '';
  private baseIndex = 0;
  /** Physical line (1-based) where `partial` starts. */
  private line = 1;
  private headerSeen = false;
  private finished = false;

  constructor(private readonly options: CsvStreamOptions) {}

  push(bytes: Uint8Array): void {
    if (this.finished) throw new Error('CsvByteStream: push after finish');
    if (!this.decoder) {
      this.pending.push(bytes);
      this.pendingBytes += bytes.length;
      if (this.pendingBytes >= HEAD_BYTES) this.start(false);
      return;
    }
    this.decodeAndParse(bytes, false);
  }

  finish(): void {
    if (this.finished) return;
    if (!this.decoder) this.start(true);
    this.decodeAndParse(new Uint8Array(0), true);
    this.finished = true;
    if (!this.headerSeen) throw new FleetInputError(this.options.label, fleetProblem('empty', {}));
  }

  private start(final: boolean): void {
    const head = concat(this.pending, this.pendingBytes);
    this.pending = [];
    const cut = final ? head.length : headCut(head);
    const checked = decodeText(head.subarray(0, cut), { label: this.options.label, maxBytes: Number.MAX_SAFE_INTEGER });
    if (!checked.ok)
      throw new FleetInputError(
        this.options.label,
        fleetProblem(checked.reason === 'binary' ? 'binary' : 'invalidText', { kind: 'csv' }),
      );
    this.encoding = checked.encoding;
    const name = checked.encoding === 'utf-8-bom' ? 'utf-8' : checked.encoding;
    this.decoder = new TextDecoder(name, { fatal: true, ignoreBOM: false });
    this.decodeAndParse(head, final);
  }

  private decodeAndParse(bytes: Uint8Array, final: boolean): void {
    let text: string;
    try {
      text = this.decoder!.decode(bytes, { stream: !final });
    } catch {
      throw new FleetInputError(
        this.options.label,
        fleetProblem('invalidTextAt', {
          encoding: this.encoding.replace('-bom', '').toUpperCase(),
          byte: this.bytesSeen,
        }),
        { line: this.line },
      );
    }
    this.bytesSeen += bytes.length;
    if (/[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/.test(text))
      throw new FleetInputError(this.options.label, fleetProblem('binary', { kind: 'csv' }), { line: this.line });
    this.parseText(text, final);
  }

  private ensureParser(text: string): void {
    if (this.parser) return;
    const start = this.partial + text;
    const trimmed = start.replace(/^[\r\n]+/, '');
    this.newline = detectNewline(trimmed);
    const firstLineEnd = trimmed.indexOf(this.newline);
    this.delimiter = detectDelimiter(firstLineEnd === -1 ? trimmed : trimmed.slice(0, firstLineEnd));
    this.parser = new Papa.Parser({ delimiter: this.delimiter, newline: this.newline, quoteChar: '"' });
  }

  private parseText(text: string, final: boolean): void {
    if (!text && !final) return;
    this.ensureParser(text);
    const aggregate = this.partial + text;
    const results = this.parser!.parse(aggregate, this.baseIndex, !final) as Papa.ParseResult<string[]>;
    const consumed = results.meta.cursor - this.baseIndex;
    if (final && results.errors.length > 0) {
      const error = results.errors[0];
      const rowIndex = error.row ?? results.data.length;
      const code = error.code === 'InvalidQuotes' ? 'malformedQuote' : 'unclosedQuote';
      throw new FleetInputError(this.options.label, fleetProblem(code, {}), {
        line: this.lineIn(aggregate, rowIndex),
      });
    }
    const lineAtStart = this.line;
    const rows = results.data;
    this.deliver(rows, (index) => this.lineFrom(aggregate, lineAtStart, index));
    this.line = lineAtStart + countChar(aggregate, this.newline[this.newline.length - 1], consumed);
    this.partial = final ? '' : aggregate.substring(consumed);
    this.baseIndex = results.meta.cursor;
    if (this.partial.length > MAX_RECORD_CHARS)
      throw new FleetInputError(this.options.label, fleetProblem('recordTooLong', { maxChars: MAX_RECORD_CHARS }), {
        line: this.line,
      });
  }

  private lineIn(aggregate: string, rowIndex: number): number {
    return this.lineFrom(aggregate, this.line, rowIndex);
  }

  /** The line where record `index` of this aggregate starts: re-parse up to it (only when a message needs it). */
  private lineFrom(aggregate: string, lineAtStart: number, index: number): number {
    let seen = 0;
    let offset = 0;
    if (index > 0) {
      // The core parser calls step with the result only; it stops through its own abort().
      const finder: Papa.Parser = new Papa.Parser({
        delimiter: this.delimiter,
        newline: this.newline,
        step: (result: Papa.ParseStepResult<string[]>) => {
          seen++;
          offset = result.meta.cursor;
          if (seen >= index) finder.abort();
        },
      });
      finder.parse(aggregate, 0, false);
    }
    return lineAtStart + countChar(aggregate, this.newline[this.newline.length - 1], offset);
  }

  private deliver(rows: string[][], lineOf: (index: number) => number): void {
    let first = 0;
    if (!this.headerSeen) {
      while (first < rows.length && isBlank(rows[first])) first++;
      if (first === rows.length) return;
      this.headerSeen = true;
      this.options.sink.header(rows[first], { encoding: this.encoding, delimiter: this.delimiter });
      first++;
    }
    const data = first === 0 ? rows : rows.slice(first);
    if (data.length > 0) this.options.sink.rows(data, (index) => lineOf(index + first));
  }
}

export function isBlank(row: readonly string[]): boolean {
  return row.length === 1 && row[0].trim() === '';
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Reads a whole byte array through the stream in slices (what the CLI, the worker and the tests use). */
export function streamBytes(
  stream: CsvByteStream,
  bytes: Uint8Array,
  sliceBytes = 4 * 1024 * 1024,
  onProgress?: (done: number) => void,
): void {
  for (let at = 0; at < bytes.length; at += sliceBytes) {
    stream.push(bytes.subarray(at, Math.min(bytes.length, at + sliceBytes)));
    onProgress?.(Math.min(bytes.length, at + sliceBytes));
  }
  stream.finish();
}
