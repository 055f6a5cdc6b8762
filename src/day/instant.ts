/**
 * Instants (a JS `Date`, a luxon `DateTime`, epoch milliseconds) name a moment, not a day. The
 * civil date is the one on the wall in Europe/London (or the zone given), read with luxon —
 * never with a `Date`'s local getters, which would follow the machine's zone.
 */
import { DateTime, IANAZone } from 'luxon';
import { SendTimescalesError, show } from '../errors.js';
import { dayToIso, isoToDay, type IsoDate } from './iso.js';

export type DateInput = IsoDate | Date | DateTime | number;

export interface ToIsoDateOptions {
  /** IANA zone in which an instant is read (default `Europe/London`). */
  readonly zone?: string;
  readonly field?: string;
}

export const LONDON = 'Europe/London';

/** The civil date of an ISO string, `Date`, luxon `DateTime` or epoch milliseconds. */
export function toIsoDate(value: DateInput, options: ToIsoDateOptions = {}): IsoDate {
  const field = options.field ?? 'date';
  if (typeof value === 'string') return dayToIso(isoToDay(value.trim(), field));
  const zone = options.zone ?? LONDON;
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
  if (iso === null || iso.length !== 10) {
    throw new SendTimescalesError('OUT_OF_RANGE', field, value, `${field} ${show(value)} is outside the years 0001 to 9999.`);
  }
  return iso;
}
