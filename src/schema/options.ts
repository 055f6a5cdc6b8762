/**
 * The zod schemas of the options objects: `deadline()`'s, `timeline()`'s and `audit()`'s, and
 * those of the age functions. Each refuses what its function refuses today, in the same words,
 * through {@link optionIssues}. What an option is checked against beyond its own value (a
 * profile's rules, a calendar's range, a date of birth) stays with its own checker: a profile
 * with `defineProfile` (or {@link profileSchema}), a named profile with `getProfile`, an
 * `autumnTermStart` or `endsOn` against the date of birth.
 */
import * as z from 'zod';
import { show, type ErrorCode } from '../errors.js';
import { WorkingCalendar } from '../calendar/working-calendar.js';
import { TermCalendar } from '../calendar/terms.js';
import { issuesFromZod, said, type IssueContext, type SchemaIssue } from './issues.js';
import {
  EXCEPTION_CODES, FIXED_DATE_READINGS, NOTICE_READINGS, PLAN_SETTINGS, REVIEWED_ON, TRANSFER_STAGE_NAMES, YEAR12_DESTINATIONS,
} from './vocabulary.js';
import { isoToDayOrNaN } from '../day/iso.js';
import { dateField, dateProblem } from './words.js';

/** Issues of options: each option named as it is (`notice`), the whole as `options`. */
export const OPTION_ISSUES: IssueContext = { root: '', whole: 'options', code: 'INVALID_OPTION', fold: { stages: 'element' } };

const ctx = OPTION_ISSUES;

/** Options given as a list are read as an object of their positions, as `Object.keys` reads them. */
function asObject(value: unknown): unknown {
  return Array.isArray(value) ? { ...value } : value;
}

function either(field: string, values: readonly string[], value: unknown): string {
  return `${field} must be ${values.slice(0, -1).map((v) => `"${v}"`).join(', ')} or "${values.at(-1)}", not ${show(value)}.`;
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: said(ctx, (field, value) => either(field, values, value)) });
}

const calendar = z.custom<WorkingCalendar>((v) => v instanceof WorkingCalendar, {
  error: () => 'calendar must be a calendar made by this library (englandAndWales or createWorkingCalendar).',
});
const terms = z.custom<TermCalendar>((v) => v instanceof TermCalendar, {
  error: () => 'terms must be a term calendar made by createTermCalendar (from the JSON or CSV of docs/terms.md).',
});
/** A profile's name or a profile object: checked by `getProfile` or `defineProfile`. */
const profile = z.unknown().optional();

// In the order the options are read; refusals list them in the order of the documentation.
const deadlineShape = {
  fixedDate: oneOf(FIXED_DATE_READINGS).optional(),
  notice: oneOf(NOTICE_READINGS).optional(),
  exception: z.enum(EXCEPTION_CODES, {
    error: said(ctx, (_, value) => `${show(value)} is not an exception code; the codes are ${EXCEPTION_CODES.join(', ')}.`),
  }).optional(),
  coronavirus: z.boolean({ error: said(ctx, (field, value) => `${field} must be true or false, not ${show(value)}.`) }).optional(),
  terms: terms.optional(),
  calendar: calendar.optional(),
  profile,
};
/**
 * The options of `deadline()`, in the order refusals list them (the order of the documentation).
 * @example
 * ```ts
 * DEADLINE_OPTION_NAMES.includes('notice'); // true
 * ```
 */
export const DEADLINE_OPTION_NAMES = ['calendar', 'fixedDate', 'notice', 'exception', 'coronavirus', 'profile', 'terms'] as const;

/**
 * The options of `deadline()`: `fixedDate`, `notice`, `exception`, `coronavirus`, `calendar`,
 * `terms` and `profile` (a name or a profile object, checked by its own checker).
 * @example
 * ```ts
 * deadlineOptionsSchema.safeParse({ notice: 'lenient' }).success; // false
 * ```
 */
export const deadlineOptionsSchema = z.preprocess(
  asObject,
  z.strictObject(deadlineShape, {
    error: said(ctx, (_, value, issue) => (issue.code === 'unrecognized_keys'
      ? `"${(issue as { keys: string[] }).keys[0]}" is not an option of deadline(); the options are ${DEADLINE_OPTION_NAMES.join(', ')}.`
      : 'options must be an object such as { notice: "strict" }.')),
  }),
).optional();

