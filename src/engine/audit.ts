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
import { validateCaseReusing, type CaseError } from '../schema/validate.js';
import { caseBuffer, type CaseBuffer } from '../schema/fast-validate.js';
import type { CoreEntry, EntryStatus } from './case-context.js';
import { EntryPool } from './entry-pool.js';
import { IdPositions } from './id-positions.js';
import { checkRunOptions, runCase, type RunOptions, type TimelineOptions } from './timeline.js';
import type { WeekBands } from './dfe-measures.js';
import { PlanTally } from './plan-months.js';

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
  /**
   * Of the plans issued, those whose case records an exception to the 20-week limit without its
   * kind or dates (`twentyWeekExceptionRecorded`, the SEN2 return's `Week20`): their 20-week result
   * is "exception recorded", and they are left out of `excludingExceptions`. Present only when some are.
   */
  readonly exceptionRecorded?: number;
  readonly percent: number | null;
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
  /**
   * The plans of `twentyWeeks` in the Department's published bands of the time from request to
   * plan: within 20 weeks (request + 140 days at most), more than 20 up to 52 weeks (request + 364
   * days at most), over 52 weeks; the same banding as `dfeMeasures`. Each total equals its
   * measure's `plansIssued`. The bands count elapsed weeks, so where an exception or the 2020
   * regulations moved a plan's deadline, its band and the measure's "within" may differ.
   * @example
   * // Requests 6 Jan 2025; plans 26 May (+140 days), 27 May (+141) and 7 Jan 2026 (+366):
   * a.twentyWeekBands.including // { withinTwentyWeeks: 1, twentyToFiftyTwoWeeks: 1, overFiftyTwoWeeks: 1 }
   */
  readonly twentyWeekBands: { readonly including: WeekBands; readonly excludingExceptions: WeekBands };
  /**
   * The plans of `twentyWeeks.including` by calendar month of issue (`YYYY-MM`, earliest first,
   * only months with a plan): issued, and of those within 20 weeks. The months' sums equal
   * `twentyWeeks.including`'s `plansIssued` and `withinTwentyWeeks`.
   * @example
   * a.planMonths // [{ month: '2025-05', issued: 2, withinTwentyWeeks: 1 }, { month: '2026-01', issued: 1, withinTwentyWeeks: 0 }]
   */
  readonly planMonths: readonly { readonly month: string; readonly issued: number; readonly withinTwentyWeeks: number }[];
  /** Every late or overdue deadline, in the order the cases were read (`mostLateFirst` sorts a copy). */
  readonly lateCases: readonly LateCase[];
  readonly rejected: readonly { readonly id: string; readonly errors: readonly CaseError[] }[];
  /** Notes about cases' histories (duplicates, events after asOf, impossible orders). */
  readonly caseWarnings: readonly { readonly caseId: string; readonly warnings: readonly string[] }[];
}

/**
 * Audits a caseload one case at a time: `add` each case record as it is read, then `result()`.
 * `audit(cases)` is this over a list. Only the counts, the late list, the rejected records and the
 * case warnings are kept, so a caller reading a file grouped by case holds one case at a time.
 * @example
 * const auditor = createAuditor({ asOf: '2025-12-01' });
 * auditor.add({ id: 'C1', events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'final-plan-issued', date: '2025-05-27' }] });
 * auditor.setAside('C2', [{ code: 'INVALID_CASE', field: 'date', value: '06/01/2025', message: 'Row 3: the date is ambiguous.' }]);
 * auditor.result().cases // { total: 2, valid: 1, rejected: 1 }
 */
export interface Auditor {
  /**
   * Audits one raw case record (validated here, once). A bad record, or a second record with an id
   * already added, is listed in `rejected` and never stops the audit.
   */
  add(caseRecord: unknown): void;
  /**
   * Counts a record the caller could not turn into a case record (a row that did not parse) as
   * read and set aside, with its errors, so that records in = audited + set aside.
   */
  setAside(id: string, errors: readonly CaseError[]): void;
  /** The audit of every record added or set aside so far; adding more afterwards is allowed. */
  result(): Audit;
}

/**
 * An auditor over a caseload, one case at a time; `result()` at the end equals `audit()` of the
 * same records. A case is one record: a second record with an id already added is set aside and
 * names the first (which stays audited), since a stream cannot be looked ahead.
 * @example
 * const auditor = createAuditor({ asOf: '2025-12-01' });
 * for (const record of records) auditor.add(record);
 * auditor.result().twentyWeeks.including // { plansIssued: …, withinTwentyWeeks: …, percent: … }
 */
