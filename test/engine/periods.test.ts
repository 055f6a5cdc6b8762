/**
 * Engine: the arithmetic of one period (src/engine/periods.ts), each period kind on day numbers:
 * a span counted forward (days, weeks, months, working days), "at least N before" a target (strict
 * and permissive), a date named in the calendar year, and school days of a term calendar. Each row
 * is worked by hand from the rule it serves, with the arithmetic in its comment; the properties
 * restate each reading independently of the code.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { englandAndWales } from '../../src/index.js';
import { dayToIso, daysFromCivil, isoToDay } from '../../src/day/iso.js';
import { addDays, addMonths } from '../../src/index.js';
import { addSchoolDays, addSpan, beforeTarget, fixedDateOf, ordinal, unitWords } from '../../src/engine/periods.js';
import type { TraceStep } from '../../src/engine/result.js';
import type { Counting } from '../../src/law/types.js';
import { exampleTerms } from '../support/examples.js';
import { numRuns } from '../support/fc.js';

type SpanUnit = Parameters<typeof addSpan>[2];

/** A period counted forward, in ISO dates, with its trace. */
function span(trigger: string, n: number, unit: SpanUnit, counting: Counting): { due: string; trace: TraceStep[] } {
  const trace: TraceStep[] = [];
  const due = dayToIso(addSpan(isoToDay(trigger), n, unit, counting, englandAndWales, trace));
  return { due, trace };
}

/** "At least N before" a target, in ISO dates, with its trace. */
function before(target: string, n: number, unit: SpanUnit, strict: boolean): { due: string; trace: TraceStep[] } {
  const trace: TraceStep[] = [];
  const due = dayToIso(beforeTarget(isoToDay(target), n, unit, strict, englandAndWales, trace));
  return { due, trace };
}

describe('a span counted forward from the trigger (addSpan)', () => {
  it.each([
    // [provision, trigger, n, unit, counting, due, arithmetic]
    ['reg 25(1)', '2025-02-14', 15, 'days', 'after', '2025-03-01', 'Fri 14 Feb + 15 days = Sat 1 Mar 2025 (the trigger day not counted)'],
    ['reg 13(1)(a)', '2025-02-20', 15, 'days', 'beginning-with', '2025-03-06', 'Thu 20 Feb is day 1: 20 Feb + 14 = Thu 6 Mar 2025'],
    ['reg 13(2)', '2025-01-06', 20, 'weeks', 'after', '2025-05-26', 'Mon 6 Jan + 140 days = Mon 26 May 2025 (a bank holiday: calendar time, it stands)'],
    ['SI 2017/1306 reg 6(3)', '2025-03-03', 5, 'weeks', 'beginning-with', '2025-04-06', 'Mon 3 Mar is day 1: 3 Mar + 35 − 1 = Sun 6 Apr 2025'],
    ['reg 33', '2024-12-31', 2, 'months', 'after', '2025-02-28', '31 Dec 2024 + 2 months = 31 Feb 2025, none → the last day of February, Fri 28 Feb'],
    ['reg 27(4)', '2024-02-29', 12, 'months', 'after', '2025-02-28', '29 Feb 2024 + 12 months = 29 Feb 2025, none → Fri 28 Feb 2025'],
    ['CFA 2014 s44(1)', '2025-01-10', 12, 'months', 'beginning-with', '2026-01-09', 'the day before the corresponding date 10 Jan 2026: Fri 9 Jan 2026'],
    ['CFA 2014 s44(1)', '2024-02-29', 12, 'months', 'beginning-with', '2025-02-28', '"after 28 Feb 2024": 28 Feb 2024 + 12 months = Fri 28 Feb 2025, never a day short'],
    ['reg 15(5)(b)', '2025-03-31', 3, 'months', 'beginning-with', '2025-06-30', '"after 30 Mar 2025": 30 Mar + 3 months = Mon 30 Jun 2025'],
    ['reg 47', '2025-04-10', 15, 'working-days', 'after', '2025-05-06', '11 (1), 14–17 (5), [18 Good Friday, 21 Easter Monday], 22–25 (9), 28–30 Apr, 1–2 May (14), [5 May], Tue 6 May (15)'],
    ['reg 15(8)', '2025-08-18', 15, 'working-days', 'beginning-with', '2025-09-08', '18–22 Aug (5), [25 Aug], 26–29 (9), 1–5 Sep (14), Mon 8 Sep (15)'],
    ['reg 16(2)', '2025-12-20', 15, 'working-days', 'beginning-with', '2026-01-14', 'Sat 20 Dec is not a working day: day 1 is Mon 22 Dec; 22–24 (3), [25, 26], 29–31 (6), [1 Jan], 2 (7), 5–9 (12), 12–14 Jan (15)'],
    ['reg 34(1)', '2024-12-23', 3, 'working-days', 'after', '2024-12-30', 'Tue 24 (1), [25, 26 Dec], Fri 27 (2), [weekend], Mon 30 Dec 2024 (3)'],
    ['reg 44(2)(a)', '2025-01-15', 0, 'days', 'after', '2025-01-15', 'no period: due on the day of the order, Wed 15 Jan 2025'],
  ] as const)('%s: %s + %i %s (%s) = %s (%s)', (_provision, trigger, n, unit, counting, due, _arithmetic) => {
    const result = span(trigger, n, unit, counting);
    expect(result.due).toBe(due);
    // The trace shows the step that gives the date, so that it can be checked by hand.
    expect(result.trace.some((s) => s.date === due)).toBe(true);
  });

  it('school days and hours are counted elsewhere (they need a term calendar or a clock)', () => {
    expect(() => span('2025-01-06', 5, 'school-days', 'after')).toThrow(/computed elsewhere/);
    expect(() => span('2025-01-06', 5, 'hours', 'after')).toThrow(/computed elsewhere/);
  });

  it('the trace says whether the trigger day counts, and names a month with no corresponding day', () => {
    // CFA 2014 s44(1): 12 months starting with 29 Feb 2024; February 2025 has no day 29.
    const { trace } = span('2024-02-29', 12, 'months', 'beginning-with');
    expect(trace[0]).toMatchObject({ step: 'Counting' });
    expect(trace[0]!.detail).toContain('counts as day 1');
    expect(trace.map((s) => s.detail ?? '').join(' ')).toContain('February 2025 has no day 29');
    expect(span('2025-01-06', 6, 'weeks', 'after').trace[0]!.detail).toContain('is not counted');
  });
});

