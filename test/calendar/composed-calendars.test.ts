import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addWorkingDays, createTermCalendar, createWorkingCalendar, englandAndWales, workingDaysBetween } from '../../src/index.js';
import { combineCalendars } from '../../src/calendar/compose.js';
import { ComposedCore, TableCore, weekendDaysBetween, type DayCore } from '../../src/calendar/day-core.js';
import { dayToIso, isoToDay, weekdayOfDay } from '../../src/day/iso.js';
import { numRuns } from '../support/fc.js';
import { termListArb } from '../support/term-calendar-arbitraries.js';

/**
 * The composed calendars answer from their base's prefix sums and a sorted list of added days.
 * Each property checks them against the plainest possible answer: a walk over the days, asking
 * England and Wales (the oracle-tested table) day by day.
 */

const FROM = isoToDay('1972-01-01');
const TO = isoToDay('2098-12-31');
const dayArb = fc.integer({ min: FROM, max: TO });

/** Closures near one another (so they meet weekends, bank holidays and each other), some repeated. */
const closuresArb = fc
  .tuple(dayArb, fc.array(fc.tuple(fc.integer({ min: 0, max: 120 }), fc.constantFrom('Council closure', 'Staff day', 'Office move')), { maxLength: 25 }))
  .map(([start, list]) => list.map(([offset, name]) => ({ date: dayToIso(start + offset), name })));

/** Naive: a day is a working day of the base and not (the first-named) closure. */
function naive(closures: readonly { date: string; name: string }[]) {
  const named = new Map<string, string>();
  for (const c of closures) if (!named.has(c.date)) named.set(c.date, c.name);
  const isWorking = (day: number): boolean => englandAndWales.isWorkingDay(dayToIso(day)) && !named.has(dayToIso(day));
  const why = (day: number): string | null => englandAndWales.whyNotWorking(dayToIso(day)) ?? named.get(dayToIso(day)) ?? null;
  return { isWorking, why };
}

function walkAdd(isWorking: (day: number) => boolean, day: number, n: number): number {
  let d = day;
  for (let k = 0; k < n; ) if (isWorking(++d)) k++;
  for (let k = 0; k > n; ) if (isWorking(--d)) k--;
  return d;
}

describe('a calendar with closures added agrees with a day-by-day walk', () => {
  it('isWorkingDay, whyNotWorking, addWorkingDays (after, beginning-with, back) and workingDaysBetween', () => {
    fc.assert(
      fc.property(closuresArb, fc.integer({ min: -10, max: 130 }), fc.integer({ min: -30, max: 40 }), (closures, offset, n) => {
        const council = createWorkingCalendar({ name: 'Council', closures });
        const oracle = naive(closures);
        const base = closures.length ? isoToDay(closures[0]!.date) : FROM + 400;
        const day = base + offset;
        const iso = dayToIso(day);
        expect(council.isWorkingDay(iso)).toBe(oracle.isWorking(day));
        expect(council.whyNotWorking(iso)).toBe(oracle.why(day));
        expect(council.addWorkingDays(iso, n)).toBe(dayToIso(n === 0 ? day : walkAdd(oracle.isWorking, day, n)));
        if (n >= 1) expect(council.addWorkingDays(iso, n, 'beginning-with')).toBe(dayToIso(walkAdd(oracle.isWorking, day - 1, n)));
        let count = 0;
        for (let d = day + 1; d <= day + 60; d++) if (oracle.isWorking(d)) count++;
        expect(council.workingDaysBetween(iso, dayToIso(day + 60))).toBe(count);
        expect(council.workingDaysBetween(dayToIso(day + 60), iso)).toBe(-count);
      }),
      { numRuns },
    );
  });

  it('bankHolidays lists every non-working weekday of the year, the closures among them', () => {
    fc.assert(
      fc.property(closuresArb, (closures) => {
        const council = createWorkingCalendar({ name: 'Council', closures });
        const oracle = naive(closures);
        const year = closures.length ? Number(closures[0]!.date.slice(0, 4)) : 2000;
        const expected: { date: string; name: string | null }[] = [];
        for (let d = isoToDay(`${year}-01-01`); d <= isoToDay(`${year}-12-31`); d++) {
          if (weekdayOfDay(d) < 6 && !oracle.isWorking(d)) expected.push({ date: dayToIso(d), name: oracle.why(d) });
        }
        expect(council.bankHolidays(year).map(({ date, name }) => ({ date, name }))).toEqual(expected);
      }),
      { numRuns },
    );
  });

  it('a calendar made on a made calendar adds its closures to both', () => {
    fc.assert(
      fc.property(closuresArb, closuresArb, dayArb, fc.integer({ min: 1, max: 60 }), (first, second, day, n) => {
        const inner = createWorkingCalendar({ name: 'Inner', closures: first });
        const outer = createWorkingCalendar({ name: 'Outer', base: inner, closures: second });
        const oracle = naive([...first, ...second]);
        expect(outer.addWorkingDays(dayToIso(day), n)).toBe(dayToIso(walkAdd(oracle.isWorking, day, n)));
        expect(outer.isWorkingDay(dayToIso(day))).toBe(oracle.isWorking(day));
      }),
      { numRuns },
    );
  });
});

