/**
 * Calendars made from other calendars, without walking their days: a base with extra closed days
 * (a council's closures), or two calendars combined (a day counts only when both count it). The
 * result's core reads the base's prefix sums and a sorted list of the days it adds.
 * @internal
 */
import { weekdayOfDay } from '../day/iso.js';
import { ComposedCore } from './day-core.js';
import { SATURDAY, type ClosedSpan, type NonWorkingDay } from './non-working-day.js';
import { WorkingCalendar } from './working-calendar.js';

/** @internal */
export interface ComposedCalendarSpec {
  readonly id?: string;
  readonly name: string;
}

/**
 * The base calendar with more days closed. A day the base already does not count (a weekend, a
 * bank holiday) keeps the base's reason; of two days given for the same date the first is kept.
 * Days must be inside the base's range (callers check them first, with their own field names).
 * @internal
 */
export function withClosedDays(base: WorkingCalendar, spec: ComposedCalendarSpec, days: readonly NonWorkingDay[]): WorkingCalendar {
  return new WorkingCalendar({
    ...(spec.id === undefined ? {} : { id: spec.id }),
    name: spec.name,
    firstYear: base.firstYear,
    lastYear: base.lastYear,
    lastAnnouncedYear: base.lastAnnouncedYear,
    core: () => {
      const core = base.core;
      const seen = new Set<number>();
      const spans: ClosedSpan[] = [];
      for (const d of [...days].sort((a, b) => a.day - b.day)) {
        // Array.prototype.sort is stable: the first of two same-day entries comes first.
        if (seen.has(d.day) || weekdayOfDay(d.day) >= SATURDAY || !core.isWorking(d.day)) continue;
        seen.add(d.day);
        spans.push({ start: d.day, end: d.day, name: d.name, basis: d.basis });
      }
      return new ComposedCore(core, spans);
    },
  });
}

/**
 * Two calendars combined: a day is a working day only when it is one in both; a day `first` does
 * not count keeps its reason there, and the days only `second` closes take their reason from it.
 * Both must cover the same years.
 * @internal
 */
export function combineCalendars(first: WorkingCalendar, second: WorkingCalendar, spec: ComposedCalendarSpec): WorkingCalendar {
  if (first.firstDay !== second.firstDay || first.lastDay !== second.lastDay) {
    throw new RangeError(`calendars combined must cover the same years (${first.name}: ${first.firstYear}–${first.lastYear}; ${second.name}: ${second.firstYear}–${second.lastYear})`);
  }
  return new WorkingCalendar({
    ...(spec.id === undefined ? {} : { id: spec.id }),
    name: spec.name,
    firstYear: first.firstYear,
    lastYear: first.lastYear,
    lastAnnouncedYear: Math.min(first.lastAnnouncedYear, second.lastAnnouncedYear),
    core: () => {
      const core = first.core;
      const spans: ClosedSpan[] = second.core.recordedBetween(first.firstDay, first.lastDay)
        .filter((d) => weekdayOfDay(d.day) < SATURDAY && core.isWorking(d.day))
        .map((d) => ({ start: d.day, end: d.day, name: d.name, basis: d.basis }));
      return new ComposedCore(core, spans);
    },
  });
}
