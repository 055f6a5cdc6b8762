/**
 * A day a calendar does not count, with the reason a trace shows. Every calendar (England and
 * Wales, a council's, a school's terms, the tribunal's) records its non-working days in this shape.
 * @internal
 */
export interface NonWorkingDay {
  /** The day number (days since 1970-01-01). */
  readonly day: number;
  /** What the day is, as a user reads it (e.g. `Good Friday`, `Council closure`). */
  readonly name: string;
  /** The legal basis or source, shown in traces. */
  readonly basis: string;
}

/**
 * A run of consecutive days a calendar does not count, first and last included, with one reason
 * (a school holiday between two terms, a half term, a council's closure day).
 * @internal
 */
export interface ClosedSpan {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly basis: string;
}

/** Saturday and Sunday are never working days; the weekday numbers of `weekdayOfDay`. */
export const SATURDAY = 6;
export const SUNDAY = 7;
