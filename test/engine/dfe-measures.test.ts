import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dfeMeasures, type PlanTiming, type ReviewTiming } from '../../src/engine/dfe-measures.js';
import { measureReadings } from '../../src/law/measures.js';
import { isoToDay } from '../../src/day/iso.js';
import { SendTimescalesError } from '../../src/errors.js';
import { numRuns } from '../support/fc.js';

const d = (iso: string): number => isoToDay(iso);
const plan = (id: string, request: string, issue: string, extra: Partial<PlanTiming> = {}): PlanTiming =>
  ({ id, requestDay: d(request), issueDay: d(issue), exceptionRecorded: false, transferredIn: false, ...extra });

// Census 15 January 2026: the measures cover plans issued and reviews held in calendar year 2025.
const CENSUS = '2026-01-15';
const PLANS: PlanTiming[] = [
  plan('P140', '2025-01-06', '2025-05-26'), // 6 Jan + 140 days = Mon 26 May: within 20 weeks (statutory); Day 1 reading: day 141, beyond
  plan('P139', '2025-01-06', '2025-05-25'), // + 139: within in both readings
  plan('P141', '2025-01-06', '2025-05-27'), // + 141: beyond 20 weeks in both
  plan('P364', '2024-06-03', '2025-06-02'), // + 364 = 52 weeks exactly: 20–52 band (statutory); Day 1: day 365, over 52 weeks
  plan('P365', '2024-06-03', '2025-06-03'), // + 365: over 52 weeks in both
  plan('PX', '2025-03-03', '2025-09-01', { exceptionRecorded: true }), // + 182 (28+30+31+30+31+31+1): 20–52 band, exceptions recorded
  plan('PT', '2025-01-06', '2025-04-01', { transferredIn: true }), // transferred in: left out
  plan('Jan1', '2024-10-01', '2025-01-01'), // first day of the year: + 92 (31+30+31), within
  plan('Dec31', '2025-12-01', '2025-12-31'), // last day of the year: + 30, within
  plan('Dec2024', '2024-10-01', '2024-12-31'), // the year before: not counted
  plan('Jan2026', '2025-10-01', '2026-01-01'), // after the year, before the census: not counted
];
const REVIEWS: ReviewTiming[] = [
  { id: 'R28', meetingDay: d('2025-03-03'), decisionDay: d('2025-03-31') }, // + 28: within 4 weeks (statutory); Day 1: day 29, later
  { id: 'R27', meetingDay: d('2025-03-03'), decisionDay: d('2025-03-30') }, // + 27: within in both
  { id: 'R29', meetingDay: d('2025-03-03'), decisionDay: d('2025-04-01') }, // + 29: later in both
  { id: 'Rdue', meetingDay: d('2025-12-20'), decisionDay: null }, // 4 weeks end 17 Jan 2026 (Day 1: 16 Jan), after the census: not yet due
  { id: 'Rout', meetingDay: d('2025-11-01'), decisionDay: null }, // 4 weeks ended 29 Nov 2025: outstanding
  { id: 'R2024', meetingDay: d('2024-12-31'), decisionDay: d('2025-01-10') }, // held in 2024: not counted
];

describe('The Department\'s 20-week measure (reg 13(2); timeliness_20_week), hand-worked', () => {
  it('statutory reading: request + 140 days is within; bands at 20 and 52 weeks inclusive; calendar year 2025', () => {
    const m = dfeMeasures(PLANS, [], { census: CENSUS });
    expect(m.reading.id).toBe('statutory');
    expect(m.reading.citation.provision).toMatch(/reg 13\(2\)/);
    expect(m.plans).toMatchObject({ year: 2025, from: '2025-01-01', to: '2025-12-31', issued: 8, transferredInLeftOut: 1, exceptionsRecorded: 1 });
    // Within: P140, P139, Jan1, Dec31 = 4 of 8; 20–52: P141, P364, PX = 3; over 52: P365 = 1.
    expect(m.plans.including).toEqual({ plans: 8, withinTwentyWeeks: 4, percent: 50, bands: { withinTwentyWeeks: 4, twentyToFiftyTwoWeeks: 3, overFiftyTwoWeeks: 1 } });
    // Excluding exceptions: PX leaves numerator and denominator: 4 of 7 = 57.1 %.
    expect(m.plans.excludingExceptions).toEqual({ plans: 7, withinTwentyWeeks: 4, percent: 57.1, bands: { withinTwentyWeeks: 4, twentyToFiftyTwoWeeks: 2, overFiftyTwoWeeks: 1 } });
    // Days 140+139+141+364+365+182+92+30 = 1453; 1453 / 8 / 7 = 25.95 weeks.
    expect(m.plans.averageWeeks).toBe(25.9);
  });

  it('Day 1 reading (LG Inform): one day stricter at both edges', () => {
    const m = dfeMeasures(PLANS, [], { census: CENSUS, reading: 'request-day-one' });
    expect(m.reading).toBe(measureReadings['request-day-one']);
    // Within: P139, Jan1, Dec31 = 3; 20–52: P140, P141, PX = 3; over 52: P364, P365 = 2.
    expect(m.plans.including).toEqual({ plans: 8, withinTwentyWeeks: 3, percent: 37.5, bands: { withinTwentyWeeks: 3, twentyToFiftyTwoWeeks: 3, overFiftyTwoWeeks: 2 } });
    // Elapsed weeks count the request day: (1453 + 8) / 8 / 7 = 26.09.
    expect(m.plans.averageWeeks).toBe(26.1);
  });

  it('a census date in another year moves the year measured', () => {
    // Census 16 January 2025: calendar year 2024; only Dec2024 (+ 91 days: 31+30+30) falls in it.
    const m = dfeMeasures(PLANS, [], { census: '2025-01-16' });
    expect(m.plans).toMatchObject({ year: 2024, issued: 1, including: { withinTwentyWeeks: 1 } });
    expect(m.plans.averageWeeks).toBe(13);
  });
});

