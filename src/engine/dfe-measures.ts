/**
 * The Department for Education's published timeliness measures, reproduced over plain inputs: plans
 * with their request and issue days, reviews with their meeting and decision days. Any caseload can
 * feed it; the SEN2 reader is one source (src/readers/sen2/measures.ts). The measures and the two
 * readings of "within" are law data (src/law/measures.ts); here is only the arithmetic.
 */
import { daysFromCivil, civilFromDays, dayToIso, isoToDay, type IsoDate } from '../day/iso.js';
import { SendTimescalesError, show } from '../errors.js';
import { dfePlanTimeliness, dfeReviewTimeliness, measureReadings, type MeasureReading, type MeasureReadingId } from '../law/measures.js';

/**
 * One plan as the 20-week measure sees it, in day numbers (days since 1970-01-01).
 * @example
 * const plan: PlanTiming = { id: 'A1', requestDay: 20097, issueDay: 20237, exceptionRecorded: false, transferredIn: false };
 */
export interface PlanTiming {
  readonly id: string;
  /** The day the request was received. */
  readonly requestDay: number;
  /** The day the final plan was issued. */
  readonly issueDay: number;
  /** Exceptions to the 20-week limit apply (SEN2 `Week20` = 1, or an exception the case records). */
  readonly exceptionRecorded: boolean;
  /** Transferred in from another authority: its dates are that authority's, so it is left out. */
  readonly transferredIn: boolean;
}

/**
 * One review as the 4-week measure sees it, in day numbers.
 * @example
 * const review: ReviewTiming = { id: 'A1', meetingDay: 20200, decisionDay: 20228 };
 */
export interface ReviewTiming {
  readonly id: string;
  readonly meetingDay: number;
  /** The day the decision was notified; null when none is recorded. */
  readonly decisionDay: number | null;
}

/**
 * The options of {@link dfeMeasures}: the census date and the reading of "within".
 * @example
 * const options: DfeMeasureOptions = { census: '2026-01-15', reading: 'request-day-one' };
 */
export interface DfeMeasureOptions {
  /** The census date (the return's `ReferenceDate`): the measures cover the calendar year before it. */
  readonly census: IsoDate;
  /** `'statutory'` (default: reg 13(2), the request day excluded) or `'request-day-one'` (LG Inform's Day 1). */
  readonly reading?: MeasureReadingId;
}

/**
 * Plans in the three published bands.
 * @example
 * const bands: WeekBands = { withinTwentyWeeks: 2, twentyToFiftyTwoWeeks: 1, overFiftyTwoWeeks: 0 };
 */
export interface WeekBands {
  readonly withinTwentyWeeks: number;
  /** More than 20 weeks, up to and including 52 weeks. */
  readonly twentyToFiftyTwoWeeks: number;
  readonly overFiftyTwoWeeks: number;
}

/**
 * The 20-week measure of one calendar year.
 * @example
 * const p: PlanMeasure = dfeMeasures(plans, [], { census: '2026-01-15' }).plans;
 * p.including.percent // e.g. 45.5
 */
export interface PlanMeasure {
  readonly title: string;
  /** The calendar year measured, its first and last days. */
  readonly year: number;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Plans issued in the year (transferred-in plans left out). */
  readonly issued: number;
  /** Plans issued in the year that are not new plans of this authority (transferred in, or recorded as historical: SEN2 AssessmentOutcome H), and so not counted. */
  readonly transferredInLeftOut: number;
  readonly including: { readonly plans: number; readonly withinTwentyWeeks: number; readonly percent: number | null; readonly bands: WeekBands };
  /** Plans with exceptions recorded removed from the count and the total. */
  readonly excludingExceptions: { readonly plans: number; readonly withinTwentyWeeks: number; readonly percent: number | null; readonly bands: WeekBands };
  /** Plans with exceptions recorded. */
  readonly exceptionsRecorded: number;
  /** Average weeks from request to plan, to one decimal place, including exceptions; null when none. */
  readonly averageWeeks: number | null;
}

/**
 * The 4-week review decision measure of one calendar year.
 * @example
 * const r: ReviewMeasure = dfeMeasures([], reviews, { census: '2026-01-15' }).reviews;
 * r.decidedWithinFourWeeks // e.g. 1
 */
export interface ReviewMeasure {
  readonly title: string;
  readonly year: number;
  /** Review meetings held in the year. */
  readonly meetings: number;
  readonly decidedWithinFourWeeks: number;
  readonly decidedLater: number;
  /** No decision recorded, and the 4 weeks had not ended by the census date. */
  readonly notYetDue: number;
  /** No decision recorded, and the 4 weeks ended before the census date. */
  readonly outstanding: number;
  /** decidedWithinFourWeeks ÷ meetings with a decision, as a percentage to one decimal place. */
  readonly percent: number | null;
}

/**
 * The Department's measures of a caseload, with the reading they used and its citation.
 * @example
 * const m: DfeMeasures = dfeMeasures(plans, reviews, { census: '2026-01-15' });
 * m.reading.id // 'statutory'
 */
export interface DfeMeasures {
  readonly census: IsoDate;
  readonly reading: MeasureReading;
  readonly plans: PlanMeasure;
  readonly reviews: ReviewMeasure;
}

/**
 * The published band of a plan issued `days` after its request, under a reading of "within":
 * within 20 weeks, more than 20 up to 52 weeks, or over 52. The one banding the Department's
 * measures and the caseload audit's bands both use, so the two cannot disagree.
 * @example
 * weekBand(140, measureReadings.statutory) // 'within' (request + 140 days is the 20-week day)
 * weekBand(141, measureReadings.statutory) // 'middle'
 */
