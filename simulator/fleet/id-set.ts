// The duplicate-device check for a million rows without a million Map entries: open addressing over two typed
// arrays (hash, row + 1). Equal hashes are confirmed by comparing the ids themselves, which the caller provides.

/** FNV-1a over the id with ASCII letters folded to lower case (ids are compared case-insensitively). */
export function idHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) code |= 0x20;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash >>> 0;
}

export class RowIdSet {
  /** Slot i is (hash, row + 1) at [2i, 2i + 1]: one cache line per probe, not two arrays' worth. */
  private slots: Uint32Array;
  private size = 0;

  /** Sized for `expectedRows` up front when known (no rehash while reading). */
  constructor(expectedRows = 0) {
    let capacity = 1 << 16;
    while (capacity < expectedRows * 2) capacity *= 2;
    this.slots = new Uint32Array(capacity * 2);
  }

  /**
   * Adds `row` under `hash`; returns the earlier row whose id `ids.sameId(earlier, id)` confirms as equal, or -1.
   * Rows are stored + 1 so that 0 marks an empty slot. (An object and the id rather than a callback: no closure per row.)
   */
  addOrFind(hash: number, row: number, id: string, ids: { sameId(earlier: number, id: string): boolean }): number {
    if ((this.size + 1) * 4 > this.slots.length) this.grow();
    const slots = this.slots;
    const mask = (slots.length >>> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = slots[2 * slot + 1];
      if (stored === 0) {
        slots[2 * slot] = hash;
        slots[2 * slot + 1] = row + 1;
        this.size++;
        return -1;
      }
      if (slots[2 * slot] === hash && ids.sameId(stored - 1, id)) return stored - 1;
    }
  }

  private grow(): void {
    const old = this.slots;
    const slots = (this.slots = new Uint32Array(old.length * 2));
    const mask = (slots.length >>> 1) - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === 0) continue;
      let slot = old[i] & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[i];
      slots[2 * slot + 1] = old[i + 1];
    }
  }
}
