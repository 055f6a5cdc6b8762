/**
 * A working-day calendar: which days count, and fast arithmetic over them.
 *
 * The days are the calendar core's (`day-core.ts`): England and Wales is built once, lazily, as
 * a prefix sum over its whole supported range; a calendar made from it (a council's closures, the
 * tribunal's) composes the base's prefix sums with its own sorted days. Either way "the n-th
 * working day after d" and "working days between a and b" are array reads and binary searches,
 * not a day-by-day loop.
 */
import { SendTimescalesError, show } from '../errors.js';
import { dayToIso, daysFromCivil, isoToDay, weekdayOfDay, WEEKDAY_NAMES, type IsoDate } from '../day/iso.js';
import { wholeNumber } from '../day/arithmetic.js';
import { isRecord } from '../guard.js';
import { TableCore, weekendDaysBetween, type DayCore } from './day-core.js';
import type { NonWorkingDay } from './non-working-day.js';
import { calendarIdFrom } from './calendar-id.js';

/**
 * How {@link addWorkingDays} treats the start day: `after` (not counted) or `beginning-with` (day 1 when it is a working day).
 * @example
 * ```ts
 * const counting: WorkingDayCounting = 'beginning-with';
 * addWorkingDays('2025-01-06', 15, { counting }); // '2025-01-24'
 * ```
 */
export type WorkingDayCounting = 'after' | 'beginning-with';

/**
 * One non-working weekday as {@link bankHolidays} reports it.
 * @example
 * ```ts
 * const goodFriday: BankHoliday = bankHolidays(2025)[1]; // { date: '2025-04-18', name: 'Good Friday', projected: false }
 * ```
 */
export interface BankHoliday {
  readonly date: IsoDate;
  readonly name: string;
  /** True when the year is after the calendar's last officially announced year. */
  readonly projected: boolean;
}

/**
 * What a calendar is built from (see {@link createWorkingCalendar} for the public way to make one):
 * its range and either the non-working weekdays of each year (weekends are added by the calendar)
 * or a core composed from another calendar's.
 * @internal
 */
export type WorkingCalendarSpec = {
  /** A stable identifier (default: made from the name, as {@link createWorkingCalendar} does). */
  readonly id?: string;
  readonly name: string;
  readonly firstYear: number;
  readonly lastYear: number;
  /** The last year whose holidays were officially announced; later years are projected. */
  readonly lastAnnouncedYear: number;
} & (
  | { readonly holidays: (year: number) => readonly NonWorkingDay[] }
  | { readonly core: () => DayCore }
);

/**
 * A working-day calendar: which days count, and fast arithmetic over them. Built once, lazily,
 * over its whole supported range (a prefix sum of working days), so working-day arithmetic is two
 * array reads. Use {@link englandAndWales} or {@link createWorkingCalendar}; pass it as `calendar`.
 * A calendar is identified by its `id` (`england-and-wales` for the default); `name` is for people.
 * @example
 * ```ts
 * englandAndWales.isWorkingDay('2025-12-25');      // false
 * englandAndWales.addWorkingDays('2025-04-17', 1); // '2025-04-22'
 * englandAndWales.firstYear;                       // 1971
 * ```
 */
export class WorkingCalendar {
  /**
   * What identifies the calendar to code and to other systems: `england-and-wales` for the
   * default, the `id` given to {@link createWorkingCalendar} or one made from its name. Decide by
   * the id, never by the display name.
   */
  readonly id: string;
  /** The calendar's name, used in messages and traces (e.g. `England and Wales`). */
  readonly name: string;
  /** The first year the calendar covers. */
  readonly firstYear: number;
  /** The last year the calendar covers. */
  readonly lastYear: number;
  /** The last year whose holidays were officially announced; later years are projected. */
  readonly lastAnnouncedYear: number;
  /**
   * First and last supported days (day numbers).
   * @internal
   */
  readonly firstDay: number;
  /** @internal */
  readonly lastDay: number;
  readonly #spec: WorkingCalendarSpec;
  #core: DayCore | undefined;

