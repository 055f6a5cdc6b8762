/**
 * School term calendars: which days are school days, the first day of next term, the N-th school
 * day after a day (exclusions), and the periods in which a school is closed for 4 weeks or more
 * (which lift the 6-, 16- and 20-week limits when advice was requested around them).
 *
 * A term calendar is data a caller supplies (JSON or CSV, format in docs/terms.md); the library
 * ships no term dates. Its school days are the calendar core's (`day-core.ts`): the holiday
 * calendar's working days with the holidays between terms and the half terms closed, composed
 * from the holiday calendar's prefix sums, so "the N-th school day after" is a binary search and
 * an array read, and making a term calendar walks no days.
 *
 * The calendar holds calendar facts only (school days, terms, closures). The regulation that
 * lifts time limits around a long closure, and its wording, are the law's (`law/school-closure.ts`).
 *
 * School day: a weekday inside a term, outside that term's half term, and not a non-working day
 * of the holiday calendar (default England and Wales: bank holidays, Good Friday, Christmas Day).
 * "School day" is defined for most purposes by the Education Act 1996 s579(1) ("any day on which
 * at that school there is a school session"); a term calendar is how a caller states those days.
 */
import { SendTimescalesError, show, type ErrorCode, type ErrorIssue } from '../errors.js';
import { civilFromDays, dayToIso, isoToDay, weekdayOfDay, WEEKDAY_NAMES, type IsoDate } from '../day/iso.js';
import { addMonthsToDay, wholeNumber } from '../day/arithmetic.js';
import { WorkingCalendar } from './working-calendar.js';
import { ComposedCore, type DayCore } from './day-core.js';
import type { ClosedSpan } from './non-working-day.js';
import { isRecord } from '../guard.js';
// The one import from the law: the deprecated method adviceClosureException() answers with the
// law's function, so the wording is written only there.
import { schoolClosureExceptionOnDay, type AdviceClosureException } from '../law/school-closure.js';

/** @deprecated Import from the law side (`law/school-closure.ts`); kept so 0.5 imports still work. */
export { SCHOOL_CLOSURE_WORDING, type AdviceClosureException } from '../law/school-closure.js';

/**
 * One term as data: first and last day (both inclusive) and an optional half term inside it.
 * @example
 * ```ts
 * const autumn: TermData = { name: 'Autumn 2024', start: '2024-09-03', end: '2024-12-20', halfTerm: { start: '2024-10-28', end: '2024-11-01' } };
 * ```
 */
export interface TermData {
  /** A label for traces (default: season and year, e.g. `Autumn term 2024`). */
  readonly name?: string;
  /** The first day of the term (inclusive). */
  readonly start: IsoDate;
  /** The last day of the term (inclusive). */
  readonly end: IsoDate;
  /** The half-term holiday inside the term (both days inclusive). */
  readonly halfTerm?: { readonly start: IsoDate; readonly end: IsoDate };
  /** Free text (e.g. where this term's dates were read). */
  readonly note?: string;
}

/**
 * A term calendar as data (the JSON format of docs/terms.md). Unknown fields are refused, so a
 * misspelt `halfterm` cannot silently drop a half term.
 * @example
 * ```ts
 * const data: TermCalendarData = {
 *   name: 'Example school', source: 'EXAMPLE data, not official',
 *   terms: [{ start: '2024-09-03', end: '2024-12-20', halfTerm: { start: '2024-10-28', end: '2024-11-01' } }],
 * };
 * ```
 */
export interface TermCalendarData {
  /** The school, group of schools or authority whose terms these are. */
  readonly name: string;
  /** Where the dates come from (a council's published term dates, the school's website …). */
  readonly source: string;
  /** Free text, e.g. "EXAMPLE data: check your school's dates". */
  readonly note?: string;
  readonly terms: readonly TermData[];
}

/**
 * One term as the calendar holds it (sorted, named).
 * @example
 * ```ts
 * createTermCalendar(data).terms[0]?.name; // 'Autumn 2024'
 * ```
 */