describe('"at least N before" a target (beforeTarget)', () => {
  it.each([
    // [provision, target, n, unit, strict, due, arithmetic]
    ['reg 20(3)', '2025-03-17', 2, 'weeks', true, '2025-03-02', 'clear days: Mon 17 Mar − 14 − 1 = Sun 2 Mar 2025'],
    ['reg 20(3)', '2025-03-17', 2, 'weeks', false, '2025-03-03', 'the meeting day counts: 17 Mar − 14 = Mon 3 Mar 2025'],
    ['reg 20(4)', '2025-01-06', 2, 'weeks', true, '2024-12-22', '6 Jan 2025 − 15 days = Sun 22 Dec 2024, across the year end'],
    ['a notice of days', '2025-10-15', 10, 'days', true, '2025-10-04', 'Wed 15 Oct − 10 − 1 = Sat 4 Oct 2025'],
    ['a notice of days', '2025-10-15', 10, 'days', false, '2025-10-05', 'Wed 15 Oct − 10 = Sun 5 Oct 2025'],
    ['reg 18(2)', '2026-01-05', 5, 'months', true, '2025-08-04', '5 Jan 2026 − 5 months = 5 Aug 2025; one clear day earlier, Mon 4 Aug 2025'],
    ['reg 18(2)', '2025-07-31', 5, 'months', true, '2025-02-27', '31 Jul − 5 months = 31 Feb, none → 28 Feb 2025; one clear day earlier, Thu 27 Feb'],
    ['reg 18(2)', '2025-07-31', 5, 'months', false, '2025-02-28', '31 Jul − 5 months = 28 Feb 2025 (clamped)'],
    ['reg 37(2)', '2024-06-14', 5, 'working-days', true, '2024-06-06', 'working days before Fri 14 Jun: 13, 12, 11, 10, 7 Jun (the 5th); by the day before, Thu 6 Jun 2024'],
    ['reg 37(2)', '2024-05-30', 5, 'working-days', true, '2024-05-21', 'before Thu 30 May: 29, 28, [27 May bank holiday], 24, 23, 22 (the 5th); by Tue 21 May 2024'],
    ['reg 37(2)', '2025-01-03', 5, 'working-days', true, '2024-12-23', 'before Fri 3 Jan: 2 Jan, [1 Jan], 31, 30, 27 Dec, [26, 25], 24 Dec (the 5th); by Mon 23 Dec 2024'],
    ['reg 37(2)', '2024-06-14', 5, 'working-days', false, '2024-06-09', 'counting Fri 14 Jun itself: 14, 13, 12, 11, 10 Jun (the 5th); by the day before, Sun 9 Jun 2024'],
  ] as const)('%s: %s, %i %s before (strict %s) = %s (%s)', (_provision, target, n, unit, strict, due, _arithmetic) => {
    const result = before(target, n, unit, strict);
    expect(result.due).toBe(due);
    expect(result.trace[0]).toMatchObject({ step: 'Reading' });
    expect(result.trace.some((s) => s.date === due)).toBe(true);
  });

  it('school days are counted forward only', () => {
    expect(() => before('2025-01-06', 5, 'school-days', true)).toThrow(/computed elsewhere/);
  });
});

