import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ageOn, attainsAge, compulsorySchoolAge, DEFAULT_TRANSFER_STAGES, isYear9OrAbove, planUpperAge, planUpperAgeDetail,
  schoolLeavingDate, schoolYearOf, transfers, TRANSFER_STAGES, year9SchoolYear, yearGroup, type TransferStage,
} from '../../src/law/age/index.js';
import { civilFromDays, dayToIso, daysFromCivil, isoToDay, weekdayOfDay } from '../../src/day/iso.js';
import { birthDay, failure, offset, TO } from '../support/ages.js';
import { numRuns } from '../support/fc.js';

// ---------------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------------
describe('SEND Regulations 2014 reg 18: phase transfers', () => {
  it('born 10 Oct 2015, all stages: each in the calendar year of the 1 September start', () => {
    // Attains N + 5 on 10 Oct of 2020 + N, inside the school year starting 1 Sep 2020 + N.
    const all = transfers('2015-10-10', { stages: [...TRANSFER_STAGES] });
    expect(all.map((t) => [t.stage, t.transferYear, t.ruleId, t.statutoryDate])).toEqual([
      ['reception', 2020, 'phase-transfer', '2020-02-15'], // reg 18(1)(b)
      ['year3', 2023, 'phase-transfer', '2023-02-15'],
      ['year5', 2025, 'phase-transfer', '2025-02-15'],
      ['year7', 2027, 'phase-transfer', '2027-02-15'], // Year 7 starts Sep 2027 → 15 Feb 2027
      ['year9', 2029, 'phase-transfer', '2029-02-15'],
      ['year12', 2032, 'phase-transfer-post16', '2032-03-31'], // reg 18(1)(a)
    ]);
    const y7 = all[3]!;
    expect(y7).toMatchObject({ yearGroup: 7, startsSchoolYear: { start: '2027-09-01', end: '2028-08-31' }, isPost16: false, citation: 'SEND Regulations 2014 reg 18(1)(b)' });
    expect(all[5]).toMatchObject({ isPost16: true, citation: 'SEND Regulations 2014 reg 18(1)(a)' });
  });

  it('default stages are Reception, Year 7 and Year 12', () => {
    expect(DEFAULT_TRANSFER_STAGES).toEqual(['reception', 'year7', 'year12']);
    expect(transfers('2015-10-10').map((t) => t.stage)).toEqual(['reception', 'year7', 'year12']);
  });

  it.each([
    // [born, offset, Year 7 start year, arithmetic]
    ['2016-08-31', 0, 2027, 'attains 12 on 31 Aug 2028, inside 2027/28 → 15 Feb 2027'],
    ['2016-09-01', 0, 2028, 'attains 12 on 1 Sep 2028 → 2028/29 → 15 Feb 2028'],
    ['2015-10-10', -1, 2028, 'one year behind'],
    ['2000-02-29', 0, 2011, 'attains 12 on 29 Feb 2012 (leap) → 2011/12'],
  ] as const)('Year 7: born %s, offset %i → transfer %i (%s)', (born, offset, year, _why) => {
    const [t] = transfers(born, { stages: ['year7'], offset });
    expect(t!.transferYear).toBe(year);
    expect(t!.statutoryDate).toBe(`${year}-02-15`);
  });

  it('reg 18(3): a post-16 transfer on 1 September 2015 → before 31 May 2015', () => {
    // Born 12 Mar 1999 → attains 16 on 12 Mar 2015, in 2014/15 (Year 11) → Year 12 from 1 Sep 2015.
    const [t] = transfers('1999-03-12', { stages: ['year12'] });
    expect(t).toMatchObject({ transferYear: 2015, ruleId: 'phase-transfer-post16', statutoryDate: '2015-05-31', citation: 'SEND Regulations 2014 reg 18(3)' });
    expect(t!.notes.join(' ')).toContain('31 March 2015');
    // The cohort boundary: born 1 Sep 1998 is in the same cohort; born 31 Aug 1998 moved in 2014.
    expect(transfers('1998-09-01', { stages: ['year12'] })[0]!.statutoryDate).toBe('2015-05-31');
    expect(transfers('1998-08-31', { stages: ['year12'] })[0]!.statutoryDate).toBe('2014-03-31');
    // The year after: back to 31 March.
    expect(transfers('2000-03-12', { stages: ['year12'] })[0]!.statutoryDate).toBe('2016-03-31');
    // 18(3) is for the post-16 transfer only: other 2015 transfers keep 15 February.
    expect(transfers('2003-10-10', { stages: ['year7'] })[0]!.statutoryDate).toBe('2015-02-15');
  });

  it('a date before 1 September 2014 says the Regulations were not yet in force', () => {
    const [t] = transfers('1998-08-31', { stages: ['year12'] });
    expect(t!.notes.join(' ')).toContain('before the SEND Regulations 2014 came into force');
  });

  it('Year 12 into a school sixth form: not a transfer between phases (reg 2(1); CFA 2014 s83(2)) → ruleId null', () => {
    const [t] = transfers('2015-10-10', { stages: ['year12'], year12Destination: 'school-sixth-form' });
    expect(t).toMatchObject({ stage: 'year12', transferYear: 2032, ruleId: null, statutoryDate: null, isPost16: true });
    expect(t!.notes.join(' ')).toContain('s83(2)');
    expect(t!.notes.join(' ')).toContain('s44(1)');
    // The 2015 rule does not reach a sixth-form move either.
    expect(transfers('1999-03-12', { stages: ['year12'], year12Destination: 'school-sixth-form' })[0]!.statutoryDate).toBeNull();
  });

  it('stages in any order come back in date order, once each', () => {
    const out = transfers('2015-10-10', { stages: ['year12', 'reception', 'year7', 'year7'] });
    expect(out.map((t) => t.stage)).toEqual(['reception', 'year7', 'year12']);
    expect(transfers('2015-10-10', { stages: [] })).toEqual([]);
  });

  it('unknown stages and options are INVALID_OPTION naming the field and value', () => {
    expect(failure(() => transfers('2015-10-10', { stages: ['year8' as TransferStage] }))).toMatchObject({ code: 'INVALID_OPTION', field: 'stages', value: 'year8' });
    // @ts-expect-error -- stages must be a list, not one stage
    expect(failure(() => transfers('2015-10-10', { stages: 'year7' }))).toMatchObject({ code: 'INVALID_OPTION', field: 'stages', value: 'year7' });
    // @ts-expect-error -- 'college' is not a destination the law names
    expect(failure(() => transfers('2015-10-10', { year12Destination: 'college' }))).toMatchObject({ code: 'INVALID_OPTION', field: 'year12Destination', value: 'college' });
    expect(failure(() => transfers('2015-10-10', { offset: 0.5 }))).toMatchObject({ code: 'INVALID_NUMBER', field: 'offset' });
    expect(failure(() => transfers('2015-02-30'))).toMatchObject({ code: 'INVALID_DATE', field: 'dateOfBirth' });
  });
});

