/**
 * Reading dates that people and files send. ISO `YYYY-MM-DD` is read directly; any other layout
 * needs an explicit luxon format (`dd/MM/yyyy`), because `03/04/2025` is 3 April in England and
 * 4 March in a US-configured spreadsheet, and a wrong guess is a wrong deadline.
 */
import { DateTime } from 'luxon';
import { SendTimescalesError, show } from '../errors.js';
import { fieldOption, optionsObject } from '../guard.js';

/** Literal text in a luxon format ('T', 'of'), which holds no tokens. */
const QUOTED_LITERAL = /'[^']*'/g;
/** A luxon year token: y, yy, yyyy (calendar year) or kkkk (ISO week year). */
const FORMAT_HAS_YEAR = /[yk]/;
import { dayToIso, daysFromCivil, isoToDay, type IsoDate } from './iso.js';

/**
 * Options of {@link parseDate}.
 * @example
 * ```ts
 * const options: ParseDateOptions = { format: 'dd/MM/yyyy', field: 'request_received' };
 * ```
 */
export interface ParseDateOptions {
  /** A luxon format string (e.g. `dd/MM/yyyy`, `d MMMM yyyy`). Without it only `YYYY-MM-DD` is read. */
  readonly format?: string;
  /** The field name used in error messages (default `date`). */
  readonly field?: string;
}

const NUMERIC_DMY = /^\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,4}$/;

/**
 * Reads a civil date from text. ISO `YYYY-MM-DD` by default; any other layout only with an
 * explicit `format`, because `03/04/2025` is 3 April in England and 4 March in a US-configured
 * spreadsheet, and a wrong guess is a wrong deadline.
 * @param text - The text, e.g. `2025-01-06` or (with a format) `06/01/2025`.
 * @param options - `format` (luxon tokens) and the `field` name used in errors.
 * @returns The ISO date.
 * @throws {@link SendTimescalesError} `AMBIGUOUS_DATE` for a numeric day/month layout without a format; `INVALID_DATE` for an impossible date (`2025-02-30`) or text that does not match.
 * @example
 * ```ts
 * parseDate('2025-01-06');                                // '2025-01-06'
 * parseDate('06/01/2025', { format: 'dd/MM/yyyy' });     // '2025-01-06'
 * parseDate('6 January 2025', { format: 'd MMMM yyyy' }); // '2025-01-06'
 * parseDate('03/04/2025');                                // throws AMBIGUOUS_DATE
 * ```
 */
export function parseDate(text: string, options?: ParseDateOptions): IsoDate {
  const { field: fieldGiven, format } = optionsObject(options);
  const field = fieldOption(fieldGiven, 'date');
  if (typeof text !== 'string') {
    throw new SendTimescalesError('INVALID_DATE', field, text, `${field} must be text such as 2025-01-06, but ${show(text)} was given.`);
  }
  const trimmed = text.trim();
  if (format === undefined) {
    if (NUMERIC_DMY.test(trimmed) && !/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
      throw new SendTimescalesError(
        'AMBIGUOUS_DATE', field, text,
        `${field} ${show(text)} could be read more than one way (day/month or month/day). ` +
          'Write it as YYYY-MM-DD, or give the layout (for example --date-format dd/MM/yyyy).',
      );
    }
    return dayToIso(isoToDay(trimmed, field));
  }
  if (typeof format !== 'string' || format.trim() === '') {
    throw new SendTimescalesError('INVALID_OPTION', 'format', format, `The date format ${show(format)} is not a luxon format such as dd/MM/yyyy.`);
  }
  if (!FORMAT_HAS_YEAR.test(format.replace(QUOTED_LITERAL, ''))) {
    // luxon would take the missing year from the machine's clock: a date that changes on 1 January.
    throw new SendTimescalesError('INVALID_OPTION', 'format', format, `The date format ${show(format)} has no year (such as yyyy): the year would be guessed from today's date. Give a format with the year.`);
  }
  // setZone keeps an offset written in the text (…T00:30+01:00 is 6 January where it was written),
  // instead of converting the moment to UTC and possibly to another day.
  const parsed = DateTime.fromFormat(trimmed, format, { zone: 'UTC', setZone: true, locale: 'en-GB' });
  if (!parsed.isValid) {
    const impossible = parsed.invalidReason === 'unit out of range';
    throw new SendTimescalesError(
      'INVALID_DATE', field, text,
      impossible
        ? `${field} ${show(text)} is not a real date: a day or month is out of range (read with the format ${format}).`
        : `${field} ${show(text)} does not match the date format ${format}.`,
    );
  }
  if (parsed.year < 1 || parsed.year > 9999) {
    throw new SendTimescalesError('OUT_OF_RANGE', field, text, `${field} ${show(text)} is outside the years 0001 to 9999.`);
  }
  return dayToIso(daysFromCivil(parsed.year, parsed.month, parsed.day));
}
