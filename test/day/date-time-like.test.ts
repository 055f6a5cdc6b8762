/**
 * A luxon DateTime is accepted as an instant through its shape (DateTimeLike: `isValid` and
 * `toMillis()`), so that the published types need no luxon types. These tests pin that a real
 * luxon DateTime is read exactly as before, and that the shape the type promises is what runs.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
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

describe('toIsoDate: any object of the DateTimeLike shape is read as its toMillis()', () => {
  it('is read exactly as its epoch milliseconds (same date, or the same error code)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -62_200_000_000_000, max: 253_500_000_000_000 }), fc.double()), (ms) => {
        const like: DateTimeLike = { isValid: true, toMillis: () => ms };
        let expected: string;
        try {
          expected = toIsoDate(ms);
        } catch (e) {
          expected = (e as SendTimescalesError).code;
          expect(codeOf(() => toIsoDate(like))).toBe(expected);
          return;
        }
        expect(toIsoDate(like)).toBe(expected);
      }),
      { numRuns },
    );
  });
  it('isValid false, or a toMillis() that is not a finite number, is INVALID_DATE (toMillis is not even called when invalid)', () => {
    let called = false;
    expect(codeOf(() => toIsoDate({ isValid: false, toMillis: () => { called = true; return 0; } }))).toBe('INVALID_DATE');
    expect(called).toBe(false);
    expect(codeOf(() => toIsoDate({ isValid: true, toMillis: () => Number.NaN }))).toBe('INVALID_DATE');
    expect(codeOf(() => toIsoDate({ isValid: true, toMillis: () => '1736121600000' as never }))).toBe('INVALID_DATE');
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
