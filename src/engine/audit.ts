/**
 * `audit(cases, { asOf })`: compliance across a caseload. Per-rule counts, the national measure
 * "EHC plans issued within 20 weeks" with and without exceptions, the late and overdue cases, and
 * every rejected record. An invalid record never stops the audit.
 */
import { expectList, isRecord } from '../guard.js';
import { dayToIso, isoToDay, type IsoDate } from '../day/iso.js';
import { SendTimescalesError, show } from '../errors.js';
import { getRule } from '../law/index.js';
import { twentyWeekMeasure } from '../law/measures.js';
import { validateCase, type CaseError } from '../schema/validate.js';
import type { EntryStatus } from './case-context.js';
import { checkRunOptions, runCase, type TimelineOptions } from './timeline.js';

/**
 * Options of `audit`: those of `timeline`, and the range of plan issue dates the 20-week measure covers.
 * @example
 * const options: AuditOptions = { asOf: '2026-01-01', from: '2025-01-01', to: '2025-12-31' };
 */
export interface AuditOptions extends TimelineOptions {
  /** Only plans issued on or after this day count toward the 20-week measure (e.g. a calendar year). */
  readonly from?: IsoDate;
  /** Only plans issued on or before this day count toward the 20-week measure. */
  readonly to?: IsoDate;
}

/**
 * The counts of one rule across a caseload.
 * @example
 * const row: RuleSummary = { ruleId: 'final-plan', title: '…', applicable: 4, met: 1, late: 1, overdue: 0, due: 1, lifted: 1, relaxed: 0, notApplicable: 1, notTriggered: 0, percentOnTime: 50 };
 */
export interface RuleSummary {
  readonly ruleId: string;
  readonly title: string;
  /** met + late + overdue + due + lifted + relaxed. */
  readonly applicable: number;
  readonly met: number;
  readonly late: number;
  readonly overdue: number;
  readonly due: number;
  readonly lifted: number;
  readonly relaxed: number;
  readonly notApplicable: number;
  readonly notTriggered: number;
  /** met ÷ (met + late + overdue), as a percentage to one decimal place; null when none was decided. */
  readonly percentOnTime: number | null;
  /** For a local rule: its statutory counterpart, and how many of its deadlines fell later than the statute's. */
  readonly local?: { readonly statutory: string; readonly laterThanLaw: number };
}

/**
 * The national measure: EHC plans issued within 20 weeks of the request.
 * @example
 * const m: TwentyWeekMeasure = { plansIssued: 3, withinTwentyWeeks: 1, percent: 33.3 };
 */
export interface TwentyWeekMeasure {
  /** Plans issued (in the `from`…`to` range, if given). */
  readonly plansIssued: number;
  /** Of those, issued on or before the day 20 weeks after the request. */
  readonly withinTwentyWeeks: number;
  readonly percent: number | null;
  /**
   * Of the plans issued, those whose case records an exception to the 20-week limit without its
   * kind or dates (`twentyWeekExceptionRecorded`, the SEN2 return's `Week20`): their 20-week result
   * is "exception recorded", and they are left out of `excludingExceptions`. Present only when some are.
   */
  readonly exceptionRecorded?: number;
}

/**
 * One late or overdue deadline of one case.
 * @example
 * const late: LateCase = { caseId: 'C001', ruleId: 'final-plan', due: '2025-05-26', done: '2025-05-27', status: 'late', daysLate: 1 };
 */
export interface LateCase {
  readonly caseId: string;
  readonly ruleId: string;
  readonly due: IsoDate;
  readonly done?: IsoDate;
  readonly status: 'late' | 'overdue';
  readonly daysLate: number;
}

/**
 * Compliance across a caseload; plain JSON-serialisable data.
 * @example
 * const a: Audit = audit(cases, { asOf: '2026-11-01' });
 * a.twentyWeeks.excludingExceptions.percent // e.g. 50
 */
export interface Audit {
  readonly asOf: IsoDate;
  readonly reviewedOn: 'meeting' | 'decision';
  readonly cases: { readonly total: number; readonly valid: number; readonly rejected: number };
  readonly rules: readonly RuleSummary[];
  /**
   * EHC plans issued within 20 weeks of the request (reg 13(2)). A plan issued on the day 20 weeks
   * after the request (request + 140 days, the same weekday) is within 20 weeks; the day after is not.
   * `including` counts every plan issued; `excludingExceptions` leaves out plans whose 20-week limit
   * an exception applied to (reg 13(3)), as the Department for Education's SEN2 return does.
   */
  readonly twentyWeeks: { readonly including: TwentyWeekMeasure; readonly excludingExceptions: TwentyWeekMeasure };
  /** Every late or overdue deadline, in the order the cases were read (`mostLateFirst` sorts a copy). */
  readonly lateCases: readonly LateCase[];
  readonly rejected: readonly { readonly id: string; readonly errors: readonly CaseError[] }[];
  /** Notes about cases' histories (duplicates, events after asOf, impossible orders). */
  readonly caseWarnings: readonly { readonly caseId: string; readonly warnings: readonly string[] }[];
}

