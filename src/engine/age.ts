/**
 * Dates that depend on a child's or young person's age: age, school year and year group,
 * compulsory school age, Year 9, the reg 18 phase transfers, and the upper age of a plan.
 *
 * Law (wording in law/texts and law/sources.md part 2; see docs/ages.md for the reasoning):
 * - Attaining an age: Family Law Reform Act 1969 s9(1): "The time at which a person attains a
 *   particular age expressed in years shall be the commencement of the relevant anniversary of the
 *   date of his birth." For a 29 February birth in a non-leap year the library takes the anniversary
 *   to be **1 March** (see {@link attainsAge}).
 * - Compulsory school age: Education Act 1996 s8(2)–(3); prescribed days 31 March, 31 August,
 *   31 December (Education (Start of Compulsory School Age) Order 1998, SI 1998/1607 art 2); school
 *   leaving date the last Friday in June (Education (School Leaving Date) Order 1997, SI 1997/1970
 *   art 2).
 * - Year 9: SEND Regulations 2014 (SI 2014/1530) reg 2(1): "the year of compulsory schooling in
 *   which the majority of pupils in the class attain the age of 14".
 * - Phase transfers: reg 2(1) ("transfer between phases of education"), reg 18(1) and 18(3);
 *   "post-16 institution": Children and Families Act 2014 s83(2).
 * - Upper age: CFA 2014 s46 and reg 46(1) ("academic year").
 *
 * Day numbers inside, ISO strings at the API; no `Date` anywhere.
 */
import { SendTimescalesError, show } from '../errors.js';
import {
  civilFromDays, dayToIso, daysFromCivil, isLeapYear, isoToDay, weekdayOfDay, type IsoDate,
} from '../day/iso.js';
import { addMonthsToDay, formatLongDay, wholeNumber } from '../day/arithmetic.js';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

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

/**
 * The stages at which a child may move phase, named after the year group the child enters.
 * `year3` is infant to junior school; `year5` and `year9` are the three-tier moves (first to middle,
 * middle to upper school).
 *
 * @example
 * const stage: TransferStage = 'year7'; // primary to secondary school
 * transfers('2015-10-10', { stages: [stage] })[0].statutoryDate // '2027-02-15'
 */
export type TransferStage = 'reception' | 'year3' | 'year5' | 'year7' | 'year9' | 'year12';

/**
 * Every transfer stage, in date order. Pass it as `stages` to report all six, for example in a
 * three-tier area.
 *
 * @example
 * TRANSFER_STAGES // ['reception', 'year3', 'year5', 'year7', 'year9', 'year12']
 * transfers('2015-10-10', { stages: TRANSFER_STAGES }).length // 6
 */
export const TRANSFER_STAGES: readonly TransferStage[] = ['reception', 'year3', 'year5', 'year7', 'year9', 'year12'];

/**
 * The default stages for a two-tier area (law/README.md §3). Year 3 only where the child is at an
 * infant school; Years 5 and 9 only in a three-tier area: the case names them.
 *
 * @example
 * DEFAULT_TRANSFER_STAGES // ['reception', 'year7', 'year12']
 * transfers('2015-10-10').map((t) => t.stage) // ['reception', 'year7', 'year12']
 */
export const DEFAULT_TRANSFER_STAGES: readonly TransferStage[] = ['reception', 'year7', 'year12'];

/**
 * Options of {@link transfers}: which stages to report, the child's year-group `offset`, and whether
 * the young person goes to a college or stays in a school sixth form for Year 12.
 *
 * @example
 * const options: TransferOptions = { stages: ['year7', 'year12'], offset: -1, year12Destination: 'school-sixth-form' };
 * transfers('2015-10-10', options).map((t) => t.statutoryDate) // ['2028-02-15', null]
 */
export interface TransferOptions extends YearGroupOptions {
  /** Stages to report (any order; reported in date order). Default {@link DEFAULT_TRANSFER_STAGES}. */
  readonly stages?: readonly TransferStage[];
  /**
   * Where the young person goes in Year 12. Default `'post16-institution'` (a college: reg 18(1)(a),
   * before 31 March). `'school-sixth-form'`: not a transfer between phases at all (ruleId `null`).
   */
  readonly year12Destination?: 'post16-institution' | 'school-sixth-form';
}

/**
 * One phase transfer, as {@link transfers} returns it: the stage, the school year the new phase
 * starts, and the date named in reg 18 for reviewing and amending the plan, with its citation.
 *
 * @example
 * // transfers('2015-10-10', { stages: ['year7'] })[0], its notes shortened:
 * const t: Transfer = {
 *   stage: 'year7',
 *   yearGroup: 7,
 *   startsSchoolYear: { start: '2027-09-01', end: '2028-08-31' },
 *   transferYear: 2027,
 *   ruleId: 'phase-transfer',
 *   statutoryDate: '2027-02-15', // review and amend the plan before 15 February 2027
 *   citation: 'SEND Regulations 2014 reg 18(1)(b)',
 *   isPost16: false,
 *   notes: ['reg 2(1) "transfer between phases of education" (d): primary school to secondary school.', '…', '…'],
 * };
 */
