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
import { isoToDay, weekdayOfDay } from '../day/iso.js';
import { standingHolidaysOf, type StandingHoliday } from './holiday-rules.js';
import { oneOffChanges } from './one-offs.js';
import { SATURDAY, type NonWorkingDay } from './non-working-day.js';

/**
 * A non-working weekday with its legal basis. Kept under this name for modules written before
 * the calendar core named it {@link NonWorkingDay}.
 */
export type Holiday = NonWorkingDay;

const ACT = 'Banking and Financial Dealings Act 1971 Sch 1';
const PROCLAMATION = 'royal proclamation under the Banking and Financial Dealings Act 1971 s1(3)';
const COMMON_LAW = 'common-law holiday';

/** First year of the New Year's Day bank holiday in England and Wales. */
export const FIRST_NEW_YEAR_HOLIDAY = 1974;
/** First year of the early May bank holiday. */
export const FIRST_EARLY_MAY_HOLIDAY = 1978;

const MONDAY = 1;

/**
 * The standing days, in the order their substitutes are placed: Christmas Day before Boxing Day,
 * so that when 25 December is a Saturday, Christmas takes Monday 27 and Boxing Day Tuesday 28, and
 * when it is a Sunday, Boxing Day keeps Monday 26 and Christmas takes Tuesday 27.
 */
export const ENGLAND_AND_WALES_STANDING: readonly StandingHoliday[] = [
  {
    name: 'New Year’s Day', basis: PROCLAMATION, date: { kind: 'fixed', month: 1, day: 1 }, fromYear: FIRST_NEW_YEAR_HOLIDAY,
    substitute: { rule: 'next-free-weekday', name: 'New Year’s Day (substitute day)', basis: PROCLAMATION },
  },
  { name: 'Good Friday', basis: COMMON_LAW, date: { kind: 'easter', offset: -2 } },
  { name: 'Easter Monday', basis: ACT, date: { kind: 'easter', offset: 1 } },
  { name: 'Early May bank holiday', basis: PROCLAMATION, date: { kind: 'nth-weekday', month: 5, weekday: MONDAY, nth: 1 }, fromYear: FIRST_EARLY_MAY_HOLIDAY },
  { name: 'Spring bank holiday', basis: ACT, date: { kind: 'last-weekday', month: 5, weekday: MONDAY } },
  { name: 'Summer bank holiday', basis: ACT, date: { kind: 'last-weekday', month: 8, weekday: MONDAY } },
  {
    name: 'Christmas Day', basis: COMMON_LAW, date: { kind: 'fixed', month: 12, day: 25 },
    substitute: {
      rule: 'next-free-weekday', name: 'Christmas Day (substitute day)',
      // Both land on 27 December, which the Act names in either case.
      basis: { Saturday: `${ACT} (27 December when 26 December is a Sunday)`, Sunday: `${ACT} (27 December when 25 December is a Sunday)` },
    },
  },
  {
    // The Act gives 26 December "if it be not a Sunday"; the weekday substitutes are proclaimed.
    name: 'Boxing Day', basis: ACT, date: { kind: 'fixed', month: 12, day: 26 },
    substitute: { rule: 'next-free-weekday', name: 'Boxing Day (substitute day)', basis: PROCLAMATION },
  },
];

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
  let days = standingHolidaysOf(year, ENGLAND_AND_WALES_STANDING);
  for (const change of oneOffsFor(year)) {
    if (change.removes !== undefined) days = days.filter((h) => h.day !== change.removes);
    days.push(change.adds);
  }
  return days.filter((h) => weekdayOfDay(h.day) < SATURDAY).sort((a, b) => a.day - b.day);
}
