/**
 * The checks shared by the age functions: the options object, the year-group offset and the date of
 * birth, each made once at a public function's entry so that a wrong value is a
 * `SendTimescalesError` naming the field.
 */
import { SendTimescalesError, show } from '../../errors.js';
import { isoToDay } from '../../day/iso.js';
import { wholeNumber } from '../../day/arithmetic.js';

/** A child is taught at most this many years behind or ahead of their year group. */
const MAX_OFFSET = 3;

/** An `INVALID_OPTION` error on `field`. */
export function invalidOption(field: string, value: unknown, message: string): SendTimescalesError {
  return new SendTimescalesError('INVALID_OPTION', field, value, message);
}

/**
 * The options of `fn` as a record: `undefined` is no options; anything but an object, or a key not in
 * `known`, is an `INVALID_OPTION` error.
 */
export function checkKeys(options: unknown, known: readonly string[], fn: string): Record<string, unknown> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalidOption('options', options, `The options of ${fn}() must be an object such as { ${known[0]}: … }, not ${show(options)}.`);
  }
  const record = options as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) {
      throw invalidOption(key, record[key], `"${key}" is not an option of ${fn}(); the options are ${known.join(', ')}.`);
    }
  }
  return record;
}

/** The year-group offset: a whole number from −3 to 3, default 0. */
export function checkOffset(value: unknown): number {
  if (value === undefined) return 0;
  const offset = wholeNumber(value, 'offset');
  if (Math.abs(offset) > MAX_OFFSET) {
    throw new SendTimescalesError(
      'INVALID_NUMBER', 'offset', value,
      `offset ${offset} is out of range: a child taught out of year group is given as a whole number of years from -${MAX_OFFSET} (behind) to ${MAX_OFFSET} (ahead).`,
    );
  }
  return offset;
}

/** The date of birth as a day number. */
export function dob(value: unknown): number {
  return isoToDay(value, 'dateOfBirth');
}
