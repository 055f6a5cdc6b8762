/**
 * Calendar arithmetic on civil dates. Months use the corresponding-date rule with clamping to
 * the month's last day (31 Jan + 1 month = 28/29 Feb), as Dodds v Walker and the
 * Interpretation Act 1978 ("month" = calendar month) require.
 */
import { SendTimescalesError, show } from '../errors.js';
import {
  civilFromDays, dayToIso, daysFromCivil, daysInMonth, isoToDay, MONTH_NAMES, weekdayOfDay, WEEKDAY_NAMES,
  type IsoDate,
} from './iso.js';

/** The corresponding date `months` later (or earlier), clamped to the end of a shorter month. */
export function addMonthsToDay(day: number, months: number): number {
  const [y, m, d] = civilFromDays(day);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  return daysFromCivil(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export function wholeNumber(n: unknown, field: string): number {
  if (typeof n !== 'number' || !Number.isInteger(n)) {
    throw new SendTimescalesError('INVALID_NUMBER', field, n, `${field} must be a whole number, but ${show(n)} was given.`);
  }
  return n;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dayToIso(isoToDay(date) + wholeNumber(days, 'days'));
}

export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  return dayToIso(isoToDay(date) + 7 * wholeNumber(weeks, 'weeks'));
}

/** Corresponding date, clamped: `addMonths('2025-01-31', 1)` is `'2025-02-28'`. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return dayToIso(addMonthsToDay(isoToDay(date), wholeNumber(months, 'months')));
}

/** Clamps the same way: `addYears('2024-02-29', 1)` is `'2025-02-28'`. */
export function addYears(date: IsoDate, years: number): IsoDate {
  return dayToIso(addMonthsToDay(isoToDay(date), 12 * wholeNumber(years, 'years')));
}

/** `b − a` in days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return isoToDay(b, 'b') - isoToDay(a, 'a');
}

/** 1 = Monday … 7 = Sunday. */
export function weekday(date: IsoDate): number {
  return weekdayOfDay(isoToDay(date));
}

/** `Monday 17 February 2025`: no leading zero, no comma, English names whatever the locale. */
export function formatLong(date: IsoDate): string {
  return formatLongDay(isoToDay(date));
}

const LONG_FROM = daysFromCivil(1900, 1, 1);
const LONG_TO = daysFromCivil(2199, 12, 31);
const longCache: (string | undefined)[] = [];

export function formatLongDay(day: number): string {
  if (day >= LONG_FROM && day <= LONG_TO) return (longCache[day - LONG_FROM] ??= buildLong(day));
  return buildLong(day);
}

function buildLong(day: number): string {
  const [y, m, d] = civilFromDays(day);
  return `${WEEKDAY_NAMES[weekdayOfDay(day) - 1]} ${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** Earlier / later of two ISO dates (ISO strings compare correctly as text). */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return isoToDay(a, 'a') - isoToDay(b, 'b');
}
