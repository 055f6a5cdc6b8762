/** The options of `deadline()`, checked once at the entry. */
import { SendTimescalesError, show } from '../errors.js';
import { calendarOf, type CalendarOption } from '../calendar/functions.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { TermCalendar } from '../calendar/terms.js';
import type { ExceptionCode } from '../law/types.js';
import { exceptionRecords } from '../law/exceptions.js';
import { getProfile, type Profile } from '../law/profiles/index.js';
import { defineProfile } from '../schema/define-profile.js';

/**
 * The options of {@link deadline}. Where the law can be read two ways the default is the strict
 * (earlier) reading and the trace says which was used.
 * @example
 * ```ts
 * deadline('phase-transfer', '2026-09-01', { fixedDate: 'on-or-before' }).due; // '2026-02-15'
 * deadline('review-meeting-notice', '2025-06-20', { notice: 'permissive' }).due; // '2025-06-06'
 * ```
 */
export interface DeadlineOptions extends CalendarOption {
  /**
   * "before 15 February" (reg 18): `'before'` (default, strict: 14 February) or `'on-or-before'`
   * (15 February, as the Code of Practice and most councils write it).
   */
  readonly fixedDate?: 'before' | 'on-or-before';
  /**
   * Every "at least … before" period (notices, reg 18(2)): `'strict'` (default: clear days, so
   * two weeks before a meeting is meeting − 15) or `'permissive'` (meeting − 14).
   */
  readonly notice?: 'strict' | 'permissive';
  /** An exception code (docs/law/conventions.md) that applies: the limit is lifted, not moved. */
  readonly exception?: ExceptionCode;
  /** The case records a reason relating to coronavirus (SI 2020/471, 1 May – 25 September 2020). */
  readonly coronavirus?: boolean;
  /**
   * A council's local standards: the name of a built-in profile (`'dorset'`) or a profile object
   * (checked by {@link defineProfile}). Local rule ids (`dorset-…`) are found only with their
   * profile; a local result carries its statutory counterpart's date as `statutory`.
   */
  readonly profile?: string | Profile;
  /** A school term calendar ({@link createTermCalendar}): needed by rules that count school days or need the end of a term. */
  readonly terms?: TermCalendar;
}

/**
 * The options of `deadline` once checked (defaults filled in).
 * @example
 * // { calendar: englandAndWales, fixedDate: 'before', notice: 'strict', exception: undefined, coronavirus: false, profile: undefined, terms: undefined }
 */
export interface CheckedOptions {
  readonly calendar: WorkingCalendar;
  readonly fixedDate: 'before' | 'on-or-before';
  readonly notice: 'strict' | 'permissive';
  readonly exception: ExceptionCode | undefined;
  readonly coronavirus: boolean;
  /** The checked profile, or undefined. */
  readonly profile: Profile | undefined;
  readonly terms: TermCalendar | undefined;
}

const KNOWN = new Set(['calendar', 'fixedDate', 'notice', 'exception', 'coronavirus', 'profile', 'terms']);

function invalid(field: string, value: unknown, message: string): SendTimescalesError {
  return new SendTimescalesError('INVALID_OPTION', field, value, message);
}

export function checkOptions(options: DeadlineOptions | undefined): CheckedOptions {
  if (options === undefined) return DEFAULTS;
  if (typeof options !== 'object' || options === null) throw invalid('options', options, 'options must be an object such as { notice: "strict" }.');
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) {
      throw invalid(key, (options as Record<string, unknown>)[key], `"${key}" is not an option of deadline(); the options are ${[...KNOWN].join(', ')}.`);
    }
  }
  const { fixedDate = 'before', notice = 'strict', exception, coronavirus = false } = options;
  if (fixedDate !== 'before' && fixedDate !== 'on-or-before') {
    throw invalid('fixedDate', fixedDate, `fixedDate must be "before" or "on-or-before", not ${show(fixedDate)}.`);
  }
  if (notice !== 'strict' && notice !== 'permissive') {
    throw invalid('notice', notice, `notice must be "strict" or "permissive", not ${show(notice)}.`);
  }
  if (exception !== undefined && !Object.hasOwn(exceptionRecords, exception)) {
    throw invalid('exception', exception, `${show(exception)} is not an exception code; the codes are ${Object.keys(exceptionRecords).join(', ')}.`);
  }
  if (typeof coronavirus !== 'boolean') throw invalid('coronavirus', coronavirus, `coronavirus must be true or false, not ${show(coronavirus)}.`);
  const { profile, terms } = options;
  if (terms !== undefined && !(terms instanceof TermCalendar)) {
    throw invalid('terms', terms, 'terms must be a term calendar made by createTermCalendar (from the JSON or CSV of docs/terms.md).');
  }
  return {
    calendar: calendarOf(options), fixedDate, notice, exception, coronavirus,
    profile: profile === undefined ? undefined : typeof profile === 'string' ? getProfile(profile) : defineProfile(profile),
    terms,
  };
}

const DEFAULTS: CheckedOptions = {
  get calendar() {
    return calendarOf(undefined);
  },
  fixedDate: 'before',
  notice: 'strict',
  exception: undefined,
  coronavirus: false,
  profile: undefined,
  terms: undefined,
};
