/**
 * The caseload measures `audit` reports beside its per-rule counts, each named by the rule whose
 * deadlines it counts. A measure is data: the audit reads which rule feeds it from here.
 */

/**
 * A national measure over a caseload: the share of a rule's completed deadlines met on time.
 * @example
 * twentyWeekMeasure.ruleId // 'final-plan'
 */
export interface CaseloadMeasure {
  /** The rule whose deadlines the measure counts (one per completing act: a plan answering two requests counts once). */
  readonly ruleId: string;
  readonly title: string;
  /** What is counted and where the measure comes from. */
  readonly description: string;
}

/**
 * EHC plans issued within 20 weeks of the request (reg 13(2)): the Department for Education's
 * SEN2 measure, reported with and without the plans an exception (reg 13(3)) applied to.
 * @example
 * twentyWeekMeasure.title // 'EHC plans issued within 20 weeks'
 */
export const twentyWeekMeasure: CaseloadMeasure = {
  ruleId: 'final-plan',
  title: 'EHC plans issued within 20 weeks',
  description:
    'Plans issued on or before the day 20 weeks after the request (reg 13(2)), counted once per plan; "excluding exceptions" leaves out plans whose 20-week limit an exception applied to (reg 13(3)), as the SEN2 return does.',
};

/**
 * How "within N weeks of" a day is read when a measure counts it: the statute's reading (the day
 * itself excluded) or the reporting convention in which that day is Day 1.
 * @example
 * const id: MeasureReadingId = 'statutory';
 */
export type MeasureReadingId = 'statutory' | 'request-day-one';

/**
 * A reading of "within N weeks" as law data: the last day within is the trigger day +
 * `7 × N + lastDayOffset` (statutory: request + 140 days for 20 weeks; Day 1: request + 139).
 * @example
 * measureReadings.statutory.lastDayOffset // 0
 */
export interface MeasureReading {
  readonly id: MeasureReadingId;
  readonly title: string;
  readonly description: string;
  /** Added to 7 × N days: 0 when the trigger day is excluded, −1 when it is Day 1. */
  readonly lastDayOffset: 0 | -1;
  readonly wording: string;
  readonly citation: { readonly instrument: string; readonly provision: string; readonly url: string };
}

/**
 * The two readings of the Department for Education's timeliness measures. The statutory reading is
 * the default; the Day-1 reading, one day stricter, is the one LG Inform's definition of the
 * measure uses. Every measure result names the reading it used.
 * @example
 * measureReadings['request-day-one'].lastDayOffset // -1
 */
export const measureReadings: Readonly<Record<MeasureReadingId, MeasureReading>> = {
  statutory: {
    id: 'statutory',
    title: 'Statutory reading: the day of the request excluded',
    description: '"Within 20 weeks of the local authority receiving a request" counts from the day after receipt: a plan issued on the request day + 140 days (the same weekday, 20 weeks on) is within; the day after is not. Likewise a review decision on the meeting day + 28 days is within 4 weeks.',
    lastDayOffset: 0,
    wording: 'The local authority must send the finalised EHC plan ... as soon as practicable, and in any event within 20 weeks of the local authority receiving a request for an EHC needs assessment in accordance with section 36(1) of the Act, or of the local authority becoming responsible for the child or young person in accordance with section 24 of the Act.',
    citation: {
      instrument: 'The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530)',
      provision: 'reg 13(2); "within" read as excluding the day of receipt (docs/law/conventions.md)',
      url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/13',
    },
  },
  'request-day-one': {
    id: 'request-day-one',
    title: 'Reporting convention: the request day is Day 1',
    description: 'The day the request was received counts as Day 1, so the 20 weeks end on the request day + 139 days: one day stricter than the statute. Likewise the meeting day is Day 1 of the 4 weeks for a review decision.',
    lastDayOffset: -1,
    wording: 'Percentage of EHC plans issued within 20 weeks, counting the date the request was received as Day 1 (the definition of the measure as LG Inform publishes it, summarised).',
    citation: {
      instrument: 'LG Inform (Local Government Association), metric "EHC plans issued within 20 weeks"',
      provision: 'definition of the measure (a reporting convention, not law)',
      url: 'https://lginform.local.gov.uk/',
    },
  },
};

/**
 * One of the Department for Education's published timeliness measures of the SEN2 return.
 * @example
 * dfePlanTimeliness.weeks // 20
 */
export interface DepartmentMeasure {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** The limit the measure counts against, in weeks (20 for plans, 4 for review decisions). */
  readonly weeks: number;
  /** The published bands' upper edges in weeks, inclusive (20 and 52 for plans). */
  readonly bandWeeks: readonly number[];
  /** The time limit the measure reports on. */
  readonly law: { readonly instrument: string; readonly provision: string; readonly url: string };
  /** Where the Department publishes it. */
  readonly source: { readonly publisher: string; readonly title: string; readonly url: string };
}

/**
 * New EHC plans issued within 20 weeks of the request: the Department for Education's measure
 * (table `timeliness_20_week`), over the plans first issued in the calendar year before the census
 * date, with and without the plans an exception applied to, in bands (within 20 weeks, 20 to 52
 * weeks, over 52 weeks), and the average weeks taken.
 * @example
 * dfePlanTimeliness.bandWeeks // [20, 52]
 */
export const dfePlanTimeliness: DepartmentMeasure = {
  id: 'plans-within-20-weeks',
  title: 'New EHC plans issued within 20 weeks',
  description: 'New plans issued in the calendar year before the census date (plans transferred in from another authority left out: their dates are that authority\'s). "Excluding exceptions" leaves out plans whose assessment records that exceptions apply (SEN2 Week20 = 1) from the count and from the total.',
  weeks: 20,
  bandWeeks: [20, 52],
  law: {
    instrument: 'The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530)',
    provision: 'reg 13(2), (3)',
    url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/13',
  },
  source: {
    publisher: 'Department for Education',
    title: 'Education, health and care plans (explore education statistics), data set timeliness_20_week and its methodology',
    url: 'https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans',
  },
};

/**
 * Review decisions within 4 weeks of the review meeting: the Department for Education's measure
 * (table `annual_reviews`), over the latest review meeting of each plan held in the calendar year
 * before the census date.
 * @example
 * dfeReviewTimeliness.weeks // 4
 */
export const dfeReviewTimeliness: DepartmentMeasure = {
  id: 'review-decisions-within-4-weeks',
  title: 'Annual review decisions within 4 weeks of the meeting',
  description: 'Review meetings held in the calendar year before the census date: the decision notified within 4 weeks, later, not yet due (the 4 weeks had not ended by the census date) or outstanding.',
  weeks: 4,
  bandWeeks: [4],
  law: {
    instrument: 'The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530)',
    provision: 'reg 20(10); reg 21(9)',
    url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/20',
  },
  source: {
    publisher: 'Department for Education',
    title: 'Education, health and care plans (explore education statistics), data set annual_reviews',
    url: 'https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans',
  },
};
