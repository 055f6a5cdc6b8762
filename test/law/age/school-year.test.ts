/**
 * Law: school years and year groups (src/law/age/school-year.ts): the school year 1 September –
 * 31 August, Year N the year in which the child attains N + 5, and Year 9 (SEND Regulations 2014 reg 2(1)).
 * Each row gives its arithmetic; the properties restate the law independently of the code.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isYear9OrAbove, schoolYearOf, year9SchoolYear, yearGroup } from '../../../src/law/age/index.js';
import { civilFromDays, dayToIso, daysFromCivil, isoToDay } from '../../../src/day/iso.js';
import { birthDay, offset } from '../../support/ages.js';
import { failure } from '../../support/failures.js';
import { numRuns } from '../../support/fc.js';

describe('school years (1 September – 31 August) and year groups', () => {
  it.each([
    ['2026-02-14', '2025-09-01', '2026-08-31'],
    ['2026-08-31', '2025-09-01', '2026-08-31'],
    ['2026-09-01', '2026-09-01', '2027-08-31'],
    ['2024-12-31', '2024-09-01', '2025-08-31'],
  ] as const)('schoolYearOf(%s) = %s … %s', (date, start, end) => {
    expect(schoolYearOf(date)).toEqual({ start, end });
  });

  it.each([
    // [born, on, offset, group, arithmetic]
    ['2019-08-31', '2023-09-01', 0, 0, 'attains 5 on 31 Aug 2024, inside 2023/24 → Reception, the youngest in the class'],
    ['2019-09-01', '2023-09-01', 0, -1, 'attains 5 on 1 Sep 2024, in 2024/25 → still nursery in 2023/24'],
    ['2019-08-31', '2024-09-01', 0, 1, '2024/25: attains 6 on 31 Aug 2025 → Year 1'],
    ['2019-09-01', '2024-09-01', 0, 0, '2024/25: attains 5 on 1 Sep 2024 → Reception, the oldest in the class'],
    ['2020-01-15', '2025-09-10', 0, 1, '2025/26: attains 6 on 15 Jan 2026 → Year 1'],
    ['2015-10-10', '2027-08-31', 0, 6, '2026/27: attains 11 on 10 Oct 2026 → Year 6'],
    ['2015-10-10', '2027-09-01', 0, 7, '2027/28: attains 12 on 10 Oct 2027 → Year 7'],
    ['2020-02-29', '2024-09-01', 0, 0, '2024/25: attains 5 on 1 Mar 2025 (no 29 Feb) → Reception; 28 Feb would give the same year'],
    ['2021-10-10', '2024-10-01', 0, -2, '2024/25: attains 3 → two years before Reception (nursery age)'],
    ['2000-10-10', '2025-10-01', 0, 20, '2025/26: attains 25 → "Year 20" (post-19)'],
    ['2019-08-31', '2024-09-01', -1, 0, 'summer-born deferred entry: one year behind → Reception in 2024/25'],
    ['2015-10-10', '2027-09-01', 1, 8, 'taught one year ahead → Year 8'],
    ['2015-10-10', '2027-09-01', -3, 4, 'the largest offset allowed, -3'],
  ] as const)('born %s, on %s, offset %i → Year %i (%s)', (born, on, offset, group, _why) => {
    expect(yearGroup(born, on, { offset })).toBe(group);
  });

  it('offset: a whole number from -3 to 3 (INVALID_NUMBER otherwise)', () => {
    expect(failure(() => yearGroup('2015-10-10', '2027-09-01', { offset: 1.5 }))).toMatchObject({ code: 'INVALID_NUMBER', field: 'offset', value: 1.5 });
    expect(failure(() => yearGroup('2015-10-10', '2027-09-01', { offset: 4 }))).toMatchObject({ code: 'INVALID_NUMBER', field: 'offset', value: 4 });
    expect(failure(() => yearGroup('2015-10-10', '2027-09-01', { offset: -4 }))).toMatchObject({ code: 'INVALID_NUMBER', field: 'offset' });
    // @ts-expect-error -- a JavaScript caller may pass the offset as text
    expect(failure(() => yearGroup('2015-10-10', '2027-09-01', { offset: '1' }))).toMatchObject({ code: 'INVALID_NUMBER', field: 'offset' });
    // @ts-expect-error -- a misspelt option, as a JavaScript caller may write it
    expect(failure(() => yearGroup('2015-10-10', '2027-09-01', { ofset: 1 }))).toMatchObject({ code: 'INVALID_OPTION', field: 'ofset' });
  });
});

describe('SEND Regulations 2014 reg 2(1) "year 9" and regs 20(6), 21(6)', () => {
  it.each([
    // [born, offset, start, arithmetic]
    ['2015-10-10', 0, '2029-09-01', 'attains 14 on 10 Oct 2029 → Year 9 is 2029/30'],
    ['2016-08-31', 0, '2029-09-01', 'attains 14 on 31 Aug 2030, still inside 2029/30: same class as the October 2015 child'],
    ['2016-09-01', 0, '2030-09-01', 'attains 14 on 1 Sep 2030 → next cohort'],
    ['2015-10-10', -1, '2030-09-01', 'one year behind: the class is in Year 9 when the child attains 15'],
    ['2015-10-10', 2, '2027-09-01', 'two years ahead'],
    ['2012-02-29', 0, '2025-09-01', 'attains 14 on 1 Mar 2026 → 2025/26'],
  ] as const)('born %s, offset %i → Year 9 starts %s (%s)', (born, offset, start, _why) => {
    const end = dayToIso(daysFromCivil(Number(start.slice(0, 4)) + 1, 8, 31));
    expect(year9SchoolYear(born, { offset })).toEqual({ start, end });
  });

  it('isYear9OrAbove turns true on the 1 September that starts Year 9, and stays true', () => {
    expect(isYear9OrAbove('2015-10-10', '2029-08-31')).toBe(false);
    expect(isYear9OrAbove('2015-10-10', '2029-09-01')).toBe(true);
    expect(isYear9OrAbove('2015-10-10', '2036-01-01')).toBe(true);
    expect(isYear9OrAbove('2015-10-10', '2029-09-01', { offset: -1 })).toBe(false);
    expect(failure(() => isYear9OrAbove('2015-10-10', '2029-09-01', { offset: 9 }))).toMatchObject({ code: 'INVALID_NUMBER', field: 'offset' });
  });
});

describe('properties', { timeout: 120_000 }, () => {
  it('the year group goes up by exactly 1 on each 1 September, and never changes on any other day', () => {
    fc.assert(fc.property(birthDay, fc.integer({ min: -2000, max: 12000 }), offset, (b, delta, o) => {
      const dob = dayToIso(b);
      const d = b + delta;
      const step = yearGroup(dob, dayToIso(d + 1), { offset: o }) - yearGroup(dob, dayToIso(d), { offset: o });
      const [, m, dd] = civilFromDays(d + 1);
      expect(step).toBe(m === 9 && dd === 1 ? 1 : 0);
    }), { numRuns });
  });

  it('Year 9 school year: the child is in Year 9 on its first and last day', () => {
    fc.assert(fc.property(birthDay, offset, (b, o) => {
      const dob = dayToIso(b);
      const { start, end } = year9SchoolYear(dob, { offset: o });
      expect(yearGroup(dob, start, { offset: o })).toBe(9);
      expect(yearGroup(dob, end, { offset: o })).toBe(9);
      expect(isYear9OrAbove(dob, dayToIso(isoToDay(start) - 1), { offset: o })).toBe(false);
    }), { numRuns });
  });
});
