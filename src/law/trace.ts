/** A step of a date's working-out: written by the engine and by compound methods alike. */
import type { IsoDate } from '../day/iso.js';

/**
 * One step of the arithmetic, so that an auditor can redo it by hand.
 * @example
 * ```ts
 * deadline('final-plan', '2025-01-06').trace[2];
 * // { step: 'Add 20 weeks', date: '2025-05-26', detail: 'Monday 6 January 2025 + 20 × 7 = 140 days = Monday 26 May 2025 (the same weekday as the trigger).' }
 * ```
 */
export interface TraceStep {
  readonly step: string;
  readonly date?: IsoDate;
  readonly detail?: string;
}