export interface Transfer {
  readonly stage: TransferStage;
  /** The year group the child enters (offset applied). */
  readonly yearGroup: number;
  /** The school year that the new phase starts (modelled as starting on its 1 September). */
  readonly startsSchoolYear: SchoolYear;
  /** The calendar year of the transfer: the year of that 1 September. */
  readonly transferYear: number;
  /** The reg 18 rule, or `null` where reg 18 does not apply (a move into a school sixth form). */
  readonly ruleId: 'phase-transfer' | 'phase-transfer-post16' | null;
  /**
   * The date named in reg 18 (15 February / 31 March of the transfer year; 31 May 2015 under
   * 18(3)). The regulation says *before* this date: the last compliant day is decided by the rule's
   * `fixedDate` reading (strict: the day before). `null` where `ruleId` is `null`.
   */
  readonly statutoryDate: IsoDate | null;
  /** The provision the date comes from, or why there is none. */
  readonly citation: string;
  /** True for the move into Year 12 (post-16 education), whatever the destination. */
  readonly isPost16: boolean;
  readonly notes: readonly string[];
}

/**
 * Options of {@link compulsorySchoolAge}: the day the autumn term began in the year of the 16th
 * birthday. It matters only for a birthday around the start of term; without it the school year is
 * taken to begin on 1 September.
 *
 * @example
 * const options: CompulsorySchoolAgeOptions = { autumnTermStart: '2024-09-04' };
 * compulsorySchoolAge('2008-09-01', options).ends // '2024-06-28' (16 before term began: s8(3)(a))
 * compulsorySchoolAge('2008-09-01').ends          // '2025-06-27' (term taken to begin on 1 September)
 */
export interface CompulsorySchoolAgeOptions {
  /**
   * The first day of the first school term to begin after July in the year of the 16th birthday
   * (EA 1996 s579(1): the start of the school year). Only used for the s8(3)(a) edge; without it
   * the school year is taken to begin on 1 September.
   */
  readonly autumnTermStart?: IsoDate;
}

/**
 * What {@link compulsorySchoolAge} returns: the first and last days of compulsory school age, the
 * limbs of Education Act 1996 s8 that gave them, and notes explaining the reasoning.
 *
 * @example
 * // compulsorySchoolAge('2020-01-15'), its notes shortened:
 * const csa: CompulsorySchoolAge = {
 *   starts: '2025-03-31',
 *   ends: '2036-06-27',
 *   provisions: { starts: 's8(2)(b)', ends: 's8(3)(c)' },
 *   notes: ['Fifth birthday Wednesday 15 January 2025; compulsory school age starts at the beginning of the next prescribed day, Monday 31 March 2025 …', '…', '…'],
 * };
 */
export interface CompulsorySchoolAge {
  /** First day of compulsory school age (s8(2)). */
  readonly starts: IsoDate;
  /** Last day of compulsory school age: it ends "at the end of" this day (s8(3)). */
  readonly ends: IsoDate;
  /** Which limbs of s8 gave the dates. */
  readonly provisions: { readonly starts: 's8(2)(a)' | 's8(2)(b)'; readonly ends: 's8(3)(a)' | 's8(3)(b)' | 's8(3)(c)' };
  readonly notes: readonly string[];
}

/**
 * Where the young person is when they turn 25: reg 46(1)(a) an institution within the further
 * education sector; (b) apprenticeship training; (c) all other cases.
 *
 * @example
 * const setting: PlanUpperAgeSetting = 'apprenticeship';
 * planUpperAge('2001-03-15', { setting, endsOn: '2026-12-18' }) // '2026-12-18'
 */
export type PlanUpperAgeSetting = 'further-education' | 'apprenticeship' | 'other';

/**
 * Options of {@link planUpperAge} and {@link planUpperAgeDetail}: where the young person is when
 * they turn 25, and when that apprenticeship or course ends.
 *
 * @example
 * const options: PlanUpperAgeOptions = { setting: 'other', endsOn: '2027-06-30' };
 * planUpperAge('2001-03-15', options) // '2027-03-14' (the day before the 26th birthday comes first)
 */
export interface PlanUpperAgeOptions {
  /** Default `'further-education'` (reg 46(1)(a): the academic year ends on 31 July). */
  readonly setting?: PlanUpperAgeSetting;
  /**
   * Required for `'apprenticeship'` (the date the apprenticeship training finishes) and `'other'`
   * (the day the course of education or training is scheduled to end). Not used otherwise.
   */
  readonly endsOn?: IsoDate;
}

/**
 * What {@link planUpperAgeDetail} returns: the last day the plan may be maintained, the 25th
 * birthday, the "academic year" that decides it, and the citation and notes saying why.
 *
 * @example
 * // planUpperAgeDetail('2001-03-15'), its notes shortened:
 * const upper: PlanUpperAge = {
 *   lastDay: '2026-07-31',
 *   attains25: '2026-03-15',
 *   academicYear: { start: '2025-08-01', end: '2026-07-31' },
 *   citation: 'Children and Families Act 2014 s46; SEND Regulations 2014 reg 46(1)(a)',
 *   notes: ['Further education sector: the academic year ends on 31 July (reg 46(1)(a)). …', '…'],
 * };
 */
