/**
 * The audit's table of case ids (src/engine/id-positions.ts) answers as a Map from id to the
 * first position would: it decides which records are set aside as repeats, so it must never
 * confuse two ids or miss a repeat, however many ids it holds or however their hashes collide.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IdPositions } from '../../src/engine/id-positions.js';
import { numRuns } from '../support/fc.js';

/** What a Map gives: the first position of each id, undefined the first time. */
function reference(ids: readonly string[]): (number | undefined)[] {
  const first = new Map<string, number>();
  return ids.map((id, i) => {
    const at = first.get(id);
    if (at === undefined) first.set(id, i + 1);
    return at;
  });
}

describe('IdPositions: the first position of each id', () => {
  it('property: for any ids (few letters, so that they repeat; any text), the answers a Map gives', () => {
    const id = fc.oneof(fc.stringMatching(/^[ab]{1,4}$/), fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }));
    fc.assert(fc.property(fc.array(id, { maxLength: 300 }), fc.integer({ min: 0, max: 600 }), (ids, expected) => {
      const table = new IdPositions(expected);
      expect(ids.map((x, i) => table.firstOrAdd(x, i + 1))).toEqual(reference(ids));
    }), { numRuns });
  });

  it('grows past its first size: 5,000 ids in a table sized for 1, each repeated once, every repeat found', () => {
    const table = new IdPositions(1);
    const ids = Array.from({ length: 5000 }, (_, i) => `C${i}`);
    expect(ids.map((x, i) => table.firstOrAdd(x, i + 1)).every((a) => a === undefined)).toBe(true);
    expect(ids.map((x) => table.firstOrAdd(x, 0))).toEqual(ids.map((_, i) => i + 1));
  });

  it('ids that differ only in case, in spacing or as number and text are different ids', () => {
    const table = new IdPositions();
    expect(['C1', 'c1', 'C1 ', ' C1', '1', '01'].map((x, i) => table.firstOrAdd(x, i + 1))).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(table.firstOrAdd('c1', 9)).toBe(2);
  });
});