export interface Term {
  readonly name: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly halfTerm?: { readonly start: IsoDate; readonly end: IsoDate };
  readonly note?: string;
}

/**
 * A continuous period of days that are not school days (a holiday between terms, or a half term
 * with its weekends), as {@link TermCalendar.closures} reports it.
 * @example
 * ```ts
 * terms.closures()[0]; // { start: '2025-07-24', end: '2025-09-02', days: 41, reopens: '2025-09-03', after: 'Summer 2025', before: 'Autumn 2025' }
 * ```
 */
export interface SchoolClosure {
  /** The first day the school is closed (the day after the last school day). */
  readonly start: IsoDate;
  /** The last day the school is closed. */
  readonly end: IsoDate;
  /** Closed days, both ends included (weekends and bank holidays in the run count: the school is closed on them). */
  readonly days: number;
  /** The day the school re-opens (the next school day). */
  readonly reopens: IsoDate;
  /** The term of the last school day before the closure. */
  readonly after: string;
  /** The term of the day the school re-opens. */
  readonly before: string;
}

/**
 * Why a term calendar was refused: the `problem` says which check failed (the error's `code` is
 * `INVALID_DATE` for a date that is not real, `OUT_OF_RANGE` outside the holiday calendar, otherwise `INVALID_OPTION`).
 * @example
 * ```ts
 * try { createTermCalendar({ name: 'x', source: 'y', terms: [{ start: '2025-01-10', end: '2025-01-06' }] }); }
 * catch (e) { if (e instanceof TermCalendarError) e.problem; } // 'end-before-start'
 * ```
 */
export type TermCalendarProblem =
  | 'not-an-object'
  | 'unknown-field'
  | 'missing-field'
  | 'invalid-date'
  | 'end-before-start'
  | 'half-term-outside-term'
  | 'overlap'
  | 'gap'
  | 'no-terms'
  | 'out-of-range'
  | 'csv';

/**
 * The error for a term calendar that cannot be used: a {@link SendTimescalesError} (one issue:
 * its `code`, the `path` of the bad field, the value and the message) with a
 * {@link TermCalendarProblem}.
 * @deprecated Use SendTimescalesError: catch it (its `instanceof` also holds across the ESM and
 * CommonJS builds, as this subclass's does not) and read `code`, `field` and `issues`. Kept, with
 * `problem`, until 1.0; the codes are unchanged (`INVALID_DATE`, `OUT_OF_RANGE`, otherwise
 * `INVALID_OPTION`).
 * @example
 * ```ts
 * err instanceof SendTimescalesError; // true
 * err.problem;                        // 'overlap'
 * err.field;                          // 'terms[1].start'
 * ```
 */
export class TermCalendarError extends SendTimescalesError {
  /**
   * Which check failed.
   * @deprecated Since 0.6: read `code` and `field` (the first issue's `path`); the message says
   * which check failed. Kept until 1.0.
   */
  readonly problem: TermCalendarProblem;
  // Every issue where a calendar had several problems (else the one of the constructor).
  #several: readonly ErrorIssue[] | undefined;

  constructor(problem: TermCalendarProblem, code: ErrorCode, field: string, value: unknown, message: string) {
    super(code, field, value, message);
    this.problem = problem;
  }

  /**
   * @internal One error for every problem of one term calendar: `code`, `field`, `value` and
   * `problem` are the first issue's, the message each issue's message in turn.
   */
  static ofIssues(issues: readonly (ErrorIssue & { readonly problem: TermCalendarProblem })[]): TermCalendarError {
    const [first] = issues;
    if (first === undefined) throw SendTimescalesError.fromIssues([]);
    const error = new TermCalendarError(first.problem, first.code, first.path, first.value, issues.map((i) => i.message).join(' '));
    if (issues.length > 1) error.#several = SendTimescalesError.fromIssues(issues.map(({ problem: _problem, ...issue }) => issue)).issues;
    return error;
  }

