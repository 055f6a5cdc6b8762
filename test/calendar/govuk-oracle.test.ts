import { describe, expect, it } from 'vitest';
import { bankHolidays, isWorkingDay, whyNotWorking, LAST_ANNOUNCED_YEAR } from '../../src/index.js';
import { govukBankHolidays } from '../support/fixtures.js';

/** gov.uk writes "Substitute day" in notes; the library writes "Boxing Day (substitute day)". */
function expectedName(title: string, notes: string): string {
  return notes === 'Substitute day' ? `${title} (substitute day)` : title;
}

const events = govukBankHolidays();
const years = [...new Set(events.map((e) => Number(e.date.slice(0, 4))))].sort();

describe('oracle: the gov.uk bank-holidays feed for England and Wales (2012–2028)', () => {
  it('covers the years the library says were announced', () => {
    expect(years[0]).toBe(2012);
    expect(years.at(-1)).toBe(LAST_ANNOUNCED_YEAR);
  });

  it.each(events.map((e) => [e.date, e.title, e.notes] as const))('%s (%s) is a non-working day with the gov.uk name', (date, title, notes) => {
    expect(isWorkingDay(date)).toBe(false);
    expect(whyNotWorking(date)).toBe(expectedName(title, notes));
  });

  it.each(years)('bankHolidays(%i) lists exactly the feed’s days and names, and no other weekday is a holiday', (year) => {
    const official = events
      .filter((e) => e.date.startsWith(`${year}-`))
      .map((e) => ({ date: e.date, name: expectedName(e.title, e.notes), projected: false }));
    expect(bankHolidays(year)).toEqual(official);
  });

  it('every other weekday of 2012–2028 is a working day', () => {
    const holidays = new Set(events.map((e) => e.date));
    let checked = 0;
    for (let t = Date.UTC(2012, 0, 1); t <= Date.UTC(2028, 11, 31); t += 864e5) {
      const date = new Date(t).toISOString().slice(0, 10);
      const weekend = [0, 6].includes(new Date(t).getUTCDay());
      expect(isWorkingDay(date), date).toBe(!weekend && !holidays.has(date));
      checked++;
    }
    expect(checked).toBe(6210);
  });
});
