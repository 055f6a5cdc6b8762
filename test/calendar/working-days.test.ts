import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addWorkingDays, workingDaysBetween, isWorkingDay, whyNotWorking, createWorkingCalendar, englandAndWales, addDays,
  SendTimescalesError,
} from '../../src/index.js';
import { numRuns } from '../support/fc.js';

describe('addWorkingDays: hand-worked counts', () => {
  it('after: Thu 17 Apr 2025 + 1 working day = Tue 22 Apr (Good Friday 18th and Easter Monday 21st skipped)', () => {
    expect(addWorkingDays('2025-04-17', 1)).toBe('2025-04-22');
  });
  it('after: Fri 19 Dec 2025 + 5 working days = Tue 30 Dec (Christmas, Boxing Day and the weekend skipped)', () => {
    // 22, 23, 24 (1–3); 25 Christmas, 26 Boxing Day, 27–28 weekend; 29 (4), 30 (5).
    expect(addWorkingDays('2025-12-19', 5)).toBe('2025-12-30');
  });
  it('reg 15(2) style, beginning-with: aware Mon 6 Jan 2025 is day 1, the 15th working day is Fri 24 Jan', () => {
    expect(addWorkingDays('2025-01-06', 15, { counting: 'beginning-with' })).toBe('2025-01-24');
  });
  it('beginning-with from a non-working day: aware Sat 4 Jan 2025, day 1 is Mon 6 Jan, the 15th is Fri 24 Jan', () => {
    expect(addWorkingDays('2025-01-04', 15, { counting: 'beginning-with' })).toBe('2025-01-24');
  });
  it('n = 0 returns the date itself, even on a holiday', () => {
    expect(addWorkingDays('2025-12-25', 0)).toBe('2025-12-25');
  });
  it('negative n counts back: Tue 22 Apr 2025 − 1 = Thu 17 Apr', () => {
    expect(addWorkingDays('2025-04-22', -1)).toBe('2025-04-17');
    expect(addWorkingDays('2025-04-19', -1)).toBe('2025-04-17');
  });
  it('workingDaysBetween counts start < d ≤ end', () => {
    expect(workingDaysBetween('2025-04-17', '2025-04-22')).toBe(1);
    expect(workingDaysBetween('2025-04-22', '2025-04-17')).toBe(-1);
    expect(workingDaysBetween('2025-01-01', '2025-12-31')).toBe(253);
  });
  it('createWorkingCalendar adds a council closure day', () => {
    const council = createWorkingCalendar({ name: 'Example Council', closures: [{ date: '2025-12-29', name: 'Council closure' }] });
    expect(whyNotWorking('2025-12-29', { calendar: council })).toBe('Council closure');
    expect(addWorkingDays('2025-12-19', 5, { calendar: council })).toBe('2025-12-31');
    expect(isWorkingDay('2025-12-29')).toBe(true);
    expect(council.bankHolidays(2025).map((h) => h.date)).toContain('2025-12-29');
  });
});

// Starts far enough inside 1971–2099 that ±400 working days (about 560 calendar days) stay inside.
const inRange = fc.integer({ min: Date.UTC(1973, 0, 1) / 864e5, max: Date.UTC(2097, 11, 31) / 864e5 }).map((d) => addDays('1970-01-01', d));
const count = fc.integer({ min: -400, max: 400 });