describe('two calendars combined agree with a day-by-day walk', () => {
  it('a day counts only when both calendars count it; the first calendar\'s reason comes first', () => {
    fc.assert(
      fc.property(closuresArb, closuresArb, fc.integer({ min: -5, max: 125 }), fc.integer({ min: -20, max: 40 }), (a, b, offset, n) => {
        const combined = combineCalendars(
          createWorkingCalendar({ name: 'A', closures: a }),
          createWorkingCalendar({ name: 'B', closures: b }),
          { name: 'A and B' },
        );
        const oracleA = naive(a);
        const oracleB = naive(b);
        const isWorking = (d: number): boolean => oracleA.isWorking(d) && oracleB.isWorking(d);
        const day = (a.length ? isoToDay(a[0]!.date) : FROM + 400) + offset;
        expect(combined.isWorkingDay(dayToIso(day))).toBe(isWorking(day));
        expect(combined.whyNotWorking(dayToIso(day))).toBe(oracleA.why(day) ?? oracleB.why(day));
        expect(combined.addWorkingDays(dayToIso(day), n)).toBe(dayToIso(n === 0 ? day : walkAdd(isWorking, day, n)));
      }),
      { numRuns },
    );
  });

  it('calendars of different years are refused, not silently cut', () => {
    const short = createWorkingCalendar({ name: 'x' });
    const other = Object.create(short, { lastDay: { value: short.lastDay - 1 } });
    expect(() => combineCalendars(short, other, { name: 'bad' })).toThrow(RangeError);
  });
});

describe('addWorkingDays and workingDaysBetween undo each other on a composed calendar', () => {
  it('workingDaysBetween(d, addWorkingDays(d, n)) is n for n ≥ 0, and for n < 0 from a working day (n + 1 from any other day)', () => {
    fc.assert(
      fc.property(closuresArb, fc.integer({ min: -10, max: 130 }), fc.integer({ min: -60, max: 60 }), (closures, offset, n) => {
        const council = createWorkingCalendar({ name: 'Council', closures });
        const d = dayToIso((closures.length ? isoToDay(closures[0]!.date) : FROM + 400) + offset);
        const reached = addWorkingDays(d, n, { calendar: council });
        const expected = n >= 0 || council.isWorkingDay(d) ? n : n + 1;
        expect(workingDaysBetween(d, reached, { calendar: council })).toBe(expected);
      }),
      { numRuns },
    );
  });
});