export interface PlanUpperAge {
  /** The last day the local authority may maintain the plan under CFA 2014 s46. */
  readonly lastDay: IsoDate;
  /** The 25th birthday. */
  readonly attains25: IsoDate;
  /** The "academic year" (reg 46(1)) during which the young person attains 25. */
  readonly academicYear: { readonly start: IsoDate; readonly end: IsoDate };
  readonly citation: string;
  readonly notes: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Day-number core (exported for the engine's hot paths; not part of the public API)
// ---------------------------------------------------------------------------------------------

const SEPTEMBER = 9;
const MAX_OFFSET = 3;
const MAX_AGE = 150;

/**
 * Day number on which a person born on `dobDay` attains `age` (29 February → 1 March in a common
 * year). The day-number form of {@link attainsAge}, without its checks.
 *
 * @example
 * dayToIso(attainsAgeDay(isoToDay('2015-10-10'), 5)) // '2020-10-10'
 * dayToIso(attainsAgeDay(isoToDay('2020-02-29'), 5)) // '2025-03-01'
 */
export function attainsAgeDay(dobDay: number, age: number): number {
  const [y, m, d] = civilFromDays(dobDay);
  const year = y + age;
  if (m === 2 && d === 29 && !isLeapYear(year)) return daysFromCivil(year, 3, 1);
  return daysFromCivil(year, m, d);
}

/**
 * Whole years of age on `onDay` (may be negative before birth; callers check). The day-number form
 * of {@link ageOn}.
 *
 * @example
 * ageOnDay(isoToDay('2015-10-10'), isoToDay('2025-10-09')) // 9
 * ageOnDay(isoToDay('2015-10-10'), isoToDay('2025-10-10')) // 10
 */
export function ageOnDay(dobDay: number, onDay: number): number {
  const years = civilFromDays(onDay)[0] - civilFromDays(dobDay)[0];
  return attainsAgeDay(dobDay, years) > onDay ? years - 1 : years;
}

/**
 * The calendar year of the 1 September that starts the school year containing `day`.
 *
 * @example
 * schoolYearStartYear(isoToDay('2026-02-14')) // 2025 (school year 2025/26)
 * schoolYearStartYear(isoToDay('2026-09-01')) // 2026
 */
export function schoolYearStartYear(day: number): number {
  const [y, m] = civilFromDays(day);
  return m >= SEPTEMBER ? y : y - 1;
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

/**
 * The school leaving date of `year` as a day number: the last Friday in June (SI 1997/1970 art 2).
 * The day-number form of {@link schoolLeavingDate}, without its range check.
 *
 * @example
 * dayToIso(schoolLeavingDay(2025)) // '2025-06-27'
 */
export function schoolLeavingDay(year: number): number {
  const june30 = daysFromCivil(year, 6, 30);
  return june30 - ((weekdayOfDay(june30) - 5 + 7) % 7);
}

function schoolYearOfStart(s: number): SchoolYear {
  return { start: dayToIso(daysFromCivil(s, 9, 1)), end: dayToIso(daysFromCivil(s + 1, 8, 31)) };
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

function invalidOption(field: string, value: unknown, message: string): SendTimescalesError {
  return new SendTimescalesError('INVALID_OPTION', field, value, message);
}

function checkKeys(options: unknown, known: readonly string[], fn: string): Record<string, unknown> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalidOption('options', options, `The options of ${fn}() must be an object such as { ${known[0]}: … }, not ${show(options)}.`);
  }
  const record = options as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) {
      throw invalidOption(key, record[key], `"${key}" is not an option of ${fn}(); the options are ${known.join(', ')}.`);
    }
  }
  return record;
}

function checkOffset(value: unknown): number {
  if (value === undefined) return 0;
  const offset = wholeNumber(value, 'offset');
  if (Math.abs(offset) > MAX_OFFSET) {
    throw new SendTimescalesError(
      'INVALID_NUMBER', 'offset', value,
      `offset ${offset} is out of range: a child taught out of year group is given as a whole number of years from -${MAX_OFFSET} (behind) to ${MAX_OFFSET} (ahead).`,
    );
  }
  return offset;
}

function dob(value: unknown): number {
  return isoToDay(value, 'dateOfBirth');
}

// ---------------------------------------------------------------------------------------------
// Ages and school years
// ---------------------------------------------------------------------------------------------

/**
 * The date on which a person attains `age` (Family Law Reform Act 1969 s9(1): at the commencement of
 * the anniversary of the date of birth). For someone born on 29 February the anniversary in a common
 * year is taken to be **1 March**: s9 is silent, and 1 March is the day on which a full year has
 * run; it is the rule Scots law states expressly (Age of Legal Capacity (Scotland) Act 1991 s6(2)),
 * and of the two candidate days it is the later, so it never ends a right early. See docs/ages.md.
 *
 * @example
 * attainsAge('2015-10-10', 5) // '2020-10-10'
 * attainsAge('2020-02-29', 5) // '2025-03-01' (2025 has no 29 February)
 */
