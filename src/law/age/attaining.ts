/**
 * Attaining an age: Family Law Reform Act 1969 s9(1): "The time at which a person attains a
 * particular age expressed in years shall be the commencement of the relevant anniversary of the
 * date of his birth." For a 29 February birth in a non-leap year the library takes the anniversary
 * to be **1 March** (see {@link attainsAge} and docs/ages.md).
 *
 * Day numbers inside, ISO strings at the API; no `Date` anywhere.
 */
import { SendTimescalesError, show } from '../../errors.js';
import { civilFromDays, dayToIso, daysFromCivil, isLeapYear, isoToDay, type IsoDate } from '../../day/iso.js';
import { wholeNumber } from '../../day/arithmetic.js';
import { dob } from './options.js';

/** Beyond this age a date of birth is taken to be a mistake. */
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
