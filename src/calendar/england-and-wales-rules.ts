/**
 * England and Wales non-working weekdays, from their legal sources:
 * - Banking and Financial Dealings Act 1971 Sch 1 para 1: Easter Monday, the last Monday in May,
 *   the last Monday in August, 26 December if not a Sunday, 27 December in a year in which 25 or
 *   26 December is a Sunday.
 * - Royal proclamation (s1(3)), every year: New Year's Day from 1974 (the Monday after when it
 *   falls at a weekend), the first Monday in May from 1978, and the weekday substitutes for
 *   Christmas and Boxing Day that the Act does not cover; plus the one-off changes in `one-offs.ts`.
 * - Common law: Good Friday and Christmas Day.
 * Names follow the gov.uk bank-holidays feed, so a name can be compared with the official data.
 *
 * Evidence for the early years: New Year's Day was first a bank holiday on 1 January 1974
 * (proclaimed October 1973); the May Day holiday began on Monday 1 May 1978 (HL Deb 9 May 1978);
 * the Saturday-Christmas and Saturday-New-Year substitutes are confirmed for 1976–77 (HC Deb
 * 27 October 1976, written answer) and recur in every later proclamation. The one earlier
 * Saturday Christmas, 1971, is given the same pattern (Tuesday 28 December); no proclamation for
 * it was found, so that single day is the calendar's least certain entry.
 */
import { daysFromCivil, isoToDay, weekdayOfDay } from '../day/iso.js';
import { easterSunday } from './easter.js';
import { oneOffChanges } from './one-offs.js';

export interface Holiday {
  readonly day: number;
  readonly name: string;
  /** The legal basis, shown in traces. */
  readonly basis: string;
}

const ACT = 'Banking and Financial Dealings Act 1971 Sch 1';
const PROCLAMATION = 'royal proclamation under the Banking and Financial Dealings Act 1971 s1(3)';
const COMMON_LAW = 'common-law holiday';

/** First year of the New Year's Day bank holiday in England and Wales. */
export const FIRST_NEW_YEAR_HOLIDAY = 1974;
/** First year of the early May bank holiday. */
export const FIRST_EARLY_MAY_HOLIDAY = 1978;

const SATURDAY = 6;
const SUNDAY = 7;
const MONDAY = 1;

function lastMonday(year: number, month: number): number {
  const last = daysFromCivil(year, month + 1, 1) - 1;
  return last - ((weekdayOfDay(last) - MONDAY + 7) % 7);
}

function firstMonday(year: number, month: number): number {
  const first = daysFromCivil(year, month, 1);
  return first + ((MONDAY - weekdayOfDay(first) + 7) % 7);
}

/** The standing days of a year, before one-off changes. Weekend days are left out. */
function standingHolidays(year: number): Holiday[] {
  const out: Holiday[] = [];
  if (year >= FIRST_NEW_YEAR_HOLIDAY) {
    const jan1 = daysFromCivil(year, 1, 1);
    const wd = weekdayOfDay(jan1);
    if (wd === SATURDAY) out.push({ day: jan1 + 2, name: 'New Year’s Day (substitute day)', basis: PROCLAMATION });
    else if (wd === SUNDAY) out.push({ day: jan1 + 1, name: 'New Year’s Day (substitute day)', basis: PROCLAMATION });
    else out.push({ day: jan1, name: 'New Year’s Day', basis: PROCLAMATION });
  }
  const easter = easterSunday(year);
  out.push({ day: easter - 2, name: 'Good Friday', basis: COMMON_LAW });
  out.push({ day: easter + 1, name: 'Easter Monday', basis: ACT });
  if (year >= FIRST_EARLY_MAY_HOLIDAY) {
    out.push({ day: firstMonday(year, 5), name: 'Early May bank holiday', basis: PROCLAMATION });
  }
  out.push({ day: lastMonday(year, 5), name: 'Spring bank holiday', basis: ACT });
  out.push({ day: lastMonday(year, 8), name: 'Summer bank holiday', basis: ACT });
  out.push(...christmas(year));
  return out;
}

/** Christmas Day, Boxing Day and their substitutes (gov.uk naming). */
function christmas(year: number): Holiday[] {
  const dec25 = daysFromCivil(year, 12, 25);
  switch (weekdayOfDay(dec25)) {
    case SATURDAY: // 26th is a Sunday: 27th by the Act, 28th by proclamation
      return [
        { day: dec25 + 2, name: 'Christmas Day (substitute day)', basis: `${ACT} (27 December when 26 December is a Sunday)` },
        { day: dec25 + 3, name: 'Boxing Day (substitute day)', basis: PROCLAMATION },
      ];
    case SUNDAY: // 26th by the Act, 27th by the Act (25th is a Sunday)
      return [
        { day: dec25 + 1, name: 'Boxing Day', basis: ACT },
        { day: dec25 + 2, name: 'Christmas Day (substitute day)', basis: `${ACT} (27 December when 25 December is a Sunday)` },
      ];
    case 5: // Friday: 26th is a Saturday, Monday 28th by proclamation
      return [
        { day: dec25, name: 'Christmas Day', basis: COMMON_LAW },
        { day: dec25 + 3, name: 'Boxing Day (substitute day)', basis: PROCLAMATION },
      ];
    default:
      return [
        { day: dec25, name: 'Christmas Day', basis: COMMON_LAW },
        { day: dec25 + 1, name: 'Boxing Day', basis: ACT },
      ];
  }
}

interface ParsedChange {
  readonly removes?: number;
  readonly adds: Holiday;
}

let changesByYear: Map<number, ParsedChange[]> | undefined;

function oneOffsFor(year: number): readonly ParsedChange[] {
  if (!changesByYear) {
    changesByYear = new Map();
    for (const c of oneOffChanges) {
      const to = isoToDay(c.kind === 'extra' ? c.date : c.to);
      const parsed: ParsedChange = {
        adds: { day: to, name: c.name, basis: `${PROCLAMATION}: ${c.source}` },
        ...(c.kind === 'moved' ? { removes: isoToDay(c.from) } : {}),
      };
      const y = Number((c.kind === 'extra' ? c.date : c.to).slice(0, 4));
      changesByYear.set(y, [...(changesByYear.get(y) ?? []), parsed]);
    }
  }
  return changesByYear.get(year) ?? [];
}

/** Every non-working weekday of a year in England and Wales, in date order. */
export function englandAndWalesHolidays(year: number): Holiday[] {
  let days = standingHolidays(year);
  for (const change of oneOffsFor(year)) {
    if (change.removes !== undefined) days = days.filter((h) => h.day !== change.removes);
    days.push(change.adds);
  }
  return days.filter((h) => weekdayOfDay(h.day) < SATURDAY).sort((a, b) => a.day - b.day);
}