export function attainsAge(dateOfBirth: IsoDate, age: number): IsoDate {
  const birth = dob(dateOfBirth);
  const years = wholeNumber(age, 'age');
  if (years < 0 || years > MAX_AGE) {
    throw new SendTimescalesError('INVALID_NUMBER', 'age', age, `age must be a whole number of years from 0 to ${MAX_AGE}, but ${show(age)} was given.`);
  }
  return dayToIso(attainsAgeDay(birth, years));
}

/**
 * Age in whole years on a date: the person attains each age at the start of the anniversary of their
 * birth (Family Law Reform Act 1969 s9(1)); a 29 February birthday falls on 1 March in a common year
 * (see {@link attainsAge}).
 *
 * @example
 * ageOn('2015-10-10', '2025-10-09') // 9
 * ageOn('2015-10-10', '2025-10-10') // 10
 * ageOn('2020-02-29', '2025-02-28') // 4 (attains 5 on 1 March 2025)
 */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const birth = dob(dateOfBirth);
  const day = isoToDay(on, 'on');
  if (day < birth) {
    throw new SendTimescalesError('OUT_OF_RANGE', 'on', on, `on ${show(on)} is before the date of birth ${show(dateOfBirth)}, so there is no age to give.`);
  }
  return ageOnDay(birth, day);
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

// ---------------------------------------------------------------------------------------------
// Compulsory school age
// ---------------------------------------------------------------------------------------------

/** 5th birthdays before this day fall under the prescribed days in force before SI 1998/1607. */
const CSA_ORDER_IN_FORCE = daysFromCivil(1998, 8, 1);

/**
 * The school leaving date of a calendar year: the last Friday in June (Education (School Leaving
 * Date) Order 1997, SI 1997/1970 art 2, for 1998 and later years).
 *
 * @example
 * schoolLeavingDate(2024) // '2024-06-28'
 * schoolLeavingDate(2025) // '2025-06-27'
 */
export function schoolLeavingDate(year: number): IsoDate {
  const y = wholeNumber(year, 'year');
  if (y < 1998 || y > 9999) {
    throw new SendTimescalesError('OUT_OF_RANGE', 'year', year, `The school leaving date order (SI 1997/1970) fixes the last Friday in June for 1998 and later years; ${y} is outside that range.`);
  }
  return dayToIso(schoolLeavingDay(y));
}

/**
 * Compulsory school age (Education Act 1996 s8).
 *
 * - **Starts** (s8(2)) on the fifth birthday if that is a prescribed day, otherwise at the beginning
 *   of the next prescribed day: 31 March, 31 August or 31 December (SI 1998/1607 art 2). So: the
 *   first of those days falling on or after the fifth birthday.
 * - **Ends** (s8(3)) at the end of the school leaving date, the last Friday in June (SI 1997/1970):
 *   (b) on the 16th birthday if it is that day; (a) the leaving date *before* the 16th birthday if
 *   the birthday falls after it "but before the beginning of the school year next following";
 *   (c) otherwise the next leaving date after the 16th birthday. With the school year taken to begin
 *   on 1 September this is the leaving date of the school year (Year 11) in which the child turns 16.
 *   The school year really begins with the first term to begin after July (EA 1996 s579(1)), so a
 *   16th birthday from 15 August to 30 September depends on the term date: give `autumnTermStart`
 *   to decide it; otherwise a note flags it.
 *
 * Compulsory school age follows age, not year group: an offset does not change it.
 *
 * @example
 * compulsorySchoolAge('2020-01-15').starts // '2025-03-31' (fifth birthday 15 Jan 2025)
 * compulsorySchoolAge('2007-09-23').ends   // '2024-06-28' (16 on 23 Sep 2023 → leaving date 2024)
 * compulsorySchoolAge('2008-09-01', { autumnTermStart: '2024-09-04' }).ends // '2024-06-28' (s8(3)(a))
 */
