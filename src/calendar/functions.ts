/** The working-day functions of the public API (ISO in, ISO out), over any calendar. */
import { SendTimescalesError } from '../errors.js';
import { dayToIso, isoToDay, type IsoDate } from '../day/iso.js';
import { wholeNumber } from '../day/arithmetic.js';
import { englandAndWales } from './england-and-wales.js';
import { checkCounting, WorkingCalendar, type BankHoliday, type WorkingDayCounting } from './working-calendar.js';

export interface CalendarOption {
  /** The working-day calendar (default: England and Wales). */
  readonly calendar?: WorkingCalendar;
}

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

/** Every non-working weekday of `year`, in date order: `bankHolidays(2025)[0]` is `{ date: '2025-01-01', name: 'New Year’s Day', projected: false }`. */
export function bankHolidays(year: number, options?: CalendarOption): BankHoliday[] {
  return calendarOf(options).bankHolidays(year);
}

/** `isWorkingDay('2025-12-25')` is `false`. */
export function isWorkingDay(date: IsoDate, options?: CalendarOption): boolean {
  return calendarOf(options).isWorkingDay(date);
}

/** `whyNotWorking('2025-04-18')` is `'Good Friday'`; a working day gives `null`. */
export function whyNotWorking(date: IsoDate, options?: CalendarOption): string | null {
  return calendarOf(options).whyNotWorking(date);
}

/** `addWorkingDays('2025-04-17', 1)` is `'2025-04-22'` (Good Friday and Easter Monday skipped). */
export function addWorkingDays(date: IsoDate, n: number, options?: AddWorkingDaysOptions): IsoDate {
  const calendar = calendarOf(options);
  const day = isoToDay(date);
  calendar.checkDay(day, 'date', date);
  const counting = options?.counting === undefined ? 'after' : checkCounting(options.counting);
  return dayToIso(calendar.addWorkingDayNumbers(day, wholeNumber(n, 'n'), counting));
}

/** Working days d with start < d ≤ end: `workingDaysBetween('2025-04-17', '2025-04-22')` is `1`. */
export function workingDaysBetween(start: IsoDate, end: IsoDate, options?: CalendarOption): number {
  return calendarOf(options).workingDaysBetween(start, end);
}
