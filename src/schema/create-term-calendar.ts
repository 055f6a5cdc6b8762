/**
 * `createTermCalendar`: a school term calendar, checked by the term calendar schema and then built
 * by the calendar (`calendar/terms.ts`), which takes only checked data. The one place a term
 * calendar is validated.
 */
import { englandAndWales } from '../calendar/england-and-wales.js';
import {
  buildTermCalendar, TermCalendarError, type CreateTermCalendarOptions, type TermCalendar, type TermCalendarData, type TermCalendarProblem,
} from '../calendar/terms.js';
import { WorkingCalendar } from '../calendar/working-calendar.js';
import { createTermCalendarSchema, termCalendarIssues } from './term-calendar.js';

/** One schema per holiday calendar, made on first use. */
const schemas = new WeakMap<WorkingCalendar, ReturnType<typeof createTermCalendarSchema>>();

function schemaFor(calendar: WorkingCalendar): ReturnType<typeof createTermCalendarSchema> {
  let schema = schemas.get(calendar);
  if (!schema) schemas.set(calendar, (schema = createTermCalendarSchema(() => calendar)));
  return schema;
}

/**
 * A {@link TermCalendar} from data (the JSON format of docs/terms.md), checked: every date real,
 * every term ending on or after its start, half terms inside their terms, no two terms
 * overlapping, no gap of more than 12 weeks between terms (a missing term), no unknown fields,
 * and the terms within the holiday calendar. Terms may be given in any order.
 *
 * Every problem found is reported at once, as the error's `issues`: the `calendar` option first
 * (without it the terms' range cannot be judged), then the unknown fields of an object before
 * anything inside it, then the fields in the order of the format (name, source, note, terms; in a
 * term, name, start, end, halfTerm, note), and what reads one term against another (overlaps,
 * gaps, the range) once every term is sound. The error's `code`, `field`, `value` and `problem`
 * are the first issue's.
 * @param data - `{ name, source, note?, terms: [{ name?, start, end, halfTerm?: { start, end }, note? }] }`.
 * @param options - `calendar`: whose bank holidays are not school days (default England and Wales).
 * @returns The calendar.
 * @throws {@link TermCalendarError} naming the problem and the field (e.g. `terms[2].end`).
 * @example
 * ```ts
 * const terms = createTermCalendar({
 *   name: 'Example school', source: 'EXAMPLE data, not official',
 *   terms: [{ name: 'Autumn 2024', start: '2024-09-03', end: '2024-12-20', halfTerm: { start: '2024-10-28', end: '2024-11-01' } }],
 * });
 * terms.isSchoolDay('2024-10-28'); // false (half term)
 * ```
 * @category School terms
 */
export function createTermCalendar(data: TermCalendarData, options?: CreateTermCalendarOptions | null): TermCalendar {
  // Options from plain JavaScript may be anything: null means none, as undefined does.
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new TermCalendarError('not-an-object', 'INVALID_OPTION', 'options', options, 'The options of createTermCalendar must be an object such as { calendar }.');
  }
  const calendar = options?.calendar ?? englandAndWales;
  if (!(calendar instanceof WorkingCalendar)) {
    throw new TermCalendarError('not-an-object', 'INVALID_OPTION', 'calendar', calendar, 'calendar must be a calendar made by this library (englandAndWales or createWorkingCalendar).');
  }
  const issues = termCalendarIssues(data, schemaFor(calendar));
  if (issues.length > 0) throw TermCalendarError.ofIssues(issues.map((i) => ({ ...i, problem: i.problem as TermCalendarProblem })));
  return buildTermCalendar(data, calendar);
}
