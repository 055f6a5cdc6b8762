/**
 * The elements (or CSV columns) a reader does not know, counted per path so that each is reported
 * once with how often it occurred and where it was first seen: a vendor's extra element is worth one
 * line in a report, not one per person, and never stops the reading.
 */

import type { Sen2Source, Sen2UnknownElement } from './model.js';

/** A running count of unknown elements by path. */
export class UnknownElementTally {
  private readonly byPath = new Map<string, { count: number; first: Sen2Source | undefined }>();

  /** Counts one more occurrence of `path`, remembering where the first was. */
  count(path: string, where: Sen2Source | undefined, times = 1): void {
    const seen = this.byPath.get(path);
    if (seen === undefined) this.byPath.set(path, { count: times, first: where });
    else seen.count += times;
  }

  /** Every path counted, in the order first seen. */
  list(): Sen2UnknownElement[] {
    return [...this.byPath].map(([path, { count, first }]) => (first === undefined ? { path, count } : { path, count, first }));
  }
}
