/**
 * `worklist(cases, { asOf, within })`: the deadlines still open that fall due in the next `within`
 * days, soonest first. What a caseworker acts on this month; the same selection the CLI's `due`
 * command prints, so that a council system and the command line agree.
 */
import { dayToIso, type IsoDate } from '../day/iso.js';
import { SendTimescalesError, show } from '../errors.js';
import { validateCase, type CaseError } from '../schema/validate.js';
import { getRule } from '../law/index.js';
import { checkRunOptions, runCase, type TimelineOptions } from './timeline.js';

/**
 * Options of `worklist`: those of `timeline`, and how many calendar days ahead to look.
 * @example
 * const options: WorklistOptions = { asOf: '2026-06-01', within: 30 };
 */
export interface WorklistOptions extends TimelineOptions {
  /** Calendar days after `asOf` to include (0: only what falls due on `asOf`). */
  readonly within: number;
}

/**
 * One open deadline on a worklist.
 * @example
 * const item: WorklistItem = { caseId: 'C1', ruleId: 'review-decision', title: 'Decision after an annual review', due: '2026-05-29', daysLeft: 3, workingDaysLeft: 3 };
 */
export interface WorklistItem {
  readonly caseId: string;
  readonly ruleId: string;
  readonly title: string;
  readonly due: IsoDate;
  /** Calendar days from `asOf` to the due day (0 when it is due today). */
  readonly daysLeft: number;
  /** Working days d with asOf < d ≤ due, on the options' calendar. */
  readonly workingDaysLeft: number;
}

/**
 * The open deadlines due within the window, soonest first, and the records that could not be read.
 * @example
 * const w: Worklist = { asOf: '2026-06-01', until: '2026-07-01', items: [], rejected: [] };
 */
export interface Worklist {
  readonly asOf: IsoDate;
  /** The last day of the window: asOf + within. */
  readonly until: IsoDate;
  readonly items: readonly WorklistItem[];
  readonly rejected: readonly { readonly id: string; readonly errors: readonly CaseError[] }[];
}

/**
 * The deadlines still open (status `due`) whose due day falls from `asOf` to `asOf + within`,
 * soonest first (then by case and rule). Overdue deadlines are not on it: `audit` and `timeline`
 * list those. A bad record is listed in `rejected` and never stops the list.
 * @example
 * const w = worklist([
 *   { id: 'C1', events: [{ type: 'request-received', date: '2025-01-06' }] },
 * ], { asOf: '2025-02-03', within: 30 });
 * w.items[0] // { caseId: 'C1', ruleId: 'assessment-decision', due: '2025-02-17', daysLeft: 14, workingDaysLeft: 10, … }
 */
export function worklist(caseRecords: Iterable<unknown>, options: WorklistOptions): Worklist {
  const run = checkRunOptions(options);
  const within = options.within;
  if (typeof within !== 'number' || !Number.isInteger(within) || within < 0 || within > 36_600) {
    throw new SendTimescalesError('INVALID_OPTION', 'within', within, `within must be a whole number of days from 0 to 36600, not ${show(within)}.`);
  }
  if (caseRecords === null || typeof (caseRecords as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] !== 'function') {
    throw new SendTimescalesError('INVALID_OPTION', 'cases', caseRecords, 'Give a list of case records.');
  }
  const until = run.asOf + within;
  const calendar = run.opts.calendar;
  const items: WorklistItem[] = [];
  const rejected: { id: string; errors: CaseError[] }[] = [];
  for (const record of caseRecords) {
    const validated = validateCase(record);
    if (!validated.ok) {
      rejected.push({ id: validated.id, errors: validated.errors });
      continue;
    }
    let entries;
    try {
      entries = runCase(validated.value, run).entries;
    } catch (e) {
      if (!(e instanceof SendTimescalesError)) throw e;
      rejected.push({ id: validated.value.id, errors: [{ code: 'INVALID_CASE', field: e.field, value: e.value, message: `Case ${validated.value.id}: ${e.message}` }] });
      continue;
    }
    for (const e of entries) {
      if (e.status !== 'due' || e.due === null || e.due < run.asOf || e.due > until) continue;
      items.push({
        caseId: validated.value.id,
        ruleId: e.ruleId,
        title: e.rule?.title ?? titleOf(e.ruleId),
        due: dayToIso(e.due),
        daysLeft: e.due - run.asOf,
        workingDaysLeft: calendar.workingDaysBetweenNumbers(run.asOf, e.due),
      });
    }
  }
  items.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return { asOf: dayToIso(run.asOf), until: dayToIso(until), items, rejected };
}

function titleOf(ruleId: string): string {
  try {
    return getRule(ruleId).title;
  } catch {
    return ruleId;
  }
}