  override get issues(): readonly ErrorIssue[] {
    return this.#several ?? super.issues;
  }

  /** As {@link SendTimescalesError.toJSON}, with the problem. */
  override toJSON(): { code: ErrorCode; field: string; value: unknown; message: string; problem: TermCalendarProblem; issues?: ErrorIssue[] } {
    const several = this.#several === undefined ? {} : { issues: SendTimescalesError.fromIssues(this.#several).toJSON().issues };
    return { ...super.toJSON(), problem: this.problem, ...several };
  }
}

/**
 * Options of {@link createTermCalendar}.
 * @example
 * ```ts
 * createTermCalendar(data, { calendar: englandAndWales });
 * ```
 */
export interface CreateTermCalendarOptions {
  /** Whose bank holidays are not school days (default England and Wales). */
  readonly calendar?: WorkingCalendar;
}

interface TermDays {
  readonly term: Term;
  readonly start: number;
  readonly end: number;
  /** Half term, or an empty span (hs > he). */
  readonly hs: number;
  readonly he: number;
}

/** The school days as the core holds them: positions before the span, and how many inside it. */
interface SchoolDays {
  readonly core: DayCore;
  /** Working days of the core before the span's first day: the position of the first school day. */
  readonly before: number;
  /** School days in the span. */
  readonly count: number;
}

/**
 * A school's (or an authority's) terms and half terms, with school-day arithmetic. Make one with
 * {@link createTermCalendar}; pass it to `deadline()` as the `terms` option.
 * @example
 * ```ts
 * const terms = createTermCalendar(JSON.parse(readFileSync('examples/terms-example.json', 'utf8')));
 * terms.isSchoolDay('2025-01-06');           // true
 * terms.nthSchoolDayAfter('2025-01-10', 6);  // '2025-01-20' (Friday exclusion → the 6th school day following)
 * terms.nextTermStart('2024-12-20');         // '2025-01-06'
 * ```
 */
export class TermCalendar {
  /** The school or authority. */
  readonly name: string;
  /** Where the dates come from. */
  readonly source: string;
  readonly note: string | undefined;
  /** The terms, in date order. */
  readonly terms: readonly Term[];
  /** The calendar whose non-working weekdays are not school days. */
  readonly holidayCalendar: WorkingCalendar;
  /** @internal First and last day of the span (first term's start, last term's end). */
  readonly firstDay: number;
  /** @internal */
  readonly lastDay: number;
  readonly #days: readonly TermDays[];
  #schoolDays: SchoolDays | undefined;
  #closures = new Map<number, SchoolClosure[]>();

  /** @internal Use {@link createTermCalendar}. */
  constructor(data: TermCalendarData, days: readonly TermDays[], calendar: WorkingCalendar) {
    checkMade(data, days, calendar);
    this.name = data.name;
    this.source = data.source;
    this.note = data.note;
    this.#days = days;
    this.terms = Object.freeze(days.map((d) => d.term));
    this.holidayCalendar = calendar;
    this.firstDay = days[0]!.start;
    this.lastDay = days[days.length - 1]!.end;
  }

  /** The first day of the first term. */
  get firstDate(): IsoDate {
    return dayToIso(this.firstDay);
  }

  /** The last day of the last term. */
  get lastDate(): IsoDate {
    return dayToIso(this.lastDay);
  }

  /** How school days are decided, in one sentence (for traces and explanations). */
  get basis(): string {
    return `school days are the weekdays inside the terms of the calendar "${this.name}" (${this.firstDate} to ${this.lastDate}; its source is stated in the calendar), outside half terms and not bank holidays, Good Friday or Christmas Day (${this.holidayCalendar.name} calendar)`;
  }

