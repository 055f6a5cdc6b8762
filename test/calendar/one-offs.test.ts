import { describe, expect, it } from 'vitest';
import { bankHolidays, isWorkingDay, whyNotWorking, oneOffChanges } from '../../src/index.js';

const dates = (year: number) => bankHolidays(year).map((h) => h.date);

describe('one-off changes by royal proclamation (hand-worked years)', () => {
  it('1977 Silver Jubilee: spring holiday moved from Mon 30 May to Mon 6 June, Tue 7 June extra', () => {
    expect(isWorkingDay('1977-05-30')).toBe(true);
    expect(whyNotWorking('1977-06-06')).toBe('Spring bank holiday (substitute day)');
    expect(whyNotWorking('1977-06-07')).toBe('Queen’s Silver Jubilee');
    // 1 Jan 1977 was a Saturday: New Year's Day substitute on Monday 3 January; no early May holiday before 1978.
    expect(dates(1977)).toEqual(['1977-01-03', '1977-04-08', '1977-04-11', '1977-06-06', '1977-06-07', '1977-08-29', '1977-12-26', '1977-12-27']);
  });

  it('1978: the first early May bank holiday, Monday 1 May', () => {
    expect(whyNotWorking('1978-05-01')).toBe('Early May bank holiday');
    expect(isWorkingDay('1977-05-02')).toBe(true);
  });

  it('1981: Wednesday 29 July, the royal wedding, is an extra holiday', () => {
    expect(whyNotWorking('1981-07-29')).toBe('Royal wedding');
    expect(dates(1981)).toHaveLength(9);
  });

  it('1995: early May moved from Mon 1 May to Mon 8 May (VE Day 50)', () => {
    expect(isWorkingDay('1995-05-01')).toBe(true);
    expect(whyNotWorking('1995-05-08')).toBe('Early May bank holiday (VE day)');
  });

  it('1999: Friday 31 December, millennium, is an extra holiday; Monday 3 January 2000 is the New Year substitute', () => {
    expect(whyNotWorking('1999-12-31')).toBe('Millennium celebrations');
    expect(whyNotWorking('2000-01-03')).toBe('New Year’s Day (substitute day)');
  });

  it('2002 Golden Jubilee: spring moved from Mon 27 May to Tue 4 June, Mon 3 June extra', () => {
    expect(isWorkingDay('2002-05-27')).toBe(true);
    expect(whyNotWorking('2002-06-03')).toBe('Queen’s Golden Jubilee');
    expect(whyNotWorking('2002-06-04')).toBe('Spring bank holiday (substitute day)');
  });

  it('2011: Friday 29 April, the royal wedding, is an extra holiday', () => {
    expect(whyNotWorking('2011-04-29')).toBe('Royal wedding');
    expect(dates(2011)).toEqual(['2011-01-03', '2011-04-22', '2011-04-25', '2011-04-29', '2011-05-02', '2011-05-30', '2011-08-29', '2011-12-26', '2011-12-27']);
  });

  it('2012 Diamond Jubilee: spring moved from Mon 28 May to Mon 4 June, Tue 5 June extra', () => {
    expect(isWorkingDay('2012-05-28')).toBe(true);
    expect(dates(2012)).toContain('2012-06-04');
    expect(dates(2012)).toContain('2012-06-05');
  });

  it('2020: early May moved from Mon 4 May to Fri 8 May (VE Day 75)', () => {
    expect(isWorkingDay('2020-05-04')).toBe(true);
    expect(whyNotWorking('2020-05-08')).toBe('Early May bank holiday (VE day)');
  });

  it('2022: spring moved to Thu 2 June, Fri 3 June extra, Mon 19 September state funeral', () => {
    expect(isWorkingDay('2022-05-30')).toBe(true);
    expect(dates(2022)).toEqual([
      '2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27',
    ]);
  });

  it('2023: Monday 8 May, the coronation, is an extra holiday', () => {
    expect(whyNotWorking('2023-05-08')).toBe('Bank holiday for the coronation of King Charles III');
  });

  it('every one-off row names its source, and every moved day is a real standing day', () => {
    for (const c of oneOffChanges) {
      expect(c.source.length).toBeGreaterThan(10);
      if (c.kind === 'moved') expect(isWorkingDay(c.from), c.from).toBe(true);
    }
  });
});

describe('standing rules before the proclamation holidays', () => {
  it('1971–1973 have no New Year’s Day holiday; 1974 is the first', () => {
    expect(isWorkingDay('1973-01-01')).toBe(true);
    expect(whyNotWorking('1974-01-01')).toBe('New Year’s Day');
  });
});

describe('substitute days (Banking and Financial Dealings Act 1971 Sch 1 and proclamations)', () => {
  it('25 December on a Saturday (2021): Mon 27 and Tue 28 December', () => {
    expect(whyNotWorking('2021-12-25')).toBe('Saturday');
    expect(whyNotWorking('2021-12-27')).toBe('Christmas Day (substitute day)');
    expect(whyNotWorking('2021-12-28')).toBe('Boxing Day (substitute day)');
    expect(isWorkingDay('2021-12-29')).toBe(true);
  });

  it('25 December on a Sunday (2022): Mon 26 Boxing Day and Tue 27 Christmas substitute', () => {
    expect(whyNotWorking('2022-12-26')).toBe('Boxing Day');
    expect(whyNotWorking('2022-12-27')).toBe('Christmas Day (substitute day)');
  });

  it('26 December on a Saturday (2020): Mon 28 December', () => {
    expect(whyNotWorking('2020-12-25')).toBe('Christmas Day');
    expect(whyNotWorking('2020-12-28')).toBe('Boxing Day (substitute day)');
  });

  it('1 January on a Saturday (2022) → Mon 3 January; on a Sunday (2023) → Mon 2 January', () => {
    expect(whyNotWorking('2022-01-03')).toBe('New Year’s Day (substitute day)');
    expect(whyNotWorking('2023-01-02')).toBe('New Year’s Day (substitute day)');
  });

  it('projected years are flagged: 2029 onwards', () => {
    expect(bankHolidays(2028).every((h) => !h.projected)).toBe(true);
    expect(bankHolidays(2029).every((h) => h.projected)).toBe(true);
    expect(bankHolidays(2099)).toHaveLength(8);
  });
});
