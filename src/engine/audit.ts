/**
 * `audit(cases, { asOf })`: compliance across a caseload. Per-rule counts, the national measure
 * "EHC plans issued within 20 weeks" with and without exceptions, the late and overdue cases, and
 * every rejected record. An invalid record never stops the audit.
 */
import { dayToIso, isoToDay, type IsoDate } from '../day/iso.js';
import { SendTimescalesError } from '../errors.js';
import { getRule } from '../law/index.js';
import { validateCase, type CaseError } from '../schema/validate.js';
import type { EntryStatus } from './case-context.js';
import { checkRunOptions, runCase, type TimelineOptions } from './timeline.js';

export interface AuditOptions extends TimelineOptions {
  /** Only plans issued on or after this day count toward the 20-week measure (e.g. a calendar year). */
  readonly from?: IsoDate;
  /** Only plans issued on or before this day count toward the 20-week measure. */
  readonly to?: IsoDate;
}

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
}

export interface TwentyWeekMeasure {
  /** Plans issued (in the `from`…`to` range, if given). */
  readonly plansIssued: number;
  /** Of those, issued on or before the day 20 weeks after the request. */
  readonly withinTwentyWeeks: number;
  readonly percent: number | null;
}

export interface LateCase {
  readonly caseId: string;
  readonly ruleId: string;
  readonly due: IsoDate;
  readonly done?: IsoDate;
  readonly status: 'late' | 'overdue';
  readonly daysLate: number;
}

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

/** An audit over an iterable of raw records, with a hook per record (the CLI uses it for progress). */
export function audit(caseRecords: Iterable<unknown>, options: AuditOptions, onRecord?: (n: number) => void): Audit {
  const run = checkRunOptions(options);
  const from = options.from === undefined ? Number.NEGATIVE_INFINITY : isoToDay(options.from, 'from');
  const to = options.to === undefined ? Number.POSITIVE_INFINITY : isoToDay(options.to, 'to');
  const counts = new Map<string, Int32Array>();
  const lateCases: LateCase[] = [];
  const rejected: { id: string; errors: CaseError[] }[] = [];
  const caseWarnings: { caseId: string; warnings: string[] }[] = [];
  const including = { plansIssued: 0, withinTwentyWeeks: 0 };
  const excluding = { plansIssued: 0, withinTwentyWeeks: 0 };
  let total = 0;

  for (const record of caseRecords) {
    total++;
    if (onRecord) onRecord(total);
    const validated = validateCase(record);
    if (!validated.ok) {
      rejected.push({ id: validated.id, errors: validated.errors });
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
    for (const e of result.entries) {
      let c = counts.get(e.ruleId);
      if (!c) counts.set(e.ruleId, (c = new Int32Array(8)));
      c[statusIndex(e.status)]!++;
      if ((e.status === 'late' || e.status === 'overdue') && e.due !== null) {
        // One shape for every row (done is left undefined, not absent): cheaper for half a million rows.
        lateCases.push({ caseId, ruleId: e.ruleId, due: dayToIso(e.due), done: e.done === null ? undefined : dayToIso(e.done), status: e.status, daysLate: e.daysLate! } as LateCase);
      }
      if (e.ruleId === 'final-plan' && e.done !== null && e.due !== null && e.done >= from && e.done <= to && e.status !== 'not-applicable') {
        const within = e.done <= e.due ? 1 : 0;
        including.plansIssued++;
        including.withinTwentyWeeks += within;
        if (e.exception === undefined) {
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
  }));
  return {
    asOf: dayToIso(run.asOf),
    reviewedOn: run.reviewedOn,
    cases: { total, valid: total - rejected.length, rejected: rejected.length },
    rules,
    twentyWeeks: {
      including: { ...including, percent: percent(including.withinTwentyWeeks, including.plansIssued) },
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

/** The late and overdue deadlines, most days late first (then by case id): for reports. */
export function mostLateFirst(lateCases: readonly LateCase[]): LateCase[] {
  return [...lateCases].sort((a, b) => b.daysLate - a.daysLate || (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
}
