/**
 * Calendar arithmetic on civil dates. Months use the corresponding-date rule with clamping to
 * the month's last day (31 Jan + 1 month = 28/29 Feb), as Dodds v Walker and the
 * Interpretation Act 1978 ("month" = calendar month) require.
 */
import { SendTimescalesError, show } from '../errors.js';
import {
  civilFromDays, civilInto, dayToIso, daysFromCivil, daysInMonth, isoToDay, MONTH_NAMES, weekdayOfDay, WEEKDAY_NAMES,
  type IsoDate,
} from './iso.js';

/** The corresponding date `months` later (or earlier), clamped to the end of a shorter month. */
export function addMonthsToDay(day: number, months: number): number {
  // civilFromDays inlined (no array): this runs for every month-based deadline of a caseload.
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36524) | 0) - ((doe / 146096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
  const mp = ((5 * doy + 2) / 153) | 0;
  const d = doy - (((153 * mp + 2) / 5) | 0) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  const last = daysInMonth(ny, nm);
  return daysFromCivil(ny, nm, d < last ? d : last);
}

/**
 * The last day of a period of `months` calendar months beginning with `day` (day 1 is `day`):
 * the day before the corresponding date. Where the later month has no corresponding date (a
 * period beginning on 31 January, or on 29 February), the period ends on that month's last day,
 * so that "12 months starting with 29 February 2024" ends on 28 February 2025, not a day earlier.
 */
export function endOfMonthsBeginningWith(day: number, months: number): number {
  const corresponding = addMonthsToDay(day, months);
  // Clamped exactly when the day of the month changed: then the period ends on that month's last day.
  return dayOfMonth(corresponding) === dayOfMonth(day) ? corresponding - 1 : corresponding;
}

/** The day of the month (1–31) of a day number. */
export function dayOfMonth(day: number): number {
  return civilInto(day)[2]!;
}

export function wholeNumber(n: unknown, field: string): number {
  if (typeof n !== 'number' || !Number.isInteger(n)) {
    throw new SendTimescalesError('INVALID_NUMBER', field, n, `${field} must be a whole number, but ${show(n)} was given.`);
  }
  return n;
}

/**
 * `date` plus a number of calendar days (negative counts back).
 * @param date - A civil date, `YYYY-MM-DD`.
 * @param days - A whole number of days.
 * @returns The civil date `days` days later.
 * @throws {@link SendTimescalesError} `INVALID_DATE` for a date that is not real, `INVALID_NUMBER` for a count that is not whole.
 * @example
 * ```ts
 * addDays('2025-01-06', 140); // '2025-05-26'
 * addDays('2025-03-01', -1);  // '2025-02-28'
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return dayToIso(isoToDay(date) + wholeNumber(days, 'days'));
}

/**
 * `date` plus a number of weeks (7 days each): the same weekday, as "within N weeks of" ends.
 * @param date - A civil date, `YYYY-MM-DD`.
 * @param weeks - A whole number of weeks.
 * @returns The civil date `7 × weeks` days later.
 * @example
 * ```ts
 * addWeeks('2025-01-06', 20); // '2025-05-26' (a Monday, like 6 January)
 * ```
 */
export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  return dayToIso(isoToDay(date) + 7 * wholeNumber(weeks, 'weeks'));
}

/**
 * The corresponding date `months` calendar months later (or earlier), clamped to the end of a
 * shorter month, as "within N months of" is read (Dodds v Walker).
 * @param date - A civil date, `YYYY-MM-DD`.
 * @param months - A whole number of months.
 * @returns The corresponding date, or the last day of its month when it has none.
 * @example
 * ```ts
 * addMonths('2025-01-31', 1); // '2025-02-28'
 * addMonths('2025-06-30', 2); // '2025-08-30'
 * ```
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return dayToIso(addMonthsToDay(isoToDay(date), wholeNumber(months, 'months')));
}

/**
 * The corresponding date `years` later, clamped the same way as {@link addMonths}.
 * @param date - A civil date, `YYYY-MM-DD`.
 * @param years - A whole number of years.
 * @returns The corresponding date; 29 February becomes 28 February in a common year.
 * @example
 * ```ts
 * addYears('2024-02-29', 1); // '2025-02-28'
 * ```
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  return dayToIso(addMonthsToDay(isoToDay(date), 12 * wholeNumber(years, 'years')));
}

/**
 * The number of calendar days from `a` to `b` (`b − a`; negative when `b` is earlier).
 * @param a - The earlier civil date.
 * @param b - The later civil date.
 * @returns `b − a` in days.
 * @example
 * ```ts
 * daysBetween('2025-01-06', '2025-05-26'); // 140
 * ```
 */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return isoToDay(b, 'b') - isoToDay(a, 'a');
}

/**
 * The ISO weekday of a date: 1 = Monday … 7 = Sunday.
 * @param date - A civil date, `YYYY-MM-DD`.
 * @returns 1 to 7.
 * @example
 * ```ts
 * weekday('2025-01-06'); // 1 (a Monday)
 * ```
 */
export function weekday(date: IsoDate): number {
  return weekdayOfDay(isoToDay(date));
}

/**
 * A date in words, as explanations write it: English names whatever the locale, no leading zero, no comma.
 * @param date - A civil date, `YYYY-MM-DD`.
 * @returns For example `Monday 3 March 2025`.
 * @example
 * ```ts
 * formatLong('2025-03-03'); // 'Monday 3 March 2025'
 * ```
 */
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

