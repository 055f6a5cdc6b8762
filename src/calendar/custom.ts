/** Calendars a council builds: the default plus its own closure days. */
import { expectList, optionsObject } from '../guard.js';
import { SendTimescalesError, show } from '../errors.js';
import { daysFromCivil, isoToDay, weekdayOfDay, type IsoDate } from '../day/iso.js';
import { englandAndWales } from './england-and-wales.js';
import type { Holiday } from './england-and-wales-rules.js';
import { WorkingCalendar } from './working-calendar.js';

/**
 * A council's own closure day: a weekday that is not a working day in its calendar.
 * @example
 * ```ts
 * const closure: Closure = { date: '2025-12-29', name: 'Council closure' };
 * ```
 */
export interface Closure {
  readonly date: IsoDate;
  readonly name: string;
}

/**
 * Options of {@link createWorkingCalendar}.
 * @example
 * ```ts
 * const options: CreateWorkingCalendarOptions = { name: 'Council', closures: [{ date: '2025-12-29', name: 'Council closure' }] };
 * ```
 */
export interface CreateWorkingCalendarOptions {
  /** The calendar to extend (default: England and Wales). */
  readonly base?: WorkingCalendar;
  /** Extra days that are not working days (e.g. a council's closure days between Christmas and New Year). */
  readonly closures?: readonly Closure[];
  readonly name: string;
}

/**
 * A working-day calendar with a council's own closure days added to a base calendar (England and
 * Wales by default). A closure on a weekend or a bank holiday changes nothing.
 * @param options - `name`, `closures` and `base`.
 * @returns The calendar, to pass as `calendar` to the working-day functions and {@link deadline}.
 * @throws {@link SendTimescalesError} `INVALID_OPTION` for a missing name or a closure without a name; `INVALID_DATE` / `OUT_OF_RANGE` for a bad closure date.
 * @example
 * ```ts
 * const council = createWorkingCalendar({ name: 'Council', closures: [{ date: '2025-12-29', name: 'Council closure' }] });
 * addWorkingDays('2025-12-19', 5, { calendar: council }); // '2025-12-31'
 * council.whyNotWorking('2025-12-29');                    // 'Council closure'
 * ```
 */
export function createWorkingCalendar(options: CreateWorkingCalendarOptions): WorkingCalendar {
  options = optionsObject(options);
  const base = options.base ?? englandAndWales;
  if (!(base instanceof WorkingCalendar)) {
    throw new SendTimescalesError('INVALID_OPTION', 'base', base, 'base must be a calendar made by this library (e.g. englandAndWales).');
  }
  if (typeof options.name !== 'string' || options.name.trim() === '') {
    throw new SendTimescalesError('INVALID_OPTION', 'name', options.name, 'A calendar needs a name (e.g. "Dorset Council").');
  }
  const byYear = new Map<number, Holiday[]>();
  expectList<Closure>(options.closures ?? [], 'closures', 'closure days ({ date, name })').forEach((c, i) => {
    const field = `closures[${i}].date`;
    const day = isoToDay(c?.date, field);
    base.checkDay(day, field, c.date);
    if (typeof c.name !== 'string' || c.name.trim() === '') {
      throw new SendTimescalesError('INVALID_OPTION', `closures[${i}].name`, c.name, `The closure on ${c.date} needs a name, but ${show(c.name)} was given.`);
    }
    const year = Number(c.date.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), { day, name: c.name, basis: `closure day of ${options.name}` }]);
  });
  return new WorkingCalendar({
    name: options.name,
    firstYear: base.firstYear,
    lastYear: base.lastYear,
    lastAnnouncedYear: base.lastAnnouncedYear,
    holidays: (year) => {
      const own = byYear.get(year) ?? [];
      const days = new Map<number, Holiday>();
      for (let d = daysFromCivil(year, 1, 1); d <= daysFromCivil(year, 12, 31); d++) {
        const h = base.holidayOn(d);
        if (h) days.set(d, h);
      }
      // A closure on a weekend or a bank holiday changes nothing: the day was not working already.
      for (const h of own) if (!days.has(h.day) && weekdayOfDay(h.day) < 6) days.set(h.day, h);
      return [...days.values()];
    },
  });
}
