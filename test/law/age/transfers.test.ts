/**
 * Law: phase transfers from the date of birth (src/law/age/transfers.ts, transfer-stages.ts): SEND
 * Regulations 2014 reg 18, the transfer years and the dates the regulation names.
 * Each row gives its arithmetic; the properties restate the law independently of the code.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_TRANSFER_STAGES, transfers, TRANSFER_STAGES, yearGroup, type TransferStage } from '../../../src/law/age/index.js';
import { dayToIso, isoToDay } from '../../../src/day/iso.js';
import { birthDay, offset } from '../../support/ages.js';
import { failure } from '../../support/failures.js';
import { numRuns } from '../../support/fc.js';

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
});