export function compulsorySchoolAge(dateOfBirth: IsoDate, options?: CompulsorySchoolAgeOptions): CompulsorySchoolAge {
  const birth = dob(dateOfBirth);
  const record = checkKeys(options, ['autumnTermStart'], 'compulsorySchoolAge');
  const notes: string[] = [];
  const [by, bm, bd] = civilFromDays(birth);
  const leap = bm === 2 && bd === 29;

  // Start: s8(2).
  const fifth = attainsAgeDay(birth, 5);
  if (fifth < CSA_ORDER_IN_FORCE) {
    throw new SendTimescalesError(
      'OUT_OF_RANGE', 'dateOfBirth', dateOfBirth,
      `dateOfBirth ${show(dateOfBirth)} gives a fifth birthday before 1 August 1998, when the prescribed days of SI 1998/1607 came into force; the library does not hold the earlier rules.`,
    );
  }
  const fy = civilFromDays(fifth)[0];
  const prescribed = [daysFromCivil(fy, 3, 31), daysFromCivil(fy, 8, 31), daysFromCivil(fy, 12, 31)];
  const starts = prescribed.find((p) => p >= fifth)!; // 31 December is never before a day of its own year
  const startLimb = starts === fifth ? 's8(2)(a)' : 's8(2)(b)';
  notes.push(
    startLimb === 's8(2)(a)'
      ? `Starts on the fifth birthday, ${formatLongDay(fifth)}, because it is a prescribed day (Education Act 1996 s8(2)(a); prescribed days 31 March, 31 August and 31 December: SI 1998/1607 art 2).`
      : `Fifth birthday ${formatLongDay(fifth)}; compulsory school age starts at the beginning of the next prescribed day, ${formatLongDay(starts)} (Education Act 1996 s8(2)(b); prescribed days 31 March, 31 August and 31 December: SI 1998/1607 art 2).`,
  );

  // End: s8(3).
  const sixteenth = attainsAgeDay(birth, 16);
  const sy = civilFromDays(sixteenth)[0];
  const leavingThisYear = schoolLeavingDay(sy);
  const leavingNextYear = schoolLeavingDay(sy + 1);
  let termStart: number | undefined;
  if (record.autumnTermStart !== undefined) {
    termStart = isoToDay(record.autumnTermStart, 'autumnTermStart');
    if (termStart < daysFromCivil(sy, 8, 1) || termStart > daysFromCivil(sy, 10, 31)) {
      throw new SendTimescalesError(
        'OUT_OF_RANGE', 'autumnTermStart', record.autumnTermStart,
        `autumnTermStart ${show(record.autumnTermStart)} must be the first day of the autumn term in ${sy}, the year of the 16th birthday (between 1 August and 31 October ${sy}).`,
      );
    }
  }
  const schoolYearBegins = termStart ?? daysFromCivil(sy, 9, 1);
  let ends: number;
  let endLimb: 's8(3)(a)' | 's8(3)(b)' | 's8(3)(c)';
  if (sixteenth === leavingThisYear) {
    ends = leavingThisYear;
    endLimb = 's8(3)(b)';
    notes.push(`The 16th birthday, ${formatLongDay(sixteenth)}, is itself the school leaving date, so compulsory school age ends at the end of that day (s8(3)(b); last Friday in June: SI 1997/1970 art 2).`);
  } else if (sixteenth < leavingThisYear) {
    ends = leavingThisYear;
    endLimb = 's8(3)(c)';
    notes.push(`Ends at the end of the first school leaving date after the 16th birthday (${formatLongDay(sixteenth)}): ${formatLongDay(ends)} (s8(3)(c); last Friday in June: SI 1997/1970 art 2).`);
  } else if (sixteenth < schoolYearBegins) {
    ends = leavingThisYear;
    endLimb = 's8(3)(a)';
    notes.push(
      `The 16th birthday, ${formatLongDay(sixteenth)}, falls after the school leaving date ${formatLongDay(leavingThisYear)} but before the next school year begins` +
      `${termStart === undefined ? ' (taken as 1 September)' : ` (the autumn term beginning ${formatLongDay(termStart)})`}, so compulsory school age ends at the end of that leaving date, before the birthday (s8(3)(a)).`,
    );
  } else {
    ends = leavingNextYear;
    endLimb = 's8(3)(c)';
    notes.push(
      `Ends at the end of the first school leaving date after the 16th birthday (${formatLongDay(sixteenth)}): ${formatLongDay(ends)} (s8(3)(c); last Friday in June: SI 1997/1970 art 2)` +
      `${termStart === undefined ? '' : `; the birthday is on or after the start of the autumn term, ${formatLongDay(termStart)}, so s8(3)(a) does not apply`}.`,
    );
  }
  if (termStart === undefined && sixteenth > leavingThisYear && sixteenth >= daysFromCivil(sy, 8, 15) && sixteenth <= daysFromCivil(sy, 9, 30)) {
    notes.push(
      `Check the term date: s8(3)(a) turns on when "the school year next following" began, and a school year begins with the first school term to begin after July (Education Act 1996 s579(1)), not on 1 September. ` +
      `This result takes it as 1 September ${sy}. If the autumn term began after the 16th birthday (${formatLongDay(sixteenth)}), compulsory school age ended at the end of ${formatLongDay(leavingThisYear)}; ` +
      `if it began on or before the birthday, at the end of ${formatLongDay(leavingNextYear)}. Give autumnTermStart to decide it.`,
    );
  }
  if (leap) {
    notes.push(`Born on 29 February ${by}: in a year without 29 February the child is taken to attain an age on 1 March (Family Law Reform Act 1969 s9 is silent; see docs/ages.md).`);
  }
  notes.push('Compulsory school age follows the child\'s age, not their year group: a child taught out of year group has the same dates.');
  return { starts: dayToIso(starts), ends: dayToIso(ends), provisions: { starts: startLimb, ends: endLimb }, notes };
}

// ---------------------------------------------------------------------------------------------
// Phase transfers (reg 18)
// ---------------------------------------------------------------------------------------------

