/**
 * Instants (a JS `Date`, a luxon `DateTime`, epoch milliseconds) name a moment, not a day. The
 * civil date is the one on the wall in Europe/London (or the zone given), read with luxon —
 * never with a `Date`'s local getters, which would follow the machine's zone.
 */
import { DateTime, IANAZone } from 'luxon';
import { SendTimescalesError, show } from '../errors.js';
import { fieldOption, optionsObject } from '../guard.js';
import { dayToIso, isoToDay, type IsoDate } from './iso.js';

/**
 * What {@link toIsoDate} (and a compound trigger's dates) accept: an ISO date, a JS `Date`, a luxon `DateTime` or epoch milliseconds.
 * @example
 * ```ts
 * const inputs: DateInput[] = ['2025-01-06', new Date(Date.UTC(2025, 0, 6)), 1736121600000];
 * ```
 */
export type DateInput = IsoDate | Date | DateTime | number;

/**
 * Options of {@link toIsoDate}.
 * @example
 * ```ts
 * toIsoDate(new Date('2025-03-30T23:30:00Z'), { zone: 'America/Los_Angeles' }); // '2025-03-30'
 * ```
 */
export interface ToIsoDateOptions {
  /** IANA zone in which an instant is read (default `Europe/London`). */
  readonly zone?: string;
  /** The field name used in error messages (default `date`). */
  readonly field?: string;
}

export const LONDON = 'Europe/London';

/**
 * The civil date of an ISO string, a `Date`, a luxon `DateTime` or epoch milliseconds. An instant
 * names a moment, not a day: it is read on the wall clock of `Europe/London` (or `options.zone`),
 * never in the machine's zone.
 * @param value - An ISO date (returned as it is, trimmed), or an instant.
 * @param options - `zone`: the IANA zone in which an instant is read (default `Europe/London`); `field`: the name used in errors.
 * @returns The ISO date.
 * @throws {@link SendTimescalesError} `INVALID_DATE` for a value that is not a date; `INVALID_OPTION` for an unknown zone.
 * @example
 * ```ts
 * toIsoDate(new Date('2025-03-30T23:30:00Z'));                                    // '2025-03-31' (00:30 BST in London)
 * toIsoDate(new Date('2025-03-30T23:30:00Z'), { zone: 'America/Los_Angeles' }); // '2025-03-30'
 * ```
 */
export function toIsoDate(value: DateInput, options?: ToIsoDateOptions): IsoDate {
  const { field: fieldGiven, zone = LONDON } = optionsObject(options);
  const field = fieldOption(fieldGiven, 'date');
  if (typeof value === 'string') return dayToIso(isoToDay(value.trim(), field));
  if (zone !== LONDON && !IANAZone.isValidZone(zone)) {
    throw new SendTimescalesError('INVALID_OPTION', 'zone', zone, `${show(zone)} is not a time zone name such as Europe/London.`);
  }
  let instant: DateTime;
  if (value instanceof Date) {
    instant = DateTime.fromMillis(value.getTime(), { zone });
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new SendTimescalesError('INVALID_DATE', field, value, `${field} ${show(value)} is not a moment in time (epoch milliseconds).`);
    }
    instant = DateTime.fromMillis(value, { zone });
  } else if (DateTime.isDateTime(value)) {
    instant = value.setZone(zone);
  } else {
    throw new SendTimescalesError(
      'INVALID_DATE', field, value,
      `${field} must be a date (YYYY-MM-DD, a Date or a luxon DateTime), but ${show(value)} was given.`,
    );
  }
  if (!instant.isValid) {
    throw new SendTimescalesError('INVALID_DATE', field, value, `${field} ${show(value)} is not a valid date.`);
  }
  const iso = instant.toISODate();
  // The years an ISO date can hold: 0001 to 9999 (a Date can reach year 0 and beyond 9999).
  if (iso === null || iso.length !== 10 || instant.year < 1 || instant.year > 9999) {
    throw new SendTimescalesError('OUT_OF_RANGE', field, value, `${field} ${show(value)} is outside the years 0001 to 9999.`);
  }
  return iso;
}