// ---------------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------------
// Deep runs (FC_NUM_RUNS=20000) take several seconds per property.
describe('properties', { timeout: 120_000 }, () => {
  it('transfer stages come in increasing order of date, each in the calendar year of its 1 September', () => {
    fc.assert(fc.property(birthDay, offset, fc.constantFrom('post16-institution', 'school-sixth-form') as fc.Arbitrary<'post16-institution' | 'school-sixth-form'>, (b, o, dest) => {
      const out = transfers(dayToIso(b), { stages: [...TRANSFER_STAGES], offset: o, year12Destination: dest });
      expect(out.map((t) => t.stage)).toEqual(TRANSFER_STAGES);
      for (let i = 1; i < out.length; i++) {
        expect(isoToDay(out[i]!.startsSchoolYear.start)).toBeGreaterThan(isoToDay(out[i - 1]!.startsSchoolYear.start));
        const prev = out[i - 1]!.statutoryDate;
        const next = out[i]!.statutoryDate;
        if (prev !== null && next !== null) expect(isoToDay(next)).toBeGreaterThan(isoToDay(prev));
      }
      for (const t of out) {
        expect(t.startsSchoolYear.start).toBe(`${t.transferYear}-09-01`);
        expect(yearGroup(dayToIso(b), t.startsSchoolYear.start, { offset: o })).toBe(t.yearGroup);
        if (t.statutoryDate !== null) {
          expect(Number(t.statutoryDate.slice(0, 4))).toBe(t.transferYear);
          expect(isoToDay(t.statutoryDate)).toBeLessThan(isoToDay(t.startsSchoolYear.start));
        }
      }
    }), { numRuns });
  });

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