describe('working-day invariants (property tests)', () => {
  it('addWorkingDays(d, n) is a working day for n ≠ 0', () => {
    fc.assert(fc.property(inRange, count.filter((n) => n !== 0), (d, n) => isWorkingDay(addWorkingDays(d, n))), { numRuns });
  });
  it('workingDaysBetween(d, addWorkingDays(d, n)) === n (for n < 0, when d is a working day)', () => {
    // Counting back from a Saturday, the first working day before it is Friday, but (Friday, Saturday]
    // holds no working day: the identity for n < 0 needs d itself to count.
    fc.assert(
      fc.property(inRange, count, (d, n) => {
        fc.pre(n >= 0 || isWorkingDay(d));
        return workingDaysBetween(d, addWorkingDays(d, n)) === n;
      }),
      { numRuns },
    );
  });
  it('counting back from a day that is not a working day: workingDaysBetween(d, addWorkingDays(d, n)) === n + 1', () => {
    // d is not counted by workingDaysBetween's (end, start] when it is not a working day, so one
    // working day fewer lies between: the identity's other half, for every d off work and n < 0.
    fc.assert(
      fc.property(inRange, count.filter((n) => n < 0), (d, n) => {
        fc.pre(!isWorkingDay(d));
        return workingDaysBetween(d, addWorkingDays(d, n)) === n + 1;
      }),
      { numRuns },
    );
  });
  it('hand-worked: one working day back from Sat 11 Jan 2025 is Fri 10 Jan, and (Fri, Sat] holds no working day', () => {
    // between(Sat, Fri) = −(working days in (Fri 10, Sat 11]) = −0 = 0, not −1: the identity needs d to be a working day.
    expect(addWorkingDays('2025-01-11', -1)).toBe('2025-01-10');
    expect(workingDaysBetween('2025-01-11', '2025-01-10')).toBe(0);
    // From Mon 13 Jan (a working day) it holds: one back is Fri 10 Jan, and (Fri, Mon] holds Mon 13 only.
    expect(workingDaysBetween('2025-01-13', addWorkingDays('2025-01-13', -1))).toBe(-1);
  });
  it('adding then subtracting returns the start when the start is a working day', () => {
    fc.assert(
      fc.property(inRange, count, (d, n) => {
        fc.pre(isWorkingDay(d));
        return addWorkingDays(addWorkingDays(d, n), -n) === d;
      }),
      { numRuns },
    );
  });
  it('monotonic in n', () => {
    fc.assert(fc.property(inRange, count, (d, n) => addWorkingDays(d, n) < addWorkingDays(d, n + 1)), { numRuns });
  });
  it('beginning-with equals after of (previous day, n) when the start is a working day', () => {
    fc.assert(
      fc.property(inRange, fc.integer({ min: 1, max: 400 }), (d, n) => {
        fc.pre(isWorkingDay(d));
        return addWorkingDays(d, n, { counting: 'beginning-with' }) === addWorkingDays(addDays(d, -1), n);
      }),
      { numRuns },
    );
  });
  it('the prefix-sum answer equals a day-by-day count', () => {
    fc.assert(
      fc.property(inRange, fc.integer({ min: 0, max: 60 }), (d, span) => {
        let n = 0;
        for (let i = 1; i <= span; i++) if (englandAndWales.isWorkingDay(addDays(d, i))) n++;
        return workingDaysBetween(d, addDays(d, span)) === n;
      }),
      { numRuns },
    );
  });
});

describe('working-day errors', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (e instanceof SendTimescalesError) return [e.code, e.field, e.value];
      throw e;
    }
    return undefined;
  };
  it('a date outside 1971–2099 is OUT_OF_RANGE', () => {
    expect(code(() => isWorkingDay('1970-12-31'))).toEqual(['OUT_OF_RANGE', 'date', '1970-12-31']);
    expect(code(() => addWorkingDays('2099-12-31', 1))).toEqual(['OUT_OF_RANGE', 'n', 1]);
    expect(code(() => workingDaysBetween('2025-01-01', '2100-01-01'))).toEqual(['OUT_OF_RANGE', 'end', '2100-01-01']);
  });
  it('a fractional n is INVALID_NUMBER; beginning-with n < 1 is INVALID_NUMBER', () => {
    expect(code(() => addWorkingDays('2025-01-06', 1.5))).toEqual(['INVALID_NUMBER', 'n', 1.5]);
    expect(code(() => addWorkingDays('2025-01-06', 0, { counting: 'beginning-with' }))).toEqual(['INVALID_NUMBER', 'n', 0]);
  });
  it('an unknown counting is INVALID_OPTION', () => {
    expect(code(() => addWorkingDays('2025-01-06', 1, { counting: 'from' as never }))).toEqual(['INVALID_OPTION', 'counting', 'from']);
  });
  it('a calendar that is not one of ours is INVALID_OPTION', () => {
    expect(code(() => isWorkingDay('2025-01-06', { calendar: {} as never }))?.[0]).toBe('INVALID_OPTION');
  });
  it('a closure without a name is INVALID_OPTION', () => {
    expect(code(() => createWorkingCalendar({ name: 'X', closures: [{ date: '2025-01-06', name: '' }] }))).toEqual(['INVALID_OPTION', 'closures[0].name', '']);
  });
});