describe('The Department\'s review measure (reg 20(10); annual_reviews), hand-worked', () => {
  it('statutory: the meeting + 28 days is within 4 weeks', () => {
    const m = dfeMeasures([], REVIEWS, { census: CENSUS });
    expect(m.reviews).toEqual({ title: m.reviews.title, year: 2025, meetings: 5, decidedWithinFourWeeks: 2, decidedLater: 1, notYetDue: 1, outstanding: 1, percent: 66.7 });
  });

  it('Day 1: the meeting day counts, so + 28 is later', () => {
    const m = dfeMeasures([], REVIEWS, { census: CENSUS, reading: 'request-day-one' });
    expect(m.reviews).toMatchObject({ meetings: 5, decidedWithinFourWeeks: 1, decidedLater: 2, notYetDue: 1, outstanding: 1, percent: 33.3 });
  });
});

describe('dfeMeasures: bad input is refused, never guessed', () => {
  it.each([
    [{ census: '2026-02-30' }, 'census'],
    [{ census: CENSUS, reading: 'lenient' }, 'reading'],
  ])('options %j: error on %s', (options, field) => {
    expect(() => dfeMeasures([], [], options as never)).toThrow(SendTimescalesError);
    try {
      dfeMeasures([], [], options as never);
    } catch (e) {
      expect((e as SendTimescalesError).field).toBe(field);
    }
  });

  it('a plan issued before its request, or a day that is not a whole number', () => {
    expect(() => dfeMeasures([plan('bad', '2025-05-01', '2025-04-01')], [], { census: CENSUS })).toThrow(/before its request/);
    expect(() => dfeMeasures([{ ...plan('x', '2025-01-01', '2025-02-01'), issueDay: 1.5 }], [], { census: CENSUS })).toThrow(SendTimescalesError);
  });
});

describe('dfeMeasures: invariants (properties)', () => {
  const year2025 = fc.integer({ min: d('2025-01-01'), max: d('2025-12-31') });
  const planArb = fc.record({
    issueDay: year2025,
    days: fc.integer({ min: 0, max: 800 }),
    exceptionRecorded: fc.boolean(),
    transferredIn: fc.boolean(),
  }).map((p): PlanTiming => ({ id: 'plan', requestDay: p.issueDay - p.days, issueDay: p.issueDay, exceptionRecorded: p.exceptionRecorded, transferredIn: p.transferredIn }));

  it('bands partition the plans; excluding ≤ including; statutory ≥ Day 1', () => {
    fc.assert(fc.property(fc.array(planArb, { maxLength: 60 }), (plans) => {
      const s = dfeMeasures(plans, [], { census: CENSUS });
      const one = dfeMeasures(plans, [], { census: CENSUS, reading: 'request-day-one' });
      for (const m of [s, one]) {
        for (const part of [m.plans.including, m.plans.excludingExceptions]) {
          const b = part.bands;
          expect(b.withinTwentyWeeks + b.twentyToFiftyTwoWeeks + b.overFiftyTwoWeeks).toBe(part.plans);
          expect(b.withinTwentyWeeks).toBe(part.withinTwentyWeeks);
        }
        expect(m.plans.excludingExceptions.plans).toBeLessThanOrEqual(m.plans.including.plans);
        expect(m.plans.excludingExceptions.withinTwentyWeeks).toBeLessThanOrEqual(m.plans.including.withinTwentyWeeks);
        expect(m.plans.including.plans + m.plans.transferredInLeftOut).toBe(plans.length);
        expect(m.plans.excludingExceptions.plans + m.plans.exceptionsRecorded).toBe(m.plans.including.plans);
      }
      expect(s.plans.including.withinTwentyWeeks).toBeGreaterThanOrEqual(one.plans.including.withinTwentyWeeks);
      expect(s.plans.including.bands.overFiftyTwoWeeks).toBeLessThanOrEqual(one.plans.including.bands.overFiftyTwoWeeks);
    }), { numRuns });
  });

  it('reviews: within + later + not yet due + outstanding = meetings held in the year', () => {
    const reviewArb = fc.record({ meetingDay: fc.integer({ min: d('2024-11-01'), max: d('2026-01-15') }), gap: fc.option(fc.integer({ min: 0, max: 90 })) })
      .map((r): ReviewTiming => ({ id: 'review', meetingDay: r.meetingDay, decisionDay: r.gap === null ? null : r.meetingDay + r.gap }));
    fc.assert(fc.property(fc.array(reviewArb, { maxLength: 40 }), (reviews) => {
      for (const reading of ['statutory', 'request-day-one'] as const) {
        const r = dfeMeasures([], reviews, { census: CENSUS, reading }).reviews;
        expect(r.decidedWithinFourWeeks + r.decidedLater + r.notYetDue + r.outstanding).toBe(r.meetings);
      }
    }), { numRuns });
  });
});