  /**
   * The holiday calendar's working days with the holidays between terms and the half terms closed,
   * each with the reason {@link TermCalendar.whyNotSchoolDay} gives.
   */
  #makeSchoolDays(): SchoolDays {
    const spans: ClosedSpan[] = [];
    const basis = `term calendar "${this.name}"`;
    this.#days.forEach((d, k) => {
      if (d.hs <= d.he) spans.push({ start: d.hs, end: d.he, name: `half term (${d.term.name})`, basis });
      const next = this.#days[k + 1];
      if (next && next.start > d.end + 1) {
        spans.push({ start: d.end + 1, end: next.start - 1, name: `school holiday between ${d.term.name} and ${next.term.name}`, basis });
      }
    });
    const core = new ComposedCore(this.holidayCalendar.core, spans);
    const before = core.workingUpTo(this.firstDay - 1);
    return { core, before, count: core.workingUpTo(this.lastDay) - before };
  }

  get #school(): SchoolDays {
    return (this.#schoolDays ??= this.#makeSchoolDays());
  }

  /** @internal The first and last school days (day numbers), or null when the terms hold none. */
  schoolDayRange(): { first: number; last: number } | null {
    const { core, before, count } = this.#school;
    return count === 0 ? null : { first: core.workingAt(before)!, last: core.workingAt(before + count - 1)! };
  }

  /** @internal Throws OUT_OF_RANGE unless the day is inside the calendar's span. */
  checkDay(day: number, field = 'date', value: unknown = dayToIso(day)): void {
    if (!(day >= this.firstDay && day <= this.lastDay)) {
      throw new SendTimescalesError(
        'OUT_OF_RANGE', field, value,
        `${field} ${show(value)} is outside the term calendar "${this.name}", which runs from ${this.firstDate} to ${this.lastDate}: the library does not guess term dates.`,
      );
    }
  }

  /** @internal Whether a day number is inside the span. */
  covers(day: number): boolean {
    return day >= this.firstDay && day <= this.lastDay;
  }

  // ---- day-number API (engine) ----

  /** @internal */
  isSchoolDayNumber(day: number): boolean {
    this.checkDay(day);
    return this.#school.core.isWorking(day);
  }

  /** @internal The term whose span (start..end) contains the day, if any. */
  termOfDay(day: number): Term | undefined {
    for (const d of this.#days) if (day >= d.start && day <= d.end) return d.term;
    return undefined;
  }

  /** @internal Why a day is not a school day, or null. */
  reasonForDay(day: number): string | null {
    this.checkDay(day);
    const wd = weekdayOfDay(day);
    if (wd >= 6) return WEEKDAY_NAMES[wd - 1]!;
    // A holiday between terms or a half term, else the holiday calendar's reason (a bank holiday).
    return this.#school.core.reasonOn(day)?.name ?? null;
  }

  /**
   * @internal The n-th school day after `day` (n ≥ 1; `day` itself never counts), or with
   * `beginning-with` the n-th counting `day` as day 1 when it is a school day. Null when the
   * count runs past the calendar's end; throws OUT_OF_RANGE when `day` is outside the span.
   */
  nthSchoolDayNumber(day: number, n: number, counting: 'after' | 'beginning-with' = 'after'): number | null {
    this.checkDay(day);
    const from = counting === 'beginning-with' ? day - 1 : day;
    const { core, before, count } = this.#school;
    // Positions of the core: school days on or before `from` (none when from is the day before the span).
    const pos = core.workingUpTo(Math.max(from, this.firstDay - 1)) + n - 1;
    return pos - before < count ? core.workingAt(pos)! : null;
  }

  /** @internal School days d with start < d ≤ end (both in the span, start ≤ end). */
  schoolDaysBetweenNumbers(start: number, end: number): number {
    this.checkDay(start, 'start');
    this.checkDay(end, 'end');
    const core = this.#school.core;
    return core.workingUpTo(end) - core.workingUpTo(start);
  }

  /** @internal The start of the first term that starts after `day`, or null. */
  nextTermStartNumber(day: number): number | null {
    for (const d of this.#days) if (d.start > day) return d.start;
    return null;
  }

  /**
   * @internal The autumn term before a transfer: the latest term that starts between 1 August and
   * 31 December and ends before `day`, provided it started within the 13 months before `day`
   * (so a calendar missing that year's autumn term gives null, not an older one). In a six-term
   * year ("Autumn 1", "Autumn 2") it is the later of the two.
   */
  autumnTermBeforeNumber(day: number): { term: Term; start: number; end: number } | null {
    let found: TermDays | undefined;
    for (const d of this.#days) {
      const month = civilFromDays(d.start)[1];
      if (month >= 8 && d.end < day) found = d;
    }
    if (!found || found.start < addMonthsToDay(day, -13)) return null;
    return { term: found.term, start: found.start, end: found.end };
  }

  /** @internal The closures of at least minDays, in date order, as day numbers too. */
  closureList(minDays: number): SchoolClosure[] {
    let list = this.#closures.get(minDays);
    if (list) return list;
    list = [];
    const { core, before, count } = this.#school;
    for (let i = before + 1; i < before + count; i++) {
      const prev = core.workingAt(i - 1)!;
      const next = core.workingAt(i)!;
      const days = next - prev - 1;
      if (days >= minDays) {
        list.push(Object.freeze({
          start: dayToIso(prev + 1),
          end: dayToIso(next - 1),
          days,
          reopens: dayToIso(next),
          after: this.termOfDay(prev)!.name,
          before: this.termOfDay(next)!.name,
        }));
      }
    }
    Object.freeze(list);
    this.#closures.set(minDays, list);
    return list;
  }

  /** @internal The exception for a day number (see {@link TermCalendar.adviceClosureException}). */
  adviceClosureExceptionNumber(day: number, value: unknown = dayToIso(day)): AdviceClosureException | null {
    return schoolClosureExceptionOnDay(this, day, value);
  }

  // ---- ISO API ----

  /**
   * Whether a date is a school day: a weekday inside a term, not in its half term, and not a
   * bank holiday, Good Friday or Christmas Day of {@link TermCalendar.holidayCalendar}.
   * @throws {@link SendTimescalesError} `OUT_OF_RANGE` outside the calendar's span (the first term's start to the last term's end).
   */
  isSchoolDay(date: IsoDate): boolean {
    return this.isSchoolDayNumber(isoToDay(date));
  }

  /** Why a date is not a school day (`'Saturday'`, `'half term (Autumn 2024)'`, `'Easter Monday'`, `'school holiday between …'`), or null. */
  whyNotSchoolDay(date: IsoDate): string | null {
    return this.reasonForDay(isoToDay(date));
  }

  /**
   * The n-th school day after a date: day 1 is the first school day after it (the date itself
   * never counts). This is "the sixth school day following the day on which the permanent
   * exclusion took place" (SI 2007/1870 reg 4(3)(a)) with n = 6.
   * @throws {@link SendTimescalesError} `OUT_OF_RANGE` when the date is outside the calendar or the count runs past its last term; `INVALID_NUMBER` unless n is a whole number ≥ 1.
   */
  nthSchoolDayAfter(date: IsoDate, n: number): IsoDate {
    const day = isoToDay(date);
    wholeNumber(n, 'n');
    if (n < 1) throw new SendTimescalesError('INVALID_NUMBER', 'n', n, `Count at least 1 school day, not ${n}.`);
    const due = this.nthSchoolDayNumber(day, n);
    if (due === null) {
      throw new SendTimescalesError(
        'OUT_OF_RANGE', 'n', n,
        `The ${n}th school day after ${date} is after the last term of "${this.name}" (which ends ${this.lastDate}).`,
      );
    }
    return dayToIso(due);
  }

  /** School days d with start < d ≤ end (both dates inside the calendar; negative when end < start). */
  schoolDaysBetween(start: IsoDate, end: IsoDate): number {
    const s = isoToDay(start, 'start');
    const e = isoToDay(end, 'end');
    return s <= e ? this.schoolDaysBetweenNumbers(s, e) : -this.schoolDaysBetweenNumbers(e, s);
  }

  /** "The first day of next term": the start of the first term that starts after the date, or null when the calendar has none. */
  nextTermStart(date: IsoDate): IsoDate | null {
    const d = this.nextTermStartNumber(isoToDay(date));
    return d === null ? null : dayToIso(d);
  }

  /** The term whose dates (start to end, half term included) contain the date, or null (a holiday between terms, or outside the calendar). */
  termOf(date: IsoDate): Term | null {
    return this.termOfDay(isoToDay(date)) ?? null;
  }

  /** The autumn term before a (September) transfer date, or null when the calendar does not hold it (see the engine's `end-of-autumn-term`). */
  autumnTermBefore(date: IsoDate): Term | null {
    return this.autumnTermBeforeNumber(isoToDay(date))?.term ?? null;
  }

  /**
   * The periods in which the school is closed for a continuous period of at least `minDays`
   * days (default 28 = 4 weeks): each maximal run of days that are not school days, between
   * two school days of the calendar. Weekends and bank holidays next to a holiday are part of
   * the run (the school is closed on them). Closures before the first term and after the last
   * are not known and not listed.
   */
  closures(minDays = 28): readonly SchoolClosure[] {
    wholeNumber(minDays, 'minDays');
    if (minDays < 1) throw new SendTimescalesError('INVALID_NUMBER', 'minDays', minDays, `minDays must be at least 1, not ${minDays}.`);
    return this.closureList(minDays);
  }

  /**
   * Whether advice requested from the head teacher or principal on `adviceRequested` falls in the
   * school-closure exception (regs 5(4)(a), 10(4)(a) and 27(3)(a) of the SEND Regulations 2014):
   * the same answer as `schoolClosureException(terms, adviceRequested)`, whose module holds the
   * regulation, its wording and how it counts (docs/terms.md).
   * @returns The closure and the window, or null when the request is outside every window.
   * @throws {@link SendTimescalesError} `OUT_OF_RANGE` when the calendar cannot decide (too near or outside its ends).
   * @deprecated Use `schoolClosureException(terms, adviceRequested)`: the exception is the law's, not the calendar's.
   */
  adviceClosureException(adviceRequested: IsoDate): AdviceClosureException | null {
    return this.adviceClosureExceptionNumber(isoToDay(adviceRequested, 'adviceRequested'), adviceRequested);
  }

  /** The calendar as data again (the JSON format of docs/terms.md). */
  toJSON(): TermCalendarData {
    return { name: this.name, source: this.source, ...(this.note === undefined ? {} : { note: this.note }), terms: this.terms };
  }
}

function fail(problem: TermCalendarProblem, field: string, value: unknown, message: string, code: ErrorCode = 'INVALID_OPTION'): TermCalendarError {
  return new TermCalendarError(problem, code, field, value, message);
}

/** @internal A term's name when it has none: its season and year (`Autumn 2024`), by the month it starts in. */
export function seasonName(start: number): string {
  const [y, m] = civilFromDays(start);
  const season = m >= 8 ? 'Autumn' : m <= 3 ? 'Spring' : 'Summer';
  return `${season} ${y}`;
}

/**
 * @internal A {@link TermCalendar} from data the term calendar schema has accepted
 * (`createTermCalendar` checks it first): each term's days, its name (its season and year when it
 * has none), the terms in date order.
 */
export function buildTermCalendar(data: TermCalendarData, calendar: WorkingCalendar): TermCalendar {
  const days: TermDays[] = data.terms.map((raw) => {
    const start = isoToDay(raw.start);
    const end = isoToDay(raw.end);
    const h = raw.halfTerm;
    const halfTerm = h === undefined ? undefined : Object.freeze({ start: h.start, end: h.end });
    const term: Term = Object.freeze({
      name: raw.name ?? seasonName(start),
      start: raw.start,
      end: raw.end,
      ...(halfTerm ? { halfTerm } : {}),
      ...(raw.note === undefined ? {} : { note: raw.note }),
    });
    // No half term: an empty span (start after end).
    return { term, start, end, hs: h === undefined ? 1 : isoToDay(h.start), he: h === undefined ? 0 : isoToDay(h.end) };
  });
  days.sort((a, b) => a.start - b.start);
  const { name, source, note } = data;
  return new TermCalendar({ name, source, ...(note === undefined ? {} : { note }), terms: [] }, days, calendar);
}

const CSV_COLUMNS = ['term', 'start', 'end', 'half_term_start', 'half_term_end'] as const;

/**
 * Term data from CSV text with the header `term,start,end,half_term_start,half_term_end`
 * (columns in that order; the half-term cells may be empty; lines starting with `#` and blank
 * lines are ignored; a cell may be "quoted"). Pass the result to {@link createTermCalendar}.
 * @param csv - The CSV text.
 * @param about - The calendar's `name`, `source` and optional `note` (CSV has no place for them).
 * @returns The data.
 * @throws {@link TermCalendarError} `csv` for a wrong header or row.
 * @example
 * ```ts
 * const data = termCalendarFromCsv('term,start,end,half_term_start,half_term_end\nAutumn 2024,2024-09-03,2024-12-20,2024-10-28,2024-11-01\n',
 *   { name: 'Example school', source: 'EXAMPLE data, not official' });
 * createTermCalendar(data).terms.length; // 1
 * ```
 */
export function termCalendarFromCsv(csv: string, about: { readonly name: string; readonly source: string; readonly note?: string }): TermCalendarData {
  if (typeof csv !== 'string') throw fail('csv', 'csv', csv, 'The term calendar CSV must be text.');
  const rows = csv.split(/\r?\n/).map((line, i) => ({ line, number: i + 1 })).filter((r) => r.line.trim() !== '' && !r.line.trimStart().startsWith('#'));
  const header = rows.shift();
  const columns = header ? splitCsvLine(header.line, header.number).map((c) => c.trim().toLowerCase()) : [];
  if (columns.join(',') !== CSV_COLUMNS.join(',')) {
    throw fail('csv', 'csv.header', header?.line, `The first line must be the header ${CSV_COLUMNS.join(',')}, not ${show(header?.line ?? '')}.`);
  }
  const terms: TermData[] = rows.map(({ line, number }) => {
    const cells = splitCsvLine(line, number).map((c) => c.trim());
    if (cells.length !== CSV_COLUMNS.length) {
      throw fail('csv', `csv.line ${number}`, line, `Line ${number} has ${cells.length} cells; it needs ${CSV_COLUMNS.length} (${CSV_COLUMNS.join(',')}).`);
    }
    const [name, start, end, hs, he] = cells as [string, string, string, string, string];
    if ((hs === '') !== (he === '')) {
      throw fail('csv', `csv.line ${number}`, line, `Line ${number}: give both half_term_start and half_term_end, or neither.`);
    }
    return { ...(name ? { name } : {}), start, end, ...(hs ? { halfTerm: { start: hs, end: he } } : {}) };
  });
  return { name: about.name, source: about.source, ...(about.note === undefined ? {} : { note: about.note }), terms };
}

function splitCsvLine(line: string, number: number): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  if (quoted) throw fail('csv', `csv.line ${number}`, line, `Line ${number} has an unclosed quote.`);
  cells.push(cell);
  return cells;
}

/**
 * The constructor is the library's own (createTermCalendar checks the data and works out the
 * days): a JavaScript caller who calls it directly gets the library's error, not a TypeError.
 */
function checkMade(data: unknown, days: unknown, calendar: unknown): void {
  const fine = isRecord(data) && typeof data.name === 'string' && typeof data.source === 'string'
    && Array.isArray(days) && days.length > 0
    && days.every((d) => isRecord(d) && isRecord(d.term) && ['start', 'end', 'hs', 'he'].every((k) => Number.isInteger(d[k])))
    && calendar instanceof WorkingCalendar;
  if (!fine) {
    throw new SendTimescalesError('INVALID_ARGUMENT', 'data', data, `A term calendar is made with createTermCalendar(data), but the constructor was given ${show(data)}.`);
  }
}