describe('a date named in the calendar year of the trigger (fixedDateOf)', () => {
  it.each([
    // [provision, trigger, month, day, strict, due, arithmetic]
    ['reg 18(1)(b)', '2026-09-01', 2, 15, true, '2026-02-14', 'transfer in 2026; "before 15 February" → Sat 14 Feb 2026'],
    ['reg 18(1)(b)', '2026-09-01', 2, 15, false, '2026-02-15', 'on or before 15 February 2026 (the Code of Practice wording)'],
    ['reg 18(1)(a)', '2015-12-31', 3, 31, true, '2015-03-30', 'transfer on 31 Dec 2015: "before 31 March" of 2015 → Mon 30 Mar 2015'],
    ['reg 18(3)', '2015-09-01', 5, 31, true, '2015-05-30', '"before 31 May 2015" → Sat 30 May 2015'],
    ['reg 18(1)(a)', '2024-09-02', 3, 31, true, '2024-03-30', 'leap year 2024: before 31 March → Sat 30 Mar 2024'],
  ] as const)('%s: trigger %s, %i/%i, strict %s → %s (%s)', (_provision, trigger, month, day, strict, due, _arithmetic) => {
    const trace: TraceStep[] = [];
    expect(dayToIso(fixedDateOf(isoToDay(trigger), month, day, strict, trace))).toBe(due);
    expect(trace.map((s) => s.step)).toEqual(['Calendar year', 'Reading']);
  });
});

describe('school days of a term calendar (addSchoolDays), on the example calendar', () => {
  const terms = exampleTerms();
  const school = (trigger: string, n: number, counting: Counting) => {
    const trace: TraceStep[] = [];
    const { due, reason } = addSchoolDays(isoToDay(trigger), n, counting, terms, trace);
    return { due: due === null ? null : dayToIso(due), reason, trace };
  };

  it.each([
    // [trigger, n, counting, due, arithmetic]
    ['2024-12-20', 6, 'after', '2025-01-13', 'autumn 2024 ends Fri 20 Dec; spring starts Mon 6 Jan: 6–10 (5), Mon 13 Jan (6)'],
    ['2025-01-06', 6, 'beginning-with', '2025-01-13', 'Mon 6 Jan is a school day and day 1: 6–10 (5), Mon 13 Jan (6)'],
    ['2025-01-04', 6, 'beginning-with', '2025-01-13', 'Sat 4 Jan is not a school day: day 1 is Mon 6 Jan, as "after"'],
    ['2025-07-02', 10, 'after', '2025-07-16', '3, 4 (2), 7–11 (7), 14, 15, Wed 16 Jul (10)'],
    ['2025-02-14', 1, 'after', '2025-02-24', 'half term 17–21 Feb 2025 closed: Mon 24 Feb'],
    ['2025-05-02', 1, 'after', '2025-05-06', 'Mon 5 May 2025 is a bank holiday, not a school day: Tue 6 May'],
    ['2025-03-03', 0, 'after', '2025-03-03', 'no period: the day itself'],
  ] as const)('%s + %i school days (%s) = %s (%s)', (trigger, n, counting, due, _arithmetic) => {
    const result = school(trigger, n, counting);
    expect(result.due).toBe(due);
    expect(result.reason).toBeUndefined();
  });

  it('a trigger outside the calendar, or a count past its last term, gives no date and says why', () => {
    // The calendar runs from 3 Sep 2024 to 22 Jul 2026.
    const outside = school('2024-08-01', 6, 'after');
    expect(outside.due).toBeNull();
    expect(outside.reason).toContain('outside it');
    // After Wed 15 Jul 2026: 16, 17 (2), 20, 21, 22 (5), then the calendar ends: no 10th school day.
    const past = school('2026-07-15', 10, 'after');
    expect(past.due).toBeNull();
    expect(past.reason).toContain('after its last term');
  });
});

