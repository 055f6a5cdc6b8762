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
  INVALID_ARGUMENT: 'An argument is not the kind of thing the function takes (e.g. nothing, or a number, where a deadline or a list of rules is expected).',
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

  /**
   * A plain, JSON-serialisable copy (for audit reports and services): `{ code, field, value, message }`.
   * Never throws: a `value` JSON cannot hold as it is (a cycle, a BigInt, a structure nested too
   * deep, a symbol, a function) is given as its description, as messages show it.
   */
  toJSON(): { code: ErrorCode; field: string; value: unknown; message: string } {
    return { code: this.code, field: this.field, value: jsonSafe(this.value), message: this.message };
  }
}

/** The longest text of a value that a message quotes; the rest is cut with an ellipsis. */
const SHOWN_LENGTH = 200;

/**
 * Shows a value in a message the way a caseworker typed it. Never throws, whatever the value (a
 * cycle, a BigInt, an object whose `toString` is not a function, an array nested thousands deep),
 * and never longer than about 200 characters, so a message stays one readable line.
 */
export function show(value: unknown): string {
  try {
    return cut(describe(value));
  } catch {
    // A Proxy whose traps throw, or a getter that throws: nothing of it can be read safely.
    return 'a value that cannot be read';
  }
}

function describe(value: unknown): string {
  switch (typeof value) {
    case 'string': return `"${value}"`;
    case 'undefined': return 'nothing';
    case 'number': return String(value);
    case 'bigint': return `${value.toString()}n`;
    case 'symbol': return 'a symbol';
    case 'function': return 'a function';
    case 'boolean': return String(value);
    default: break;
  }
  if (value === null) return 'null';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : value.toISOString();
  try {
    const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v.toString()}n` : v));
    if (typeof text === 'string') return text;
  } catch {
    // A cycle or a structure nested too deep for JSON: fall through to its kind.
  }
  return Array.isArray(value) ? 'a list' : 'an object';
}

function cut(text: string): string {
  return text.length <= SHOWN_LENGTH ? text : `${text.slice(0, SHOWN_LENGTH)}… (${text.length} characters)`;
}

/** What `toJSON` gives for a value: the value itself when JSON holds it, otherwise its description. */
function jsonSafe(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (typeof value === 'object') {
    try {
      const text = JSON.stringify(value);
      if (typeof text === 'string' && text.length <= 10_000) return JSON.parse(text) as unknown;
    } catch {
      // not representable as it is
    }
  }
  return show(value);
}
