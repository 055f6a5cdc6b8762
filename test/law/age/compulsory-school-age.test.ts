/**
 * Law: compulsory school age (src/law/age/compulsory-school-age.ts): Education Act 1996 s8(2) with
 * SI 1998/1607 (when it starts) and s8(3) with SI 1997/1970 (when it ends).
 * Each row gives its arithmetic; the properties restate the law independently of the code.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ageOn, attainsAge, compulsorySchoolAge, schoolLeavingDate, yearGroup } from '../../../src/law/age/index.js';
import { civilFromDays, dayToIso, daysFromCivil, isoToDay, weekdayOfDay } from '../../../src/day/iso.js';
import { TO } from '../../support/ages.js';
import { failure } from '../../support/failures.js';
import { numRuns } from '../../support/fc.js';

describe('Education Act 1996 s8(2) + SI 1998/1607: compulsory school age starts', () => {
  it.each([
    // [born, fifth birthday, starts, limb]
    ['2020-01-15', '2025-01-15', '2025-03-31', 's8(2)(b)'], // next prescribed day after 15 Jan is 31 Mar
    ['2020-01-01', '2025-01-01', '2025-03-31', 's8(2)(b)'],
    ['2020-03-31', '2025-03-31', '2025-03-31', 's8(2)(a)'], // attains 5 on a prescribed day: that day
    ['2020-04-01', '2025-04-01', '2025-08-31', 's8(2)(b)'], // 1 Apr → 31 Aug: the longest wait, 152 days
    ['2019-08-31', '2024-08-31', '2024-08-31', 's8(2)(a)'],
    ['2019-09-01', '2024-09-01', '2024-12-31', 's8(2)(b)'],
    ['2019-12-31', '2024-12-31', '2024-12-31', 's8(2)(a)'],
    ['2020-02-29', '2025-03-01', '2025-03-31', 's8(2)(b)'], // 29 Feb birth: 5 on 1 Mar 2025 (28 Feb would give the same day)
    ['1993-08-01', '1998-08-01', '1998-08-31', 's8(2)(b)'], // first fifth birthday under SI 1998/1607 (in force 1 Aug 1998)
  ] as const)('born %s → fifth birthday %s → compulsory school age from %s (%s)', (born, fifth, starts, limb) => {
    expect(attainsAge(born, 5)).toBe(fifth);
    const csa = compulsorySchoolAge(born);
    expect(csa.starts).toBe(starts);
    expect(csa.provisions.starts).toBe(limb);
  });

  it('fifth birthdays before SI 1998/1607 came into force are out of range', () => {
    expect(failure(() => compulsorySchoolAge('1993-07-31'))).toMatchObject({ code: 'OUT_OF_RANGE', field: 'dateOfBirth' });
  });
  it('a 29 February birth says how the birthday was taken', () => {
    expect(compulsorySchoolAge('2020-02-29').notes.join(' ')).toContain('1 March');
  });
});

describe('Education Act 1996 s8(3) + SI 1997/1970: compulsory school age ends', () => {
  it.each([
    [2023, '2023-06-30'], // 30 June 2023 is itself a Friday
    [2024, '2024-06-28'],
    [2025, '2025-06-27'],
    [2026, '2026-06-26'],
    [1998, '1998-06-26'],
  ] as const)('school leaving date %i = last Friday in June = %s', (year, date) => {
    expect(schoolLeavingDate(year)).toBe(date);
  });
  it('the leaving date order starts in 1998', () => {
    expect(failure(() => schoolLeavingDate(1997))).toMatchObject({ code: 'OUT_OF_RANGE', field: 'year' });
    expect(failure(() => schoolLeavingDate(2024.5))).toMatchObject({ code: 'INVALID_NUMBER', field: 'year' });
  });

  it.each([
    // [born, 16th birthday, ends, limb, arithmetic]
    ['2007-09-23', '2023-09-23', '2024-06-28', 's8(3)(c)', 'IPSEA example: 16 after the 2023 leaving date and after 1 Sep 2023 → next leaving date, Fri 28 Jun 2024'],
    ['2009-01-15', '2025-01-15', '2025-06-27', 's8(3)(c)', '16 before the 2025 leaving date → Fri 27 Jun 2025'],
    ['2008-06-28', '2024-06-28', '2024-06-28', 's8(3)(b)', '16 on the leaving date itself (Fri 28 Jun 2024)'],
    ['2008-06-29', '2024-06-29', '2024-06-28', 's8(3)(a)', '16 the day after the leaving date, before the next school year → that leaving date, the day before the birthday'],
    ['2008-08-31', '2024-08-31', '2024-06-28', 's8(3)(a)', '16 on 31 Aug 2024, before the school year 2024/25 → Fri 28 Jun 2024'],
    ['2008-09-01', '2024-09-01', '2025-06-27', 's8(3)(c)', 'default: school year taken to begin 1 Sep 2024, so not before it → Fri 27 Jun 2025 (flagged)'],
    ['2008-10-10', '2024-10-10', '2025-06-27', 's8(3)(c)', 'autumn birthday → the leaving date of Year 11'],
    ['2008-02-29', '2024-02-29', '2024-06-28', 's8(3)(c)', '29 Feb birth; 2024 is a leap year'],
  ] as const)('born %s → 16 on %s → ends at the end of %s (%s; %s)', (born, sixteenth, ends, limb, _why) => {
    expect(attainsAge(born, 16)).toBe(sixteenth);
    const csa = compulsorySchoolAge(born);
    expect(csa.ends).toBe(ends);
    expect(csa.provisions.ends).toBe(limb);
  });

  it('s8(3)(a) edge: a 16th birthday before the autumn term begins ends compulsory school age at the June before', () => {
    // Born 1 Sep 2008 → 16 on Sun 1 Sep 2024; the autumn term begins Wed 4 Sep 2024, so the birthday is
    // "after [28 Jun 2024] but before the beginning of the school year next following" → ends 28 Jun 2024.
    const early = compulsorySchoolAge('2008-09-01', { autumnTermStart: '2024-09-04' });
    expect(early.ends).toBe('2024-06-28');
    expect(early.provisions.ends).toBe('s8(3)(a)');
    // Term beginning on the birthday itself: not "before" → s8(3)(c), 27 Jun 2025.
    expect(compulsorySchoolAge('2008-09-01', { autumnTermStart: '2024-09-01' }).ends).toBe('2025-06-27');
    // A late-August term start cuts the other way: 16 on 30 Aug 2024, term began 28 Aug → 27 Jun 2025.
    const late = compulsorySchoolAge('2008-08-30', { autumnTermStart: '2024-08-28' });
    expect(late.ends).toBe('2025-06-27');
    expect(late.provisions.ends).toBe('s8(3)(c)');
    expect(compulsorySchoolAge('2008-08-30').ends).toBe('2024-06-28');
  });
  it('without a term date, a 16th birthday from 15 August to 30 September is flagged with both possible dates', () => {
    const flagged = compulsorySchoolAge('2008-09-01').notes.join(' ');
    expect(flagged).toContain('s579(1)');
    expect(flagged).toContain('Friday 28 June 2024');
    expect(flagged).toContain('Friday 27 June 2025');
    expect(compulsorySchoolAge('2008-08-31').notes.join(' ')).toContain('autumnTermStart');
    expect(compulsorySchoolAge('2008-10-10').notes.join(' ')).not.toContain('autumnTermStart');
    expect(compulsorySchoolAge('2009-01-15').notes.join(' ')).not.toContain('autumnTermStart');
  });
  it('autumnTermStart must fall between 1 August and 31 October of the 16th birthday\'s year', () => {
    expect(failure(() => compulsorySchoolAge('2008-09-01', { autumnTermStart: '2025-09-03' }))).toMatchObject({ code: 'OUT_OF_RANGE', field: 'autumnTermStart' });
    expect(failure(() => compulsorySchoolAge('2008-09-01', { autumnTermStart: '2024-09-31' }))).toMatchObject({ code: 'INVALID_DATE', field: 'autumnTermStart' });
    // @ts-expect-error -- an option that does not exist (the option is autumnTermStart)
    expect(failure(() => compulsorySchoolAge('2008-09-01', { termStart: '2024-09-04' }))).toMatchObject({ code: 'INVALID_OPTION', field: 'termStart' });
  });
});

describe('properties', { timeout: 120_000 }, () => {
  it('compulsory school age starts on the first prescribed day on or after the 5th birthday (at most 152 days later)', () => {
    fc.assert(fc.property(fc.integer({ min: daysFromCivil(1993, 8, 1), max: TO }), (b) => {
      const dob = dayToIso(b);
      const fifth = isoToDay(attainsAge(dob, 5));
      const starts = isoToDay(compulsorySchoolAge(dob).starts);
      expect(starts).toBeGreaterThanOrEqual(fifth);
      // Longest wait: 1 April → 31 August (152 days); "about four months" is not enough.
      expect(starts - fifth).toBeLessThanOrEqual(152);
      const [y, m, d] = civilFromDays(starts);
      expect([[3, 31], [8, 31], [12, 31]]).toContainEqual([m, d]);
      for (const p of [daysFromCivil(y, 3, 31), daysFromCivil(y, 8, 31), daysFromCivil(y, 12, 31)]) {
        if (p >= fifth) expect(p).toBeGreaterThanOrEqual(starts);
      }
      expect(ageOn(dob, dayToIso(starts))).toBe(5);
    }), { numRuns });
  });

  it('compulsory school age ends on a last Friday in June, in Year 11 (school year from 1 September)', () => {
    fc.assert(fc.property(fc.integer({ min: daysFromCivil(1993, 8, 1), max: TO }), (b) => {
      const dob = dayToIso(b);
      const csa = compulsorySchoolAge(dob);
      const ends = isoToDay(csa.ends);
      const [, m, d] = civilFromDays(ends);
      expect(m).toBe(6);
      expect(weekdayOfDay(ends)).toBe(5);
      expect(d + 7).toBeGreaterThan(30);
      expect(yearGroup(dob, csa.ends)).toBe(11);
      expect([15, 16]).toContain(ageOn(dob, csa.ends));
      // An autumn term beginning on 1 September is the default assumption.
      const sixteenthYear = civilFromDays(isoToDay(attainsAge(dob, 16)))[0];
      expect(compulsorySchoolAge(dob, { autumnTermStart: `${sixteenthYear}-09-01` }).ends).toBe(csa.ends);
    }), { numRuns });
  });
});