export function createAuditor(options: AuditOptions): Auditor {
  const tally = new CaseloadTally(options, undefined);
  return {
    add: (caseRecord) => tally.add(caseRecord),
    setAside: (id, errors) => tally.setAside(id, errors),
    result: () => tally.result(),
  };
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
  // A case is one record. Which of two records with one id is right cannot be known, so a list's
  // repeated ids are found first and every record that shares one is set aside; a stream cannot be
  // looked ahead, so there (as in `createAuditor`) a repeat is set aside and names the record already audited.
  const tally = new CaseloadTally(options, Array.isArray(caseRecords) ? caseRecords : undefined);
  let read = 0;
  for (const record of caseRecords) {
    if (onRecord) onRecord(++read);
    tally.add(record);
  }
  return tally.result();
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

/** One rule's counts by status, and for a local rule its counterpart and how often it fell later than the law. */
interface RuleTally {
  /** The rule's position in the audit's list of rules (the late list stores it, not the id). */
  readonly slot: number;
  readonly counts: Int32Array;
  local: { readonly statutory: string; laterThanLaw: number } | undefined;
}

/**
 * The running state of an audit. Per case it keeps only what the result reports: nothing of the
 * case's timeline outlives `add`, and the late list's dates are one string per day, shared.
 */
class CaseloadTally {
  private readonly run: RunOptions;
  private readonly from: number;
  private readonly to: number;
  /** A list's repeated ids, found before it is read; undefined for a stream (then `seen` finds repeats). */
  private readonly repeated: ReadonlyMap<string, readonly number[]> | undefined;
  private readonly seen = new IdPositions();
  private readonly byRule = new Map<string, RuleTally>();
  private readonly late = new LateList();
  private readonly rejected: { id: string; errors: CaseError[] }[] = [];
  private readonly caseWarnings: { caseId: string; warnings: string[] }[] = [];
  private readonly including = { plansIssued: 0, withinTwentyWeeks: 0 };
  private readonly excluding = { plansIssued: 0, withinTwentyWeeks: 0 };
  /** Plans counted whose case records an exception without its kind or dates (see {@link TwentyWeekMeasure.exceptionRecorded}). */
  private recordedExceptions = 0;
  /** The counted plans by month of issue and by week band, for reports' charts (plan-months.ts). */
  private readonly plans = new PlanTally();
  private readonly ruleIds: string[] = [];
  /** The rule id and tally met at each entry position of earlier cases (see `count`). */
  private readonly atPositionIds: (string | undefined)[] = [];
  private readonly atPositionTallies: RuleTally[] = [];
  /** ISO text by day number, offset by the first day asked for: one string per day, found by index. */
  private isoOf: (IsoDate | undefined)[] = [];
  private isoBase = 0;
  private total = 0;
  /** The events of the case being audited, reused from case to case when the rules are the library's own. */
  private readonly buffer: CaseBuffer | undefined;
  /** The entries of the case being audited, likewise. */
  private readonly pool: EntryPool | undefined;

  constructor(options: AuditOptions, list: readonly unknown[] | undefined) {
    this.run = checkRunOptions(options);
    this.buffer = this.run.ownRules ? caseBuffer() : undefined;
    this.pool = this.run.ownRules ? new EntryPool(this.run.opts) : undefined;
    this.repeated = list === undefined ? undefined : repeatedIds(list);
    this.from = options.from === undefined ? Number.NEGATIVE_INFINITY : isoToDay(options.from, 'from');
    this.to = options.to === undefined ? Number.POSITIVE_INFINITY : isoToDay(options.to, 'to');
  }

  add(record: unknown): void {
    const n = ++this.total;
    const validated = validateCaseReusing(record, this.buffer);
    if (!validated.ok) {
      this.rejected.push({ id: validated.id, errors: validated.errors });
      return;
    }
    const id = validated.value.id;
    // A list's repeats are all known beforehand (usually none: then no lookup); only a stream needs the ids seen so far.
    const positions = this.repeated !== undefined && this.repeated.size > 0 ? this.repeated.get(id) : undefined;
    const earlier = this.repeated === undefined ? this.seen.firstOrAdd(id, n) : undefined;
    if (positions !== undefined || earlier !== undefined) {
      const message = positions !== undefined
        ? `Case id ${id} appears in records ${positions.join(' and ')}; a case must be one record, so none of them is audited.`
        : `Case id ${id} appears again in record ${n} (first in record ${earlier}, which was audited); a case must be one record, so this one is set aside.`;
      this.rejected.push({ id, errors: [{ code: 'INVALID_CASE', field: 'id', value: id, message }] });
      return;
    }
    let result: ReturnType<typeof runCase>;
    try {
      result = runCase(validated.value, this.run, this.pool);
    } catch (e) {
      if (!(e instanceof SendTimescalesError)) throw e;
      this.rejected.push({ id, errors: [{ code: 'INVALID_CASE', field: e.field, value: e.value, message: `Case ${id}: ${e.message}` }] });
      return;
    }
    if (result.warnings.length) this.caseWarnings.push({ caseId: id, warnings: result.warnings });
    // An exception recorded with no kind or dates cannot lift a deadline, but the measure "excluding exceptions" leaves the plan out.
    this.count(id, result.entries, validated.value.twentyWeekExceptionRecorded === true);
  }

  setAside(id: string, errors: readonly CaseError[]): void {
    if (typeof id !== 'string') {
      throw new SendTimescalesError('INVALID_ARGUMENT', 'id', id, `setAside() takes the id (or position) of the record set aside as text, but ${show(id)} was given.`);
    }
    if (!Array.isArray(errors) || errors.length === 0 || !errors.every(isCaseError)) {
      throw new SendTimescalesError('INVALID_ARGUMENT', 'errors', errors, `setAside() takes the record's errors, a non-empty list of { code: 'INVALID_CASE', field, value, message }, but ${show(errors)} was given.`);
    }
    this.total++;
    this.rejected.push({ id, errors: errors.map((e) => ({ code: e.code, field: e.field, value: e.value, message: e.message })) });
  }

  /** One case's deadlines into the counts, the late list and the 20-week measure. */
  private count(caseId: string, entries: readonly CoreEntry[], exceptionRecorded: boolean): void {
    let countedPlan = Number.NaN; // a plan answering several requests counts once (entries are in request order)
    // A rule's entries come together, and cases mostly list their rules in one order: the previous
    // entry's tally, then the tally at this position in the previous case, are tried before the map.
    let lastId: string | undefined;
    let t!: RuleTally;
    const atIds = this.atPositionIds;
    const atTallies = this.atPositionTallies;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if (e.ruleId !== lastId) {
        lastId = e.ruleId;
        if (atIds[i] === e.ruleId) t = atTallies[i]!;
        else {
          const known = this.byRule.get(e.ruleId);
          if (known) t = known;
          else {
            t = { slot: this.byRule.size, counts: new Int32Array(8), local: undefined };
            this.byRule.set(e.ruleId, t);
            this.ruleIds.push(e.ruleId);
          }
          atIds[i] = e.ruleId;
          atTallies[i] = t;
        }
      }
      t.counts[statusIndex(e.status)]!++;
      if (e.statutory !== undefined) {
        const l = t.local ??= { statutory: e.statutory.ruleId, laterThanLaw: 0 };
        if (e.due !== null && e.statutory.due !== null && e.due > e.statutory.due) l.laterThanLaw++;
      }
      if ((e.status === 'late' || e.status === 'overdue') && e.due !== null) {
        this.late.add(caseId, t.slot, e.due, e.done, e.status === 'overdue', e.daysLate!);
      }
      if (e.ruleId === measuredRule && e.done !== null && e.due !== null && e.done >= this.from && e.done <= this.to && e.status !== 'not-applicable' && e.done !== countedPlan) {
        countedPlan = e.done;
        const within = e.done <= e.due ? 1 : 0;
        this.including.plansIssued++;
        this.including.withinTwentyWeeks += within;
        this.plans.add(e.trigger.date!, e.done, within === 1, exceptionRecorded || e.exception !== undefined);
        if (exceptionRecorded) this.recordedExceptions++;
        else if (e.exception === undefined) {
          this.excluding.plansIssued++;
          this.excluding.withinTwentyWeeks += within;
        }
      }
    }
  }

  /** A day as ISO text, one string per day however many late rows carry it. */
  private iso(day: number): IsoDate {
    if (this.isoOf.length === 0) this.isoBase = day - 40_000;
    const at = day - this.isoBase;
    // Days outside the dense span (over a century before the first day met) are worked out each time.
    if (at < 0 || at > 200_000) return dayToIso(day);
    let s = this.isoOf[at];
    if (s === undefined) {
      while (this.isoOf.length < at) this.isoOf.push(undefined);
      this.isoOf[at] = s = dayToIso(day);
    }
    return s;
  }

  result(): Audit {
    const rules: RuleSummary[] = [...this.byRule].map(([ruleId, { counts: c, local }]) => ({
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
      ...(local !== undefined ? { local: { ...local } } : {}),
    }));
    const { including, excluding } = this;
    return {
      asOf: dayToIso(this.run.asOf),
      reviewedOn: this.run.reviewedOn,
      cases: { total: this.total, valid: this.total - this.rejected.length, rejected: this.rejected.length },
      rules,
      twentyWeeks: {
        including: {
          ...including, percent: percent(including.withinTwentyWeeks, including.plansIssued),
          ...(this.recordedExceptions > 0 ? { exceptionRecorded: this.recordedExceptions } : {}),
        },
        excludingExceptions: { ...excluding, percent: percent(excluding.withinTwentyWeeks, excluding.plansIssued) },
      },
      twentyWeekBands: this.plans.bands(),
      planMonths: this.plans.months(),
      // New lists: the auditor may go on adding cases after a result is taken.
      lateCases: this.late.rows(this.ruleIds, (day) => this.iso(day)),
      rejected: this.rejected.slice(),
      caseWarnings: this.caseWarnings.slice(),
    };
  }
}

