import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTermCalendar, englandAndWales, type TermData } from '../../src/index.js';
import { dayToIso, isoToDay, weekdayOfDay } from '../../src/day/iso.js';
import { numRuns } from '../support/fc.js';

/**
 * Random but valid term calendars: 1–9 terms in a row, each 20–100 days long, separated by holidays
 * of 1–70 days, with an optional half term of 1–9 days inside, starting anywhere in 1990–2080.
 */
const calendarArb = fc
  .record({
    start: fc.integer({ min: isoToDay('1990-01-01'), max: isoToDay('2080-01-01') }),
    terms: fc.array(
      fc.record({
        length: fc.integer({ min: 20, max: 100 }),
        gap: fc.integer({ min: 1, max: 70 }),
        half: fc.option(fc.record({ offset: fc.integer({ min: 0, max: 19 }), length: fc.integer({ min: 1, max: 9 }) }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 9 },
    ),
  })
  .map(({ start, terms }) => {
    let day = start;
    const list: TermData[] = terms.map((t) => {
      const s = day;
      const e = s + t.length - 1;
      day = e + 1 + t.gap;
      const half = t.half && { start: dayToIso(s + t.half.offset), end: dayToIso(Math.min(e, s + t.half.offset + t.half.length - 1)) };
      return { start: dayToIso(s), end: dayToIso(e), ...(half ? { halfTerm: half } : {}) };
    });
    return createTermCalendar({ name: 'random', source: 'property test', terms: list });
  });

function inTermNotHalf(terms: ReturnType<typeof createTermCalendar>, day: number): boolean {
  return terms.terms.some((t) => {
    const inTerm = day >= isoToDay(t.start) && day <= isoToDay(t.end);
    const inHalf = t.halfTerm !== undefined && day >= isoToDay(t.halfTerm.start) && day <= isoToDay(t.halfTerm.end);
    return inTerm && !inHalf;
  });
}

describe('term calendars (property tests)', () => {
  it('a school day is exactly a weekday inside a term, outside its half term, and not a bank holiday', () => {
    fc.assert(
      fc.property(calendarArb, fc.double({ min: 0, max: 1, noNaN: true }), (terms, at) => {
        const day = terms.firstDay + Math.floor(at * (terms.lastDay - terms.firstDay));
        const expected = weekdayOfDay(day) < 6 && inTermNotHalf(terms, day) && englandAndWales.isWorkingDay(dayToIso(day));
        return terms.isSchoolDay(dayToIso(day)) === expected && (terms.whyNotSchoolDay(dayToIso(day)) === null) === expected;
      }),
      { numRuns },
    );
  });

  it('the N-th school day after a day is a school day, after it, and strictly increasing in N', () => {
    fc.assert(
      fc.property(calendarArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 30 }), (terms, at, n) => {
        const day = terms.firstDay + Math.floor(at * (terms.lastDay - terms.firstDay));
        const from = dayToIso(day);
        let previous = day;
        for (let k = 1; k <= n; k++) {
          let next: string;
          try {
            next = terms.nthSchoolDayAfter(from, k);
          } catch (e) {
            expect((e as { code: string }).code).toBe('OUT_OF_RANGE'); // ran past the last term: so does every larger N
            return true;
          }
          const d = isoToDay(next);
          if (!(d > previous) || !terms.isSchoolDay(next)) return false;
          // No school day is skipped: exactly k school days lie in (day, d].
          if (terms.schoolDaysBetween(from, next) !== k) return false;
          previous = d;
        }
        return true;
      }),
      { numRuns },
    );
  });

  it('every closure found is at least 28 days of non-school days, bounded by school days', () => {
    fc.assert(
      fc.property(calendarArb, (terms) => {
        for (const c of terms.closures()) {
          const s = isoToDay(c.start);
          const e = isoToDay(c.end);
          if (c.days !== e - s + 1 || c.days < 28 || isoToDay(c.reopens) !== e + 1) return false;
          if (!terms.isSchoolDay(dayToIso(s - 1)) || !terms.isSchoolDay(c.reopens)) return false;
          for (let d = s; d <= e; d++) if (terms.isSchoolDay(dayToIso(d))) return false;
        }
        return true;
      }),
      { numRuns },
    );
  });

  it('the advice-closure window is [closure start − 7, re-opening − 7] and nothing else', () => {
    fc.assert(
      fc.property(calendarArb, fc.double({ min: 0, max: 1, noNaN: true }), (terms, at) => {
        const day = terms.firstDay + Math.floor(at * (terms.lastDay - terms.firstDay));
        let found;
        try {
          found = terms.adviceClosureException(dayToIso(day));
        } catch (e) {
          return (e as { code: string }).code === 'OUT_OF_RANGE';
        }
        const inside = terms.closures().some((c) => day >= isoToDay(c.start) - 7 && day <= isoToDay(c.reopens) - 7);
        return (found !== null) === inside;
      }),
      { numRuns },
    );
  });
});
