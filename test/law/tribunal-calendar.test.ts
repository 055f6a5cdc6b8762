import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { englandAndWales, createWorkingCalendar, addDays, addWorkingDays, workingDaysBetween } from '../../src/index.js';
import { tribunalCalendar } from '../../src/law/tribunal-calendar.js';
import { numRuns } from '../support/fc.js';


/** HESC r12(3)(b), read directly: 25 December to 1 January inclusive, and any day in August. */
function notCounted(date: string): boolean {
  const [, m, d] = date.split('-').map(Number) as [number, number, number];
  return m === 8 || (m === 12 && d >= 25) || (m === 1 && d === 1);
}

const dates = fc.integer({ min: 0, max: 365 * 60 }).map((n) => addDays('1975-01-01', n));

describe('HESC r12(3)(b): the Tribunal calendar', () => {
  it('a day counts exactly when the base calendar counts it and r12(3)(b) does not leave it out', () => {
    const tribunal = tribunalCalendar(englandAndWales);
    fc.assert(fc.property(dates, (date) => {
      expect(tribunal.isWorkingDay(date)).toBe(englandAndWales.isWorkingDay(date) && !notCounted(date));
    }), { numRuns });
  });

  it('keeps a council\'s own closures and names the days it leaves out', () => {
    const council = createWorkingCalendar({ name: 'Exampleshire', closures: [{ date: '2025-07-31', name: 'Council closure day' }] });
    const tribunal = tribunalCalendar(council);
    expect(tribunal.whyNotWorking('2025-07-31')).toBe('Council closure day');
    expect(tribunal.whyNotWorking('2025-08-04')).toBe('August (not counted)');
    expect(tribunal.whyNotWorking('2025-12-29')).toBe('25 December–1 January (not counted)');
    expect(tribunal.whyNotWorking('2025-12-25')).toBe('Christmas Day');
    expect(tribunalCalendar(council)).toBe(tribunal);
    expect(tribunal.id).toBe('exampleshire-tribunal');
  });

  it('30 working days from Monday 14 July 2025 skip August: 14 July + 13 working days in July, 17 in September = Tuesday 23 September 2025', () => {
    // July after the 14th: 15–31 July has 13 working days; August is not counted; 1–23 September
    // has 17 working days (1–5, 8–12, 15–19, 22–23): 13 + 17 = 30.
    const tribunal = tribunalCalendar(englandAndWales);
    expect(addWorkingDays('2025-07-14', 30, { calendar: tribunal })).toBe('2025-09-23');
    expect(workingDaysBetween('2025-07-14', '2025-09-23', { calendar: tribunal })).toBe(30);
  });
});
