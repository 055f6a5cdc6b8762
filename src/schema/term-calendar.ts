/**
 * The zod schema of a school term calendar (the JSON of docs/terms.md): every date real, every
 * term ending on or after its start, half terms inside their terms, no two terms overlapping, no
 * gap of more than 12 weeks between terms (a missing term), no unknown fields, and the terms
 * within the working-day calendar whose bank holidays are not school days. Its refusals map,
 * through {@link termCalendarIssues}, to the words `createTermCalendar` has always used, each
 * with the `problem` a term calendar error names.
 */
import * as z from 'zod';
import { dayToIso, isoToDay } from '../day/iso.js';
import { seasonName } from '../calendar/terms.js';
import { issuesFromZod, ordered, said, type IssueContext, type SchemaIssue } from './issues.js';
import { dateField, fieldsOf, textField } from './words.js';

/** Issues of a term calendar: fields named from the top (`terms[1].end`), code `INVALID_OPTION`. */
export const TERM_CALENDAR_ISSUES: IssueContext = { root: '', whole: 'terms', code: 'INVALID_OPTION' };

/** The longest holiday between two consecutive terms accepted (12 weeks): a longer gap is a missing term. */
const MAX_GAP_DAYS = 84;

const ctx = TERM_CALENDAR_ISSUES;
const date = dateField(ctx, (field) => `${field} is missing: give a date such as 2024-09-03.`);
const required = textField(ctx);
const optional = textField(ctx, { noun: 'a text' }).optional();

const halfTerm = fieldsOf(ctx, { start: date, end: date }, { notAnObject: (field) => `${field} must be an object { start, end }.` })
  .refine((h) => h.end >= h.start, {
    path: ['end'],
    params: { problem: 'end-before-start' },
    error: said(ctx, (field, value) => {
      const h = value as { start: string; end: string };
      return `${field.replace(/\.end$/, '')} ends (${h.end}) before it starts (${h.start}).`;
    }),
    abort: true,
  });

const term = fieldsOf(ctx, { name: optional, start: date, end: date, halfTerm: halfTerm.optional(), note: optional }, {
  notAnObject: (field) => `${field} must be an object { name?, start, end, halfTerm? }.`,
})
  .refine((t) => t.end >= t.start, {
    path: ['end'],
    params: { problem: 'end-before-start' },
    error: said(ctx, (field, value) => {
      const t = value as { start: string; end: string };
      return `${field.replace(/\.end$/, '')} ends (${t.end}) before it starts (${t.start}).`;
    }),
    abort: true,
  })
  .refine((t) => t.halfTerm === undefined || (t.halfTerm.start >= t.start && t.halfTerm.end <= t.end), {
    path: ['halfTerm'],
    params: { problem: 'half-term-outside-term' },
    error: said(ctx, (field, value) => {
      const t = value as { start: string; end: string; halfTerm: { start: string; end: string } };
      return `${field} (${t.halfTerm.start} to ${t.halfTerm.end}) is not inside its term (${t.start} to ${t.end}).`;
    }),
    abort: true,
  });

/**
 * The days a term calendar must lie within: a working-day calendar's span, and its name and years
 * for the refusal. `englandAndWales` and every calendar of `createWorkingCalendar` are one.
 * @example
 * ```ts
 * const bounds: CalendarBounds = englandAndWales;
 * ```
 */
export interface CalendarBounds {
  readonly name: string;
  readonly firstDay: number;
  readonly lastDay: number;
  readonly firstYear: number;
  readonly lastYear: number;
}

/** A term's name as given, or its season and year (`Autumn 2024`), as messages and the calendar name it. */
export function termName(t: { readonly name?: string | undefined; readonly start: string }): string {
  return t.name ?? seasonName(isoToDay(t.start));
}

/**
 * The schema of a term calendar whose terms must lie within `bounds` (read only when a calendar
 * is checked, so a lazily built calendar is not built by making the schema).
 * @param bounds - The working-day calendar the terms sit in, or a function giving it.
 * @returns The zod schema.
 * @example
 * ```ts
 * createTermCalendarSchema(() => englandAndWales).safeParse(JSON.parse(text)).success;
 * ```
 */
