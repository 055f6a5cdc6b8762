/**
 * The one error class of the library. Every failure a caller can cause carries a stable `code`,
 * the `field` it concerns, the offending `value`, and a message a caseworker can act on; and the
 * list of its `issues` (`code`, `path`, `value`, `message`, and `row` where a file had rows), of
 * which there is more than one when one input had several things wrong with it at once.
 *
 * `instanceof SendTimescalesError` holds across copies of the library. The package ships an ESM
 * and a CommonJS build, and an application can load both (its own `import`, a dependency's
 * `require`), or two installed versions: each copy has its own class, so an ordinary `instanceof`
 * would answer false for an error thrown by the other copy. Every copy marks its errors with
 * the registered symbol `Symbol.for('send-timescales.error')` (on the class's prototype, so it
 * never appears in `JSON.stringify` or `Object.keys`) and `SendTimescalesError[Symbol.hasInstance]`
 * looks for that mark. The mark is the promise of the public shape (`code`, `field`, `value`,
 * `message`, `toJSON()`), which every version keeps; `issues` is there from 0.6.
 *
 * A subclass (the library's `TermCalendarError`, or a caller's own) is checked the ordinary way,
 * through the prototype chain of the copy that defined it: `e instanceof TermCalendarError` is
 * true only for that copy's errors, while `e instanceof SendTimescalesError` is true for all of them.
 */

/** The mark every copy of the library puts on its errors (a registered symbol: the same in every copy and realm). */
const BRAND = Symbol.for('send-timescales.error');

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
  INVALID_RANGE: 'Spreadsheet functions: the ranges given to one formula have different shapes, so their cells cannot be paired.',
  USAGE: 'Command line: the command was called wrongly (an unknown option, a missing argument, a file that cannot be opened); exit code 2.',
  INPUT: 'Command line: an input file as a whole cannot be read (not text, not valid JSON, a bad CSV header, too large); exit code 1.',
  MALFORMED_FILE: 'A file, or a part of it, is not what its format requires: XML that is not well-formed or is cut short, a file that is not an SEN2 return, a row of the return\'s CSV export whose parent record is not in the export. The issue names the line (and for XML the column).',
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
 * One thing wrong with an input: the shape every error of the library reports, whether it is
 * thrown (the `issues` of a {@link SendTimescalesError}) or collected (the bad rows of a caseload
 * file, which are reported and set aside while the rest is processed).
 * @example
 * ```ts
 * const issue: ErrorIssue = { code: 'INVALID_DATE', path: 'date', value: '2025-02-30', message: 'date "2025-02-30" is not a real date …', row: 3 };
 * ```
 */
export interface ErrorIssue {
  /** The stable error code (see {@link errorCodes}). */
  readonly code: ErrorCode;
  /** Where in the input: a field (`date`), a nested field (`events[2].date`, `terms[1].start`) or a column. */
  readonly path: string;
  /** The offending value, as given. */
  readonly value: unknown;
  /** What is wrong, in plain English. */
  readonly message: string;
  /** The 1-based line of the file where the row starts (the header is line 1), where the input was a file of rows. */
  readonly row?: number;
}

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
  /** The stable error code (see {@link errorCodes}): the first issue's. */
  readonly code: ErrorCode;
  /** The input field the error concerns (e.g. `date`, `events[2].date`, `options.counting`): the first issue's `path`. */
  readonly field: string;
  /** The offending value, as given: the first issue's. */
  readonly value: unknown;
  // Private, so that it stays out of Object.keys and JSON.stringify of the error itself: both are
  // public behaviour from before issues existed (toJSON adds them only when they say more).
  #issues: readonly ErrorIssue[];

  /**
   * An error with one issue.
   * @param code - The stable error code.
   * @param field - The input field it concerns (the issue's `path`).
   * @param value - The offending value, as given.
   * @param message - What is wrong, in plain English.
   */
  constructor(code: ErrorCode, field: string, value: unknown, message: string) {
    super(message);
    this.name = 'SendTimescalesError';
    this.code = code;
    this.field = field;
    this.value = value;
    this.#issues = Object.freeze([Object.freeze({ code, path: field, value, message })]);
  }

  /**
   * Every issue found, in the order found; the first is the one `code`, `field` and `value` give.
   * @example
   * ```ts
   * err.issues; // [{ code: 'INVALID_CASE', path: 'events[0].date', value: '2025-02-30', message: '…' }, …]
   * ```
   */
  get issues(): readonly ErrorIssue[] {
    return this.#issues;
  }

  /**
   * One error for several issues found in one input (a case record with two bad events), so that
   * the caller learns of all of them at once. `code`, `field` and `value` are the first issue's;
   * the message is each issue's message in turn, unless one is given.
   * @param issues - At least one issue.
   * @param message - The error's message (default: the issues' messages, separated by a space).
   * @returns The error (not thrown).
   * @example
   * ```ts
   * throw SendTimescalesError.fromIssues([
   *   { code: 'INVALID_CASE', path: 'events[0].date', value: '2025-02-30', message: 'Event 1: the date is not real.' },
   *   { code: 'INVALID_CASE', path: 'events[1].type', value: 'plan', message: 'Event 2: "plan" is not an event type.' },
   * ]);
   * ```
   */
  static fromIssues(issues: readonly ErrorIssue[], message?: string): SendTimescalesError {
    const first = issues[0];
    if (first === undefined) {
      throw new SendTimescalesError('INVALID_ARGUMENT', 'issues', issues, 'An error needs at least one issue; the list was empty.');
    }
    const error = new SendTimescalesError(first.code, first.path, first.value, message ?? issues.map((i) => i.message).join(' '));
    error.#issues = Object.freeze(issues.map((i) => Object.freeze({ ...i })));
    return error;
  }

  /**
   * `x instanceof SendTimescalesError` is true for an error of any copy of the library (its ESM
   * and CommonJS builds, or another installed version), found by the mark every copy puts on its
   * errors; for a subclass, `x instanceof Subclass` is the ordinary prototype-chain test.
   * @param value - The value on the left of `instanceof`.
   * @returns Whether `value` is an error of this class (see above).
   * @example
   * ```ts
   * const e = (() => { try { parseDate('03/04/2025'); } catch (x) { return x; } })();
   * e instanceof SendTimescalesError; // true, whichever copy (import or require) threw it
   * ```
   */
  static override [Symbol.hasInstance]<T>(this: abstract new (...args: never[]) => T, value: unknown): value is T {
    if ((this as unknown) !== SendTimescalesError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }

  /**
   * A plain, JSON-serialisable copy (for audit reports and services): `{ code, field, value, message }`,
   * with `issues` when they say more than those four fields (several issues, or a row). An error
   * with one issue serialises exactly as it did before issues existed, so services reading it are
   * unaffected. Never throws: a `value` JSON cannot hold as it is (a cycle, a BigInt, a structure
   * nested too deep, a symbol, a function) is given as its description, as messages show it.
   */
  toJSON(): { code: ErrorCode; field: string; value: unknown; message: string; issues?: ErrorIssue[] } {
    const json = { code: this.code, field: this.field, value: jsonSafe(this.value), message: this.message };
    const issues = this.#issues;
    if (issues.length === 1 && issues[0]!.row === undefined) return json;
    return { ...json, issues: issues.map((i) => ({ ...i, value: jsonSafe(i.value) })) };
  }
}

// On the prototype, not each error: every instance (of any subclass too) inherits it, and it stays
// out of JSON.stringify, Object.keys and test equality of the errors' own properties.
Object.defineProperty(SendTimescalesError.prototype, BRAND, { value: true });

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