/**
 * The late and overdue deadlines, held as numbers until a result is taken: five integers a row
 * outside the JavaScript heap and one case id per case, instead of an object and two strings per
 * row that every garbage collection of a long audit would copy and mark. The rows are kept in
 * blocks of a fixed size, never copied into a larger array as the list grows: each copy left the
 * old array for the collector, and that much memory outside the heap, growing, set off a full
 * collection of the whole heap of case records (about half a second at England scale).
 */
class LateList {
  private static readonly WIDTH = 5;
  private static readonly BLOCK_ROWS = 16_384;
  private static readonly NOT_DONE = -0x80000000;
  private readonly blocks: Int32Array[] = [];
  private block = new Int32Array(0);
  /** The next free slot of the current block (in integers, not rows). */
  private at = 0;
  private length = 0;
  /** The case ids, one per case with a late row; each row holds its case's position here. */
  private readonly caseIds: string[] = [];

  add(caseId: string, ruleSlot: number, due: number, done: number | null, overdue: boolean, daysLate: number): void {
    if (this.caseIds[this.caseIds.length - 1] !== caseId) this.caseIds.push(caseId);
    if (this.at === this.block.length) {
      this.block = new Int32Array(LateList.BLOCK_ROWS * LateList.WIDTH);
      this.blocks.push(this.block);
      this.at = 0;
    }
    const d = this.block;
    const at = this.at;
    d[at] = this.caseIds.length - 1;
    // The status rides on the rule's slot: negative for overdue.
    d[at + 1] = overdue ? -ruleSlot - 1 : ruleSlot;
    d[at + 2] = due;
    d[at + 3] = done === null ? LateList.NOT_DONE : done;
    d[at + 4] = daysLate;
    this.at = at + LateList.WIDTH;
    this.length++;
  }

