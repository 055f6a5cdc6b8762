/**
 * The England and Wales calendar read from the law (Banking and Financial Dealings Act 1971 Sch 1,
 * royal proclamations, common law for Christmas Day and Good Friday): historic years whose bank
 * holidays were moved or added, and working-day arithmetic across them. [independent review]:
 * worked from the proclamations, not from the library's tables.
 */
import { describe, expect, it } from 'vitest';
import { addWorkingDays, bankHolidays, workingDaysBetween } from '../../src/index.js';

describe('England and Wales calendar (BFDA 1971 Sch 1, proclamations, common law) [independent review]', () => {
  const dates = (y: number) => bankHolidays(y).map((h) => h.date);
  it('1977: New Year substitute, Easter 10 Apr, spring moved to 6 Jun + Silver Jubilee 7 Jun, Christmas on a Sunday', () => {
    expect(dates(1977)).toEqual(['1977-01-03', '1977-04-08', '1977-04-11', '1977-06-06', '1977-06-07', '1977-08-29', '1977-12-26', '1977-12-27']);
  });
  it('1995: early May moved to Mon 8 May (VE Day)', () => {
    expect(dates(1995)).toEqual(['1995-01-02', '1995-04-14', '1995-04-17', '1995-05-08', '1995-05-29', '1995-08-28', '1995-12-25', '1995-12-26']);
  });
  it('1999: Christmas on a Saturday (27, 28 Dec) and Millennium Fri 31 Dec; 2000 New Year substitute 3 Jan', () => {
    expect(dates(1999)).toEqual(['1999-01-01', '1999-04-02', '1999-04-05', '1999-05-03', '1999-05-31', '1999-08-30', '1999-12-27', '1999-12-28', '1999-12-31']);
    expect(dates(2000)[0]).toBe('2000-01-03');
  });
  it('2002: Golden Jubilee 3 Jun, spring moved to 4 Jun, no 27 May', () => {
    expect(dates(2002)).toEqual(['2002-01-01', '2002-03-29', '2002-04-01', '2002-05-06', '2002-06-03', '2002-06-04', '2002-08-26', '2002-12-25', '2002-12-26']);
  });
  it('1981 royal wedding Wed 29 Jul; 2011 royal wedding Fri 29 Apr', () => {
    expect(dates(1981)).toContain('1981-07-29');
    expect(dates(2011)).toContain('2011-04-29');
  });
  it('addWorkingDays / workingDaysBetween across Christmas and Easter', () => {
    // 23 Dec 2025 + 3: 24 (1) [25, 26, 27, 28] 29 (2) 30 (3)
    expect(addWorkingDays('2025-12-23', 3)).toBe('2025-12-30');
    // (19 Dec 2025, 5 Jan 2026]: 22 23 24 29 30 31 2 5 = 8
    expect(workingDaysBetween('2025-12-19', '2026-01-05')).toBe(8);
    expect(workingDaysBetween('2026-01-05', '2025-12-19')).toBe(-8);
    // Easter 2025: after Thu 17 Apr → Tue 22 Apr; and back
    expect(addWorkingDays('2025-04-17', 1)).toBe('2025-04-22');
    expect(addWorkingDays('2025-04-22', -1)).toBe('2025-04-17');
    expect(workingDaysBetween('2025-04-17', '2025-04-22')).toBe(1);
    // beginning-with on Good Friday: day 1 is Tue 22 Apr
    expect(addWorkingDays('2025-04-18', 1, { counting: 'beginning-with' })).toBe('2025-04-22');
    // (24 Dec 1999, 4 Jan 2000]: 29, 30 Dec, 4 Jan (27, 28, 31 Dec and 3 Jan are holidays) = 3
    expect(workingDaysBetween('1999-12-24', '2000-01-04')).toBe(3);
    expect(addWorkingDays('1977-06-03', 1)).toBe('1977-06-08');
    expect(addWorkingDays('1995-05-05', 1)).toBe('1995-05-09');
  });
});
