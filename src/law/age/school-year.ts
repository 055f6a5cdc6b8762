/**
 * School years (1 September to 31 August) and year groups: Reception = 0 … Year 13 = 13, a child
 * being in Year N in the school year in which they attain N + 5. "Year 9": SEND Regulations 2014
 * (SI 2014/1530) reg 2(1): "the year of compulsory schooling in which the majority of pupils in the
 * class attain the age of 14"; from then on, reviews must consider preparation for adulthood (regs
 * 20(6), 21(6)).
 *
 * Day numbers inside, ISO strings at the API; no `Date` anywhere.
 */
import { civilFromDays, civilInto, dayToIso, daysFromCivil, isoToDay, type IsoDate } from '../../day/iso.js';
import { checkKeys, checkOffset, dob } from './options.js';

/**
 * A school year: 1 September to the following 31 August, both inclusive. It is what
 * {@link schoolYearOf} and {@link year9SchoolYear} return, and the year in which each phase transfer starts.
 *
 * @example
 * const year: SchoolYear = { start: '2025-09-01', end: '2026-08-31' };
 * schoolYearOf('2026-02-14') // { start: '2025-09-01', end: '2026-08-31' }
 */
export interface SchoolYear {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/**
 * Options for a child taught out of their year group: `offset` `-1` = one year behind (e.g. a
 * deferred summer-born entry), `+1` = one year ahead. Taken by {@link yearGroup},
 * {@link year9SchoolYear}, {@link isYear9OrAbove} and {@link transfers}.
 *
 * @example
 * const deferred: YearGroupOptions = { offset: -1 };
 * yearGroup('2015-10-10', '2026-02-14')           // 5
 * yearGroup('2015-10-10', '2026-02-14', deferred) // 4
 */
export interface YearGroupOptions {
  /** Whole number from −3 to 3; default 0. */
  readonly offset?: number;
}

const SEPTEMBER = 9;

/**
 * The calendar year of the 1 September that starts the school year containing `day`.
 *
 * @example
 * schoolYearStartYear(isoToDay('2026-02-14')) // 2025 (school year 2025/26)
 * schoolYearStartYear(isoToDay('2026-09-01')) // 2026
 */
export function schoolYearStartYear(day: number): number {
  const civil = civilInto(day);
  return civil[1]! >= SEPTEMBER ? civil[0]! : civil[0]! - 1;
}

/**
 * Year group on `onDay` (Reception = 0) with the offset applied. The day-number form of
 * {@link yearGroup}, without its checks.
 *
 * @example
 * yearGroupOnDay(isoToDay('2015-10-10'), isoToDay('2027-09-01'), 0)  // 7
 * yearGroupOnDay(isoToDay('2015-10-10'), isoToDay('2027-09-01'), -1) // 6
 */
export function yearGroupOnDay(dobDay: number, onDay: number, offset: number): number {
  const [y, m] = civilFromDays(dobDay);
  const s = schoolYearStartYear(onDay);
  // The age attained in school year s: a birthday from September on falls in the calendar year s,
  // one from January to August in s + 1 (29 February → 1 March stays in the same school year).
  const attained = m >= SEPTEMBER ? s - y : s + 1 - y;
  return attained - 5 + offset;
}

/**
 * The calendar year of the 1 September on which the child enters `group` (offset applied).
 *
 * @example
 * schoolYearStartYearForGroup(isoToDay('2015-10-10'), 7, 0)  // 2027 (Year 7 from 1 September 2027)
 * schoolYearStartYearForGroup(isoToDay('2015-10-10'), 7, -1) // 2028
 */
export function schoolYearStartYearForGroup(dobDay: number, group: number, offset: number): number {
  const [y, m] = civilFromDays(dobDay);
  const attained = group + 5 - offset;
  return m >= SEPTEMBER ? y + attained : y + attained - 1;
}

/** The school year that starts on 1 September of `s`. */
export function schoolYearOfStart(s: number): SchoolYear {
  return { start: dayToIso(daysFromCivil(s, 9, 1)), end: dayToIso(daysFromCivil(s + 1, 8, 31)) };
}

/**
 * The school year (1 September – 31 August) containing a date.
 *
 * @example
 * schoolYearOf('2026-02-14') // { start: '2025-09-01', end: '2026-08-31' }
 * schoolYearOf('2026-09-01') // { start: '2026-09-01', end: '2027-08-31' }
 */
export function schoolYearOf(date: IsoDate): SchoolYear {
  return schoolYearOfStart(schoolYearStartYear(isoToDay(date, 'date')));
}

/**
 * The year group on a date: Reception = 0, Year 1 = 1 … Year 13 = 13. By default a child is in
 * Year N in the school year (1 September – 31 August) in which they attain age N + 5 (so Reception
 * is the year they attain 5, and Year 9 the year they attain 14, as reg 2(1) defines "year 9" for
 * the majority of the class). Negative before Reception (nursery ages), above 13 after Year 13.
 * `offset` moves a child taught out of year group (−1 = one year behind).
 *
 * @example
 * yearGroup('2015-10-10', '2027-09-01') // 7
 * yearGroup('2019-08-31', '2023-09-01') // 0: the youngest in the 2023/24 Reception class
 * yearGroup('2019-09-01', '2023-09-01') // -1: the oldest in the next cohort
 * yearGroup('2019-08-31', '2023-09-01', { offset: -1 }) // -1: deferred entry
 */
export function yearGroup(dateOfBirth: IsoDate, on: IsoDate, options?: YearGroupOptions): number {
  const birth = dob(dateOfBirth);
  const day = isoToDay(on, 'on');
  const offset = checkOffset(checkKeys(options, ['offset'], 'yearGroup').offset);
  return yearGroupOnDay(birth, day, offset);
}

/**
 * The school year in which the child is in Year 9: from then on, reviews must consider preparation
 * for adulthood and independent living (SEND Regulations 2014 regs 20(6), 21(6); "year 9" in reg
 * 2(1)). With an offset, the year in which the child's class is in Year 9.
 *
 * @example
 * year9SchoolYear('2015-10-10') // { start: '2029-09-01', end: '2030-08-31' }
 * year9SchoolYear('2015-10-10', { offset: -1 }) // { start: '2030-09-01', end: '2031-08-31' }
 */
export function year9SchoolYear(dateOfBirth: IsoDate, options?: YearGroupOptions): SchoolYear {
  const birth = dob(dateOfBirth);
  const offset = checkOffset(checkKeys(options, ['offset'], 'year9SchoolYear').offset);
  return schoolYearOfStart(schoolYearStartYearForGroup(birth, 9, offset));
}

/**
 * Whether the child is "in or beyond year 9" on a date (regs 20(6), 21(6); reg 2(1)).
 *
 * @example
 * isYear9OrAbove('2015-10-10', '2029-08-31') // false (Year 8)
 * isYear9OrAbove('2015-10-10', '2029-09-01') // true
 */
export function isYear9OrAbove(dateOfBirth: IsoDate, on: IsoDate, options?: YearGroupOptions): boolean {
  const birth = dob(dateOfBirth);
  const day = isoToDay(on, 'on');
  const offset = checkOffset(checkKeys(options, ['offset'], 'isYear9OrAbove').offset);
  return yearGroupOnDay(birth, day, offset) >= 9;
}
