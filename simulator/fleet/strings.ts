// Per-row text (device name, user, ids, last check-in) kept as UTF-8 bytes in one growing buffer: a million rows
// hold no million string objects (nor the file chunks those strings would be sliced from), and the buffers can be
// handed from a worker to the page without copying.

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

  /** The same as push([...]), without building an array and a joined string per row (no garbage per row). */
  pushSix(a: string, b: string, c: string, d: string, e: string, f: string): void {
    const most = (a.length + b.length + c.length + d.length + e.length + f.length) * 3 + 6;
    if (this.used + most > this.bytes.length) this.growBytes(this.used + most);
    this.write(a);
    this.bytes[this.used++] = SEPARATOR_BYTE;
    this.write(b);
    this.bytes[this.used++] = SEPARATOR_BYTE;
    this.write(c);
    this.bytes[this.used++] = SEPARATOR_BYTE;
    this.write(d);
    this.bytes[this.used++] = SEPARATOR_BYTE;
    this.write(e);
    this.bytes[this.used++] = SEPARATOR_BYTE;
    this.write(f);
    this.endRow();
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

  /** Trimmed copies, ready to transfer. */
  data(): RowTextData {
    return {
      bytes: this.bytes.slice(0, this.used),
      ends: this.ends.slice(0, this.count),
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
