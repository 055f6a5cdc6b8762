/**
 * The school-closure exception of regs 5(4)(a), 10(4)(a) and 27(3)(a) of the SEND Regulations 2014
 * (reg 13(3) brings 10(4)(a) to the 20-week limit): a time limit is lifted when advice was asked of
 * a head teacher or principal "during a period beginning one week before any date on which that
 * school or institution was closed for a continuous period of not less than 4 weeks from that date
 * and ending one week before the date on which it re-opens".
 *
 * The term calendar gives the calendar facts (its school days and its closures); this module holds
 * the regulation: the 4 weeks, the week before, the provisions and the wording.
 */
import { SendTimescalesError, show } from '../errors.js';
import { dayToIso, isoToDay, type IsoDate } from '../day/iso.js';
import { formatLongDay } from '../day/arithmetic.js';
import type { SchoolClosure, TermCalendar } from '../calendar/terms.js';
import { exceptionRecords } from './exceptions.js';

/**
 * The words of reg 5(4)(a) (10(4)(a) and 27(3)(a) say "the authority" for "the local authority"),
 * as the `school-closure` exception record quotes them (SI 2014/1530, revised to 3 April 2018).
 * @example
 * ```ts
 * SCHOOL_CLOSURE_WORDING.startsWith('the local authority has requested advice'); // true
 * ```
 */
export const SCHOOL_CLOSURE_WORDING: string = exceptionRecords['school-closure'].wording;

/**
 * Where the words are: reg 5(4)(a) (assessment decision), 10(4)(a) (no-plan notice; final plan through 13(3)), 27(3)(a) (re-assessment).
 * @example
 * ```ts
 * SCHOOL_CLOSURE_PROVISIONS; // ['reg 5(4)(a)', 'reg 10(4)(a)', 'reg 13(3)', 'reg 27(3)(a)']
 * ```
 */
export const SCHOOL_CLOSURE_PROVISIONS: readonly string[] = Object.freeze(['reg 5(4)(a)', 'reg 10(4)(a)', 'reg 13(3)', 'reg 27(3)(a)']);

/** "Closed for a continuous period of not less than 4 weeks": 28 consecutive closed days. */
export const SCHOOL_CLOSURE_MIN_DAYS = 28;

/** "One week before" a date: the same weekday seven days earlier. */
const ONE_WEEK = 7;

/**
 * What {@link schoolClosureException} returns when advice was requested inside the window of regs
 * 5(4)(a), 10(4)(a) and 27(3)(a) (exception code `school-closure`).
 * @example
 * ```ts
 * schoolClosureException(terms, '2025-07-17')?.window; // { start: '2025-07-17', end: '2025-08-27' }
 * ```
 */
export interface AdviceClosureException {
  readonly code: 'school-closure';
  /** The closure of at least 4 weeks the request falls around. */
  readonly closure: SchoolClosure;
  /** From one week before the closure's first day to one week before the day it re-opens, both inclusive. */
  readonly window: { readonly start: IsoDate; readonly end: IsoDate };
  /** Where the words are: reg 5(4)(a) (assessment decision), 10(4)(a) (no-plan notice; final plan through 13(3)), 27(3)(a) (re-assessment). */
  readonly provisions: readonly string[];
  /** Reg 5(4)(a), quoted. */
  readonly wording: string;
  /** The arithmetic in words, for a trace. */
  readonly detail: string;
}

/**
 * Whether advice requested from the head teacher or principal on `adviceRequested` falls in the
 * school-closure exception. Counting: "one week before" a date is the same weekday seven days
 * earlier (date − 7); the period includes both its first and its last day; a closure qualifies
 * when it has at least 28 consecutive closed days, its first day included.
 * @param terms - The term calendar of the school or institution whose head teacher or principal was asked.
 * @param adviceRequested - The day the advice was requested.
 * @returns The closure and the window, or null when the request is outside every window.
 * @throws {@link SendTimescalesError} `OUT_OF_RANGE` when the calendar cannot decide (too near or outside its ends).
 * @example
 * ```ts
 * schoolClosureException(terms, '2025-07-16'); // null (the day before the window)
 * ```
 */
export function schoolClosureException(terms: TermCalendar, adviceRequested: IsoDate): AdviceClosureException | null {
  return schoolClosureExceptionOnDay(terms, isoToDay(adviceRequested, 'adviceRequested'), adviceRequested);
}

/**
 * {@link schoolClosureException} for a day number.
 * @internal
 */
export function schoolClosureExceptionOnDay(terms: TermCalendar, day: number, value: unknown = dayToIso(day)): AdviceClosureException | null {
  const school = terms.schoolDayRange();
  const firstSchool = school ? school.first : terms.lastDay + 1;
  const lastSchool = school ? school.last : terms.firstDay - 1;
  // Decidable: after the window of any closure before the first term could end, and before the
  // window of any closure after the last school day could begin.
  const from = firstSchool - (ONE_WEEK - 1);
  const to = lastSchool - ONE_WEEK;
  if (!(day >= from && day <= to)) {
    throw new SendTimescalesError(
      'OUT_OF_RANGE', 'adviceRequested', value,
      `Advice requested on ${show(value)}: the term calendar "${terms.name}" can only decide the school-closure exception for requests from ${dayToIso(from)} to ${dayToIso(to)} ` +
        '(a closure before its first term or after its last school day is not known, and the exception begins one week before a closure).',
    );
  }
  for (const c of terms.closureList(SCHOOL_CLOSURE_MIN_DAYS)) {
    const start = isoToDay(c.start);
    const reopens = isoToDay(c.reopens);
    const windowStart = start - ONE_WEEK;
    const windowEnd = reopens - ONE_WEEK;
    if (day >= windowStart && day <= windowEnd) {
      return Object.freeze({
        code: 'school-closure',
        closure: c,
        window: Object.freeze({ start: dayToIso(windowStart), end: dayToIso(windowEnd) }),
        provisions: SCHOOL_CLOSURE_PROVISIONS,
        wording: SCHOOL_CLOSURE_WORDING,
        detail:
          `${terms.name} is closed from ${formatLongDay(start)} to ${formatLongDay(reopens - 1)} (${c.days} days, at least 4 weeks) and re-opens on ${formatLongDay(reopens)}. ` +
          `The exception runs from one week before the first closed day (${formatLongDay(windowStart)}) to one week before the re-opening (${formatLongDay(windowEnd)}), both days included; ` +
          `advice requested on ${formatLongDay(day)} falls inside it.`,
      });
    }
  }
  return null;
}
