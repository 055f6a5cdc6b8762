/** Calendars a council builds: the default plus its own closure days. */
import { expectList, optionsObject } from '../guard.js';
import { SendTimescalesError, show } from '../errors.js';
import { isoToDay, type IsoDate } from '../day/iso.js';
import { englandAndWales } from './england-and-wales.js';
import { BUILT_IN_CALENDAR_IDS, calendarIdFrom, isCalendarId } from './calendar-id.js';
import { withClosedDays } from './compose.js';
import type { NonWorkingDay } from './non-working-day.js';
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
  /** The display name, shown in messages and traces. */
  readonly name: string;
  /**
   * What identifies the calendar to code and other systems (lower-case words joined by hyphens,
   * e.g. `dorset-council`). Default: made from the name (`Dorset Council` → `dorset-council`),
   * with `-custom` added when that would be a built-in calendar's id (`england-and-wales`).
   */
  readonly id?: string;
}

/**
 * A working-day calendar with a council's own closure days added to a base calendar (England and
 * Wales by default). A closure on a weekend or a bank holiday changes nothing.
 * @param options - `name`, `closures`, `base` and `id`.
 * @returns The calendar, to pass as `calendar` to the working-day functions and {@link deadline}.
 * @throws {@link SendTimescalesError} `INVALID_OPTION` for a missing name, a closure without a name or an id that is not lower-case words joined by hyphens (or is a built-in calendar's); `INVALID_DATE` / `OUT_OF_RANGE` for a bad closure date.
 * @example
 * ```ts
 * const council = createWorkingCalendar({ name: 'Council', closures: [{ date: '2025-12-29', name: 'Council closure' }] });
 * addWorkingDays('2025-12-19', 5, { calendar: council }); // '2025-12-31'
 * council.whyNotWorking('2025-12-29');                    // 'Council closure'
 * council.id;                                             // 'council'
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
  const id = options.id === undefined ? defaultId(options.name) : options.id;
  if (!isCalendarId(id)) {
    throw new SendTimescalesError(
      'INVALID_OPTION', 'id', options.id,
      `A calendar id is lower-case letters and digits in words joined by hyphens (e.g. "dorset-council"), and not a built-in calendar's id (${[...BUILT_IN_CALENDAR_IDS].join(', ')}); ${show(options.id)} was given.`,
    );
  }
  const closed: NonWorkingDay[] = [];
  expectList<Closure>(options.closures ?? [], 'closures', 'closure days ({ date, name })').forEach((c, i) => {
    const field = `closures[${i}].date`;
    const day = isoToDay(c?.date, field);
    base.checkDay(day, field, c.date);
    if (typeof c.name !== 'string' || c.name.trim() === '') {
      throw new SendTimescalesError('INVALID_OPTION', `closures[${i}].name`, c.name, `The closure on ${c.date} needs a name, but ${show(c.name)} was given.`);
    }
    closed.push({ day, name: c.name, basis: `closure day of ${options.name}` });
  });
  // A closure on a weekend or a bank holiday changes nothing: the day was not working already.
  return withClosedDays(base, { id, name: options.name }, closed);
}

/** The id made from the name, kept clear of the built-in calendars' ids. */
function defaultId(name: string): string {
  const id = calendarIdFrom(name);
  return BUILT_IN_CALENDAR_IDS.has(id) ? `${id}-custom` : id;
}
