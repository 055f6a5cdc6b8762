import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTermCalendar, englandAndWales } from '../../src/index.js';
import { dayToIso, isoToDay, weekdayOfDay } from '../../src/day/iso.js';
import { numRuns } from '../support/fc.js';
import { termCalendarArb } from '../support/term-calendar-arbitraries.js';

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
      fc.property(termCalendarArb, fc.double({ min: 0, max: 1, noNaN: true }), (terms, at) => {
        const day = terms.firstDay + Math.floor(at * (terms.lastDay - terms.firstDay));
        const expected = weekdayOfDay(day) < 6 && inTermNotHalf(terms, day) && englandAndWales.isWorkingDay(dayToIso(day));
        return terms.isSchoolDay(dayToIso(day)) === expected && (terms.whyNotSchoolDay(dayToIso(day)) === null) === expected;
      }),
      { numRuns },
    );
  });

  it('the N-th school day after a day is a school day, after it, and strictly increasing in N', () => {
    fc.assert(
      fc.property(termCalendarArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 30 }), (terms, at, n) => {
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
      fc.property(termCalendarArb, (terms) => {
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
      fc.property(termCalendarArb, fc.double({ min: 0, max: 1, noNaN: true }), (terms, at) => {
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