const STAGE_GROUP: Readonly<Record<TransferStage, number>> = { reception: 0, year3: 3, year5: 5, year7: 7, year9: 9, year12: 12 };

const STAGE_LIMB: Readonly<Record<Exclude<TransferStage, 'year12'>, string>> = {
  reception: 'reg 2(1) "transfer between phases of education" (a): relevant early years education to school. Applies where the child is in relevant early years education before starting school.',
  year3: 'reg 2(1) "transfer between phases of education" (b): infant school to junior school. Only where the child is at an infant school.',
  year5: 'reg 2(1) "transfer between phases of education" (c): primary (first) school to middle school, in a three-tier area.',
  year7: 'reg 2(1) "transfer between phases of education" (d): primary school to secondary school.',
  year9: 'reg 2(1) "transfer between phases of education" (e): middle school to secondary (upper) school, in a three-tier area.',
};

const SEND_REGS_IN_FORCE = daysFromCivil(2014, 9, 1);
const REG_18_3_YEAR = 2015;

const MODEL_NOTE =
  'The new phase is modelled as starting on 1 September of the school year in which the child enters this year group. If the child actually moves at another time (for example starts Reception in January), the calendar year of the transfer, and so the date, may differ.';

const BEFORE_NOTE =
  'The regulation says "before" this date: under the strict reading (the library\'s default) the last compliant day is the day before; the Code of Practice and most councils write "by" the date.';

const SIXTH_FORM_NOTE =
  'A move into a school sixth form (the same school or another) is not a "transfer between phases of education" as reg 2(1) defines it: the list ends with "(f) secondary school to a post-16 institution", and a "post-16 institution" is an institution that "is not a school" (Children and Families Act 2014 s83(2)); limbs (a)–(e) are moves into a school from early years, an infant, primary or middle school, not from a secondary school. ' +
  'So reg 18(1) sets no date for this move, and reg 18(2) (between post-16 institutions) does not apply either. What applies instead: the plan must still be reviewed within each 12-month period (CFA 2014 s44(1)), and a change of school is made by amending the plan (reg 22). A council may choose to meet the 31 March date anyway as good practice; that is not a statutory deadline.';

/**
 * The reg 18 phase transfers of a child: for each stage, the school year the new phase starts, the
 * calendar year of the transfer, and the date named in reg 18 for reviewing and amending the plan:
 * 15 February of the transfer year (reg 18(1)(b), rule `phase-transfer`) or, for the move from
 * secondary school to a post-16 institution, 31 March (reg 18(1)(a), rule `phase-transfer-post16`);
 * before 31 May 2015 for a post-16 transfer on 1 September 2015 (reg 18(3)).
 *
 * A move into a school sixth form (`year12Destination: 'school-sixth-form'`) is not a transfer
 * between phases (reg 2(1); a school is not a "post-16 institution", CFA 2014 s83(2)): it is returned
 * with `ruleId: null`, `statutoryDate: null` and a note saying what applies instead.
 *
 * Results are in date order. Unknown stages are an `INVALID_OPTION` error on `stages`.
 *
 * @example
 * transfers('2015-10-10', { stages: ['year7'] })[0]
 * // { stage: 'year7', yearGroup: 7, startsSchoolYear: { start: '2027-09-01', end: '2028-08-31' },
 * //   transferYear: 2027, ruleId: 'phase-transfer', statutoryDate: '2027-02-15', isPost16: false, … }
 * transfers('1999-03-12', { stages: ['year12'] })[0].statutoryDate // '2015-05-31' (reg 18(3))
 */
export function transfers(dateOfBirth: IsoDate, options?: TransferOptions): Transfer[] {
  const birth = dob(dateOfBirth);
  const record = checkKeys(options, ['stages', 'offset', 'year12Destination'], 'transfers');
  const offset = checkOffset(record.offset);
  const destination = record.year12Destination ?? 'post16-institution';
  if (destination !== 'post16-institution' && destination !== 'school-sixth-form') {
    throw invalidOption('year12Destination', destination, `year12Destination must be "post16-institution" or "school-sixth-form", not ${show(destination)}.`);
  }
  const stages = record.stages ?? DEFAULT_TRANSFER_STAGES;
  if (!Array.isArray(stages)) {
    throw invalidOption('stages', stages, `stages must be a list of transfer stages such as ["reception", "year7", "year12"], not ${show(stages)}.`);
  }
  const chosen = new Set<TransferStage>();
  for (const stage of stages as unknown[]) {
    if (typeof stage !== 'string' || !Object.hasOwn(STAGE_GROUP, stage)) {
      throw invalidOption('stages', stage, `${show(stage)} is not a transfer stage; the stages are ${TRANSFER_STAGES.join(', ')}.`);
    }
    chosen.add(stage as TransferStage);
  }
  return TRANSFER_STAGES.filter((s) => chosen.has(s)).map((stage) => transferAt(birth, stage, offset, destination));
}

