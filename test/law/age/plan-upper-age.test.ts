/**
 * Law: the upper age of a plan (src/law/age/plan-upper-age.ts): Children and Families Act 2014 s46
 * and SEND Regulations 2014 reg 46(1).
 * Each row gives its arithmetic; the properties restate the law independently of the code.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planUpperAge, planUpperAgeDetail } from '../../../src/law/age/index.js';
import { dayToIso, isoToDay } from '../../../src/day/iso.js';
import { birthDay } from '../../support/ages.js';
import { failure } from '../../support/failures.js';
import { numRuns } from '../../support/fc.js';

describe('Children and Families Act 2014 s46 + reg 46(1): upper age of a plan', () => {
  it.each([
    // [born, last day, arithmetic]
    ['2001-03-15', '2026-07-31', '25 on 15 Mar 2026 → the FE academic year 1 Aug 2025 – 31 Jul 2026'],
    ['2000-08-01', '2026-07-31', '25 on 1 Aug 2025, the first day of the academic year ending 31 Jul 2026'],
    ['2000-07-31', '2025-07-31', '25 on 31 Jul 2025, the last day of its academic year'],
    ['2000-02-29', '2025-07-31', '25 on 1 Mar 2025 (or 28 Feb: same academic year)'],
  ] as const)('reg 46(1)(a) further education: born %s → %s (%s)', (born, last, _why) => {
    expect(planUpperAge(born)).toBe(last);
  });

  it('the detail gives the academic year and the citation', () => {
    expect(planUpperAgeDetail('2001-03-15')).toMatchObject({
      lastDay: '2026-07-31', attains25: '2026-03-15', academicYear: { start: '2025-08-01', end: '2026-07-31' },
      citation: 'Children and Families Act 2014 s46; SEND Regulations 2014 reg 46(1)(a)',
    });
  });

  it.each([
    // [born, setting, endsOn, last, arithmetic]
    ['2001-03-15', 'other', '2026-06-19', '2026-06-19', 'course ends 19 Jun 2026, before the day before the 26th birthday (14 Mar 2027)'],
    ['2001-03-15', 'other', '2027-06-30', '2027-03-14', 'course ends after 14 Mar 2027, the day before the 26th birthday → 14 Mar 2027'],
    ['2001-03-15', 'apprenticeship', '2026-11-30', '2026-11-30', 'reg 46(1)(b): the training finishes 30 Nov 2026'],
    ['2000-02-29', 'other', '2026-06-30', '2026-02-28', '26th birthday taken as 1 Mar 2026 → the day before is 28 Feb 2026'],
    ['2001-03-15', 'other', '2026-03-15', '2026-03-15', 'course ends on the 25th birthday itself'],
  ] as const)('reg 46(1)(b)/(c): born %s, %s ending %s → %s (%s)', (born, setting, endsOn, last, _why) => {
    expect(planUpperAge(born, { setting, endsOn })).toBe(last);
  });

  it('errors: missing or early endsOn, unknown setting', () => {
    expect(failure(() => planUpperAge('2001-03-15', { setting: 'apprenticeship' }))).toMatchObject({ code: 'INVALID_DATE', field: 'endsOn' });
    expect(failure(() => planUpperAge('2001-03-15', { setting: 'other', endsOn: '2026-03-14' }))).toMatchObject({ code: 'OUT_OF_RANGE', field: 'endsOn' });
    // @ts-expect-error -- 'university' is not a setting of reg 46
    expect(failure(() => planUpperAge('2001-03-15', { setting: 'university' }))).toMatchObject({ code: 'INVALID_OPTION', field: 'setting', value: 'university' });
    expect(failure(() => planUpperAge('2001-13-15'))).toMatchObject({ code: 'INVALID_DATE', field: 'dateOfBirth' });
  });
});

describe('properties', { timeout: 120_000 }, () => {
  it('upper age (further education): a 31 July less than a year after the 25th birthday', () => {
    fc.assert(fc.property(birthDay, (b) => {
      const dob = dayToIso(b);
      const { lastDay, attains25, academicYear } = planUpperAgeDetail(dob);
      expect(lastDay.slice(5)).toBe('07-31');
      expect(isoToDay(attains25)).toBeGreaterThanOrEqual(isoToDay(academicYear.start));
      expect(isoToDay(attains25)).toBeLessThanOrEqual(isoToDay(lastDay));
      expect(academicYear.start.slice(5)).toBe('08-01');
    }), { numRuns });
  });
});
