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
  private hashes = new Uint32Array(1 << 16);
  private rows = new Uint32Array(1 << 16);
  private size = 0;

  /**
   * Adds `row` under `hash`; returns the earlier row whose id `ids.sameId(earlier, id)` confirms as equal, or -1.
   * Rows are stored + 1 so that 0 marks an empty slot. (An object and the id rather than a callback: no closure per row.)
   */
  addOrFind(hash: number, row: number, id: string, ids: { sameId(earlier: number, id: string): boolean }): number {
    if ((this.size + 1) * 2 > this.rows.length) this.grow();
    const mask = this.rows.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = this.rows[slot];
      if (stored === 0) {
        this.hashes[slot] = hash;
        this.rows[slot] = row + 1;
        this.size++;
        return -1;
      }
      if (this.hashes[slot] === hash && ids.sameId(stored - 1, id)) return stored - 1;
    }
  }

  private grow(): void {
    const oldHashes = this.hashes;
    const oldRows = this.rows;
    this.hashes = new Uint32Array(oldRows.length * 2);
    this.rows = new Uint32Array(oldRows.length * 2);
    const mask = this.rows.length - 1;
    for (let i = 0; i < oldRows.length; i++) {
      if (oldRows[i] === 0) continue;
      let slot = oldHashes[i] & mask;
      while (this.rows[slot] !== 0) slot = (slot + 1) & mask;
      this.hashes[slot] = oldHashes[i];
      this.rows[slot] = oldRows[i];
    }
  }
}
