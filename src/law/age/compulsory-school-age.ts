/**
 * Compulsory school age: Education Act 1996 s8(2)–(3); prescribed days 31 March, 31 August,
 * 31 December (Education (Start of Compulsory School Age) Order 1998, SI 1998/1607 art 2); school
 * leaving date the last Friday in June (Education (School Leaving Date) Order 1997, SI 1997/1970
 * art 2). See docs/ages.md for the reasoning.
 *
 * Day numbers inside, ISO strings at the API; no `Date` anywhere.
 */
import { SendTimescalesError, show } from '../../errors.js';
import { civilFromDays, dayToIso, daysFromCivil, isoToDay, weekdayOfDay, type IsoDate } from '../../day/iso.js';
import { formatLongDay, wholeNumber } from '../../day/arithmetic.js';
import { attainsAgeDay } from './attaining.js';
import { checkKeys, dob } from './options.js';

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
