/**
 * The first position of each case id an audit reads, to find the ids that more than one record
 * carries. An audit of 640,000 cases asks this once per record: a `Map` from id to position
 * spends more time growing its tables, and leaves more for the garbage collector among the
 * records' own hundreds of megabytes, than the check is worth. Here the table is an `Int32Array`
 * of positions (open addressing, linear probing) beside one list of the ids; the ids themselves
 * are compared as strings, so two ids are the same exactly when `===` says so, as with a `Map`.
 * @internal
 */
export class IdPositions {
  /** Per slot, 0 when empty, else the index in `ids` plus 1. */
  private slots: Int32Array;
  private mask: number;
  private readonly ids: string[] = [];
  /** The position given with each id, in the order of `ids` (room for as many ids as the table may hold). */
  private positions: Int32Array;

  /** `expected` sizes the table (a list's length); the table grows past it as needed. */
  constructor(expected = 1024) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.positions = new Int32Array(size / 2 + 1);
  }

  /**
   * The position first given with `id`; if `id` is new, records `position` for it and returns
   * undefined.
   */
  firstOrAdd(id: string, position: number): number | undefined {
    const slots = this.slots;
    const mask = this.mask;
    for (let s = hash(id) & mask; ; s = (s + 1) & mask) {
      const v = slots[s]!;
      if (v === 0) {
        this.positions[this.ids.length] = position;
        this.ids.push(id);
        slots[s] = this.ids.length;
        // At most half full, so that a probe ends soon.
        if (this.ids.length * 2 > slots.length) this.grow();
        return undefined;
      }
      if (this.ids[v - 1] === id) return this.positions[v - 1];
    }
  }

  private grow(): void {
    const size = this.slots.length * 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let i = 0; i < this.ids.length; i++) {
      let s = hash(this.ids[i]!) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = i + 1;
    }
    this.slots = slots;
    this.mask = mask;
    const positions = new Int32Array(size / 2 + 1);
    positions.set(this.positions.subarray(0, this.ids.length));
    this.positions = positions;
  }
}

/** FNV-1a over the UTF-16 code units: cheap for the short ids of case systems, and well spread. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
