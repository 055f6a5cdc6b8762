/**
 * HESC rule 12(3)(b): in a special educational needs case "the days from 25th December to 1st
 * January inclusive and any day in August must not be counted when calculating the time by which
 * any other act must be done". Counting such a period is counting working days on a calendar that
 * also closes those days: the caller's base calendar with those days added as closures (composed
 * on the base's own prefix sums, never a walk over the base's days), made once per base.
 */
import { daysFromCivil, weekdayOfDay } from '../day/iso.js';
import { withClosedDays } from '../calendar/compose.js';
import { SATURDAY, type NonWorkingDay } from '../calendar/non-working-day.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';

const R12 = 'HESC Rules 2008 r12(3)(b)';
const cache = new WeakMap<WorkingCalendar, WorkingCalendar>();

/** The weekdays r12(3)(b) leaves out of a count in one year, each with its name; the base's own holidays are kept as they are by the composition. */
function notCountedIn(year: number): NonWorkingDay[] {
  const out: NonWorkingDay[] = [];
  const add = (from: number, to: number, name: string): void => {
    for (let d = from; d <= to; d++) if (weekdayOfDay(d) < SATURDAY) out.push({ day: d, name, basis: R12 });
  };
  add(daysFromCivil(year, 1, 1), daysFromCivil(year, 1, 1), '1 January (not counted)');
  add(daysFromCivil(year, 8, 1), daysFromCivil(year, 8, 31), 'August (not counted)');
  add(daysFromCivil(year, 12, 25), daysFromCivil(year, 12, 31), '25 December–1 January (not counted)');
  return out;
}

/**
 * The calendar on which the Tribunal's periods are counted: `base` with 25 December–1 January and
 * every day of August not counted (HESC r12(3)(b)).
 * @param base - The working-day calendar (England and Wales, or a council's).
 * @returns The derived calendar, the same object for the same base.
 */
export function tribunalCalendar(base: WorkingCalendar): WorkingCalendar {
  let derived = cache.get(base);
  if (!derived) {
    const days: NonWorkingDay[] = [];
    for (let year = base.firstYear; year <= base.lastYear; year++) days.push(...notCountedIn(year));
    derived = withClosedDays(base, {
      id: `${base.id}-tribunal`,
      name: `${base.name} (HESC r12(3)(b): 25 December–1 January and August not counted)`,
    }, days);
    cache.set(base, derived);
  }
  return derived;
}