export function createTermCalendarSchema(bounds: () => CalendarBounds) {
  const root = fieldsOf(ctx, {
    name: required,
    source: required,
    note: optional,
    terms: z.array(term, { error: said(ctx, () => 'terms must be a list of at least one term { start, end, halfTerm? }.') })
      .min(1, { error: said(ctx, () => 'terms must be a list of at least one term { start, end, halfTerm? }.'), abort: true }),
  }, {
    notAnObject: () => 'A term calendar must be an object { name, source, terms: [...] }.',
    unknownField: (field, key, names) => `The term calendar has no field "${key}"; the fields are ${names}.`,
  });
  return root.superRefine((data, check) => {
    // Terms may be given in any order: read them by start, and name a term by its place as given.
    const order = data.terms.map((t, i) => ({ t, i })).sort((a, b) => (a.t.start < b.t.start ? -1 : a.t.start > b.t.start ? 1 : 0));
    for (let k = 1; k < order.length; k++) {
      const a = order[k - 1]!;
      const b = order[k]!;
      if (b.t.start <= a.t.end) {
        check.addIssue({
          code: 'custom', path: ['terms', b.i, 'start'], params: { problem: 'overlap' },
          message: `terms[${b.i}] (${termName(b.t)}, from ${b.t.start}) overlaps terms[${a.i}] (${termName(a.t)}, to ${a.t.end}).`,
        });
        return;
      }
      const gap = isoToDay(b.t.start) - isoToDay(a.t.end) - 1;
      if (gap > MAX_GAP_DAYS) {
        check.addIssue({
          code: 'custom', path: ['terms', b.i, 'start'], params: { problem: 'gap' },
          message: `There are ${gap} days between ${termName(a.t)} (ends ${a.t.end}) and ${termName(b.t)} (starts ${b.t.start}): more than 12 weeks, so a term is probably missing. `
            + 'A holiday that long would be read as a closure of at least 4 weeks; give every term, or two separate calendars.',
        });
        return;
      }
    }
    const first = isoToDay(order[0]!.t.start);
    const lastOfSorted = isoToDay(order.at(-1)!.t.end);
    const calendar = bounds();
    if (first < calendar.firstDay || lastOfSorted > calendar.lastDay) {
      const span = `${dayToIso(first)}..${dayToIso(lastOfSorted)}`;
      check.addIssue({
        code: 'custom', path: ['terms'], params: { problem: 'out-of-range', code: 'OUT_OF_RANGE', value: span },
        message: `The terms run from ${dayToIso(first)} to ${dayToIso(lastOfSorted)}, outside the ${calendar.name} calendar (${calendar.firstYear} to ${calendar.lastYear}).`,
      });
    }
  });
}

/** An issue of a term calendar, with the `problem` its error has always named. */
export interface TermCalendarIssue extends SchemaIssue {
  readonly problem: string;
}

/**
 * The library's issues for a refused term calendar, the first of them the error
 * `createTermCalendar` throws, each with its `problem`.
 * @param data - The term calendar as given.
 * @param schema - A schema of {@link createTermCalendarSchema}.
 * @returns No issues when the calendar is valid.
 * @example
 * ```ts
 * termCalendarIssues({ name: 'x', source: 'y', terms: [] }, schema)[0]?.problem; // 'no-terms'
 * ```
 */
export function termCalendarIssues(data: unknown, schema: ReturnType<typeof createTermCalendarSchema>): TermCalendarIssue[] {
  const parsed = schema.safeParse(data);
  if (parsed.success) return [];
  // issuesFromZod keeps zod's issues one for one, in this order: read each one's problem beside it.
  const raw = ordered(parsed.error.issues);
  return issuesFromZod(data, parsed.error.issues, TERM_CALENDAR_ISSUES).map((issue, k) => ({ ...issue, problem: problemOf(issue, raw[k]!) }));
}

/** The `problem` of an issue: named by its check, or read from the kind of issue. */
function problemOf(issue: SchemaIssue, raw: z.core.$ZodIssue): string {
  if (raw.code === 'custom' && typeof raw.params?.problem === 'string') return raw.params.problem as string;
  if (raw.code === 'unrecognized_keys') return 'unknown-field';
  if (raw.path.length === 0) return 'not-an-object';
  if (raw.path.length === 1 && raw.path[0] === 'terms') return issue.value === undefined ? 'missing-field' : 'no-terms';
  return issue.value === undefined ? 'missing-field' : 'not-an-object';
}