  /** @internal */
  constructor(spec: WorkingCalendarSpec) {
    checkSpec(spec);
    this.#spec = spec;
    this.id = spec.id ?? calendarIdFrom(spec.name);
    this.name = spec.name;
    this.firstYear = spec.firstYear;
    this.lastYear = spec.lastYear;
    this.lastAnnouncedYear = spec.lastAnnouncedYear;
    this.firstDay = daysFromCivil(spec.firstYear, 1, 1);
    this.lastDay = daysFromCivil(spec.lastYear, 12, 31);
  }

  /** First supported date (ISO). */
  get firstDate(): IsoDate {
    return dayToIso(this.firstDay);
  }

  /** Last supported date (ISO). */
  get lastDate(): IsoDate {
    return dayToIso(this.lastDay);
  }

  /**
   * The first day (number) of the first projected year.
   * @internal
   */
  get firstProjectedDay(): number {
    return daysFromCivil(this.lastAnnouncedYear + 1, 1, 1);
  }

  /**
   * The calendar's days, made on first use (England and Wales walks its range once; a composed
   * calendar reads its base's core).
   * @internal
   */
  get core(): DayCore {
    return (this.#core ??= this.#makeCore());
  }

  #makeCore(): DayCore {
    const spec = this.#spec;
    if ('core' in spec) return spec.core();
    const recorded: NonWorkingDay[] = [];
    for (let y = this.firstYear; y <= this.lastYear; y++) recorded.push(...spec.holidays(y));
    return new TableCore(this.firstDay, this.lastDay, recorded);
  }

  /**
   * Throws OUT_OF_RANGE unless the day is inside the supported range.
   * @internal
   */
  checkDay(day: number, field: string, value: unknown = day): void {
    if (day < this.firstDay || day > this.lastDay) {
      throw new SendTimescalesError(
        'OUT_OF_RANGE', field, value,
        `${field} ${show(value)} is outside the ${this.name} working-day calendar, which covers ${this.firstYear} to ${this.lastYear}.`,
      );
    }
  }

  // ---- day-number API (used by the engine; no parsing, no allocation) ----

  /** @internal */
  isWorkingDayNumber(day: number): boolean {
    this.checkDay(day, 'date', dayToIso(day));
    return this.core.isWorking(day);
  }

  /**
   * The recorded non-working day (a holiday, a closure) on a day, if any.
   * @internal
   */
  holidayOn(day: number): NonWorkingDay | undefined {
    return this.core.reasonOn(day);
  }

  /**
   * Why a day is not a working day, or null when it is one.
   * @internal
   */
  reasonForDay(day: number): string | null {
    this.checkDay(day, 'date', dayToIso(day));
    const wd = weekdayOfDay(day);
    if (wd >= 6) return WEEKDAY_NAMES[wd - 1]!;
    return this.core.reasonOn(day)?.name ?? null;
  }

  /**
   * `after`: the n-th working day after `day` (n = 0 → `day`; n < 0 counts back).
   * `beginning-with`: `day` is day 1 when it is a working day (n ≥ 1).
   * @internal
   */
  addWorkingDayNumbers(day: number, n: number, counting: WorkingDayCounting = 'after'): number {
    const core = this.core;
    let from = day;
    if (counting === 'beginning-with') {
      if (n < 1) {
        throw new SendTimescalesError(
          'INVALID_NUMBER', 'n', n,
          `A period "beginning with" a day counts at least 1 working day, but ${n} was given.`,
        );
      }
      from = day - 1; // day 1 is `day` itself when it is a working day
      this.checkDay(day, 'date', dayToIso(day));
    } else if (n === 0) {
      this.checkDay(day, 'date', dayToIso(day));
      return day;
    }
    const i = from - this.firstDay;
    if (i < 0 || from > this.lastDay) this.checkDay(day, 'date', dayToIso(day));
    // Working days on or before `from` (or strictly before, when counting back).
    const pos = n > 0 ? core.workingUpTo(from) + n - 1 : core.workingUpTo(from - 1) + n;
    const found = core.workingAt(pos);
    if (found === undefined) {
      throw new SendTimescalesError(
        'OUT_OF_RANGE', 'n', n,
        `Counting ${n} working days from ${dayToIso(day)} goes outside the ${this.name} calendar (${this.firstYear} to ${this.lastYear}).`,
      );
    }
    return found;
  }

