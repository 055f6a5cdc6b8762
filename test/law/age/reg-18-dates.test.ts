import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayToIso, daysFromCivil, civilFromDays, isoToDay } from '../../../src/day/iso.js';
import { REG_18_1_A, REG_18_3, REG_18_IN_FORCE, reg18Date, reg18Version } from '../../../src/law/age/reg-18-dates.js';
import { numRuns } from '../../support/fc.js';

/** The date reg 18 names for a transfer on 1 September of `year`, read from the records. */
function namedDate(ruleId: 'phase-transfer' | 'phase-transfer-post16', year: number): { date: string; provision: string } {
  const version = reg18Version(ruleId, daysFromCivil(year, 9, 1));
  return { date: dayToIso(reg18Date(version, year)), provision: version.citation.provision };
}

describe('SEND Regulations 2014 reg 18: the date named for a transfer, read from the rule records', () => {
  it.each([
    // reg 18(1)(b): "15 February in the calendar year of the child's transfer": September 2027 → 15 Feb 2027.
    ['phase-transfer', 2027, '2027-02-15', 'reg 18(1)(b)'],
    // reg 18(1)(b) before the Regulations (1 September 2014): shown as the regulation would give it.
    ['phase-transfer', 2013, '2013-02-15', 'reg 18(1)(b)'],
    // reg 18(1)(a): "31 March in the calendar year of the … transfer … to a post-16 institution".
    ['phase-transfer-post16', 2014, '2014-03-31', 'reg 18(1)(a)'],
    // reg 18(3): a post-16 transfer on 1 September 2015 → before 31 May 2015 (displaces 31 March 2015).
    ['phase-transfer-post16', 2015, '2015-05-31', 'reg 18(3)'],
    // reg 18(1)(a) resumes from 2 September 2015: September 2016 → 31 March 2016.
    ['phase-transfer-post16', 2016, '2016-03-31', 'reg 18(1)(a)'],
    // reg 18(1)(a) before the Regulations: the first version, 31 March 2013.
    ['phase-transfer-post16', 2013, '2013-03-31', 'reg 18(1)(a)'],
  ] as const)('%s, transfer on 1 September %i → before %s (%s)', (ruleId, year, date, provision) => {
    expect(namedDate(ruleId, year)).toEqual({ date, provision });
  });

  it('reg 18(3) governs a post-16 transfer on 1 September 2015 only; the days either side fall under reg 18(1)(a)', () => {
    expect(reg18Version('phase-transfer-post16', isoToDay('2015-09-01'))).toBe(REG_18_3);
    expect(reg18Version('phase-transfer-post16', isoToDay('2015-08-31')).citation.provision).toBe('reg 18(1)(a)');
    expect(reg18Version('phase-transfer-post16', isoToDay('2015-09-02')).citation.provision).toBe('reg 18(1)(a)');
    expect(REG_18_1_A.citation.provision).toBe('reg 18(1)(a)');
    expect(dayToIso(REG_18_IN_FORCE)).toBe('2014-09-01');
  });

  it('every named date is in the calendar year of the transfer and before its 1 September', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2200 }), fc.constantFrom('phase-transfer', 'phase-transfer-post16' as const), (year, ruleId) => {
        const transfer = daysFromCivil(year, 9, 1);
        const named = reg18Date(reg18Version(ruleId, transfer), year);
        expect(civilFromDays(named)[0]).toBe(year);
        expect(named).toBeLessThan(transfer);
      }),
      { numRuns },
    );
  });
});