describe('term calendars on a council calendar: school days agree with a day-by-day walk', () => {
  // Up to 6 random terms (test/support/term-calendar-arbitraries.ts) on a council calendar with closures near them.
  const termsArb = fc
    .record({ terms: termListArb(6), closures: fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 10 }) })
    .map(({ terms: { start, list }, closures }) => {
      const council = createWorkingCalendar({ name: 'Council', closures: closures.map((o) => ({ date: dayToIso(start + o), name: 'Council closure' })) });
      return { terms: createTermCalendar({ name: 'random', source: 'property test', terms: list }, { calendar: council }), council, list };
    });

  it('isSchoolDay, whyNotSchoolDay, nthSchoolDayAfter and schoolDaysBetween', () => {
    fc.assert(
      fc.property(termsArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 25 }), ({ terms, council, list }, at, n) => {
        const isSchool = (d: number): boolean => weekdayOfDay(d) < 6 && council.isWorkingDay(dayToIso(d)) && list.some((t) => {
          const inHalf = t.halfTerm !== undefined && d >= isoToDay(t.halfTerm.start) && d <= isoToDay(t.halfTerm.end);
          return d >= isoToDay(t.start) && d <= isoToDay(t.end) && !inHalf;
        });
        const day = terms.firstDay + Math.floor(at * (terms.lastDay - terms.firstDay));
        const iso = dayToIso(day);
        expect(terms.isSchoolDay(iso)).toBe(isSchool(day));
        expect(terms.whyNotSchoolDay(iso) === null).toBe(isSchool(day));
        let d = day;
        for (let k = 0; k < n && d <= terms.lastDay; ) if (isSchool(++d)) k++;
        if (d <= terms.lastDay) expect(terms.nthSchoolDayAfter(iso, n)).toBe(dayToIso(d));
        else expect(() => terms.nthSchoolDayAfter(iso, n)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
        let count = 0;
        for (let e = day + 1; e <= terms.lastDay; e++) if (isSchool(e)) count++;
        expect(terms.schoolDaysBetween(iso, terms.lastDate)).toBe(count);
      }),
      { numRuns },
    );
  });
});

describe('the core', () => {
  it('weekendDaysBetween counts Saturdays and Sundays as a walk does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30000, max: 60000 }), fc.integer({ min: -3, max: 400 }), (from, length) => {
        let count = 0;
        for (let d = from; d <= from + length; d++) if (weekdayOfDay(d) >= 6) count++;
        return weekendDaysBetween(from, from + length) === count;
      }),
      { numRuns },
    );
  });

  it('composing reads the base once or twice per added span, never every day of the range', () => {
    // A base core that counts the questions asked of it.
    const table = englandAndWales.core;
    let asked = 0;
    const counting: DayCore = {
      firstDay: table.firstDay, lastDay: table.lastDay, workingCount: table.workingCount,
      workingUpTo: (d) => (asked++, table.workingUpTo(d)),
      workingAt: (p) => (asked++, table.workingAt(p)),
      isWorking: (d) => (asked++, table.isWorking(d)),
      reasonOn: (d) => table.reasonOn(d),
      recordedBetween: (a, b) => table.recordedBetween(a, b),
    };
    const spans = [12, 20, 30].map((k) => ({ start: isoToDay('2025-01-01') + k, end: isoToDay('2025-01-01') + k, name: 'x', basis: 'y' }));
    const composed = new ComposedCore(counting, spans);
    expect(asked).toBe(2 * spans.length);
    expect(composed.workingCount).toBe(table.workingCount - 3); // Monday 13, Tuesday 21 and Friday 31 January 2025: weekdays, not holidays
  });

  it('spans out of order or overlapping are refused: they would give wrong dates silently', () => {
    const core = new TableCore(isoToDay('2025-01-01'), isoToDay('2025-12-31'), []);
    const span = (start: string, end: string) => ({ start: isoToDay(start), end: isoToDay(end), name: 'x', basis: 'y' });
    expect(() => new ComposedCore(core, [span('2025-03-01', '2025-03-10'), span('2025-03-05', '2025-03-20')])).toThrow(RangeError);
    expect(() => new ComposedCore(core, [span('2025-03-10', '2025-03-01')])).toThrow(RangeError);
    expect(() => new ComposedCore(core, [span('2025-12-30', '2026-01-02')])).toThrow(RangeError);
  });
});