function transferAt(birth: number, stage: TransferStage, offset: number, destination: 'post16-institution' | 'school-sixth-form'): Transfer {
  const group = STAGE_GROUP[stage];
  const s = schoolYearStartYearForGroup(birth, group, offset);
  const base = { stage, yearGroup: group, startsSchoolYear: schoolYearOfStart(s), transferYear: s, isPost16: stage === 'year12' };
  const notes: string[] = [];
  if (stage === 'year12' && destination === 'school-sixth-form') {
    notes.push(SIXTH_FORM_NOTE, MODEL_NOTE);
    return { ...base, ruleId: null, statutoryDate: null, citation: 'none: not a transfer between phases of education (SEND Regulations 2014 reg 2(1); CFA 2014 s83(2))', notes };
  }
  let ruleId: 'phase-transfer' | 'phase-transfer-post16';
  let date: number;
  let citation: string;
  if (stage === 'year12') {
    ruleId = 'phase-transfer-post16';
    notes.push('reg 2(1) "transfer between phases of education" (f): secondary school to a post-16 institution (an institution for those over compulsory school age that is not a school: CFA 2014 s83(2)). If the young person is staying in or moving to a school sixth form, use year12Destination: "school-sixth-form".');
    if (s === REG_18_3_YEAR) {
      date = daysFromCivil(2015, 5, 31);
      citation = 'SEND Regulations 2014 reg 18(3)';
      notes.push(
        'Reg 18(3): "Where a child or young person is due to transfer from a secondary school to a post-16 institution on 1 September 2015 the local authority must amend and review the EHC plan under paragraph (1)(a) before 31 May 2015." ' +
        'It displaces the 31 March 2015 date of reg 18(1)(a) for that transfer only. The library takes the transfer as due on 1 September 2015; if it was due on another day, reg 18(1)(a) applied: before 31 March 2015. ' +
        'The 31 March date and this 2015 rule are both as made (law/sources.md part 2, phase-transfer-post16-history).',
      );
    } else {
      date = daysFromCivil(s, 3, 31);
      citation = 'SEND Regulations 2014 reg 18(1)(a)';
    }
  } else {
    ruleId = 'phase-transfer';
    date = daysFromCivil(s, 2, 15);
    citation = 'SEND Regulations 2014 reg 18(1)(b)';
    notes.push(STAGE_LIMB[stage]);
  }
  notes.push(BEFORE_NOTE, MODEL_NOTE);
  if (date < SEND_REGS_IN_FORCE) {
    notes.push(`This date is before the SEND Regulations 2014 came into force (1 September 2014), so reg 18 did not govern this transfer (transitional provision: SI 2014/2270). It is shown as the regulation would give it.`);
  }
  return { ...base, ruleId, statutoryDate: dayToIso(date), citation, notes };
}

// ---------------------------------------------------------------------------------------------
// Upper age of a plan (CFA 2014 s46, reg 46)
// ---------------------------------------------------------------------------------------------

/**
 * The last day a local authority may maintain an EHC plan for a young person over 25, with the
 * reasoning. CFA 2014 s46(1): "until the end of the academic year during which the young person
 * attains the age of 25"; s46(2): "'Academic year' means the period of twelve months ending on the
 * prescribed date"; reg 46(1) prescribes it as the period of twelve months which ends:
 * (a) for a young person attending an institution within the further education sector, on
 * **31 July**; (b) in apprenticeship training, on the date that training finishes, or on the day
 * before the young person attains 26 if earlier; (c) in all other cases, on the day the course is
 * scheduled to end, or the day before the young person attains 26 if earlier.
 *
 * Default setting `'further-education'` (31 July). The further education sector is further
 * education corporations, designated institutions and sixth form colleges (EA 1996 s4(3)); many
 * independent specialist colleges are not in it: use `'other'` with `endsOn` for them.
 *
 * @example
 * planUpperAgeDetail('2001-03-15').lastDay // '2026-07-31'
 * planUpperAgeDetail('2001-03-15', { setting: 'other', endsOn: '2027-06-30' }).lastDay // '2027-03-14'
 */
