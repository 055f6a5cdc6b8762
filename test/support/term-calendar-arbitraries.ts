/**
 * Random but valid term calendars for property tests: terms in a row, each 20–100 days long,
 * separated by holidays of 1–70 days (never the 12 weeks that would read as a missing term), each
 * with an optional half term of 1–9 days inside, starting anywhere in 1990–2080.
 */
import fc from 'fast-check';
import { createTermCalendar, type TermCalendar, type TermData } from '../../src/index.js';
import { dayToIso, isoToDay } from '../../src/day/iso.js';

/** A list of 1 to `maxTerms` valid terms as data, and the day number of the first term's start. */
export function termListArb(maxTerms: number): fc.Arbitrary<{ readonly start: number; readonly list: TermData[] }> {
  return fc
    .record({
      start: fc.integer({ min: isoToDay('1990-01-01'), max: isoToDay('2080-01-01') }),
      terms: fc.array(
        fc.record({
          length: fc.integer({ min: 20, max: 100 }),
          gap: fc.integer({ min: 1, max: 70 }),
          half: fc.option(fc.record({ offset: fc.integer({ min: 0, max: 19 }), length: fc.integer({ min: 1, max: 9 }) }), { nil: undefined }),
        }),
        { minLength: 1, maxLength: maxTerms },
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
      return { start, list };
    });
}

/** A term calendar of 1–9 random terms on the England and Wales calendar. */
export const termCalendarArb: fc.Arbitrary<TermCalendar> = termListArb(9)
  .map(({ list }) => createTermCalendar({ name: 'random', source: 'property test', terms: list }));
