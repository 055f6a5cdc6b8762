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
 * A luxon `DateTime`, described by the members the library's types need, so that its published
 * types name no luxon type (a consumer who does not use luxon needs no `@types/luxon`; one who does
 * passes a `DateTime` of any luxon 2 or 3 copy as it is). The moment is `toMillis()`, read like
 * epoch milliseconds in Europe/London (or the zone given); `isValid: false` is an `INVALID_DATE`.
 *
 * At run time the library also checks luxon's own mark (`isLuxonDateTime`, which
 * `DateTime.isDateTime` reads), so an object that only looks like a DateTime is an `INVALID_DATE`,
 * never a date: a luxon `Duration` also has `isValid` and `toMillis()`, and read as a moment it
 * would give a day in 1970. (`toISODate` is in the type so that a `Duration` is a type error too.)
 * @example
 * ```ts
 * import { DateTime } from 'luxon';
 * const moment: DateTimeLike = DateTime.fromISO('2025-03-30T23:30:00Z');
 * toIsoDate(moment); // '2025-03-31' (00:30 BST in London)
 * ```
 */
export interface DateTimeLike {
  /** `false` for an invalid luxon DateTime (e.g. `DateTime.fromISO('2025-02-30')`). */
  readonly isValid: boolean;
  /** The moment as epoch milliseconds. */
  toMillis(): number;
  /** The date in the DateTime's own zone (not read by the library: it tells a DateTime from a Duration). */
  toISODate(): string | null;
}

/**
 * What {@link toIsoDate} (and a compound trigger's dates) accept: an ISO date, a JS `Date`, a luxon
 * `DateTime` ({@link DateTimeLike}) or epoch milliseconds.
 * @example
 * ```ts
 * const inputs: DateInput[] = ['2025-01-06', new Date(Date.UTC(2025, 0, 6)), 1736121600000];
 * ```
 */
export type DateInput = IsoDate | Date | DateTimeLike | number;

/**
 * Whether a value is a luxon DateTime: luxon's own mark (`isLuxonDateTime`, set by every luxon 2 and
 * 3 copy and read by `DateTime.isDateTime`) and the members the library reads.
 */
export function isDateTimeLike(value: unknown): value is DateTimeLike {
  if (typeof value !== 'object' || value === null) return false;
  const like = value as Partial<DateTimeLike> & { isLuxonDateTime?: unknown };
  return like.isLuxonDateTime === true && typeof like.isValid === 'boolean' && typeof like.toMillis === 'function';
}

/**
 * The moment a DateTimeLike names, in `zone`: invalid (so an INVALID_DATE) where it says it is
 * invalid or its `toMillis()` is not a finite number.
 */
export function instantOf(value: DateTimeLike, zone: string): DateTime {
  const millis: unknown = value.isValid ? value.toMillis() : Number.NaN;
  return typeof millis === 'number' && Number.isFinite(millis)
    ? DateTime.fromMillis(millis, { zone })
    : DateTime.invalid('not a valid moment');
}

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
  } else if (isDateTimeLike(value)) {
    instant = instantOf(value, zone);
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