describe('the words of a period', () => {
  it.each([
    [1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [11, '11th'], [12, '12th'], [13, '13th'], [21, '21st'], [22, '22nd'], [23, '23rd'],
    [101, '101st'], [111, '111th'], [112, '112th'], [113, '113th'],
  ] as const)('ordinal(%i) = %s', (n, words) => {
    expect(ordinal(n)).toBe(words);
  });

  it.each([
    [1, 'weeks', '1 week'], [6, 'weeks', '6 weeks'], [1, 'working-days', '1 working day'], [15, 'working-days', '15 working days'],
    [1, 'school-days', '1 school day'], [12, 'months', '12 months'], [1, 'days', '1 day'],
  ] as const)('unitWords(%i, %s) = %s', (n, unit, words) => {
    expect(unitWords(n, unit)).toBe(words);
  });
});

describe('properties of the period arithmetic', () => {
  // Triggers from 2000 to 2040, inside the England and Wales calendar's range.
  const trigger = fc.integer({ min: daysFromCivil(2000, 1, 1), max: daysFromCivil(2040, 12, 31) });
  const n = fc.integer({ min: 1, max: 60 });
  const none = undefined;

  it('days and weeks: "after" adds the period; "beginning with" ends one day earlier (the trigger is day 1)', () => {
    fc.assert(fc.property(trigger, n, fc.constantFrom('days', 'weeks') as fc.Arbitrary<'days' | 'weeks'>, (t, k, unit) => {
      const length = unit === 'weeks' ? 7 * k : k;
      expect(addSpan(t, k, unit, 'after', englandAndWales, none)).toBe(t + length);
      expect(addSpan(t, k, unit, 'beginning-with', englandAndWales, none)).toBe(t + length - 1);
    }), { numRuns });
  });

  it('months: "after" is the corresponding date (clamped); "beginning with" ends the day before it, or on the last day of a month that has no corresponding day', () => {
    fc.assert(fc.property(trigger, fc.integer({ min: 1, max: 24 }), (t, k) => {
      const start = dayToIso(t);
      const corresponding = addMonths(start, k);
      expect(dayToIso(addSpan(t, k, 'months', 'after', englandAndWales, none))).toBe(corresponding);
      // Clamped (31 Jan + 1 month = 28 Feb) exactly when the day of the month changed.
      const clamped = corresponding.slice(8) !== start.slice(8);
      expect(dayToIso(addSpan(t, k, 'months', 'beginning-with', englandAndWales, none))).toBe(clamped ? corresponding : addDays(corresponding, -1));
    }), { numRuns });
  });

  it('working days after the trigger: the due day is a working day, exactly n working days after it', () => {
    fc.assert(fc.property(trigger, n, (t, k) => {
      const due = addSpan(t, k, 'working-days', 'after', englandAndWales, none);
      expect(englandAndWales.isWorkingDayNumber(due)).toBe(true);
      expect(englandAndWales.workingDaysBetweenNumbers(t, due)).toBe(k);
    }), { numRuns });
  });

  it('"at least n working days before" (strict): exactly n working days lie strictly between the due day and the target, and one day later there would be fewer', () => {
    fc.assert(fc.property(trigger, n, (target, k) => {
      const due = beforeTarget(target, k, 'working-days', true, englandAndWales, none);
      expect(englandAndWales.workingDaysBetweenNumbers(due, target - 1)).toBe(k);
      expect(englandAndWales.workingDaysBetweenNumbers(due + 1, target - 1)).toBe(k - 1);
    }), { numRuns });
  });

  it('"at least N before" in days and weeks: strict is one clear day earlier than permissive', () => {
    fc.assert(fc.property(trigger, n, fc.constantFrom('days', 'weeks') as fc.Arbitrary<'days' | 'weeks'>, (target, k, unit) => {
      const length = unit === 'weeks' ? 7 * k : k;
      expect(beforeTarget(target, k, unit, false, englandAndWales, none)).toBe(target - length);
      expect(beforeTarget(target, k, unit, true, englandAndWales, none)).toBe(target - length - 1);
    }), { numRuns });
  });
});
