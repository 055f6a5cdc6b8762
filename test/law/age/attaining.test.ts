/**
 * Law: attaining an age (src/law/age/attaining.ts): Family Law Reform Act 1969 s9, a birthday on
 * 29 February taken as 1 March in a common year.
 * Each row gives its arithmetic; the properties restate the law independently of the code.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ageOn, attainsAge } from '../../../src/law/age/index.js';
import { civilFromDays, dayToIso, isLeapYear } from '../../../src/day/iso.js';
import { birthDay } from '../../support/ages.js';
import { failure } from '../../support/failures.js';
import { numRuns } from '../../support/fc.js';

describe('Family Law Reform Act 1969 s9: attaining an age', () => {
  it.each([
    // [born, on, age, arithmetic]
    ['2015-10-10', '2025-10-09', 9, '10th anniversary is 10 Oct 2025; the day before, still 9'],
    ['2015-10-10', '2025-10-10', 10, 'attains 10 at the start of 10 Oct 2025'],
    ['2015-10-10', '2015-10-10', 0, 'the day of birth'],
    ['2020-02-29', '2024-02-28', 3, 'leap year 2024: 4th anniversary is 29 Feb 2024, not yet'],
    ['2020-02-29', '2024-02-29', 4, 'leap year 2024: attains 4 on 29 Feb 2024'],
    ['2020-02-29', '2025-02-28', 4, '2025 has no 29 Feb: the anniversary is taken as 1 Mar 2025, so still 4 on 28 Feb'],
    ['2020-02-29', '2025-03-01', 5, '2025: attains 5 on 1 Mar'],
    ['2000-02-29', '2100-02-28', 99, '2100 is not a leap year (century rule): attains 100 on 1 Mar 2100'],
  ] as const)('born %s, on %s → %i (%s)', (born, on, age, _why) => {
    expect(ageOn(born, on)).toBe(age);
  });

  it.each([
    ['2015-10-10', 5, '2020-10-10'],
    ['2020-02-29', 5, '2025-03-01'], // 2025 common year → 1 March
    ['2020-02-29', 4, '2024-02-29'], // 2024 leap year → 29 February
    ['2000-02-29', 26, '2026-03-01'],
    ['2000-02-29', 100, '2100-03-01'], // 2100 is not a leap year
  ] as const)('attainsAge(%s, %i) = %s', (born, age, date) => {
    expect(attainsAge(born, age)).toBe(date);
  });

  it('an age before birth is an error, not a negative number', () => {
    expect(failure(() => ageOn('2015-10-10', '2015-10-09'))).toMatchObject({ code: 'OUT_OF_RANGE', field: 'on' });
  });
  it('bad dates are the day module\'s typed errors, naming the field', () => {
    expect(failure(() => ageOn('2025-02-29', '2026-01-01'))).toMatchObject({ code: 'INVALID_DATE', field: 'dateOfBirth', value: '2025-02-29' });
    expect(failure(() => ageOn('2015-10-10', '10/10/2025'))).toMatchObject({ code: 'INVALID_DATE', field: 'on' });
    expect(failure(() => attainsAge('2015-10-10', 2.5))).toMatchObject({ code: 'INVALID_NUMBER', field: 'age' });
    expect(failure(() => attainsAge('2015-10-10', -1))).toMatchObject({ code: 'INVALID_NUMBER', field: 'age' });
  });
});

describe('properties', { timeout: 120_000 }, () => {
  it('age agrees with an independent month-day comparison (29 February → 1 March in common years)', () => {
    fc.assert(fc.property(birthDay, fc.integer({ min: 0, max: 30000 }), (b, delta) => {
      const [by, bm, bd] = civilFromDays(b);
      const [oy, om, od] = civilFromDays(b + delta);
      const [am, ad] = bm === 2 && bd === 29 && !isLeapYear(oy) ? [3, 1] : [bm, bd];
      const expected = oy - by - (om < am || (om === am && od < ad) ? 1 : 0);
      expect(ageOn(dayToIso(b), dayToIso(b + delta))).toBe(expected);
    }), { numRuns });
  });
});