export function planUpperAgeDetail(dateOfBirth: IsoDate, options?: PlanUpperAgeOptions): PlanUpperAge {
  const birth = dob(dateOfBirth);
  const record = checkKeys(options, ['setting', 'endsOn'], 'planUpperAge');
  const setting = record.setting ?? 'further-education';
  if (setting !== 'further-education' && setting !== 'apprenticeship' && setting !== 'other') {
    throw invalidOption('setting', setting, `setting must be "further-education", "apprenticeship" or "other", not ${show(setting)}.`);
  }
  const b25 = attainsAgeDay(birth, 25);
  const notes: string[] = [];
  const [by, bm, bd] = civilFromDays(birth);
  let lastDay: number;
  let citation: string;
  if (setting === 'further-education') {
    const y25 = civilFromDays(b25)[0];
    const july31 = daysFromCivil(y25, 7, 31);
    lastDay = b25 <= july31 ? july31 : daysFromCivil(y25 + 1, 7, 31);
    citation = 'Children and Families Act 2014 s46; SEND Regulations 2014 reg 46(1)(a)';
    notes.push(`Further education sector: the academic year ends on 31 July (reg 46(1)(a)). 25th birthday ${formatLongDay(b25)} → the plan may be maintained until the end of ${formatLongDay(lastDay)}.`);
    if (record.endsOn !== undefined) notes.push('endsOn is not used for a further education sector institution: reg 46(1)(a) fixes 31 July.');
  } else {
    const label = setting === 'apprenticeship' ? 'the date the apprenticeship training finishes' : 'the day the course of education or training is scheduled to end';
    if (record.endsOn === undefined) {
      throw new SendTimescalesError('INVALID_DATE', 'endsOn', undefined, `With setting "${setting}", endsOn is required: ${label} (reg 46(1)(${setting === 'apprenticeship' ? 'b' : 'c'})).`);
    }
    const end = isoToDay(record.endsOn, 'endsOn');
    if (end < b25) {
      throw new SendTimescalesError(
        'OUT_OF_RANGE', 'endsOn', record.endsOn,
        `endsOn ${show(record.endsOn)} is before the 25th birthday (${dayToIso(b25)}). Reg 46(1) measures the academic year from the course or training the young person is on when they turn 25: give the end date of that one.`,
      );
    }
    const dayBefore26 = attainsAgeDay(birth, 26) - 1;
    lastDay = Math.min(end, dayBefore26);
    const limb = setting === 'apprenticeship' ? '(b)' : '(c)';
    citation = `Children and Families Act 2014 s46; SEND Regulations 2014 reg 46(1)${limb}`;
    notes.push(
      lastDay === end
        ? `Reg 46(1)${limb}: the academic year ends on ${label}, ${formatLongDay(end)}, which is before the 26th birthday.`
        : `Reg 46(1)${limb}: ${label} (${formatLongDay(end)}) is after the day before the 26th birthday, so the academic year ends on ${formatLongDay(dayBefore26)}.`,
    );
  }
  if (bm === 2 && bd === 29) {
    notes.push(`Born on 29 February ${by}: in a year without 29 February the young person is taken to attain an age on 1 March (Family Law Reform Act 1969 s9 is silent; see docs/ages.md).`);
  }
  notes.push('This is the latest day the plan may be maintained, not a day it must run to: the plan may cease earlier under CFA 2014 s45. Until the 25th birthday the person is a "young person" in any case (CFA 2014 s83(2): "over compulsory school age but under 25").');
  const start = addMonthsToDay(lastDay, -12) + 1;
  return {
    lastDay: dayToIso(lastDay),
    attains25: dayToIso(b25),
    academicYear: { start: dayToIso(start), end: dayToIso(lastDay) },
    citation,
    notes,
  };
}

/**
 * The last day a plan may run: the end of the academic year during which the young person attains
 * 25 (CFA 2014 s46; reg 46(1)). By default the young person is taken to attend an institution in
 * the further education sector, whose academic year ends on 31 July (reg 46(1)(a)); pass `setting`
 * and `endsOn` for an apprenticeship or any other course. {@link planUpperAgeDetail} gives the
 * reasoning.
 *
 * @example
 * planUpperAge('2001-03-15') // '2026-07-31'
 * planUpperAge('2000-08-01') // '2026-07-31' (25 on 1 Aug 2025: the academic year ending 31 Jul 2026)
 * planUpperAge('2000-07-31') // '2025-07-31'
 */
export function planUpperAge(dateOfBirth: IsoDate, options?: PlanUpperAgeOptions): IsoDate {
  return planUpperAgeDetail(dateOfBirth, options).lastDay;
}

/**
 * The reg 18 transfers of a child as day numbers: the day each new phase starts (its 1 September)
 * and the rule that applies, in date order, without the notes `transfers` gives. A move into a
 * school sixth form is left out (not a transfer between phases). The engine's path for caseloads.
 *
 * @example
 * transferDays(isoToDay('2015-10-10'), 0, DEFAULT_TRANSFER_STAGES, 'post16-institution').map((t) => dayToIso(t.day))
 * // ['2020-09-01', '2027-09-01', '2032-09-01']
 * transferDays(isoToDay('2015-10-10'), 0, DEFAULT_TRANSFER_STAGES, 'school-sixth-form').length // 2
 * @internal
 */
export function transferDays(
  birth: number, offset: number, stages: readonly TransferStage[], destination: 'post16-institution' | 'school-sixth-form',
): { readonly ruleId: 'phase-transfer' | 'phase-transfer-post16'; readonly day: number }[] {
  const out: { ruleId: 'phase-transfer' | 'phase-transfer-post16'; day: number }[] = [];
  for (const stage of TRANSFER_STAGES) {
    if (!stages.includes(stage) || (stage === 'year12' && destination === 'school-sixth-form')) continue;
    const start = schoolYearStartYearForGroup(birth, STAGE_GROUP[stage], offset);
    out.push({ ruleId: stage === 'year12' ? 'phase-transfer-post16' : 'phase-transfer', day: daysFromCivil(start, 9, 1) });
  }
  return out;
}
