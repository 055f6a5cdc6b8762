import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  parseDate, toIsoDate, isIsoDate, fromSerial, toSerial, addDays, addWeeks, addMonths, addYears, daysBetween, weekday, formatLong,
  SendTimescalesError, type SerialSystem,
} from '../../src/index.js';
import { civilFromDays, civilInto, daysFromCivil, daysInMonth, MAX_DAY, MIN_DAY } from '../../src/day/iso.js';
import { numRuns } from '../support/fc.js';
import { failure } from '../support/failures.js';

describe('parseDate', () => {
  it('reads ISO dates, and trims spaces around them', () => {
    expect(parseDate('2025-01-06')).toBe('2025-01-06');
    expect(parseDate(' 2024-02-29 ')).toBe('2024-02-29');
  });
  it('refuses 03/04/2025 without a format (AMBIGUOUS_DATE) and reads it with one', () => {
    expect(failure(() => parseDate('03/04/2025'))).toMatchObject({ code: 'AMBIGUOUS_DATE', field: 'date', value: '03/04/2025' });
    expect(parseDate('03/04/2025', { format: 'dd/MM/yyyy' })).toBe('2025-04-03');
    expect(parseDate('03/04/2025', { format: 'MM/dd/yyyy' })).toBe('2025-03-04');
    expect(parseDate('6 January 2025', { format: 'd MMMM yyyy' })).toBe('2025-01-06');
  });
  it('refuses impossible dates (INVALID_DATE), with the reason', () => {
    expect(failure(() => parseDate('2025-02-29'))).toMatchObject({ code: 'INVALID_DATE', value: '2025-02-29' });
    expect(failure(() => parseDate('2025-02-29')).message).toContain('February 2025 has 28 days');
    expect(failure(() => parseDate('2025-13-01')).message).toContain('no month 13');
    expect(failure(() => parseDate('30/02/2025', { format: 'dd/MM/yyyy' })).code).toBe('INVALID_DATE');
    expect(failure(() => parseDate('3/4/2025', { format: 'dd/MM/yyyy' })).message).toContain('does not match');
    expect(failure(() => parseDate('next Tuesday')).code).toBe('INVALID_DATE');
    // @ts-expect-error a number, not the text of a date, which must be refused
    expect(failure(() => parseDate(20250106)).code).toBe('INVALID_DATE');
  });
  it('names the field in errors', () => {
    expect(failure(() => parseDate('2025-02-30', { field: 'events[0].date' })).field).toBe('events[0].date');
  });
  it('an empty format is INVALID_OPTION', () => {
    expect(failure(() => parseDate('2025-01-06', { format: ' ' }))).toMatchObject({ code: 'INVALID_OPTION', field: 'format' });
  });
  it('a format without a year is refused: the year would come from the machine clock', () => {
    for (const format of ['dd/MM', 'd MMMM', "dd/MM 'yyyy'"]) {
      expect(failure(() => parseDate('06/01', { format }))).toMatchObject({ code: 'INVALID_OPTION', field: 'format', value: format });
    }
    expect(failure(() => parseDate('06/01', { format: 'dd/MM' })).message).toMatch(/has no year/);
    // ISO week-year formats carry a year too.
    expect(parseDate('2025-W02-1', { format: "kkkk-'W'WW-c" })).toBe('2025-01-06');
  });
  it('a written offset keeps the civil date as written, never converted to UTC', () => {
    // 00:30 on 6 January at +01:00 is 23:30 on 5 January in UTC; the date written is the 6th.
    expect(parseDate('2025-01-06T00:30+01:00', { format: "yyyy-MM-dd'T'HH:mmZZ" })).toBe('2025-01-06');
    expect(parseDate('2025-01-05T23:30-08:00', { format: "yyyy-MM-dd'T'HH:mmZZ" })).toBe('2025-01-05');
  });
  it('null, a number or a list as options is INVALID_OPTION, not a TypeError', () => {
    for (const options of [null, 5, 'dd/MM/yyyy', []]) {
      // @ts-expect-error options that are not an options object, which must be refused
      expect(failure(() => parseDate('2025-01-06', options))).toMatchObject({ code: 'INVALID_OPTION', field: 'options' });
    }
    // @ts-expect-error a field name that is not text, which must be refused
    expect(failure(() => parseDate('2025-01-06', { field: 5 }))).toMatchObject({ code: 'INVALID_OPTION', field: 'field' });
  });
});

