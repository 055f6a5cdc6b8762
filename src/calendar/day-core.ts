/**
 * The calendar core: which days count, as prefix sums, and the reason for each day that does not.
 * The working-day calendars (England and Wales, a council's), the term calendar (school days) and
 * the tribunal's calendar all answer through it, so "is it a working day", "the n-th working day",
 * "how many between" and "why not" are written once.
 *
 * Two kinds of core:
 * - a {@link TableCore}, built once over a range from its recorded non-working days: a prefix sum
 *   of working days and the ordered working days, so every question is one or two array reads;
 * - a {@link ComposedCore}: a base core with sorted closed spans added (a council's closure days,
 *   the holidays and half terms of a term calendar). It keeps no table of its own: each answer is
 *   the base's answer corrected by a binary search over the spans, so making one costs
 *   O(spans), not O(days of the range).
 *
 * Positions count working days from the core's first day: position 0 is its first working day.
 * @internal
 */
import { weekdayOfDay } from '../day/iso.js';
import { SATURDAY, type ClosedSpan, type NonWorkingDay } from './non-working-day.js';

/** @internal */
export interface DayCore {
  readonly firstDay: number;
  readonly lastDay: number;
  /** Working days in the whole range. */
  readonly workingCount: number;
  /** Working days d with firstDay ≤ d ≤ day, for day from firstDay − 1 to lastDay. */
  workingUpTo(day: number): number;
  /** The working day at a position (0 is the first), or undefined past the last. */
  workingAt(position: number): number | undefined;
  /** Whether a day of the range is a working day. */
  isWorking(day: number): boolean;
  /** The recorded reason for a day (weekends have none unless one was recorded). */
  reasonOn(day: number): NonWorkingDay | undefined;
  /** The recorded non-working days in from..to (clamped to the range), in date order. */
  recordedBetween(from: number, to: number): NonWorkingDay[];
}

/** Index of the first element of a sorted array greater than `value` (the count of those ≤ value). */
function upperBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Saturdays and Sundays in from..to, both included, by arithmetic (no day walk).
 * @internal
 */
export function weekendDaysBetween(from: number, to: number): number {
  if (to < from) return 0;
  // Index days from a Monday: day number d is weekday (d + 3) mod 7 counting Monday as 0.
  const through = (d: number): number => {
    const x = d + 3;
    const weeks = Math.floor((x + 1) / 7);
    return 2 * weeks + Math.max(0, x + 1 - weeks * 7 - 5);
  };
  return through(to) - through(from - 1);
}

/**
 * A core built once over its range from its recorded non-working days. A day is a working day when
 * it is a weekday with nothing recorded on it. The one place a range is walked day by day.
 * @internal
 */
export class TableCore implements DayCore {
  readonly workingCount: number;
  /** cum[i] = working days among the first i days of the range. */
  readonly #cum: Int32Array;
  readonly #working: Int32Array;
  readonly #reasons: Map<number, NonWorkingDay>;
  /** The recorded days in date order. */
  readonly #recorded: Int32Array;

  /**
   * @param recorded - The non-working days, in any order; a later entry for the same day replaces
   * an earlier one. Entries outside the range are kept as reasons but change no count.
   */
  constructor(readonly firstDay: number, readonly lastDay: number, recorded: Iterable<NonWorkingDay>) {
    const reasons = new Map<number, NonWorkingDay>();
    for (const r of recorded) reasons.set(r.day, r);
    const size = lastDay - firstDay + 1;
    const cum = new Int32Array(size + 1);
    const working = new Int32Array(size);
    let count = 0;
    for (let i = 0; i < size; i++) {
      const day = firstDay + i;
      if (weekdayOfDay(day) < SATURDAY && !reasons.has(day)) working[count++] = day;
      cum[i + 1] = count;
    }
    this.#cum = cum;
    this.#working = working.subarray(0, count);
    this.workingCount = count;
    this.#reasons = reasons;
    this.#recorded = Int32Array.from(reasons.keys()).sort();
  }

  workingUpTo(day: number): number {
    return this.#cum[day - this.firstDay + 1]!;
  }

  workingAt(position: number): number | undefined {
    return position >= 0 && position < this.workingCount ? this.#working[position]! : undefined;
  }

  isWorking(day: number): boolean {
    const i = day - this.firstDay;
    return this.#cum[i + 1]! !== this.#cum[i]!;
  }

  reasonOn(day: number): NonWorkingDay | undefined {
    return this.#reasons.get(day);
  }

