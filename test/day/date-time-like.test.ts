/**
 * A luxon DateTime is accepted as an instant, typed by its shape (DateTimeLike) so that the
 * published types need no luxon types, and recognised at run time by luxon's own mark
 * (`isLuxonDateTime`). These tests pin that a real luxon DateTime is read exactly as before, and
 * that look-alikes (a luxon Duration, a plain object) are INVALID_DATE, never a date.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime, Duration } from 'luxon';
import { deadline, SendTimescalesError, toIsoDate, type DateTimeLike } from '../../src/index.js';
import { numRuns } from '../support/fc.js';

function codeOf(call: () => unknown): string {
  try {
    call();
  } catch (e) {
    if (e instanceof SendTimescalesError) return e.code;
    throw e;
  }
  return 'none';
}

describe('toIsoDate: a luxon DateTime is the instant it names, read in Europe/London', () => {
  it('23:30 UTC on Sun 30 Mar 2025 is 00:30 BST on Mon 31 Mar (the clocks went forward at 01:00 UTC)', () => {
    expect(toIsoDate(DateTime.fromISO('2025-03-30T23:30:00Z'))).toBe('2025-03-31');
  });
  it('its own zone does not matter: 00:30 on 1 Mar 2025 in Kiritimati (+14:00) is 10:30 GMT on 28 Feb', () => {
    expect(toIsoDate(DateTime.fromISO('2025-03-01T00:30', { zone: 'Pacific/Kiritimati' }))).toBe('2025-02-28');
  });
  it('options.zone reads it elsewhere: 06:00 UTC on 1 Jul 2025 is 23:00 PDT on 30 Jun', () => {
    expect(toIsoDate(DateTime.fromISO('2025-07-01T06:00:00Z'), { zone: 'America/Los_Angeles' })).toBe('2025-06-30');
  });
  it('an invalid DateTime (30 February) is INVALID_DATE, with the field named', () => {
    const invalid = DateTime.fromISO('2025-02-30');
    expect(invalid.isValid).toBe(false);
    expect(() => toIsoDate(invalid, { field: 'decisionSent' })).toThrow(expect.objectContaining({ code: 'INVALID_DATE', field: 'decisionSent' }));
  });
});

describe('toIsoDate: a luxon DateTime is read as its toMillis(), a look-alike is INVALID_DATE', () => {
  it('a DateTime is the same day as its epoch milliseconds (or the same error code), over the years 1 to 9999 and beyond', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_200_000_000_000, max: 253_500_000_000_000 }), (ms) => {
        const moment: DateTimeLike = DateTime.fromMillis(ms);
        let expected: string;
        try {
          expected = toIsoDate(ms);
        } catch (e) {
          expected = (e as SendTimescalesError).code;
          expect(codeOf(() => toIsoDate(moment))).toBe(expected);
          return;
        }
        expect(toIsoDate(moment)).toBe(expected);
      }),
      { numRuns },
    );
  });
  it('a DateTime that says it is invalid, or whose toMillis() is not a finite number, is INVALID_DATE (toMillis is not even called when invalid)', () => {
    const marked = (isValid: boolean, toMillis: () => number) => ({ isLuxonDateTime: true, isValid, toMillis, toISODate: () => null });
    let called = false;
    expect(codeOf(() => toIsoDate(marked(false, () => { called = true; return 0; })))).toBe('INVALID_DATE');
    expect(called).toBe(false);
    expect(codeOf(() => toIsoDate(marked(true, () => Number.NaN)))).toBe('INVALID_DATE');
    // @ts-expect-error toMillis giving text, not a number, which must be refused
    expect(codeOf(() => toIsoDate(marked(true, () => '1736121600000')))).toBe('INVALID_DATE');
  });
  it('a luxon Duration (it has isValid and toMillis too) is INVALID_DATE, not 2 January 1970, and a type error', () => {
    // @ts-expect-error -- a Duration is not a moment: it has no toISODate
    expect(codeOf(() => toIsoDate(Duration.fromObject({ days: 1 })))).toBe('INVALID_DATE');
    // @ts-expect-error -- nor as a trigger date
    expect(codeOf(() => deadline('appeal', { decisionSent: Duration.fromObject({ days: 1 }) }))).toBe('INVALID_DATE');
  });
  it('a plain object of the DateTime shape, without luxon\'s mark, is INVALID_DATE, not the day its toMillis() names', () => {
    const lookAlike: DateTimeLike = { isValid: true, toMillis: () => 1_736_121_600_000, toISODate: () => '2025-01-06' };
    expect(codeOf(() => toIsoDate(lookAlike))).toBe('INVALID_DATE');
  });
  it('an object short of the shape is INVALID_DATE at run time and a type error at compile time', () => {
    // @ts-expect-error -- not a DateInput: no isValid
    expect(codeOf(() => toIsoDate({ toMillis: () => 0 }))).toBe('INVALID_DATE');
    // @ts-expect-error -- not a DateInput: isValid must be a boolean, as luxon's is
    expect(codeOf(() => toIsoDate({ isValid: 'yes', toMillis: () => 0 }))).toBe('INVALID_DATE');
    // @ts-expect-error -- not a DateInput at all
    expect(codeOf(() => toIsoDate({ foo: 1 }))).toBe('INVALID_DATE');
  });
});

describe('deadline(): luxon DateTimes as triggers', () => {
  it('a compound trigger date: appeal from a decision sent at noon on Mon 30 Jun 2025 → Mon 1 Sep 2025 (r20(1)(c): 2 months = 30 Aug, a Saturday in August; r12(3)(a): first working day after 31 Aug)', () => {
    expect(deadline('appeal', { decisionSent: DateTime.fromISO('2025-06-30T12:00', { zone: 'Europe/London' }) }).due).toBe('2025-09-01');
  });
  it('an instant rule (Dorset 11.2, 48 hours): 10:15 BST Mon 2 Jun 2025 + 48 hours = 10:15 BST Wed 4 Jun', () => {
    const r = deadline('dorset-casework-recording', DateTime.fromISO('2025-06-02T09:15:00Z'), { profile: 'dorset' });
    expect(r.due).toBe('2025-06-04');
    expect(r.trigger).toEqual({ at: '2025-06-02T10:15+01:00' });
  });
  it('a DateTime where a rule needs named dates is INVALID_TRIGGER, as a Date is', () => {
    expect(codeOf(() => deadline('appeal', DateTime.fromISO('2025-06-30')))).toBe('INVALID_TRIGGER');
    expect(codeOf(() => deadline('appeal', new Date('2025-06-30')))).toBe('INVALID_TRIGGER');
  });
});