describe('toIsoDate: instants are read in Europe/London, whatever the machine zone', () => {
  it('a Date at 23:30 UTC on 30 June is 1 July in London (BST)', () => {
    expect(toIsoDate(new Date('2025-06-30T23:30:00Z'))).toBe('2025-07-01');
  });
  it('a Date at 23:30 UTC on 30 January is 30 January in London (GMT)', () => {
    expect(toIsoDate(new Date('2025-01-30T23:30:00Z'))).toBe('2025-01-30');
  });
  it('epoch milliseconds and luxon DateTimes', () => {
    expect(toIsoDate(Date.UTC(2025, 5, 30, 23, 30))).toBe('2025-07-01');
    expect(toIsoDate(DateTime.fromISO('2025-03-01T00:30', { zone: 'Pacific/Kiritimati' }))).toBe('2025-02-28');
  });
  it('another zone on request (a spreadsheet in Los Angeles)', () => {
    expect(toIsoDate(new Date('2025-07-01T06:00:00Z'), { zone: 'America/Los_Angeles' })).toBe('2025-06-30');
  });
  it('bad values are typed errors', () => {
    expect(failure(() => toIsoDate(new Date('nonsense'))).code).toBe('INVALID_DATE');
    expect(failure(() => toIsoDate(Number.NaN)).code).toBe('INVALID_DATE');
    // @ts-expect-error an empty object, neither a Date, epoch milliseconds nor a DateTime, which must be refused
    expect(failure(() => toIsoDate({})).code).toBe('INVALID_DATE');
    expect(failure(() => toIsoDate(new Date(), { zone: 'Mars/Olympus' })).code).toBe('INVALID_OPTION');
  });
  it('year 0 and years after 9999 are OUT_OF_RANGE, as isIsoDate and every day function have it', () => {
    // 0000-06-01 has the ISO shape but the day functions run from 0001-01-01 to 9999-12-31.
    expect(failure(() => toIsoDate(new Date('0000-06-01T12:00:00Z')))).toMatchObject({ code: 'OUT_OF_RANGE', field: 'date' });
    expect(failure(() => toIsoDate(Date.UTC(10000, 0, 1, 12)))).toMatchObject({ code: 'OUT_OF_RANGE' });
    expect(toIsoDate(new Date('0001-01-01T12:00:00Z'))).toBe('0001-01-01');
    expect(toIsoDate(new Date('9999-12-31T12:00:00Z'))).toBe('9999-12-31');
  });
  it('every date toIsoDate returns is one isIsoDate accepts (any instant a Date can hold)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
        try {
          return isIsoDate(toIsoDate(ms));
        } catch (e) {
          // Outside 0001–9999, or (at the very ends of a Date's range) no moment luxon can place in London.
          return e instanceof SendTimescalesError && (e.code === 'OUT_OF_RANGE' || e.code === 'INVALID_DATE');
        }
      }),
      { numRuns },
    );
  });
  it('null or a number as options is INVALID_OPTION', () => {
    // @ts-expect-error null as options, which must be refused
    expect(failure(() => toIsoDate(new Date(), null))).toMatchObject({ code: 'INVALID_OPTION', field: 'options' });
  });
});

describe('spreadsheet serials', () => {
  it('Excel 1900: 1 = 1900-01-01, 59 = 1900-02-28, 61 = 1900-03-01, 45658 = 2025-01-01', () => {
    expect(fromSerial(1)).toBe('1900-01-01');
    expect(fromSerial(59)).toBe('1900-02-28');
    expect(fromSerial(61)).toBe('1900-03-01');
    expect(fromSerial(45658)).toBe('2025-01-01');
    expect(toSerial('2025-01-01')).toBe(45658);
  });
  it('Excel 1900: serial 60 (the fictitious 29 February 1900) is refused', () => {
    expect(failure(() => fromSerial(60))).toMatchObject({ code: 'INVALID_DATE', field: 'serial', value: 60 });
  });
  it('Excel 1904: 0 = 1904-01-01; Google Sheets: 0 = 1899-12-30, 45658 = 2025-01-01', () => {
    expect(fromSerial(0, 'excel1904')).toBe('1904-01-01');
    expect(toSerial('2025-01-01', 'excel1904')).toBe(45658 - 1462);
    expect(fromSerial(0, 'sheets')).toBe('1899-12-30');
    expect(fromSerial(45658, 'sheets')).toBe('2025-01-01');
    expect(fromSerial(-1, 'sheets')).toBe('1899-12-29');
  });
  it('a time of day is dropped toward the civil day', () => {
    expect(fromSerial(45658.99)).toBe('2025-01-01');
  });
  it('out of range, non-numbers and unknown systems are typed errors', () => {
    expect(failure(() => fromSerial(0)).code).toBe('OUT_OF_RANGE');
    expect(failure(() => fromSerial(-1, 'excel1904')).code).toBe('OUT_OF_RANGE');
    expect(failure(() => toSerial('1899-12-31')).code).toBe('OUT_OF_RANGE');
    expect(failure(() => fromSerial(Number.NaN)).code).toBe('INVALID_NUMBER');
    expect(failure(() => fromSerial(1, 'lotus' as SerialSystem))).toMatchObject({ code: 'INVALID_OPTION', field: 'system' });
  });
});