  recordedBetween(from: number, to: number): NonWorkingDay[] {
    const out: NonWorkingDay[] = [];
    for (let k = upperBound(this.#recorded, from - 1); k < this.#recorded.length && this.#recorded[k]! <= to; k++) {
      out.push(this.#reasons.get(this.#recorded[k]!)!);
    }
    return out;
  }
}

/**
 * A base core with closed spans added: a day is a working day when the base counts it and no span
 * covers it; a span's reason is given for its days in place of the base's. Built from the base's
 * prefix sums and the sorted spans alone.
 * @internal
 */
export class ComposedCore implements DayCore {
  readonly firstDay: number;
  readonly lastDay: number;
  readonly workingCount: number;
  readonly #base: DayCore;
  readonly #spans: readonly ClosedSpan[];
  readonly #starts: Int32Array;
  /** removedBefore[j]: base working days covered by spans 0..j−1. */
  readonly #removedBefore: Int32Array;
  /** keptBefore[j]: working days of this core before span j starts. */
  readonly #keptBefore: Int32Array;

  /**
   * @param spans - Disjoint spans inside the base's range, in date order (checked: the callers
   * build them from validated input, and a wrong order would give wrong dates silently).
   */
  constructor(base: DayCore, spans: readonly ClosedSpan[]) {
    this.#base = base;
    this.firstDay = base.firstDay;
    this.lastDay = base.lastDay;
    const k = spans.length;
    const starts = new Int32Array(k);
    const removedBefore = new Int32Array(k + 1);
    const keptBefore = new Int32Array(k);
    let previousEnd = base.firstDay - 1;
    spans.forEach((s, j) => {
      if (!(s.start > previousEnd && s.end >= s.start && s.end <= base.lastDay)) {
        throw new RangeError(`closed spans must be disjoint, in order and inside the base range (span ${j})`);
      }
      previousEnd = s.end;
      starts[j] = s.start;
      const before = base.workingUpTo(s.start - 1);
      keptBefore[j] = before - removedBefore[j]!;
      removedBefore[j + 1] = removedBefore[j]! + base.workingUpTo(s.end) - before;
    });
    this.#spans = spans;
    this.#starts = starts;
    this.#removedBefore = removedBefore;
    this.#keptBefore = keptBefore;
    this.workingCount = base.workingCount - removedBefore[k]!;
  }

  /** The index of the span covering a day, or −1. */
  #spanOf(day: number): number {
    const j = upperBound(this.#starts, day) - 1;
    return j >= 0 && day <= this.#spans[j]!.end ? j : -1;
  }

  workingUpTo(day: number): number {
    const j = upperBound(this.#starts, day) - 1;
    if (j < 0) return this.#base.workingUpTo(day);
    const span = this.#spans[j]!;
    // Base working days up to `day`, less those under spans 0..j (span j only up to `day`).
    const partial = this.#base.workingUpTo(Math.min(day, span.end)) - this.#base.workingUpTo(span.start - 1);
    return this.#base.workingUpTo(day) - this.#removedBefore[j]! - partial;
  }

  workingAt(position: number): number | undefined {
    if (position < 0 || position >= this.workingCount) return undefined;
    // The spans wholly before the answer are those with fewer kept days before them than `position`
    // + 1; keptBefore is non-decreasing, so a binary search finds how many there are.
    let lo = 0;
    let hi = this.#keptBefore.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#keptBefore[mid]! <= position) lo = mid + 1;
      else hi = mid;
    }
    return this.#base.workingAt(position + this.#removedBefore[lo]!);
  }

  isWorking(day: number): boolean {
    return this.#base.isWorking(day) && this.#spanOf(day) < 0;
  }

  reasonOn(day: number): NonWorkingDay | undefined {
    const j = this.#spanOf(day);
    if (j < 0) return this.#base.reasonOn(day);
    const span = this.#spans[j]!;
    return { day, name: span.name, basis: span.basis };
  }

  recordedBetween(from: number, to: number): NonWorkingDay[] {
    const lo = Math.max(from, this.firstDay);
    const hi = Math.min(to, this.lastDay);
    const out: NonWorkingDay[] = [];
    let cursor = lo;
    for (let j = Math.max(0, upperBound(this.#starts, lo) - 1); j < this.#spans.length && cursor <= hi; j++) {
      const span = this.#spans[j]!;
      if (span.end < cursor) continue;
      if (span.start > hi) break;
      // The base's days before the span, then the span's own days.
      if (span.start > cursor) out.push(...this.#base.recordedBetween(cursor, span.start - 1));
      for (let d = Math.max(span.start, cursor); d <= Math.min(span.end, hi); d++) out.push({ day: d, name: span.name, basis: span.basis });
      cursor = span.end + 1;
    }
    if (cursor <= hi) out.push(...this.#base.recordedBetween(cursor, hi));
    return out;
  }
}