/**
 * The options of `deadline()` as given. @example
 * ```ts
 * const options: DeadlineOptionsInput = { notice: 'permissive' };
 * ```
 */
export type DeadlineOptionsInput = z.input<typeof deadlineOptionsSchema>;

function runOptions(days: readonly ('asOf' | 'from' | 'to')[]) {
  return z.looseObject({
    asOf: z.unknown().refine((v) => v !== undefined, {
      error: () => 'asOf is required: the day the case is judged on (YYYY-MM-DD).', abort: true,
    }),
    reviewedOn: oneOf(REVIEWED_ON).optional(),
    // A falsy reading or calendar reads as not given, as it always has.
    fixedDate: z.preprocess((v) => v || undefined, deadlineShape.fixedDate),
    notice: z.preprocess((v) => v || undefined, deadlineShape.notice),
    terms: terms.optional(),
    calendar: z.preprocess((v) => v || undefined, calendar.optional()),
    profile,
    // Nothing (null too) is the statutory rules.
    rules: z.preprocess((v) => v ?? undefined, z.array(z.unknown(), { error: () => 'rules must be a list of case rules.' }).optional()),
  }, { error: () => 'Give the options, at least { asOf: "YYYY-MM-DD" }.' })
    // The days themselves are read last, once the other options are sound.
    .superRefine((o, check) => {
      for (const field of days) {
        if (field !== 'asOf' && o[field] === undefined) continue;
        if (Number.isNaN(isoToDayOrNaN(o[field]))) {
          check.addIssue({ code: 'custom', path: [field], params: { code: 'INVALID_DATE' }, message: dateProblem(o[field], field) });
          return;
        }
      }
    });
}

/**
 * The options of `timeline()`: `asOf` (required), `reviewedOn`, the readings and calendars of
 * `deadline()`, `rules`. Other fields are let through (an options object may carry more than
 * one function reads).
 * @example
 * ```ts
 * timelineOptionsSchema.safeParse({ asOf: '2025-06-30' }).success; // true
 * ```
 */
export const timelineOptionsSchema = runOptions(['asOf']);

/**
 * The options of `audit()`: those of `timeline()`, with `from` and `to` (real dates, when given).
 * @example
 * ```ts
 * auditOptionsSchema.safeParse({ asOf: '2025-06-30', from: '2025-13-01' }).success; // false
 * ```
 */
export const auditOptionsSchema = runOptions(['asOf', 'from', 'to']);

/** The options object of an age function: `undefined`, or an object with only its options. */
function ageOptions<S extends z.ZodRawShape>(fn: string, shape: S, names: readonly string[] = Object.keys(shape)) {
  return z.strictObject(shape, {
    error: said(ctx, (_, value, issue) => (issue.code === 'unrecognized_keys'
      ? `"${(issue as { keys: string[] }).keys[0]}" is not an option of ${fn}(); the options are ${names.join(', ')}.`
      : `The options of ${fn}() must be an object such as { ${names[0]}: … }, not ${show(value)}.`)),
  }).optional();
}

/** An option whose default is used for null as for nothing (`??`). */
function orDefault<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => v ?? undefined, schema.optional());
}

/** Years out of year group: a whole number from −3 (behind) to 3 (ahead). */
const MAX_OFFSET = 3;
const offset = z.number({ error: said(ctx, (field, value) => `${field} must be a whole number, but ${show(value)} was given.`) })
  .int({ error: said(ctx, (field, value) => `${field} must be a whole number, but ${show(value)} was given.`), abort: true })
  .refine((n) => Math.abs(n) <= MAX_OFFSET, {
    error: said(ctx, (_, value) => `offset ${String(value)} is out of range: a child taught out of year group is given as a whole number of years from -${MAX_OFFSET} (behind) to ${MAX_OFFSET} (ahead).`),
    abort: true,
  });

/** The code of a problem with a number (`INVALID_NUMBER`), not an option's. */
export const NUMBER_FIELDS: readonly string[] = ['offset'];

/**
 * `yearGroup()`'s and `year9SchoolYear()`'s options.
 * @example
 * ```ts
 * yearGroupOptionsSchema('yearGroup').safeParse({ offset: -1 }).success; // true
 * ```
 */