describe('calendar arithmetic', () => {
  it('months: corresponding date, clamped to the month end (Dodds v Walker; Interpretation Act 1978)', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-12-15', 2)).toBe('2026-02-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });
  it('days, weeks, differences and weekdays', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addWeeks('2025-01-06', 20)).toBe('2025-05-26');
    expect(daysBetween('2025-01-06', '2025-05-26')).toBe(140);
    expect(weekday('2025-01-06')).toBe(1);
    expect(weekday('2025-01-05')).toBe(7);
  });
  it('formatLong: "Monday 3 March 2025" (no leading zero, no comma)', () => {
    expect(formatLong('2025-03-03')).toBe('Monday 3 March 2025');
    expect(formatLong('2025-02-17')).toBe('Monday 17 February 2025');
  });
  it('works from 1900 to 2099 at least', () => {
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('2099-12-31', 1)).toBe('2100-01-01');
    expect(weekday('1900-01-01')).toBe(1);
  });
  it('fractional counts are INVALID_NUMBER', () => {
    expect(failure(() => addMonths('2025-01-31', 0.5))).toMatchObject({ code: 'INVALID_NUMBER', field: 'months' });
  });
});

const day = fc.integer({ min: -25567, max: 47481 }); // 1900-01-01 … 2099-12-31
const iso = day.map((d) => addDays('1970-01-01', d));

describe('day invariants (property tests)', () => {
  it('ISO ↔ day number round trip agrees with the platform UTC calendar', () => {
    fc.assert(fc.property(day, (d) => addDays('1970-01-01', d) === new Date(d * 864e5).toISOString().slice(0, 10)), { numRuns });
  });
  it('month addition clamps and never overflows into the next month', () => {
    fc.assert(
      fc.property(iso, fc.integer({ min: -1200, max: 1200 }), (d, m) => {
        const r = addMonths(d, m);
        const expectedMonth = (((Number(d.slice(5, 7)) - 1 + m) % 12) + 12) % 12;
        return Number(r.slice(5, 7)) - 1 === expectedMonth && Number(r.slice(8)) <= Number(d.slice(8));
      }),
      { numRuns },
    );
  });
  it('weeks keep the weekday', () => {
    fc.assert(fc.property(iso, fc.integer({ min: -500, max: 500 }), (d, w) => weekday(addWeeks(d, w)) === weekday(d)), { numRuns });
  });
  it('serial round trips in each system', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1462, max: 73050 }), fc.constantFrom<SerialSystem>('excel1900', 'excel1904', 'sheets'), (s, system) => {
        fc.pre(!(system === 'excel1900' && s === 60));
        return toSerial(fromSerial(s, system), system) === s;
      }),
      { numRuns },
    );
  });
  it('Excel 1900 and Sheets agree from 1 March 1900 on', () => {
    fc.assert(fc.property(fc.integer({ min: 61, max: 73050 }), (s) => fromSerial(s) === fromSerial(s, 'sheets')), { numRuns });
  });
  it('parseDate with an explicit format agrees with ISO', () => {
    fc.assert(
      fc.property(iso, (d) => parseDate(`${d.slice(8)}/${d.slice(5, 7)}/${d.slice(0, 4)}`, { format: 'dd/MM/yyyy' }) === d),
      { numRuns },
    );
  });
});

describe('civilInto: the civil date of a day number without a new array (src/day/iso.ts)', () => {
  it('for every day from 1 January 1 to 31 December 9999 (the range the library accepts), a real date that daysFromCivil turns back into the same day', () => {
    // Hinnant's civil_from_days against days_from_civil, day by day over the whole range, leap
    // years and century years included, since the audit reads every month-based deadline through it.
    let previous = civilFromDays(MIN_DAY - 1);
    for (let z = MIN_DAY; z <= MAX_DAY; z++) {
      const [y, m, d] = civilInto(z);
      const real = m! >= 1 && m! <= 12 && d! >= 1 && d! <= daysInMonth(y!, m!) && daysFromCivil(y!, m!, d!) === z;
      // and the day after the previous one: the same month one day on, or the first of the next
      const next = (y === previous[0] && m === previous[1] && d === previous[2] + 1) || (d === 1 && (m === previous[1] + 1 || (m === 1 && previous[1] === 12 && y === previous[0] + 1)));
      if (!real || !next) expect({ z, civil: [y, m, d] }).toEqual({ z, civil: 'a real date, the day after the one before' });
      previous = [y!, m!, d!];
    }
  });
});