/** Counts per rule as a small array indexed by status (a keyed object property per entry is slow at 8 million entries). */
const MET = 0, LATE = 1, OVERDUE = 2, DUE = 3, LIFTED = 4, RELAXED = 5, NOT_APPLICABLE = 6, NOT_TRIGGERED = 7;

function statusIndex(status: EntryStatus): number {
  switch (status) {
    case 'met': return MET;
    case 'late': return LATE;
    case 'overdue': return OVERDUE;
    case 'due': return DUE;
    case 'lifted': return LIFTED;
    case 'relaxed': return RELAXED;
    case 'not-applicable': return NOT_APPLICABLE;
    case 'not-triggered': return NOT_TRIGGERED;
  }
}

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/**
 * Compliance across a caseload: an iterable of raw case records (validated here, once each; a bad
 * record is listed in `rejected` and never stops the audit). `onRecord` is called with the count
 * of records read (the CLI shows progress with it).
 * @example
 * const a = audit([
 *   { id: 'C1', events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'final-plan-issued', date: '2025-05-27' }] },
 *   { id: 'C2', events: [{ type: 'plan-issued', date: '2025-01-06' }] },
 * ], { asOf: '2025-12-01' });
 * a.twentyWeeks.including // { plansIssued: 1, withinTwentyWeeks: 0, percent: 0 }
 * a.rejected[0].id        // 'C2'
 */
