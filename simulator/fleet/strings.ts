// Per-row text (device name, user, ids, last check-in) kept as UTF-8 bytes in one growing buffer: a million rows
// hold no million string objects (nor the file chunks those strings would be sliced from), and the buffers can be
// handed from a worker to the page without copying.
import { idHash } from './id-set';

/** Separates a row's fields inside the buffer; the CSV reader refuses control characters, so no field contains it. */
const FIELD_SEPARATOR = '\u001f';
const SEPARATOR_BYTE = 0x1f;

export interface RowTextData {
  bytes: Uint8Array;
  /** End offset of row i's bytes (row i starts at ends[i - 1], or 0). */
  ends: Uint32Array;
  count: number;
  fields: readonly string[];
}

export class RowText {
  private bytes: Uint8Array;
  private ends: Uint32Array;
  private used = 0;
  count = 0;
  private readonly encoder = new TextEncoder();

  /** Sized up front when the input's size is known: no copies while growing, no large reallocations to collect. */
  constructor(
    readonly fields: readonly string[],
    initialBytes = 1 << 16,
    initialRows = 1 << 12,
  ) {
    this.bytes = new Uint8Array(Math.max(1 << 16, initialBytes));
    this.ends = new Uint32Array(Math.max(1 << 12, initialRows));
  }

  push(values: readonly string[]): void {
    const text = values.join(FIELD_SEPARATOR);
    // Worst case three bytes per UTF-16 unit.
    if (this.used + text.length * 3 > this.bytes.length) this.growBytes(this.used + text.length * 3);
    const { written } = this.encoder.encodeInto(text, this.bytes.subarray(this.used));
    this.used += written;
    if (this.count === this.ends.length) {
      const next = new Uint32Array(this.ends.length * 2);
      next.set(this.ends);
      this.ends = next;
    }
    this.ends[this.count++] = this.used;
  }

  private growBytes(atLeast: number): void {
    let size = this.bytes.length * 2;
    while (size < atLeast) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.bytes.subarray(0, this.used));
    this.bytes = next;
  }

  /**
   * The same as push([...]), without building an array and a joined string per row (no garbage per row). Returns
   * idHash(c) (FNV-1a, ASCII letters folded), worked out while c is copied rather than in a second pass.
   */
  pushSix(a: string, b: string, c: string, d: string, e: string, f: string): number {
    const most = (a.length + b.length + c.length + d.length + e.length + f.length) * 3 + 6;
    if (this.used + most > this.bytes.length) this.growBytes(this.used + most);
    this.write(a);
    this.bytes[this.used++] = SEPARATOR_BYTE;
    this.write(b);
    this.bytes[this.used++] = SEPARATOR_BYTE;
    const hash = this.writeHashed(c);
    this.bytes[this.used++] = SEPARATOR_BYTE;
    this.write(d);
    this.bytes[this.used++] = SEPARATOR_BYTE;
    this.write(e);
    this.bytes[this.used++] = SEPARATOR_BYTE;
    this.write(f);
    this.endRow();
    return hash;
  }

  /** write(text), returning idHash(text). */
  private writeHashed(text: string): number {
    const bytes = this.bytes;
    let at = this.used;
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) {
        this.used += this.encoder.encodeInto(text, bytes.subarray(this.used)).written;
        return idHash(text);
      }
      bytes[at++] = code;
      hash = Math.imul(hash ^ (code >= 65 && code <= 90 ? code | 0x20 : code), 0x01000193);
    }
    this.used = at;
    return hash >>> 0;
  }

  /** ASCII byte by byte; anything else through the encoder. */
  private write(text: string): void {
    const bytes = this.bytes;
    let at = this.used;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) {
        this.used += this.encoder.encodeInto(text, bytes.subarray(this.used)).written;
        return;
      }
      bytes[at++] = code;
    }
    this.used = at;
  }

  private endRow(): void {
    if (this.count === this.ends.length) {
      const next = new Uint32Array(this.ends.length * 2);
      next.set(this.ends);
      this.ends = next;
    }
    this.ends[this.count++] = this.used;
  }

  /** One field of a row already pushed (for checks while reading). */
  field(index: number, fieldIndex: number): string {
    const start = index === 0 ? 0 : this.ends[index - 1];
    return decoder.decode(this.bytes.subarray(start, this.ends[index])).split(FIELD_SEPARATOR)[fieldIndex] ?? '';
  }

  /** Ready to transfer: trimmed copies, or views when at most a quarter of the buffer is spare (no copying then). */
  data(): RowTextData {
    const fit = <T extends Uint8Array | Uint32Array>(array: T, length: number): T =>
      (length * 4 >= array.length * 3 ? array.subarray(0, length) : array.slice(0, length)) as T;
    return {
      bytes: fit(this.bytes, this.used),
      ends: fit(this.ends, this.count),
      count: this.count,
      fields: this.fields,
    };
  }
}

const decoder = new TextDecoder();

/** The fields of row `index`, in `data.fields` order. */
export function rowFields(data: RowTextData, index: number): string[] {
  const start = index === 0 ? 0 : data.ends[index - 1];
  return decoder.decode(data.bytes.subarray(start, data.ends[index])).split(FIELD_SEPARATOR);
}

export function rowField(data: RowTextData, index: number, field: string): string {
  return rowFields(data, index)[data.fields.indexOf(field)] ?? '';
}
