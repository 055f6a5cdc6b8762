/** The working-day functions of the public API (ISO in, ISO out), over any calendar. */
import { SendTimescalesError } from '../errors.js';
import { dayToIso, isoToDay, type IsoDate } from '../day/iso.js';
import { wholeNumber } from '../day/arithmetic.js';
import { englandAndWales } from './england-and-wales.js';
import { checkCounting, WorkingCalendar, type BankHoliday, type WorkingDayCounting } from './working-calendar.js';

/**
 * The `calendar` option of the working-day functions and {@link deadline}.
 * @example
 * ```ts
 * const council = createWorkingCalendar({ name: 'Council', closures: [{ date: '2025-12-29', name: 'Council closure' }] });
 * isWorkingDay('2025-12-29', { calendar: council }); // false
 * ```
 */
export interface CalendarOption {
  /** The working-day calendar (default: England and Wales). */
  readonly calendar?: WorkingCalendar;
}

/**
 * Options of {@link addWorkingDays}: the calendar and how the start day is counted.
 * @example
 * ```ts
 * addWorkingDays('2025-01-06', 15, { counting: 'beginning-with' }); // '2025-01-24' (6 January is day 1)
 * ```
 */
export interface AddWorkingDaysOptions extends CalendarOption {
  /** `after` (default): the n-th working day after the date. `beginning-with`: the date is day 1 when it is a working day. */
  readonly counting?: WorkingDayCounting;
}

export function calendarOf(options: CalendarOption | undefined): WorkingCalendar {
  const calendar = options?.calendar;
  if (calendar === undefined) return englandAndWales;
  if (calendar instanceof WorkingCalendar) return calendar;
  throw new SendTimescalesError('INVALID_OPTION', 'calendar', calendar, 'calendar must be a calendar made by this library (englandAndWales or createWorkingCalendar).');
}

/**
 * Every non-working weekday of a year in a calendar (bank holidays, substitute and one-off days,
 * Good Friday, Christmas Day and, in a council calendar, its closures), in date order. Years after
 * the calendar's last officially announced year are flagged `projected: true`.
 * @param year - A year in the calendar's range (1971–2099 for England and Wales).
 * @param options - `calendar` (default England and Wales).
 * @returns The days, each `{ date, name, projected }`.
 * @throws {@link SendTimescalesError} `OUT_OF_RANGE` for a year outside the calendar.
 * @example
 * ```ts
 * bankHolidays(2025).length; // 8
 * bankHolidays(2025)[1];     // { date: '2025-04-18', name: 'Good Friday', projected: false }
 * bankHolidays(2029)[0];     // { date: '2029-01-01', name: 'New Year’s Day', projected: true }
 * ```
 */
export function bankHolidays(year: number, options?: CalendarOption): BankHoliday[] {
  return calendarOf(options).bankHolidays(year);
}

/**
 * Whether a date is a working day: Monday to Friday and not a bank holiday, Good Friday,
 * Christmas Day (or a council closure, in a council calendar).
 * @param date - A civil date in the calendar's range.
 * @param options - `calendar` (default England and Wales).
 * @returns `true` for a working day.
 * @throws {@link SendTimescalesError} `OUT_OF_RANGE` outside the calendar (1971–2099 for England and Wales).
 * @example
 * ```ts
 * isWorkingDay('2025-12-25'); // false
 * isWorkingDay('2025-12-24'); // true
 * ```
 */
export function isWorkingDay(date: IsoDate, options?: CalendarOption): boolean {
  return calendarOf(options).isWorkingDay(date);
}

/**
 * Why a date is not a working day: the weekday name for a weekend, the holiday's name, or a
 * council closure's name; `null` for a working day.
 * @param date - A civil date in the calendar's range.
 * @param options - `calendar` (default England and Wales).
 * @returns The reason, or `null`.
 * @example
 * ```ts
 * whyNotWorking('2025-04-18'); // 'Good Friday'
 * whyNotWorking('2026-12-28'); // 'Boxing Day (substitute day)'
 * whyNotWorking('2025-01-04'); // 'Saturday'
 * whyNotWorking('2025-01-06'); // null
 * ```
 */
export function whyNotWorking(date: IsoDate, options?: CalendarOption): string | null {
  return calendarOf(options).whyNotWorking(date);
}

/**
 * The date `n` working days from `date`. With `counting: 'after'` (default) the n-th working day
 * after `date` (the date itself never counts; `n = 0` returns it; a negative `n` counts back).
 * With `counting: 'beginning-with'` the date is day 1 when it is a working day (n ≥ 1), as in
 * "15 working days beginning with the day on which it became aware" (reg 15(2)).
 * @param date - The start date, in the calendar's range.
 * @param n - A whole number of working days.
 * @param options - `counting` and `calendar`.
 * @returns The working day reached.
 * @throws {@link SendTimescalesError} `OUT_OF_RANGE` when the count leaves the calendar; `INVALID_NUMBER` for a count that is not whole (or below 1 with `beginning-with`).
 * @example
 * ```ts
 * addWorkingDays('2025-04-17', 1);                                  // '2025-04-22' (Good Friday, Easter Monday skipped)
 * addWorkingDays('2025-04-22', -1);                                 // '2025-04-17'
 * addWorkingDays('2025-01-06', 15, { counting: 'beginning-with' }); // '2025-01-24'
 * ```
 */
export function addWorkingDays(date: IsoDate, n: number, options?: AddWorkingDaysOptions): IsoDate {
  const calendar = calendarOf(options);
  const day = isoToDay(date);
  calendar.checkDay(day, 'date', date);
  const counting = options?.counting === undefined ? 'after' : checkCounting(options.counting);
  return dayToIso(calendar.addWorkingDayNumbers(day, wholeNumber(n, 'n'), counting));
}

/**
 * The number of working days d with `start < d ≤ end` (negative when `end` is before `start`:
 * minus the working days d with `end < d ≤ start`).
 *
 * It undoes {@link addWorkingDays}: `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every
 * `n ≥ 0`, and for `n < 0` when `d` is a working day. Counting back from a day that is not a working
 * day it cannot hold: from Saturday 11 January 2025, one working day back is Friday 10 January, and
 * (Friday, Saturday] holds no working day, so the count is 0, not −1. For every `d` and `n < 0`,
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n + 1` when `d` is not a working day.
 * @param start - The start date (not counted).
 * @param end - The end date (counted when it is a working day).
 * @param options - `calendar` (default England and Wales).
 * @returns The count.
 * @example
 * ```ts
 * workingDaysBetween('2025-01-01', '2025-12-31'); // 253
 * workingDaysBetween('2025-04-17', '2025-04-22'); // 1
 * workingDaysBetween('2025-04-22', '2025-04-17'); // -1
 * ```
 */
export function workingDaysBetween(start: IsoDate, end: IsoDate, options?: CalendarOption): number {
  return calendarOf(options).workingDaysBetween(start, end);
}