export function audit(caseRecords: Iterable<unknown>, options: AuditOptions, onRecord?: (n: number) => void): Audit {
  if (caseRecords === null || typeof caseRecords !== 'object' || typeof (caseRecords as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new SendTimescalesError('INVALID_ARGUMENT', 'caseRecords', caseRecords, `audit() takes a list of case records, but ${show(caseRecords)} was given.`);
  }
  if (onRecord !== undefined && typeof onRecord !== 'function') {
    throw new SendTimescalesError('INVALID_ARGUMENT', 'onRecord', onRecord, `onRecord must be a function called with the count of records read, or left out, but ${show(onRecord)} was given.`);
  }
  const run = checkRunOptions(options);
  // A case is one record. Which of two records with one id is right cannot be known, so a list's
  // repeated ids are found first and every record that shares one is set aside; a stream cannot be
  // looked ahead, so there a repeat is set aside and names the record already audited.
  const repeated = Array.isArray(caseRecords) ? repeatedIds(caseRecords) : undefined;
  const seen = new Map<string, number>();
  const from = options.from === undefined ? Number.NEGATIVE_INFINITY : isoToDay(options.from, 'from');
  const to = options.to === undefined ? Number.POSITIVE_INFINITY : isoToDay(options.to, 'to');
  const counts = new Map<string, Int32Array>();
  const local = new Map<string, { statutory: string; laterThanLaw: number }>();
  const lateCases: LateCase[] = [];
  const rejected: { id: string; errors: CaseError[] }[] = [];
  const caseWarnings: { caseId: string; warnings: string[] }[] = [];
  const including = { plansIssued: 0, withinTwentyWeeks: 0 };
  const excluding = { plansIssued: 0, withinTwentyWeeks: 0 };
  let total = 0;
  let recordedExceptions = 0;
  // The national measure counts the deadlines of the rule the law names for it.
  const measuredRule = twentyWeekMeasure.ruleId;

  for (const record of caseRecords) {
    total++;
    if (onRecord) onRecord(total);
    const validated = validateCase(record);
    if (!validated.ok) {
      rejected.push({ id: validated.id, errors: validated.errors });
      continue;
    }
    const id = validated.value.id;
    const positions = repeated?.get(id);
    const earlier = seen.get(id);
    if (earlier === undefined) seen.set(id, total);
    if (positions !== undefined || earlier !== undefined) {
      const message = positions !== undefined
        ? `Case id ${id} appears in records ${positions.join(' and ')}; a case must be one record, so none of them is audited.`
        : `Case id ${id} appears again in record ${total} (first in record ${earlier}, which was audited); a case must be one record, so this one is set aside.`;
      rejected.push({ id, errors: [{ code: 'INVALID_CASE', field: 'id', value: id, message }] });
      continue;
    }
    let result: ReturnType<typeof runCase>;
    try {
      result = runCase(validated.value, run);
    } catch (e) {
      if (!(e instanceof SendTimescalesError)) throw e;
      rejected.push({ id: validated.value.id, errors: [{ code: 'INVALID_CASE', field: e.field, value: e.value, message: `Case ${validated.value.id}: ${e.message}` }] });
      continue;
    }
    const caseId = validated.value.id;
    if (result.warnings.length) caseWarnings.push({ caseId, warnings: result.warnings });
    let countedPlan = Number.NaN; // a plan answering several requests counts once (entries are in request order)
    // An exception recorded with no kind or dates cannot lift a deadline, but the measure "excluding exceptions" leaves the plan out.
    const exceptionRecorded = validated.value.twentyWeekExceptionRecorded === true;
    for (const e of result.entries) {
      let c = counts.get(e.ruleId);
      if (!c) counts.set(e.ruleId, (c = new Int32Array(8)));
      c[statusIndex(e.status)]!++;
      if (e.statutory !== undefined) {
        let l = local.get(e.ruleId);
        if (!l) local.set(e.ruleId, (l = { statutory: e.statutory.ruleId, laterThanLaw: 0 }));
        if (e.due !== null && e.statutory.due !== null && e.due > e.statutory.due) l.laterThanLaw++;
      }
      if ((e.status === 'late' || e.status === 'overdue') && e.due !== null) {
        // One shape for every row (done is left undefined, not absent): cheaper for half a million rows.
        lateCases.push({ caseId, ruleId: e.ruleId, due: dayToIso(e.due), done: e.done === null ? undefined : dayToIso(e.done), status: e.status, daysLate: e.daysLate! } as LateCase);
      }
      if (e.ruleId === measuredRule && e.done !== null && e.due !== null && e.done >= from && e.done <= to && e.status !== 'not-applicable' && e.done !== countedPlan) {
        countedPlan = e.done;
        const within = e.done <= e.due ? 1 : 0;
        including.plansIssued++;
        including.withinTwentyWeeks += within;
        if (exceptionRecorded) recordedExceptions++;
        else if (e.exception === undefined) {
          excluding.plansIssued++;
          excluding.withinTwentyWeeks += within;
        }
      }
    }
  }

  const rules: RuleSummary[] = [...counts.entries()].map(([ruleId, c]) => ({
    ruleId,
    title: safeTitle(ruleId),
    applicable: c[MET]! + c[LATE]! + c[OVERDUE]! + c[DUE]! + c[LIFTED]! + c[RELAXED]!,
    met: c[MET]!,
    late: c[LATE]!,
    overdue: c[OVERDUE]!,
    due: c[DUE]!,
    lifted: c[LIFTED]!,
    relaxed: c[RELAXED]!,
    notApplicable: c[NOT_APPLICABLE]!,
    notTriggered: c[NOT_TRIGGERED]!,
    percentOnTime: percent(c[MET]!, c[MET]! + c[LATE]! + c[OVERDUE]!),
    ...(local.has(ruleId) ? { local: local.get(ruleId)! } : {}),
  }));
  return {
    asOf: dayToIso(run.asOf),
    reviewedOn: run.reviewedOn,
    cases: { total, valid: total - rejected.length, rejected: rejected.length },
    rules,
    twentyWeeks: {
      including: {
        ...including, percent: percent(including.withinTwentyWeeks, including.plansIssued),
        ...(recordedExceptions > 0 ? { exceptionRecorded: recordedExceptions } : {}),
      },
      excludingExceptions: { ...excluding, percent: percent(excluding.withinTwentyWeeks, excluding.plansIssued) },
    },
    lateCases,
    rejected,
    caseWarnings,
  };
}

function safeTitle(ruleId: string): string {
  try {
    return getRule(ruleId).title;
  } catch {
    return ruleId;
  }
}

/**
 * The late and overdue deadlines, most days late first (then by case id): for reports.
 * @example
 * mostLateFirst(audit(cases, { asOf: '2026-11-01' }).lateCases).slice(0, 10)
 */
export function mostLateFirst(lateCases: readonly LateCase[]): LateCase[] {
  expectList<LateCase>(lateCases, 'lateCases', 'late cases (an audit\'s late list)').forEach((c, i) => {
    if (!isRecord(c) || typeof c.daysLate !== 'number' || typeof c.caseId !== 'string') {
      throw new SendTimescalesError('INVALID_ARGUMENT', `lateCases[${i}]`, c, `lateCases[${i}] must be a late case of an audit ({ caseId, daysLate, … }), but ${show(c)} was given.`);
    }
  });
  return [...lateCases].sort((a, b) => b.daysLate - a.daysLate || (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
}

/** The ids that more than one valid-looking record of a list carries, with their record numbers (1-based). */
function repeatedIds(records: readonly unknown[]): Map<string, number[]> {
  const at = new Map<string, number[]>();
  records.forEach((r, i) => {
    const id = r !== null && typeof r === 'object' ? (r as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' && typeof id !== 'number') return;
    const key = String(id);
    const list = at.get(key);
    if (list) list.push(i + 1);
    else at.set(key, [i + 1]);
  });
  for (const [id, list] of at) if (list.length < 2) at.delete(id);
  return at;
}