  /** The rows as the audit reports them, in the order they were added. */
  rows(ruleIds: readonly string[], iso: (day: number) => IsoDate): LateCase[] {
    const out: LateCase[] = [];
    const perBlock = LateList.BLOCK_ROWS * LateList.WIDTH;
    for (let i = 0; i < this.length; i++) {
      const d = this.blocks[(i / LateList.BLOCK_ROWS) | 0]!;
      const at = (i * LateList.WIDTH) % perBlock;
      const slot = d[at + 1]!;
      const done = d[at + 3]!;
      // One shape for every row (done is left undefined, not absent): cheaper for half a million rows.
      out.push({
        caseId: this.caseIds[d[at]!]!, ruleId: ruleIds[slot < 0 ? -slot - 1 : slot]!, due: iso(d[at + 2]!),
        done: done === LateList.NOT_DONE ? undefined : iso(done), status: slot < 0 ? 'overdue' : 'late', daysLate: d[at + 4]!,
      } as LateCase);
    }
    return out;
  }
}

/** The national measure counts the deadlines of the rule the law names for it. */
const measuredRule = twentyWeekMeasure.ruleId;

function isCaseError(e: unknown): e is CaseError {
  return isRecord(e) && e.code === 'INVALID_CASE' && typeof e.field === 'string' && typeof e.message === 'string';
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

/**
 * The ids that more than one valid-looking record of a list carries, with their record numbers
 * (1-based). One map entry per id; a list of positions only for the few ids that repeat.
 */
function repeatedIds(records: readonly unknown[]): Map<string, number[]> {
  const first = new IdPositions(records.length);
  const repeats = new Map<string, number[]>();
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    const id = r !== null && typeof r === 'object' ? (r as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' && typeof id !== 'number') continue;
    const key = typeof id === 'string' ? id : String(id);
    const at = first.firstOrAdd(key, i + 1);
    if (at !== undefined) {
      const list = repeats.get(key);
      if (list) list.push(i + 1);
      else repeats.set(key, [at, i + 1]);
    }
  }
  return repeats;
}