export function weekBand(days: number, reading: MeasureReading): 'within' | 'middle' | 'over' {
  const [twenty, fiftyTwo] = dfePlanTimeliness.bandWeeks as [number, number];
  return days <= 7 * twenty + reading.lastDayOffset ? 'within' : days <= 7 * fiftyTwo + reading.lastDayOffset ? 'middle' : 'over';
}

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

function wholeDay(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new SendTimescalesError('INVALID_ARGUMENT', path, value, `${path} must be a day number (a whole number of days since 1970-01-01), but ${show(value)} was given.`);
  }
  return value;
}

/**
 * The Department for Education's timeliness measures over plain inputs: of new plans issued in the
 * calendar year before the census date, those within 20 weeks of the request including and
 * excluding exceptions, the 20–52 and over-52-week bands, and the average weeks; of the review
 * meetings held in that year, the decisions notified within 4 weeks. "Within" is read as the
 * statute reads it unless `reading: 'request-day-one'` is given; the result names its reading.
 * @example
 * // Request received Monday 6 January 2025 (day 20094); plan issued Monday 26 May 2025 = request + 140 days.
 * const m = dfeMeasures([{ id: 'A', requestDay: 20094, issueDay: 20234, exceptionRecorded: false, transferredIn: false }], [], { census: '2026-01-15' });
 * m.plans.including.withinTwentyWeeks // 1 (statutory); 0 with reading 'request-day-one'
 */
export function dfeMeasures(plans: Iterable<PlanTiming>, reviews: Iterable<ReviewTiming>, options: DfeMeasureOptions): DfeMeasures {
  if (options === null || typeof options !== 'object') {
    throw new SendTimescalesError('INVALID_OPTION', 'options', options, 'Give the options, at least { census: "YYYY-MM-DD" }.');
  }
  const census = isoToDay(options.census, 'census');
  const readingId = options.reading ?? 'statutory';
  if (!Object.hasOwn(measureReadings, readingId)) {
    throw new SendTimescalesError('INVALID_OPTION', 'reading', readingId, `reading must be "statutory" or "request-day-one", not ${show(readingId)}.`);
  }
  const reading = measureReadings[readingId];
  // The calendar year before the census date: plans issued 1 January to 31 December.
  const year = civilFromDays(census)[0] - 1;
  const from = daysFromCivil(year, 1, 1);
  const to = daysFromCivil(year, 12, 31);
  // The last day within N weeks: trigger + 7N days (statutory) or trigger + 7N − 1 (Day 1).
  const lastWithin = (weeks: number): number => 7 * weeks + reading.lastDayOffset;
  const inc = { plans: 0, within: 0, middle: 0, over: 0 };
  const exc = { plans: 0, within: 0, middle: 0, over: 0 };
  let transferredIn = 0;
  let exceptions = 0;
  let totalDays = 0;
  let i = 0;
  for (const plan of plans) {
    const at = `plans[${i++}]`;
    const request = wholeDay(plan?.requestDay, `${at}.requestDay`);
    const issue = wholeDay(plan.issueDay, `${at}.issueDay`);
    if (issue < from || issue > to) continue;
    if (plan.transferredIn) {
      transferredIn++;
      continue;
    }
    if (issue < request) {
      throw new SendTimescalesError('INVALID_ARGUMENT', `${at}.issueDay`, issue, `${at} (${plan.id}) was issued on ${dayToIso(issue)}, before its request on ${dayToIso(request)}: set such a plan aside before measuring.`);
    }
    const days = issue - request;
    const band = weekBand(days, reading);
    inc.plans++;
    inc[band]++;
    // Elapsed weeks in the reading's own count: Day 1 counts the request day itself.
    totalDays += days - reading.lastDayOffset;
    if (plan.exceptionRecorded) exceptions++;
    else {
      exc.plans++;
      exc[band]++;
    }
  }
  const bands = (c: typeof inc): WeekBands => ({ withinTwentyWeeks: c.within, twentyToFiftyTwoWeeks: c.middle, overFiftyTwoWeeks: c.over });
  const decisionLast = lastWithin(dfeReviewTimeliness.weeks);
  const r = { meetings: 0, within: 0, later: 0, notYetDue: 0, outstanding: 0 };
  i = 0;
  for (const review of reviews) {
    const at = `reviews[${i++}]`;
    const meeting = wholeDay(review?.meetingDay, `${at}.meetingDay`);
    const decision = review.decisionDay === null ? null : wholeDay(review.decisionDay, `${at}.decisionDay`);
    if (meeting < from || meeting > to) continue;
    r.meetings++;
    if (decision === null) {
      if (census <= meeting + decisionLast) r.notYetDue++;
      else r.outstanding++;
    } else if (decision - meeting <= decisionLast) r.within++;
    else r.later++;
  }
  return {
    census: dayToIso(census),
    reading,
    plans: {
      title: dfePlanTimeliness.title,
      year,
      from: dayToIso(from),
      to: dayToIso(to),
      issued: inc.plans,
      transferredInLeftOut: transferredIn,
      including: { plans: inc.plans, withinTwentyWeeks: inc.within, percent: percent(inc.within, inc.plans), bands: bands(inc) },
      excludingExceptions: { plans: exc.plans, withinTwentyWeeks: exc.within, percent: percent(exc.within, exc.plans), bands: bands(exc) },
      exceptionsRecorded: exceptions,
      averageWeeks: inc.plans === 0 ? null : Math.round((totalDays / inc.plans / 7) * 10) / 10,
    },
    reviews: {
      title: dfeReviewTimeliness.title,
      year,
      meetings: r.meetings,
      decidedWithinFourWeeks: r.within,
      decidedLater: r.later,
      notYetDue: r.notYetDue,
      outstanding: r.outstanding,
      percent: percent(r.within, r.within + r.later),
    },
  };
}
