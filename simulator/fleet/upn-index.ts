// User principal name → users-file code, for a devices file's million lookups: open addressing over typed arrays, so
// 200,000 users are no 200,000 strings and map entries for every garbage collection to walk, and a lookup allocates
// nothing. Names match as `toLowerCase()` would: ASCII letters are folded while hashing and comparing; a name with any
// other character is lowered first (rare; user principal names are ASCII in practice).

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 units with A–Z folded to a–z. */
function foldedHash(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) code |= 0x20;
    hash = Math.imul(hash ^ code, FNV_PRIME);
  }
  return hash >>> 0;
}

export class UpnIndex {
  /** Every key's lower-case UTF-16 units, back to back; key i ends at ends[i] (starts at ends[i - 1], or 0). */
  private units = new Uint16Array(1 << 16);
  private ends = new Uint32Array(1 << 12);
  private codes = new Uint32Array(1 << 12);
  private used = 0;
  private count = 0;
  /** Slot i is (the key's hash, its entry + 1; 0 = empty) at [2i, 2i + 1]: one cache line per probe. */
  private slots = new Uint32Array(2 << 13);

  get size(): number {
    return this.count;
  }

  /** Adds a name already in lower case; false when it is there already. */
  add(lowered: string, code: number): boolean {
    const hash = foldedHash(lowered);
    if (this.find(lowered, hash) >= 0) return false;
    if ((this.count + 1) * 4 > this.slots.length) this.growSlots();
    if (this.used + lowered.length > this.units.length) this.units = grown(this.units, this.used + lowered.length);
    if (this.count === this.ends.length) {
      this.ends = grown(this.ends, this.count + 1);
      this.codes = grown(this.codes, this.count + 1);
    }
    for (let i = 0; i < lowered.length; i++) this.units[this.used++] = lowered.charCodeAt(i);
    this.ends[this.count] = this.used;
    this.codes[this.count] = code;
    this.count++;
    this.place(hash, this.count);
    return true;
  }

  /** The code of `upn` in any case, or -1. */
  get(upn: string): number {
    let hash = FNV_OFFSET;
    for (let i = 0; i < upn.length; i++) {
      let code = upn.charCodeAt(i);
      if (code >= 0x80) {
        const lowered = upn.toLowerCase();
        return this.find(lowered, foldedHash(lowered));
      }
      if (code >= 65 && code <= 90) code |= 0x20;
      hash = Math.imul(hash ^ code, FNV_PRIME);
    }
    return this.find(upn, hash >>> 0);
  }

  private find(text: string, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >>> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot + 1];
      if (entry === 0) return -1;
      if (slots[2 * slot] === hash && this.equals(entry - 1, text)) return this.codes[entry - 1];
    }
  }

  /** Key `entry` equals `text` with A–Z folded (keys hold no upper-case ASCII). */
  private equals(entry: number, text: string): boolean {
    const start = entry === 0 ? 0 : this.ends[entry - 1];
    if (this.ends[entry] - start !== text.length) return false;
    const units = this.units;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code >= 65 && code <= 90) code |= 0x20;
      if (units[start + i] !== code) return false;
    }
    return true;
  }

  private place(hash: number, entryPlusOne: number): void {
    const slots = this.slots;
    const mask = (slots.length >>> 1) - 1;
    let slot = hash & mask;
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = entryPlusOne;
  }

  private growSlots(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) if (old[i + 1] !== 0) this.place(old[i], old[i + 1]);
  }
}

function grown<T extends Uint16Array | Uint32Array>(array: T, atLeast: number): T {
  let size = array.length * 2;
  while (size < atLeast) size *= 2;
  const next = new (array.constructor as new (length: number) => T)(size);
  next.set(array);
  return next;
}
