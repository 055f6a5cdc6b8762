/**
 * HESC rule 12(3)(b): in a special educational needs case "the days from 25th December to 1st
 * January inclusive and any day in August must not be counted when calculating the time by which
 * any other act must be done". Counting such a period is counting working days on a calendar that
 * also closes those days, derived once from the caller's base calendar.
 */
import { daysFromCivil } from '../day/iso.js';
import type { Holiday } from '../calendar/england-and-wales-rules.js';
import { WorkingCalendar } from '../calendar/working-calendar.js';

const R12 = 'HESC Rules 2008 r12(3)(b)';
const cache = new WeakMap<WorkingCalendar, WorkingCalendar>();

export function tribunalCalendar(base: WorkingCalendar): WorkingCalendar {
  let derived = cache.get(base);
  if (!derived) {
    derived = new WorkingCalendar({
      name: `${base.name} (HESC r12(3)(b): 25 December–1 January and August not counted)`,
      firstYear: base.firstYear,
      lastYear: base.lastYear,
      lastAnnouncedYear: base.lastAnnouncedYear,
      holidays: (year) => {
        const out: Holiday[] = [];
        const jan1 = daysFromCivil(year, 1, 1);
        const dec31 = daysFromCivil(year, 12, 31);
        for (let d = jan1; d <= dec31; d++) {
          const h = base.holidayOn(d);
          if (h) out.push(h);
          else if (d === jan1) out.push({ day: d, name: '1 January (not counted)', basis: R12 });
          else if (d >= daysFromCivil(year, 8, 1) && d <= daysFromCivil(year, 8, 31)) out.push({ day: d, name: 'August (not counted)', basis: R12 });
          else if (d >= daysFromCivil(year, 12, 25)) out.push({ day: d, name: '25 December–1 January (not counted)', basis: R12 });
        }
        return out;
      },
    });
    cache.set(base, derived);
  }
  return derived;
}
