/**
 * The numbers each chart of an audit report draws, taken from the report model and nothing else:
 * the chart and the table beside it are drawn from these, so the picture, its table and the JSON
 * agree by construction.
 */
import type { WeekBands } from '../engine/dfe-measures.js';
import type { AuditReport } from './audit-model.js';

/** The statuses a deadline that applies can have, in the order the compliance chart stacks them. */
export const APPLICABLE_STATUSES = ['met', 'late', 'overdue', 'due', 'lifted', 'relaxed'] as const;

/** One status of {@link APPLICABLE_STATUSES}. */
export type ApplicableStatus = (typeof APPLICABLE_STATUSES)[number];

/** One rule's applicable deadlines by status. */
export interface RuleBar {
  readonly ruleId: string;
  readonly title: string;
  readonly counts: Readonly<Record<ApplicableStatus, number>>;
  readonly applicable: number;
}

/** The statutory rules with a deadline that applies (local standards are in their own table). */
export function ruleBars(r: AuditReport): RuleBar[] {
  return r.rules.filter((x) => !x.local && x.applicable > 0).map((x) => ({
    ruleId: x.ruleId,
    title: x.title,
    counts: { met: x.met, late: x.late, overdue: x.overdue, due: x.due, lifted: x.lifted, relaxed: x.relaxed },
    applicable: x.applicable,
  }));
}

/** The three published bands, named as the charts and tables name them. */
export const BAND_NAMES = ['within 20 weeks', '20 to 52 weeks', 'over 52 weeks'] as const;

/** One band's plans, including and excluding exceptions. */
export interface BandRow {
  readonly band: (typeof BAND_NAMES)[number];
  readonly including: number;
  readonly excludingExceptions: number;
}

/** Where the bands come from: for a return, the Department's measure of the year; else the audit's plans. */
export interface Bands {
  readonly rows: readonly BandRow[];
  readonly source: 'dfe-measures' | 'audit';
}

const bandList = (b: WeekBands) => [b.withinTwentyWeeks, b.twentyToFiftyTwoWeeks, b.overFiftyTwoWeeks];

/** The 20-week bands: a return's as the Department's measure counts them, a caseload's as its audit does. */
export function bands(r: AuditReport): Bands {
  const including = r.sen2 ? r.sen2.measures.plans.including.bands : r.twentyWeekBands.including;
  const excluding = r.sen2 ? r.sen2.measures.plans.excludingExceptions.bands : r.twentyWeekBands.excludingExceptions;
  const inc = bandList(including);
  const exc = bandList(excluding);
  return { rows: BAND_NAMES.map((band, i) => ({ band, including: inc[i]!, excludingExceptions: exc[i]! })), source: r.sen2 ? 'dfe-measures' : 'audit' };
}

/** The longest run of months the chart fills in with the months that have no plan (20 years). */
const MAX_FILLED_MONTHS = 240;

/**
 * The months of issue as the chart's axis: every month from the first to the last, those with no
 * plan at 0, so that the bars stand in time order at even steps (unless the span is longer than
 * 20 years, as a mistyped year would make it: then only the months with plans).
 */
export function monthSeries(months: AuditReport['planMonths']): AuditReport['planMonths'] {
  if (months.length < 2) return months;
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const first = index(months[0]!.month);
  const last = index(months[months.length - 1]!.month);
  if (last - first + 1 > MAX_FILLED_MONTHS) return months;
  const byIndex = new Map(months.map((m) => [index(m.month), m]));
  const out: AuditReport['planMonths'][number][] = [];
  for (let i = first; i <= last; i++) {
    out.push(byIndex.get(i) ?? { month: `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`, issued: 0, withinTwentyWeeks: 0 });
  }
  return out;
}

/** The ranges of days late the lateness chart counts in: a week, four weeks, three months, six, a year, more. */
export const LATENESS_BINS = [
  { label: '1 to 7 days', upTo: 7 },
  { label: '8 to 28 days', upTo: 28 },
  { label: '29 to 91 days', upTo: 91 },
  { label: '92 to 182 days', upTo: 182 },
  { label: '183 to 365 days', upTo: 365 },
  { label: 'over 365 days', upTo: Number.POSITIVE_INFINITY },
] as const;

/** Late and overdue deadlines in one range of days late. */
export interface LatenessRow {
  readonly label: string;
  readonly late: number;
  readonly overdue: number;
}

/** How late the late and overdue deadlines were (overdue: days late so far, as of the audit's date). */
export function lateness(r: AuditReport): LatenessRow[] {
  const late = LATENESS_BINS.map(() => 0);
  const overdue = LATENESS_BINS.map(() => 0);
  for (const l of r.lateCases) {
    const i = LATENESS_BINS.findIndex((b) => l.daysLate <= b.upTo);
    (l.status === 'overdue' ? overdue : late)[i]!++;
  }
  return LATENESS_BINS.map((b, i) => ({ label: b.label, late: late[i]!, overdue: overdue[i]! }));
}
