/**
 * The audit's plans by month of issue and in the published week bands (src/engine/plan-months.ts):
 * hand-worked tables, and the invariants that tie them to the 20-week measure.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, audit, dfeMeasures, type CaseRecord } from '../../src/index.js';
import { isoToDay } from '../../src/day/iso.js';
import { weekBand } from '../../src/engine/dfe-measures.js';
import { measureReadings } from '../../src/law/measures.js';
import { numRuns } from '../support/fc.js';

const plan = (id: string, request: string, issued: string, extra: Partial<CaseRecord> = {}): CaseRecord => ({
  id, events: [{ type: 'request-received', date: request }, { type: 'final-plan-issued', date: issued }], ...extra,
});

describe('reg 13(2) and the Department\'s bands: plans by elapsed days from the request (Monday 6 January 2025)', () => {
  // 6 Jan 2025 + 140 days = Monday 26 May 2025, the 20-week day (within); + 141 = 27 May (20 to 52 weeks);
  // + 364 = Monday 5 January 2026, the 52-week day (still 20 to 52); + 365 = 6 January 2026 (over 52).
  const cases = [
    plan('W', '2025-01-06', '2025-05-26'),
    plan('M', '2025-01-06', '2025-05-27'),
    plan('Y', '2025-01-06', '2026-01-05'),
    plan('O', '2025-01-06', '2026-01-06'),
    // An exception recorded without its kind or dates (SEN2 Week20 = 1): 3 Feb 2025 + 140 = 23 Jun 2025, within,
    // counted including exceptions and left out excluding them.
    plan('X', '2025-02-03', '2025-06-23', { twentyWeekExceptionRecorded: true }),
  ];

  it.each([
    ['plan on request + 140 days (26 May 2025)', 140, 'within'],
    ['plan on request + 141 days (27 May 2025)', 141, 'middle'],
    ['plan on request + 364 days (5 Jan 2026, 52 weeks)', 364, 'middle'],
    ['plan on request + 365 days (6 Jan 2026)', 365, 'over'],
  ] as const)('weekBand, statutory reading: %s is %s', (_, days, band) => {
    expect(weekBand(days, measureReadings.statutory)).toBe(band);
  });

  it.each([
    ['Day-1 reading: request + 139 days is within', 139, 'within'],
    ['Day-1 reading: request + 140 days is past 20 weeks', 140, 'middle'],
    ['Day-1 reading: request + 363 days is within 52 weeks', 363, 'middle'],
    ['Day-1 reading: request + 364 days is over 52 weeks', 364, 'over'],
  ] as const)('weekBand, %s', (_, days, band) => {
    expect(weekBand(days, measureReadings['request-day-one'])).toBe(band);
  });

  it('twentyWeekBands: 2 within (W, X), 2 in 20 to 52 weeks (M, Y), 1 over 52 (O); excluding exceptions X is left out', () => {
    const a = audit(cases, { asOf: '2026-06-01' });
    expect(a.twentyWeeks.including).toEqual({ plansIssued: 5, withinTwentyWeeks: 2, exceptionRecorded: 1, percent: 40 });
    expect(a.twentyWeekBands).toEqual({
      including: { withinTwentyWeeks: 2, twentyToFiftyTwoWeeks: 2, overFiftyTwoWeeks: 1 },
      excludingExceptions: { withinTwentyWeeks: 1, twentyToFiftyTwoWeeks: 2, overFiftyTwoWeeks: 1 },
    });
  });

  it('planMonths: May 2025 has W (within) and M (late); June 2025 X (within); January 2026 Y and O (both late)', () => {
    const a = audit(cases, { asOf: '2026-06-01' });
    expect(a.planMonths).toEqual([
      { month: '2025-05', issued: 2, withinTwentyWeeks: 1 },
      { month: '2025-06', issued: 1, withinTwentyWeeks: 1 },
      { month: '2026-01', issued: 2, withinTwentyWeeks: 0 },
    ]);
  });

  it('the window (from 1 June 2025) limits the months and bands as it limits the measure: X, Y and O remain', () => {
    const a = audit(cases, { asOf: '2026-06-01', from: '2025-06-01' });
    expect(a.planMonths).toEqual([
      { month: '2025-06', issued: 1, withinTwentyWeeks: 1 },
      { month: '2026-01', issued: 2, withinTwentyWeeks: 0 },
    ]);
    expect(a.twentyWeekBands.including).toEqual({ withinTwentyWeeks: 1, twentyToFiftyTwoWeeks: 1, overFiftyTwoWeeks: 1 });
  });

  it('the bands agree with dfeMeasures over the same plans (the same banding, 2025 measured from a 2026 census)', () => {
    const a = audit(cases.slice(0, 2), { asOf: '2026-06-01', from: '2025-01-01', to: '2025-12-31' });
    const m = dfeMeasures(cases.slice(0, 2).map((c) => ({
      id: String(c.id), requestDay: isoToDay(c.events[0]!.date), issueDay: isoToDay(c.events[1]!.date), exceptionRecorded: false, transferredIn: false,
    })), [], { census: '2026-01-15' });
    expect(a.twentyWeekBands.including).toEqual(m.plans.including.bands);
  });

  it('an audit with no plan has no months and empty bands', () => {
    const a = audit([{ id: 'R', events: [{ type: 'request-received', date: '2025-01-06' }] }], { asOf: '2025-02-01' });
    expect(a.planMonths).toEqual([]);
    expect(a.twentyWeekBands.including).toEqual({ withinTwentyWeeks: 0, twentyToFiftyTwoWeeks: 0, overFiftyTwoWeeks: 0 });
  });
});

describe('invariants: months and bands reconcile with the 20-week measure', () => {
  const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDays('2019-01-07', n));
  const planCase = fc.record({ request: day, elapsed: fc.integer({ min: 0, max: 800 }), exception: fc.boolean() });
  it('the months sum to twentyWeeks.including, months are in order, and each band set sums to its measure\'s plans', () => {
    fc.assert(fc.property(fc.array(planCase, { maxLength: 30 }), (drawn) => {
      const cases = drawn.map((d, i) => plan(`P${i}`, d.request, addDays(d.request, d.elapsed), d.exception ? { twentyWeekExceptionRecorded: true } : {}));
      const a = audit(cases, { asOf: '2030-01-01' });
      const sum = (k: 'issued' | 'withinTwentyWeeks') => a.planMonths.reduce((n, m) => n + m[k], 0);
      expect(sum('issued')).toBe(a.twentyWeeks.including.plansIssued);
      expect(sum('withinTwentyWeeks')).toBe(a.twentyWeeks.including.withinTwentyWeeks);
      expect(a.planMonths.map((m) => m.month)).toEqual([...a.planMonths.map((m) => m.month)].sort());
      const total = (b: typeof a.twentyWeekBands.including) => b.withinTwentyWeeks + b.twentyToFiftyTwoWeeks + b.overFiftyTwoWeeks;
      expect(total(a.twentyWeekBands.including)).toBe(a.twentyWeeks.including.plansIssued);
      expect(total(a.twentyWeekBands.excludingExceptions)).toBe(a.twentyWeeks.excludingExceptions.plansIssued);
      // With no exception of kind or dates, the band "within" is the measure's "within": both read reg 13(2).
      expect(a.twentyWeekBands.including.withinTwentyWeeks).toBe(a.twentyWeeks.including.withinTwentyWeeks);
    }), { numRuns });
  });
});
