/** The options of `deadline()`, checked once at the entry. */
import { SendTimescalesError } from '../errors.js';
import { calendarOf, type CalendarOption } from '../calendar/functions.js';
import { WorkingCalendar } from '../calendar/working-calendar.js';
import { TermCalendar } from '../calendar/terms.js';
import type { ExceptionCode } from '../law/types.js';
import { getProfile, type Profile } from '../law/profiles/index.js';
import { defineProfile } from '../schema/define-profile.js';
import { DEADLINE_OPTION_NAMES, deadlineOptionsSchema, optionIssues } from '../schema/options.js';
import { EXCEPTION_CODES, FIXED_DATE_READINGS, NOTICE_READINGS } from '../schema/vocabulary.js';

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

const READINGS_OF_FIXED_DATES: ReadonlySet<unknown> = new Set(FIXED_DATE_READINGS);
const READINGS_OF_NOTICES: ReadonlySet<unknown> = new Set(NOTICE_READINGS);
const CODES: ReadonlySet<unknown> = new Set(EXCEPTION_CODES);
const NAMES: ReadonlySet<string> = new Set(DEADLINE_OPTION_NAMES);

/**
 * The options of `deadline()`, checked once per call: the schema's fast path (below) accepts what
 * the schema accepts, and only options it does not accept are parsed by `deadlineOptionsSchema`,
 * which words every problem (one error, all its issues). A profile is then checked by its own
 * checker (`getProfile` for a name, `defineProfile` for an object).
 * @internal
 */
export function checkOptions(options: DeadlineOptions | undefined): CheckedOptions {
  if (options === undefined) return DEFAULTS;
  if (!sound(options)) {
    const issues = optionIssues(options, deadlineOptionsSchema);
    if (issues.length > 0) throw SendTimescalesError.fromIssues(issues);
  }
  const { fixedDate = 'before', notice = 'strict', exception, coronavirus = false, profile, terms } = options;
  return {
    calendar: calendarOf(options), fixedDate, notice, exception, coronavirus,
    profile: profile === undefined ? undefined : typeof profile === 'string' ? getProfile(profile) : defineProfile(profile),
    terms,
  };
}

/**
 * Whether `deadlineOptionsSchema` would accept the options, without asking it: `deadline()` is
 * called in loops, and zod costs more than these few tests. Built on the schema's own lists.
 */
function sound(options: object): boolean {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return false;
  for (const key of Object.keys(options)) if (!NAMES.has(key)) return false;
  const { fixedDate, notice, exception, coronavirus, terms, calendar } = options as Record<string, unknown>;
  return (fixedDate === undefined || READINGS_OF_FIXED_DATES.has(fixedDate))
    && (notice === undefined || READINGS_OF_NOTICES.has(notice))
    && (exception === undefined || CODES.has(exception))
    && (coronavirus === undefined || typeof coronavirus === 'boolean')
    && (terms === undefined || terms instanceof TermCalendar)
    && (calendar === undefined || calendar instanceof WorkingCalendar);
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
