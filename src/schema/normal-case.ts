/**
 * The engine's form of a valid case (day numbers, events in date order): what the validators
 * produce and the case rules read. In a module of its own so that the full validator and the fast
 * path share it without importing each other.
 */
import type { ExceptionCode } from '../law/types.js';
import type { TransferStage } from '../law/age/transfer-stages.js';
import type { EventType } from './case.js';

/**
 * An event with day numbers, as the engine reads it.
 * @example
 * // { type: 'final-plan-issued', day: 20235, index: 3, aware: undefined, … }
 */
export interface NormalEvent {
  readonly type: EventType;
  readonly day: number;
  /** Position in the record as given (events are ordered by date, then by this). */
  readonly index: number;
  readonly aware: number | undefined;
  readonly until: number | undefined;
  readonly decision: string | undefined;
  readonly body: string | undefined;
  readonly order: string | undefined;
  readonly code: ExceptionCode | undefined;
}

/**
 * A valid case with day numbers and its events in date order: what case rules read.
 * @example
 * // { id: 'C1', yearGroupOffset: 0, events: [ … ] }
 */
export interface NormalCase {
  readonly id: string;
  readonly dateOfBirth?: number;
  readonly yearGroupOffset: number;
  readonly transferStages?: readonly TransferStage[];
  readonly year12Destination?: 'post16-institution' | 'school-sixth-form';
  /** An exception to the 20-week limit was recorded without its kind or dates (SEN2 `Week20`). */
  readonly twentyWeekExceptionRecorded?: true;
  /** Sorted by day, then by the order given. */
  readonly events: readonly NormalEvent[];
}