export const yearGroupOptionsSchema = (fn: string) => ageOptions(fn, { offset: offset.optional() });

/**
 * `compulsorySchoolAge()`'s options (`autumnTermStart`, a real date; its year is checked against the date of birth there).
 * @example
 * ```ts
 * compulsorySchoolAgeOptionsSchema.safeParse({ autumnTermStart: '2024-09-04' }).success; // true
 * ```
 */
export const compulsorySchoolAgeOptionsSchema = ageOptions('compulsorySchoolAge', { autumnTermStart: dateField(ctx).optional() });

/**
 * `transfers()`'s options: the stages, the offset and where Year 12 is spent.
 * @example
 * ```ts
 * transfersOptionsSchema.safeParse({ stages: ['year7'] }).success; // true
 * ```
 */
export const transfersOptionsSchema = ageOptions('transfers', {
  // Read in this order: the offset, the destination, then the stages.
  offset: offset.optional(),
  year12Destination: orDefault(oneOf(YEAR12_DESTINATIONS)),
  stages: orDefault(z.array(
    z.enum(TRANSFER_STAGE_NAMES, { error: said(ctx, (_, value) => `${show(value)} is not a transfer stage; the stages are ${TRANSFER_STAGE_NAMES.join(', ')}.`) }),
    { error: said(ctx, (field, value) => `${field} must be a list of transfer stages such as ["reception", "year7", "year12"], not ${show(value)}.`) },
  )),
}, ['stages', 'offset', 'year12Destination']);

/**
 * `planUpperAge()`'s options: the setting, and `endsOn` (a real date, required unless the young
 * person is in the further education sector, where reg 46(1)(a) fixes 31 July and it is not read).
 * @example
 * ```ts
 * planUpperAgeOptionsSchema.safeParse({ setting: 'apprenticeship' }).success; // false: endsOn is required
 * ```
 */
export const planUpperAgeOptionsSchema = z.strictObject({
  setting: orDefault(oneOf(PLAN_SETTINGS)),
  endsOn: z.unknown().optional(),
}, {
  error: said(ctx, (_, value, issue) => (issue.code === 'unrecognized_keys'
    ? `"${(issue as { keys: string[] }).keys[0]}" is not an option of planUpperAge(); the options are setting, endsOn.`
    : `The options of planUpperAge() must be an object such as { setting: … }, not ${show(value)}.`)),
}).superRefine((o, check) => {
  const setting = o.setting ?? 'further-education';
  if (setting === 'further-education') return;
  if (o.endsOn === undefined) {
    const label = setting === 'apprenticeship' ? 'the date the apprenticeship training finishes' : 'the day the course of education or training is scheduled to end';
    check.addIssue({
      code: 'custom', path: ['endsOn'], params: { code: 'INVALID_DATE' },
      message: `With setting "${setting}", endsOn is required: ${label} (reg 46(1)(${setting === 'apprenticeship' ? 'b' : 'c'})).`,
    });
    return;
  }
  if (Number.isNaN(isoToDayOrNaN(o.endsOn))) {
    check.addIssue({ code: 'custom', path: ['endsOn'], params: { code: 'INVALID_DATE' }, message: dateProblem(o.endsOn, 'endsOn') });
  }
}).optional();

/**
 * The library's issues for options a schema of this module refuses: the first of them the error
 * the function throws today.
 * @param options - The options as given.
 * @param schema - The options schema.
 * @returns No issues when the options are valid.
 * @example
 * ```ts
 * optionIssues({ notice: 'lenient' }, deadlineOptionsSchema)[0]?.path; // 'notice'
 * ```
 */
export function optionIssues(options: unknown, schema: z.ZodType): SchemaIssue[] {
  const parsed = schema.safeParse(options);
  if (parsed.success) return [];
  return issuesFromZod(options, parsed.error.issues, ctx).map((issue) => ({ ...issue, code: codeOf(issue) }));
}

/** A number out of bounds is `INVALID_NUMBER`, as the day functions name it. */
function codeOf(issue: SchemaIssue): ErrorCode {
  return issue.code === 'INVALID_OPTION' && NUMBER_FIELDS.includes(issue.path) ? 'INVALID_NUMBER' : issue.code;
}