  /**
   * Working days d with start < d ≤ end (negative when end < start).
   * @internal
   */
  workingDaysBetweenNumbers(start: number, end: number): number {
    this.checkDay(start, 'start', dayToIso(start));
    this.checkDay(end, 'end', dayToIso(end));
    return this.core.workingUpTo(end) - this.core.workingUpTo(start);
  }

  /**
   * Non-working days in from..to inclusive, with reasons (for traces). Weekends are grouped.
   * @internal
   */
  nonWorkingBetween(from: number, to: number): { holidays: { day: number; name: string; basis: string }[]; weekendDays: number } {
    const holidays = this.core.recordedBetween(from, to)
      .filter((h) => weekdayOfDay(h.day) < 6)
      .map((h) => ({ day: h.day, name: h.name, basis: h.basis }));
    return { holidays, weekendDays: weekendDaysBetween(from, to) };
  }

  // ---- ISO API ----

  /** Whether `date` is a working day (see the function {@link isWorkingDay}). */
  isWorkingDay(date: IsoDate): boolean {
    const day = isoToDay(date);
    this.checkDay(day, 'date', date);
    return this.core.isWorking(day);
  }

  /** Why `date` is not a working day, or `null` (see the function {@link whyNotWorking}). */
  whyNotWorking(date: IsoDate): string | null {
    const day = isoToDay(date);
    this.checkDay(day, 'date', date);
    return this.reasonForDay(day);
  }

  /** The date `n` working days from `date` (see the function {@link addWorkingDays}). */
  addWorkingDays(date: IsoDate, n: number, counting: WorkingDayCounting = 'after'): IsoDate {
    const day = isoToDay(date);
    this.checkDay(day, 'date', date);
    return dayToIso(this.addWorkingDayNumbers(day, wholeNumber(n, 'n'), checkCounting(counting)));
  }

  /** Working days d with start < d ≤ end (see the function {@link workingDaysBetween}). */
  workingDaysBetween(start: IsoDate, end: IsoDate): number {
    const s = isoToDay(start, 'start');
    const e = isoToDay(end, 'end');
    this.checkDay(s, 'start', start);
    this.checkDay(e, 'end', end);
    return this.core.workingUpTo(e) - this.core.workingUpTo(s);
  }

  /** Every non-working weekday of the year, in date order. */
  bankHolidays(year: number): BankHoliday[] {
    wholeNumber(year, 'year');
    if (year < this.firstYear || year > this.lastYear) {
      throw new SendTimescalesError(
        'OUT_OF_RANGE', 'year', year, `${year} is outside the ${this.name} calendar, which covers ${this.firstYear} to ${this.lastYear}.`,
      );
    }
    const from = daysFromCivil(year, 1, 1);
    const to = daysFromCivil(year, 12, 31);
    const projected = year > this.lastAnnouncedYear;
    return this.core.recordedBetween(from, to).map((h) => ({ date: dayToIso(h.day), name: h.name, projected }));
  }
}

export function checkCounting(counting: unknown): WorkingDayCounting {
  if (counting === 'after' || counting === 'beginning-with') return counting;
  throw new SendTimescalesError('INVALID_OPTION', 'counting', counting, `counting must be "after" or "beginning-with", not ${show(counting)}.`);
}

/**
 * The constructor is the library's own (englandAndWales, createWorkingCalendar): a JavaScript
 * caller who calls it directly with something else gets the library's error, not a TypeError later.
 */
function checkSpec(spec: unknown): asserts spec is WorkingCalendarSpec {
  const fine = isRecord(spec) && typeof spec.name === 'string'
    && (typeof spec.holidays === 'function' || typeof spec.core === 'function')
    && (spec.id === undefined || typeof spec.id === 'string')
    && [spec.firstYear, spec.lastYear, spec.lastAnnouncedYear].every((y) => Number.isInteger(y) && (y as number) >= 1 && (y as number) <= 9999)
    && (spec.firstYear as number) <= (spec.lastYear as number);
  if (!fine) {
    throw new SendTimescalesError('INVALID_ARGUMENT', 'spec', spec, `A working calendar is made with createWorkingCalendar() (or use englandAndWales), but the constructor was given ${show(spec)}.`);
  }
}
