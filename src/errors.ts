/**
 * The one error class of the library. Every failure a caller can cause carries a stable `code`,
 * the `field` it concerns, the offending `value`, and a message a caseworker can act on.
 */

/**
 * Every error code, with what it means. Codes are public API: never renamed.
 * @example
 * ```ts
 * errorCodes.AMBIGUOUS_DATE; // 'The date could be read more than one way (e.g. 03/04/2025) and no format was given.'
 * ```
 */
export const errorCodes = {
  INVALID_DATE: 'The value is not a real calendar date in the expected layout (e.g. 2025-02-30).',
  AMBIGUOUS_DATE: 'The date could be read more than one way (e.g. 03/04/2025) and no format was given.',
  OUT_OF_RANGE: 'The date or result lies outside the range the library or calendar supports.',
  INVALID_NUMBER: 'A count (days, weeks, a serial number) is not a whole number or is out of bounds.',
  INVALID_OPTION: 'An option has a value the library does not recognise.',
  UNKNOWN_RULE: 'No rule has that id.',
  NOT_IN_FORCE: 'The rule was not in force on the trigger date.',
  INVALID_TRIGGER: 'The trigger given does not have the shape or fields the rule needs.',
  INVALID_CASE: 'A case record or one of its events is not valid.',
} as const;

/**
 * One of the stable error codes of {@link errorCodes} (`INVALID_DATE`, `AMBIGUOUS_DATE`, `OUT_OF_RANGE`, …).
 * @example
 * ```ts
 * const code: ErrorCode = 'INVALID_DATE';
 * ```
 */
export type ErrorCode = keyof typeof errorCodes;

/**
 * The one error class of the library. Every failure a caller can cause carries a stable `code`,
 * the `field` it concerns, the offending `value`, and a message a caseworker can act on.
 * @example
 * ```ts
 * try {
 *   parseDate('03/04/2025');
 * } catch (e) {
 *   if (e instanceof SendTimescalesError) console.log(e.code, e.field, e.value); // AMBIGUOUS_DATE date 03/04/2025
 * }
 * ```
 */
export class SendTimescalesError extends Error {
  /** The stable error code (see {@link errorCodes}). */
  readonly code: ErrorCode;
  /** The input field the error concerns (e.g. `date`, `events[2].date`, `options.counting`). */
  readonly field: string;
  /** The offending value, as given. */
  readonly value: unknown;

  constructor(code: ErrorCode, field: string, value: unknown, message: string) {
    super(message);
    this.name = 'SendTimescalesError';
    this.code = code;
    this.field = field;
    this.value = value;
  }

  /** A plain, JSON-serialisable copy (for audit reports and services): `{ code, field, value, message }`. */
  toJSON(): { code: ErrorCode; field: string; value: unknown; message: string } {
    return { code: this.code, field: this.field, value: jsonSafe(this.value), message: this.message };
  }
}

/** Shows a value in a message the way a caseworker typed it. */
export function show(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : value.toISOString();
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function jsonSafe(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  return value;
}
