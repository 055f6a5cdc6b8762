/**
 * Civil dates. At the API a date is an ISO `YYYY-MM-DD` string; inside it is an integer day
 * number (days since 1970-01-01, proleptic Gregorian). Conversions are pure arithmetic
 * (no `Date`, no zone), so results never depend on the machine's time zone.
 */
import { SendTimescalesError, show } from '../errors.js';

/**
 * A civil date `YYYY-MM-DD` (no time, no zone): what every function takes and returns.
 * @example
 * ```ts
 * const received: IsoDate = '2025-01-06';
 * ```
 */
export type IsoDate = string;

/** Day numbers the day functions accept: 0001-01-01 … 9999-12-31. */
export const MIN_DAY = daysFromCivil(1, 1, 1);
export const MAX_DAY = daysFromCivil(9999, 12, 31);

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = ((153 * mp + 2) / 5 | 0) + d - 1;
  const doe = yoe * 365 + (yoe / 4 | 0) - (yoe / 100 | 0) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1–12) and day of a day number. */
export function civilFromDays(z: number): [number, number, number] {
  const c = civilInto(z);
  return [c[0]!, c[1]!, c[2]!];
}

const civil = new Int32Array(3);

/**
 * Year, month (1–12) and day of a day number (H. Hinnant's civil_from_days), written into one
 * shared array instead of a new one: at [0], [1] and [2], to be read at once, before the next
 * call. For the engine's hot paths, where a new array per call was most of what an audit of a
 * caseload allocated; {@link civilFromDays} copies it out.
 * @internal
 */
export function civilInto(z: number): Int32Array {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = ((doe - (doe / 1460 | 0) + (doe / 36524 | 0) - (doe / 146096 | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + (yoe / 4 | 0) - (yoe / 100 | 0));
  const mp = ((5 * doy + 2) / 153) | 0;
  const m = mp < 10 ? mp + 3 : mp - 9;
  civil[0] = yoe + era * 400 + (m <= 2 ? 1 : 0);
  civil[1] = m;
  civil[2] = doy - ((153 * mp + 2) / 5 | 0) + 1;
  return civil;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1]!;
}

const ZERO = 48;

/**
 * The day number of an ISO date string; anything else throws an `INVALID_DATE` error naming `field`.
 * Hand-rolled (no regex, no allocation) because it sits in every hot path.
 */
export function isoToDay(text: unknown, field = 'date'): number {
  if (typeof text === 'string' && text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const y = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
    const m = digit(text, 5) * 10 + digit(text, 6);
    const d = digit(text, 8) * 10 + digit(text, 9);
    // digit() returns NaN for a non-digit, which fails every comparison below.
    if (y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) return daysFromCivil(y, m, d);
  }
  throw invalidIso(text, field);
}

/**
 * The day number of a real ISO date string (`YYYY-MM-DD`), or `NaN` for anything else; never
 * throws. The same reading as {@link isoToDay}, for checks that refuse a value without wording
 * why (a whole caseload goes through the case validator's fast path): test with `day !== day`.
 * @example
 * ```ts
 * isoToDayOrNaN('1970-01-02'); // 1
 * isoToDayOrNaN('2025-02-29'); // NaN
 * ```
 */
export function isoToDayOrNaN(text: unknown): number {
  if (typeof text !== 'string' || text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  const y = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const m = digit(text, 5) * 10 + digit(text, 6);
  const d = digit(text, 8) * 10 + digit(text, 9);
  if (!(m >= 1 && m <= 12 && d >= 1)) return NaN;
  // Years 1900–2199 (every caseload's): the month's first day and length from a table, no arithmetic.
  const month = (y - TABLE_FROM_YEAR) * 12 + m - 1;
  if (month >= 0 && month < MONTH_START.length) return d <= MONTH_LENGTH[month]! ? MONTH_START[month]! + d - 1 : NaN;
  return y >= 1 && d <= daysInMonth(y, m) ? daysFromCivil(y, m, d) : NaN;
}

/** Per month of the years 1900–2199, the day number of its first day and its length (see isoToDayOrNaN). */
const TABLE_FROM_YEAR = 1900;
const MONTH_START = new Int32Array(300 * 12);
const MONTH_LENGTH = new Uint8Array(300 * 12);
for (let i = 0; i < MONTH_START.length; i++) {
  const y = TABLE_FROM_YEAR + Math.floor(i / 12);
  const m = (i % 12) + 1;
  MONTH_START[i] = daysFromCivil(y, m, 1);
  MONTH_LENGTH[i] = daysInMonth(y, m);
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - ZERO;
  return c >= 0 && c <= 9 ? c : NaN;
}

function invalidIso(text: unknown, field: string): SendTimescalesError {
  if (typeof text === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (m) {
      const [, y, mo, d] = m;
      const month = Number(mo);
      if (month < 1 || month > 12) {
        return new SendTimescalesError('INVALID_DATE', field, text, `${field} ${show(text)} is not a real date: there is no month ${month}.`);
      }
      return new SendTimescalesError(
        'INVALID_DATE', field, text,
        `${field} ${show(text)} is not a real date: ${MONTH_NAMES[month - 1]} ${y} has ${daysInMonth(Number(y), month)} days, not ${Number(d)}.`,
      );
    }
    return new SendTimescalesError('INVALID_DATE', field, text, `${field} ${show(text)} is not a date in the form YYYY-MM-DD (e.g. 2025-01-06).`);
  }
  return new SendTimescalesError('INVALID_DATE', field, text, `${field} must be a date in the form YYYY-MM-DD, but ${show(text)} was given.`);
}

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => (i < 10 ? '0' : '') + i);

/** Day numbers whose ISO strings are cached (1900–2199): deadlines format the same days over and over. */
const CACHE_FROM = daysFromCivil(1900, 1, 1);
const CACHE_TO = daysFromCivil(2199, 12, 31);
const isoCache: (string | undefined)[] = [];

/** The ISO string of a day number. */
export function dayToIso(day: number): IsoDate {
  if (day >= CACHE_FROM && day <= CACHE_TO) return (isoCache[day - CACHE_FROM] ??= formatIso(day));
  if (!(day >= MIN_DAY && day <= MAX_DAY)) {
    // The value is said in dates, never as the internal day number.
    const side = day < MIN_DAY ? 'before 0001-01-01' : 'after 9999-12-31';
    throw new SendTimescalesError('OUT_OF_RANGE', 'date', side, `The resulting date is ${side}: dates run from the year 0001 to 9999.`);
  }
  return formatIso(day);
}

function formatIso(day: number): IsoDate {
  const [y, m, d] = civilFromDays(day);
  return TWO_DIGITS[(y / 100) | 0]! + TWO_DIGITS[y % 100]! + '-' + TWO_DIGITS[m]! + '-' + TWO_DIGITS[d]!;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * Whether a value is a real ISO date (`YYYY-MM-DD`); never throws.
 * @param text - Any value.
 * @returns `true` for a real date such as `2024-02-29`; `false` for `2025-02-29`, `06/01/2025` or a number.
 * @example
 * ```ts
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2025-02-29'); // false
 * ```
 */
export function isIsoDate(text: unknown): text is IsoDate {
  try {
    isoToDay(text);
    return true;
  } catch {
    return false;
  }
}
